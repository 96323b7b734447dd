/** 好差评 for the service office: statistics per unit, item, window and month; bad ratings and their rectification; appeals. */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Space, Spin, Table, Tabs, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { ServiceAppealPage, ServiceRatingOverview, ServiceRectificationPage } from '../../api/rating.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { LevelTag } from './RatingPanel.tsx';

type Figures = ServiceRatingOverview['units'][number];

export function FiguresTable({
  rows,
  nameTitle,
}: {
  rows: (Figures | ServiceRatingOverview['months'][number])[];
  nameTitle: string;
}) {
  const { t } = useI18n();
  return (
    <Table
      size="small"
      rowKey={(r) => ('id' in r ? r.id : r.month)}
      pagination={false}
      dataSource={rows}
      columns={[
        { title: nameTitle, render: (_, r) => ('name' in r ? r.name : r.month) },
        { title: t('rate.count'), dataIndex: 'count', align: 'right' },
        { title: t('rate.good'), dataIndex: 'good', align: 'right' },
        { title: t('rate.bad'), dataIndex: 'bad', align: 'right' },
        { title: t('rate.excluded'), dataIndex: 'excluded', align: 'right' },
        {
          title: t('rate.share'),
          dataIndex: 'goodShare',
          align: 'right',
          render: (v: number | null) => (v === null ? '—' : `${v}%`),
        },
      ]}
    />
  );
}

export default function RatingsPage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const showError = useShowError();
  const [tab, setTab] = useState('stats');
  const overview = useQuery({
    queryKey: ['services', 'ratings', 'overview'],
    queryFn: () => api.get<ServiceRatingOverview>('/api/services/ratings/overview'),
  });
  const rects = useQuery({
    queryKey: ['services', 'ratings', 'rects'],
    queryFn: () => api.get<ServiceRectificationPage>('/api/services/rectifications?pageSize=100'),
  });
  const appeals = useQuery({
    queryKey: ['services', 'ratings', 'appeals'],
    queryFn: () => api.get<ServiceAppealPage>('/api/services/appeals?pageSize=100'),
  });
  const review = useMutation({
    mutationFn: (v: { id: string; decision: 'upheld' | 'dismissed' }) =>
      api.post(`/api/services/appeals/${v.id}/review`, { decision: v.decision }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['services'] }),
    onError: showError,
  });
  const o = overview.data;
  if (!o) return <Spin size="large" style={{ display: 'block', padding: 80 }} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <div>
        <Typography.Title level={3} style={{ marginBottom: 0 }}>
          {t('rate.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('rate.sub')}</Typography.Text>
      </div>
      <Card size="small">
        <Space size="large" wrap>
          <Typography.Text strong style={{ fontSize: 20 }} data-testid="rate-share">
            {t('rate.share')} {o.total.goodShare === null ? '—' : `${o.total.goodShare}%`}
          </Typography.Text>
          <span>
            {t('rate.count')} {o.total.count} · {t('rate.good')} {o.total.good} · {t('rate.bad')}{' '}
            {o.total.bad} · {t('rate.excluded')} {o.total.excluded}
          </span>
          <span>
            {t('rate.openCount', {
              open: o.rectifications.open,
              overdue: o.rectifications.overdue,
              done: o.rectifications.done,
              closed: o.rectifications.closed,
              appeals: o.pendingAppeals,
            })}
          </span>
          <Link to="/public/services/ratings">{t('rate.catalogue.ratings')}</Link>
        </Space>
      </Card>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'stats',
            label: t('rate.share'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Card size="small" title={t('rate.byUnit')}>
                  <FiguresTable rows={o.units} nameTitle={t('rate.unit')} />
                </Card>
                <Card size="small" title={t('rate.byWindow')}>
                  <FiguresTable rows={o.windows} nameTitle={t('svc.app.window')} />
                </Card>
                <Card size="small" title={t('rate.byMonth')}>
                  <FiguresTable rows={o.months} nameTitle={t('rate.month')} />
                </Card>
                <Card size="small" title={t('rate.byItem')}>
                  <FiguresTable rows={o.items} nameTitle={t('svc.name')} />
                </Card>
              </Space>
            ),
          },
          {
            key: 'rects',
            label: `${t('rate.rectifications')} (${rects.data?.total ?? 0})`,
            children: (
              <Table
                size="small"
                rowKey="id"
                dataSource={rects.data?.items ?? []}
                data-testid="rate-rect-list"
                columns={[
                  {
                    title: t('svc.app.tracking'),
                    render: (_, r) => (
                      <Link to={`/services/applications/${r.applicationId}`}>{r.trackingCode}</Link>
                    ),
                  },
                  { title: t('svc.name'), dataIndex: 'title' },
                  { title: t('rate.title'), render: (_, r) => <LevelTag level={r.level} /> },
                  { title: t('rate.unit'), render: (_, r) => r.unit.name },
                  {
                    title: t('svc.app.status'),
                    render: (_, r) => (
                      <Space>
                        <Tag>{t(`rate.rect.${r.state}` as MessageKey)}</Tag>
                        {r.overdue && <Tag color="red">{t('rate.rect.overdue')}</Tag>}
                      </Space>
                    ),
                  },
                  { title: t('rate.due'), render: (_, r) => formatDateTime(r.dueAt) },
                  { title: t('rate.action'), render: (_, r) => r.action ?? '' },
                ]}
              />
            ),
          },
          {
            key: 'appeals',
            label: `${t('rate.appeals')} (${appeals.data?.total ?? 0})`,
            children: (
              <Table
                size="small"
                rowKey="id"
                dataSource={appeals.data?.items ?? []}
                columns={[
                  {
                    title: t('svc.app.tracking'),
                    render: (_, r) => (
                      <Link to={`/services/applications/${r.applicationId}`}>{r.trackingCode}</Link>
                    ),
                  },
                  { title: t('rate.title'), render: (_, r) => <LevelTag level={r.level} /> },
                  { title: t('rate.unit'), render: (_, r) => r.unit.name },
                  {
                    title: t('rate.appealReason'),
                    render: (_, r) => `${t(`rate.ground.${r.ground}` as MessageKey)}：${r.reason}`,
                  },
                  {
                    title: t('svc.app.status'),
                    render: (_, r) => <Tag>{t(`rate.appeal.${r.state}` as MessageKey)}</Tag>,
                  },
                  {
                    title: '',
                    render: (_, r) =>
                      appeals.data?.canReview && r.state === 'pending' ? (
                        <Space>
                          <Button
                            size="small"
                            onClick={() => review.mutate({ id: r.id, decision: 'upheld' })}
                          >
                            {t('rate.review.upheld')}
                          </Button>
                          <Button
                            size="small"
                            onClick={() => review.mutate({ id: r.id, decision: 'dismissed' })}
                          >
                            {t('rate.review.dismissed')}
                          </Button>
                        </Space>
                      ) : null,
                  },
                ]}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}
