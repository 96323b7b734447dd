/**
 * 数据分析: the command dashboard's figures for desks, with filters (period, region down to a street, category,
 * channel, lead unit). The server keeps intake aggregated by street, category and channel; a unit filter applies to
 * the live figures only, and the page says so.
 */
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Col, Empty, Row, Statistic, Table, Tooltip, Typography } from 'antd';
import { DesktopOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import type { Channel } from '@onegrid/domain';
import { useDashboardSummary, type DashboardFilters, type DashboardSummary } from '../../api/dashboard.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { StatusTag } from '../../components/cases/CaseBits.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { DataLag } from '../../components/DataLag.tsx';
import { categoryName } from '../../components/pickers.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { channelKey } from '../../lib/caseOptions.ts';
import { formatDateTime } from '../../lib/time.ts';
import { barsOption, DashChart, LIGHT, trendOption } from './charts.tsx';
import { categoryRows, channelRows } from './rows.ts';
import { useHeatMap } from './useHeatMap.ts';
import { AnalyticsFilterBar, defaultAnalyticsFilters } from './AnalyticsFilterBar.tsx';

const POLL_MS = 30_000;

function ChartCard({
  title,
  height = 300,
  children,
}: {
  title: string;
  height?: number;
  children: React.ReactNode;
}) {
  return (
    <Card title={title} size="small" styles={{ body: { height } }}>
      {children}
    </Card>
  );
}

export default function AnalyticsPage() {
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const [f, setF] = useState(defaultAnalyticsFilters);
  const { range, regionCode, categoryCode, channel, unitId } = f;

  const filters = useMemo<DashboardFilters>(
    () => ({
      from: range[0].format('YYYY-MM-DD'),
      to: range[1].format('YYYY-MM-DD'),
      regionCode,
      categoryCode,
      channel,
      unitId,
    }),
    [range, regionCode, categoryCode, channel, unitId],
  );
  const summary = useDashboardSummary(filters, POLL_MS);
  const labels = useMemo(() => ({ cases: t('dash.mapCases') }), [t]);
  const heat = useHeatMap(regionCode ?? me?.scope.code, filters, LIGHT, labels, POLL_MS);
  const s: DashboardSummary | undefined = summary.data;

  const charts = useMemo(() => {
    if (!s) return null;
    return {
      channels: barsOption(channelRows(s.intake.byChannel, t), LIGHT),
      categories: barsOption(categoryRows(s, t, lang, 10), LIGHT, '#13a8a8'),
      trend: trendOption(s.intake.trend, LIGHT),
      topIntake: barsOption(
        s.intake.topStreets.map((r) => ({ label: r.street.name, value: r.cases })),
        LIGHT,
        '#5b8ff9',
      ),
      topOverdue: barsOption(
        s.topStreetsByOverdue.map((r) => ({ label: r.street.name, value: r.overdue })),
        LIGHT,
        LIGHT.warn,
      ),
    };
  }, [s, t, lang]);

  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dash.noData')} />;

  return (
    <div data-testid="analytics-page">
      <PageHeader
        title={t('dash.analyticsTitle')}
        sub={t('dash.analyticsSubtitle')}
        extra={
          <>
            <DataLag lag={s?.dataLag} />
            <Link to="/command">
              <Button type="primary" icon={<DesktopOutlined />}>
                {t('dash.openCommand')}
              </Button>
            </Link>
          </>
        }
      />
      <AnalyticsFilterBar value={f} onChange={setF} unitNote={!!s && s.unitFilterIgnoredFor.length > 0} />

      <Row gutter={[16, 16]}>
        {(
          [
            ['dash.periodIntake', s?.intake.total, undefined],
            ['dash.todayIntake', s?.todayTotal, undefined],
            ['dash.open', s?.status.open, '#13a8a8'],
            ['dash.inProgress', s?.status.inProgress, '#1f6fd1'],
            ['dash.overdue', s?.status.overdue, '#d4380d'],
            ['dash.openWhistles', s?.openWhistles, '#d48806'],
          ] as const
        ).map(([key, value, color]) => (
          <Col key={key} xs={12} md={8} xl={4}>
            <Card size="small">
              <Statistic
                title={
                  key === 'dash.overdue' ? (
                    <Tooltip title={t('dash.overdueHint')}>
                      <span>
                        {t(key)} <QuestionCircleOutlined />
                      </span>
                    </Tooltip>
                  ) : (
                    t(key)
                  )
                }
                value={value ?? '—'}
                loading={summary.isLoading}
                styles={{ content: color ? { color } : {} }}
              />
              {key === 'dash.overdue' && s && (
                <Typography.Text type="secondary" data-testid="dash-overdue-assignments">
                  {t('dash.overdueAssignmentsLine', { n: s.status.overdueAssignments })}
                </Typography.Text>
              )}
            </Card>
          </Col>
        ))}

        <Col xs={24} xl={12}>
          <ChartCard title={t('dash.trendPeriod')}>{charts && <DashChart option={charts.trend} />}</ChartCard>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <ChartCard title={t('dash.byChannel')}>
            {charts && <DashChart option={charts.channels} />}
          </ChartCard>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <ChartCard title={t('dash.byCategoryPeriod')}>
            {s && s.intake.byCategory.length === 0
              ? empty
              : charts && <DashChart option={charts.categories} />}
          </ChartCard>
        </Col>

        <Col xs={24} xl={12}>
          <Card
            title={t('dash.map')}
            size="small"
            extra={heat.data && t('dash.mapTotal', { n: heat.data.total })}
            styles={{ body: { height: 560 } }}
          >
            {heat.option ? <DashChart option={heat.option} testId="analytics-map" /> : !heat.loading && empty}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Row gutter={[16, 16]}>
            <Col span={24}>
              <ChartCard title={t('dash.topIntake')} height={260}>
                {s && s.intake.topStreets.length === 0
                  ? empty
                  : charts && <DashChart option={charts.topIntake} />}
              </ChartCard>
            </Col>
            <Col span={24}>
              <ChartCard title={t('dash.topOverdue')} height={260}>
                {s && s.topStreetsByOverdue.length === 0
                  ? empty
                  : charts && <DashChart option={charts.topOverdue} />}
              </ChartCard>
            </Col>
          </Row>
        </Col>

        <Col span={24}>
          <Card
            title={t('dash.latest')}
            size="small"
            extra={s?.aggregatesAsOf && t('dash.asOf', { time: formatDateTime(s.aggregatesAsOf) })}
          >
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              loading={summary.isLoading}
              dataSource={s?.latest ?? []}
              scroll={{ x: 900 }}
              columns={[
                {
                  title: t('dash.col.case'),
                  key: 'title',
                  render: (_, c) => <Link to={`/cases/${c.id}`}>{c.title}</Link>,
                },
                {
                  title: t('dash.col.time'),
                  dataIndex: 'createdAt',
                  width: 170,
                  render: (v: string) => formatDateTime(v),
                },
                {
                  title: t('dash.col.street'),
                  key: 'street',
                  width: 140,
                  render: (_, c) => c.street?.name ?? '—',
                },
                {
                  title: t('dash.col.category'),
                  key: 'category',
                  width: 180,
                  render: (_, c) => (c.category ? categoryName(c.category, lang) : t('dash.uncategorized')),
                },
                {
                  title: t('dash.col.channel'),
                  dataIndex: 'channel',
                  width: 130,
                  render: (v: Channel) => t(channelKey(v)),
                },
                {
                  title: t('dash.col.status'),
                  dataIndex: 'status',
                  width: 110,
                  render: (_, c) => <StatusTag status={c.status} />,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <div style={{ color: '#98a2b3', fontSize: 12, marginTop: 8 }}>
        {s ? `${s.period.from} ~ ${s.period.to} · ${s.region.name}` : null}
      </div>
    </div>
  );
}
