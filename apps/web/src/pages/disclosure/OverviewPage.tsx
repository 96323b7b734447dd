/**
 * The street's overview of 村(居)务公开 (issue 13): per community, its entries and what is overdue; the catalogue
 * entries not published on time, with when the overdue alert went out (the sweep raises it once per missed due
 * date); failure reports from residents, which the street sees as well as the community.
 */
import { Link } from 'react-router-dom';
import { Alert, Card, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { DisclosureOverview } from '../../api/disclosure.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatMinute } from '../../lib/time.ts';
import { RequestList } from './CataloguePage.tsx';
import { DisclosureNav } from './DisclosureNav.tsx';
import { frequencyText } from './parts.tsx';

type Overdue = DisclosureOverview['overdue'][number];
type Row = DisclosureOverview['communities'][number];

export default function OverviewPage() {
  const { t } = useI18n();
  const data = useQuery({
    queryKey: ['disclosure', 'overview'],
    queryFn: () => api.get<DisclosureOverview>('/api/disclosure/overview'),
  });
  const d = data.data;
  return (
    <div>
      <DisclosureNav />
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('disclosure.overview.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('disclosure.overview.sub')}</Typography.Paragraph>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small" title={t('disclosure.overview.overdueList')} data-testid="overdue-list">
          {d && d.overdue.length === 0 ? (
            <Alert type="success" showIcon message={t('disclosure.overview.none')} />
          ) : (
            <Table<Overdue>
              rowKey={(r) => r.entryId}
              size="middle"
              loading={data.isLoading}
              dataSource={d?.overdue ?? []}
              pagination={false}
              columns={[
                {
                  title: t('disclosure.catalogue.community'),
                  render: (_, r) => (
                    <Link to={`/disclosure?community=${r.communityCode}`}>{r.communityName}</Link>
                  ),
                  width: 160,
                },
                { title: t('disclosure.col.item'), dataIndex: 'title' },
                {
                  title: t('disclosure.col.frequency'),
                  render: (_, r) => frequencyText(t, { frequency: r.frequency, dueWorkingDays: 5 }),
                  width: 160,
                },
                {
                  title: t('disclosure.col.owed'),
                  render: (_, r) =>
                    r.periodKey ? t('disclosure.owed.period', { period: r.periodKey }) : r.eventTitle,
                  width: 160,
                },
                { title: t('disclosure.col.due'), render: (_, r) => formatMinute(r.dueAt), width: 150 },
                {
                  title: t('disclosure.col.state'),
                  width: 210,
                  render: (_, r) => (
                    <Space size={4} wrap>
                      <Tag color="red">{t('disclosure.state.overdue')}</Tag>
                      {r.alertedAt ? (
                        <Tag color="volcano" data-testid="alerted">
                          {t('disclosure.overview.alerted', { at: formatMinute(r.alertedAt) })}
                        </Tag>
                      ) : (
                        <Tag>{t('disclosure.overview.notAlerted')}</Tag>
                      )}
                    </Space>
                  ),
                },
              ]}
            />
          )}
        </Card>
        <Card size="small" title={t('disclosure.overview.communities')}>
          <Table<Row>
            rowKey="code"
            size="small"
            dataSource={d?.communities ?? []}
            pagination={false}
            columns={[
              {
                title: t('disclosure.catalogue.community'),
                render: (_, r) => <Link to={`/disclosure?community=${r.code}`}>{r.name}</Link>,
              },
              { title: t('disclosure.overview.entries'), dataIndex: 'entries', align: 'right' },
              {
                title: t('disclosure.overview.overdue'),
                align: 'right',
                render: (_, r) => (r.overdue ? <Tag color="red">{r.overdue}</Tag> : 0),
              },
              { title: t('disclosure.overview.openQueries'), dataIndex: 'openQueries', align: 'right' },
              { title: t('disclosure.overview.openReports'), dataIndex: 'openReports', align: 'right' },
              {
                title: t('disclosure.overview.overdueRequests'),
                dataIndex: 'overdueRequests',
                align: 'right',
              },
            ]}
          />
        </Card>
        <Card size="small" title={t('disclosure.overview.reports')}>
          <RequestList items={d?.reports ?? []} loading={data.isLoading} manage />
        </Card>
      </Space>
    </div>
  );
}
