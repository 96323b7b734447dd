/**
 * The notification centre: a bell with the unread count, a dropdown list, live updates from the server's event
 * stream. EventSource reconnects by itself after a dropped connection; when the server refuses the stream (it
 * closes for good, e.g. during a restart) we open a new one with a growing delay.
 */
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, List, Popover, Space, Tooltip, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { api } from '../api/client.ts';
import { caseKeys, type Notification, type NotificationPage } from '../api/cases.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatDateTime } from '../lib/time.ts';

function useNotificationStream(onItem: (n: Notification) => void): boolean {
  const [live, setLive] = useState(false);
  const onItemRef = useLatest(onItem);
  useEffect(() => {
    let es: EventSource | null = null;
    let timer: number | undefined;
    let delay = 2_000;
    let stopped = false;
    const connect = () => {
      if (stopped) return;
      es = new EventSource('/api/notifications/stream', { withCredentials: true });
      es.onopen = () => {
        delay = 2_000;
        setLive(true);
      };
      es.addEventListener('notification', (ev) => {
        try {
          onItemRef.current(JSON.parse((ev as MessageEvent<string>).data) as Notification);
        } catch {
          // a malformed event: ignore it, the list is refetched anyway on the next one
        }
      });
      es.onerror = () => {
        setLive(false);
        if (es?.readyState === EventSource.CLOSED) {
          es.close();
          timer = window.setTimeout(connect, delay);
          delay = Math.min(delay * 2, 60_000);
        }
      };
    };
    connect();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      es?.close();
    };
  }, [onItemRef]);
  return live;
}

function useLatest<T>(value: T): { current: T } {
  const [ref] = useState(() => ({ current: value }));
  ref.current = value;
  return ref;
}

/** Where a notification leads: its whistle, else its case. */
function linkOf(n: Notification): string | null {
  if (n.whistleId) return `/whistles/${n.whistleId}`;
  return n.caseId ? `/cases/${n.caseId}` : null;
}

/** `onLive`: a notification that just arrived (the layout shows it in its one banner, see LiveNotice). */
export default function NotificationBell({ onLive }: { onLive?: (n: Notification) => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);

  const unread = useQuery({
    queryKey: [...caseKeys.notifications, 'unread'],
    queryFn: () => api.get<NotificationPage>('/api/notifications', { unread: 1, pageSize: 20 }),
    refetchInterval: 120_000,
    retry: false,
  });

  const live = useNotificationStream((n) => {
    void qc.invalidateQueries({ queryKey: caseKeys.notifications });
    // New work may have arrived in the inbox or the queue.
    void qc.invalidateQueries({ queryKey: caseKeys.all });
    void qc.invalidateQueries({ queryKey: ['whistles'] });
    // One banner, replaced by the next (defect 5: toasts stacked over the intake map and the patrol form).
    onLive?.(n);
  });

  const markRead = useMutation({
    mutationFn: (body: { ids?: string[]; all?: true }) => api.post('/api/notifications/read', body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: caseKeys.notifications }),
  });

  const count = unread.data?.unread ?? unread.data?.total ?? 0;
  const items = unread.data?.items ?? [];

  const content = (
    <div style={{ width: 340, maxWidth: '86vw' }} data-testid="notification-list">
      <div style={{ display: 'flex', alignItems: 'center', marginBottom: 6 }}>
        <Typography.Text strong>{t('notify.title')}</Typography.Text>
        <Tooltip title={live ? t('notify.live') : t('notify.offline')}>
          <span
            style={{
              display: 'inline-block',
              width: 7,
              height: 7,
              borderRadius: 4,
              marginInlineStart: 8,
              background: live ? '#52c41a' : '#d9d9d9',
            }}
          />
        </Tooltip>
        <div style={{ flex: 1 }} />
        {items.length > 0 && (
          <Button
            size="small"
            type="link"
            onClick={() => markRead.mutate({ all: true })}
            data-testid="notify-read-all"
          >
            {t('notify.markAll')}
          </Button>
        )}
      </div>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notify.empty')} />
      ) : (
        <List<Notification>
          size="small"
          dataSource={items}
          style={{ maxHeight: 420, overflow: 'auto' }}
          renderItem={(n) => (
            <List.Item
              key={n.id}
              data-testid="notification-item"
              style={{ cursor: linkOf(n) ? 'pointer' : undefined, alignItems: 'flex-start' }}
              onClick={() => {
                markRead.mutate({ ids: [n.id] });
                setOpen(false);
                const to = linkOf(n);
                if (to) void navigate(to);
              }}
            >
              <Space orientation="vertical" size={0} style={{ width: '100%' }}>
                <Typography.Text strong={!n.readAt} style={{ fontSize: 13 }}>
                  {n.title}
                </Typography.Text>
                {n.body && (
                  <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 300 }}>
                    {n.body}
                  </Typography.Text>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                  {formatDateTime(n.createdAt)}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </div>
  );

  return (
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Badge count={count} size="small" overflowCount={99} data-testid="notification-count">
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={t('notify.title')}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
}
