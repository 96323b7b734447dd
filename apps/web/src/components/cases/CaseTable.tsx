import { Link } from 'react-router-dom';
import { Table, Tag, Typography, type TableProps } from 'antd';
import type { CaseSummary } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';
import { requestTypeKey } from '../../lib/caseOptions.ts';
import { formatDateTime } from '../../lib/time.ts';
import { Countdown, DueTag, StatusTag, UrgencyTag, useCategoryName } from './CaseBits.tsx';

const OPEN = new Set(['registered', 'dispatched', 'in_progress', 'reported', 'returned', 'arbitration']);

/** Cases as a table; the number links to the detail page. */
export function CaseTable({
  items,
  loading,
  pagination,
  onRow,
  selectedId,
  testId = 'case-table',
}: {
  items: CaseSummary[];
  loading?: boolean;
  pagination?: TableProps<CaseSummary>['pagination'];
  onRow?: (c: CaseSummary) => void;
  selectedId?: string | null;
  testId?: string;
}) {
  const { t } = useI18n();
  const categoryName = useCategoryName();
  return (
    <Table<CaseSummary>
      size="middle"
      rowKey="id"
      data-testid={testId}
      loading={loading}
      dataSource={items}
      pagination={pagination}
      scroll={{ x: 1360 }}
      rowClassName={(c) => (c.id === selectedId ? 'ant-table-row-selected' : '')}
      onRow={(c) => ({
        onClick: onRow ? () => onRow(c) : undefined,
        style: onRow ? { cursor: 'pointer' } : undefined,
      })}
      columns={[
        {
          title: t('case.number'),
          dataIndex: 'id',
          width: 170,
          render: (id: string) => (
            <Link to={`/cases/${id}`} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="case-link">
              {id}
            </Link>
          ),
        },
        {
          title: t('case.status'),
          dataIndex: 'status',
          width: 96,
          render: (s: CaseSummary['status']) => <StatusTag status={s} />,
        },
        // the deadline next to the status: an overdue case shows it without scrolling sideways, on a phone too
        {
          title: t('cases.due'),
          key: 'due',
          width: 170,
          render: (_: unknown, c) =>
            c.resolveDueAt && OPEN.has(c.status) ? (
              <Countdown start={c.createdAt} due={c.resolveDueAt} />
            ) : (
              <DueTag state={c.dueState} />
            ),
        },
        {
          title: t('case.category'),
          key: 'category',
          width: 150,
          render: (_: unknown, c) => categoryName(c.category),
        },
        {
          title: t('case.title'),
          key: 'title',
          render: (_: unknown, c) => (
            <div style={{ minWidth: 160 }}>
              <Typography.Text ellipsis style={{ maxWidth: 320, display: 'block' }}>
                {c.title || '—'}
              </Typography.Text>
              {c.address && (
                <Typography.Text
                  type="secondary"
                  ellipsis
                  style={{ fontSize: 12, maxWidth: 320, display: 'block' }}
                >
                  {c.address}
                </Typography.Text>
              )}
            </div>
          ),
        },
        {
          title: t('case.requestType'),
          dataIndex: 'requestType',
          width: 100,
          render: (r: CaseSummary['requestType']) => <Tag>{t(requestTypeKey(r))}</Tag>,
        },
        {
          title: t('case.urgency'),
          dataIndex: 'urgency',
          width: 80,
          render: (u: CaseSummary['urgency']) => <UrgencyTag urgency={u} />,
        },
        {
          title: t('case.street'),
          key: 'street',
          width: 110,
          render: (_: unknown, c) => c.street?.name ?? '—',
        },
        {
          title: t('case.leadUnit'),
          key: 'lead',
          width: 140,
          render: (_: unknown, c) => c.leadUnit?.name ?? '—',
        },
        {
          title: t('case.createdAt'),
          dataIndex: 'createdAt',
          width: 180,
          render: (v: string) => (
            <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatDateTime(v)}</span>
          ),
        },
      ]}
    />
  );
}
