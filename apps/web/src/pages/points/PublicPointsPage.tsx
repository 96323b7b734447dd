/** A community's points in public (issue 13): the rules in force, the published 红黑榜, balances per household under a minimal label. */
import { useParams } from 'react-router-dom';
import { Card, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { PublicPoints } from '../../api/points.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PublicShell } from '../public/PublicShell.tsx';
import { BoardCard } from './BoardCard.tsx';

export default function PublicPointsPage() {
  const { communityCode = '' } = useParams();
  const { t } = useI18n();
  const q = useQuery({
    queryKey: ['public', 'points', communityCode],
    queryFn: () => api.get<PublicPoints>(`/api/public/points/${communityCode}`),
  });
  const d = q.data;
  return (
    <PublicShell>
      <div style={{ maxWidth: 720, margin: '0 auto', padding: 12 }}>
        {q.isLoading && <Spin />}
        {q.isError && <Empty description={t('points.public.none')} />}
        {d && (
          <Space direction="vertical" style={{ width: '100%' }} size={12}>
            <div>
              <Typography.Title level={4} style={{ marginBottom: 0 }}>
                {t('points.public.title', { community: d.communityName })}
              </Typography.Title>
              <Typography.Text type="secondary">{t('points.public.sub')}</Typography.Text>
            </div>
            <BoardCard board={d.boards[0] ?? null} />
            <Card size="small" title={t('points.public.balances')} data-testid="points-public-balances">
              <List
                size="small"
                dataSource={d.balances}
                locale={{ emptyText: t('points.public.none') }}
                renderItem={(b) => (
                  <List.Item extra={<Tag color="blue">{t('points.pointsN', { n: b.balance })}</Tag>}>
                    {b.label}
                  </List.Item>
                )}
              />
            </Card>
            {d.rulesInForce && (
              <Card size="small" title={t('points.my.rules', { version: d.rulesInForce.version })}>
                <List
                  size="small"
                  dataSource={d.rulesInForce.rules}
                  renderItem={(r) => (
                    <List.Item
                      extra={
                        <Tag color={r.points > 0 ? 'green' : 'red'}>
                          {r.points > 0 ? `+${r.points}` : r.points}
                        </Tag>
                      }
                    >
                      [{t(`points.cat.${r.category}`)}] {r.title}
                    </List.Item>
                  )}
                />
              </Card>
            )}
          </Space>
        )}
      </div>
    </PublicShell>
  );
}
