import { Button, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { SessionItem } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatMinute } from '../../lib/time.ts';

/** In Beijing time, whatever the browser's zone (it was the browser's own zone before). */
const when = (v: string) => formatMinute(v);

/** The columns of a sessions list: user (for the security administrator), address, client, times, end. */
export function useSessionColumns(
  onEnd: (id: string) => void,
  showUser: boolean,
): TableColumnsType<SessionItem> {
  const { t } = useI18n();
  return [
    ...(showUser
      ? [
          {
            title: t('session.user'),
            key: 'user',
            width: 160,
            render: (_: unknown, s: SessionItem) => `${s.user.name}（${s.user.username}）`,
          },
        ]
      : []),
    { title: t('session.ip'), dataIndex: 'ip', width: 130 },
    {
      title: t('session.ua'),
      dataIndex: 'userAgent',
      render: (v: string | null) => (
        <Typography.Text ellipsis={{ tooltip: v }} style={{ maxWidth: 280 }}>
          {v ?? '—'}
        </Typography.Text>
      ),
    },
    { title: t('session.created'), dataIndex: 'createdAt', width: 150, render: when },
    { title: t('session.lastSeen'), dataIndex: 'lastSeenAt', width: 150, render: when },
    {
      title: '',
      key: 'actions',
      width: 150,
      render: (_, s) => (
        <>
          {s.current && <Tag color="success">{t('session.current')}</Tag>}
          {s.pendingStep && <Tag color="warning">{t('session.pending')}</Tag>}
          {!s.current && (
            <Popconfirm title={t('session.endConfirm')} onConfirm={() => onEnd(s.id)}>
              <Button type="link" danger size="small" data-testid={`end-session-${s.id}`}>
                {t('session.end')}
              </Button>
            </Popconfirm>
          )}
        </>
      ),
    },
  ];
}

/** Sign-in sessions with address, client, start and last activity; each can be ended. */
export function SessionTable({
  items,
  loading,
  onEnd,
  showUser,
}: {
  items: SessionItem[] | undefined;
  loading: boolean;
  onEnd: (id: string) => void;
  showUser: boolean;
}) {
  const columns = useSessionColumns(onEnd, showUser);
  return (
    <Table<SessionItem>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 860 }}
      data-testid="session-table"
      columns={columns}
    />
  );
}
