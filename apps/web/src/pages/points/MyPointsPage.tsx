/**
 * 我的积分 on a resident's phone (issue 13): the household's balance and entries, the 积分超市 with a redeem request
 * (the server checks balance and stock), the rules in force and this month's 红黑榜. The household comes from the
 * resident's verification against the base data; an unverified resident is sent to verify on /my/votes.
 */
import { Navigate, Link, useLocation } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  Empty,
  List,
  Space,
  Spin,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client.ts';
import type { MyPoints, PointsLedger } from '../../api/points.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';
import { PublicShell } from '../public/PublicShell.tsx';
import { BoardCard } from './BoardCard.tsx';

const STATUS_COLOR = { requested: 'gold', handed: 'green', cancelled: 'default' } as const;

export default function MyPointsPage() {
  const { me, loading } = useAuth();
  const location = useLocation();
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const mine = useQuery({
    queryKey: ['my', 'points'],
    queryFn: () => api.get<MyPoints>('/api/my/points'),
    enabled: !!me,
    retry: false,
  });
  const redeem = useMutation({
    mutationFn: (goodId: string) =>
      api.post<PointsLedger>('/api/my/points/redemptions', {
        goodId,
        quantity: 1,
        idempotencyKey: crypto.randomUUID(),
      }),
    onSuccess: () => {
      void message.success(t('points.my.redeemed'));
      void qc.invalidateQueries({ queryKey: ['my', 'points'] });
    },
    onError: showError,
  });
  const cancel = useMutation({
    mutationFn: (id: string) => api.post<PointsLedger>(`/api/my/points/redemptions/${id}/cancel`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['my', 'points'] }),
    onError: showError,
  });
  if (loading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  const d = mine.data;
  const notVerified = mine.error && isApiError(mine.error, 'CONFLICT');
  return (
    <PublicShell>
      <div style={{ maxWidth: 640, margin: '0 auto', padding: 12 }}>
        <Typography.Title level={4} style={{ marginBottom: 0 }}>
          {t('points.my.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('points.my.sub')}</Typography.Paragraph>
        {mine.isLoading && <Spin />}
        {notVerified && (
          <Alert
            type="info"
            showIcon
            message={t('points.my.notVerified')}
            action={<Link to="/my/votes">{t('points.my.verifyLink')}</Link>}
          />
        )}
        {d && (
          <Space direction="vertical" style={{ width: '100%' }} size={12}>
            <Card size="small" data-testid="points-balance">
              <Typography.Text type="secondary">
                {t('points.my.household', { address: d.household.address })}
              </Typography.Text>
              <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 8 }}>
                <Statistic title={t('points.balance')} value={d.balance} valueStyle={{ color: '#cf1322' }} />
                <Statistic title={t('points.earned')} value={d.earned} />
                <Statistic title={t('points.lost')} value={d.lost} />
                <Statistic title={t('points.redeemed')} value={d.redeemed} />
              </div>
            </Card>
            <Card size="small" title={t('points.my.shop')}>
              <List
                dataSource={d.goods}
                locale={{ emptyText: <Empty description="—" /> }}
                renderItem={(g) => (
                  <List.Item
                    data-testid="points-good"
                    actions={[
                      <Button
                        key="r"
                        type="primary"
                        size="small"
                        disabled={g.stock < 1 || g.price > d.balance}
                        loading={redeem.isPending && redeem.variables === g.id}
                        onClick={() => redeem.mutate(g.id)}
                        data-testid="points-redeem"
                      >
                        {t('points.my.redeem')}
                      </Button>,
                    ]}
                  >
                    <List.Item.Meta
                      title={g.name}
                      description={
                        <span>
                          {t('points.pointsN', { n: g.price })} ·{' '}
                          <span data-testid="points-stock">{t('points.my.left', { n: g.stock })}</span>
                        </span>
                      }
                    />
                  </List.Item>
                )}
              />
            </Card>
            {d.redemptions.length > 0 && (
              <Card size="small" title={t('points.my.myRedemptions')}>
                <List
                  size="small"
                  dataSource={d.redemptions}
                  renderItem={(r) => (
                    <List.Item
                      actions={
                        r.status === 'requested'
                          ? [
                              <Button key="c" size="small" onClick={() => cancel.mutate(r.id)}>
                                {t('points.cancel')}
                              </Button>,
                            ]
                          : []
                      }
                    >
                      {r.goodName} ×{r.quantity} · {t('points.pointsN', { n: r.points })}{' '}
                      <Tag color={STATUS_COLOR[r.status]}>{t(`points.redemption.${r.status}`)}</Tag>
                    </List.Item>
                  )}
                />
              </Card>
            )}
            <BoardCard board={d.board} />
            <Card size="small" title={t('points.entries')}>
              {d.entries.length === 0 ? (
                <Empty description={t('points.my.noEntries')} />
              ) : (
                <List
                  size="small"
                  dataSource={d.entries.slice(0, 30)}
                  renderItem={(e) => (
                    <List.Item
                      data-testid="points-entry"
                      extra={
                        <Typography.Text type={e.points > 0 ? 'success' : 'danger'} delete={e.reversed}>
                          {e.points > 0 ? '+' : ''}
                          {e.points}
                        </Typography.Text>
                      }
                    >
                      <div>
                        <div>
                          {e.reverses ? `${t('points.reversal')}：` : ''}
                          {e.ruleTitle ?? '—'}
                        </div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {e.occurredOn}
                          {e.reversed ? ` · ${t('points.reversed')}` : ''}
                        </Typography.Text>
                      </div>
                    </List.Item>
                  )}
                />
              )}
            </Card>
            {d.rulesInForce && (
              <Collapse
                items={[
                  {
                    key: 'rules',
                    label: t('points.my.rules', { version: d.rulesInForce.version }),
                    children: (
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
                    ),
                  },
                ]}
              />
            )}
          </Space>
        )}
      </div>
    </PublicShell>
  );
}
