/** The patrol page's lists: reports waiting in the phone's outbox (or refused), and the ones sent lately. */
import { Link } from 'react-router-dom';
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/index.tsx';
import { entryText, removeOutbox, type OutboxEntry, type SentReport } from '../../lib/outbox.ts';
import { formatDateTime } from '../../lib/time.ts';
import { Thumbs } from './patrolBits.tsx';

export function PatrolOutboxCard({
  pending,
  rejected,
  onChanged,
}: {
  pending: OutboxEntry[];
  rejected: OutboxEntry[];
  onChanged: () => Promise<void>;
}) {
  const { t } = useI18n();
  if (pending.length === 0 && rejected.length === 0) return null;
  return (
    <Card size="small" title={t('patrol.outbox')} style={{ marginTop: 16 }} data-testid="patrol-outbox">
      <List<OutboxEntry>
        dataSource={[...rejected, ...pending]}
        renderItem={(e) => (
          <List.Item
            data-testid={e.state === 'rejected' ? 'patrol-rejected' : 'patrol-queued'}
            actions={[
              <Button
                key="del"
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                onClick={() => void removeOutbox(e.key).then(onChanged)}
                aria-label={t('patrol.discard')}
              />,
            ]}
          >
            <Space orientation="vertical" size={2} style={{ minWidth: 0 }}>
              <Space size={6} wrap>
                {e.state === 'rejected' ? (
                  <Tag color="red">{t('patrol.rejected')}</Tag>
                ) : (
                  <Tag color="orange">{t('patrol.outbox')}</Tag>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('patrol.savedAt', { at: formatDateTime(e.createdAt) })}
                </Typography.Text>
              </Space>
              <Typography.Text ellipsis style={{ maxWidth: 380 }}>
                {entryText(e)}
              </Typography.Text>
              {e.photos.length > 0 && (
                <div style={{ display: 'flex', gap: 6 }}>
                  <Thumbs blobs={e.photos} size={40} />
                </div>
              )}
              {e.error && (
                <Typography.Text
                  type={e.state === 'rejected' ? 'danger' : 'secondary'}
                  style={{ fontSize: 12 }}
                >
                  {t('patrol.error', { message: e.error })}
                </Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

export function PatrolRecentCard({ sent }: { sent: SentReport[] }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('patrol.recent')} style={{ marginTop: 16 }}>
      {sent.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List<SentReport>
          size="small"
          dataSource={sent}
          renderItem={(s) => (
            <List.Item key={s.key} data-testid="patrol-sent">
              <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
                <Link to={`/cases/${s.id}`} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {s.id}
                </Link>
                <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 380 }}>
                  {formatDateTime(s.at)} · {s.description}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
