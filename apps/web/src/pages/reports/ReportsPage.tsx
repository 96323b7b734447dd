/** 一表通: the catalogue, what was sent, the instances to fill, and what the base saved. */
import { Link, useSearchParams } from 'react-router-dom';
import { Card, Col, Progress, Row, Space, Statistic, Table, Tabs, Tag, Tooltip } from 'antd';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { FilterTable } from '../../components/FilterTable.tsx';
import { useReportInstances, useReportSavings, useReportSendings } from '../../api/reports.ts';
import { ReportCatalogue } from './ReportCatalogue.tsx';
import { InstanceStatusTag } from './reportBits.tsx';
import { formatMinute } from '../../lib/time.ts';

function Sendings() {
  const { t } = useI18n();
  const q = useReportSendings(true);
  type S = NonNullable<typeof q.data>['items'][number];
  return (
    <FilterTable<S>
      rowKey="id"
      rows={q.data?.items}
      loading={q.isLoading}
      error={q.error}
      columns={[
        {
          title: t('rpt.name'),
          dataIndex: 'templateName',
          render: (v: string, r) => <Link to={`/reports/sendings/${r.id}`}>{v}</Link>,
        },
        { title: t('rpt.unit'), dataIndex: 'issuingUnitName' },
        { title: t('rpt.period'), dataIndex: 'period' },
        { title: t('rpt.due'), dataIndex: 'dueAt', render: formatMinute },
        {
          title: t('rpt.progress'),
          render: (_, r) => (
            <Tooltip title={t('rpt.counts', r.counts)}>
              <Progress
                style={{ width: 200 }}
                percent={Math.round(
                  ((r.counts.accepted + r.counts.submitted) / Math.max(1, r.counts.total)) * 100,
                )}
                success={{ percent: Math.round((r.counts.accepted / Math.max(1, r.counts.total)) * 100) }}
                size="small"
              />
            </Tooltip>
          ),
        },
        {
          title: t('rpt.overdue'),
          render: (_, r) => (r.counts.overdue ? <Tag color="error">{r.counts.overdue}</Tag> : 0),
        },
      ]}
    />
  );
}

function Instances() {
  const { t } = useI18n();
  const q = useReportInstances(true);
  type I = NonNullable<typeof q.data>['items'][number];
  return (
    <FilterTable<I>
      rowKey="id"
      rows={q.data?.items}
      loading={q.isLoading}
      error={q.error}
      columns={[
        {
          title: t('rpt.template'),
          dataIndex: 'templateName',
          render: (v: string, r) => (
            <Link to={`/reports/instances/${r.id}`} data-testid={`instance-${r.templateName}`}>
              {v}
            </Link>
          ),
        },
        { title: t('rpt.unit'), dataIndex: 'issuingUnitName' },
        { title: t('rpt.community'), dataIndex: 'communityName' },
        { title: t('rpt.period'), dataIndex: 'period' },
        { title: t('rpt.due'), dataIndex: 'dueAt', render: formatMinute },
        {
          title: t('rpt.status'),
          render: (_, r) => <InstanceStatusTag status={r.status} overdue={r.overdue} />,
        },
      ]}
    />
  );
}

function Savings() {
  const { t } = useI18n();
  const q = useReportSavings();
  const s = q.data;
  if (!s) return null;
  const filled = s.totals.auto + s.totals.manual + s.totals.corrected;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="savings">
      <Row gutter={16}>
        {(
          [
            ['rpt.sav.instances', s.totals.instances],
            ['rpt.sav.auto', s.totals.auto],
            ['rpt.sav.manual', s.totals.manual],
            ['rpt.sav.corrected', s.totals.corrected],
            ['rpt.sav.askedAgain', s.totals.askedAgain],
          ] as const
        ).map(([k, v]) => (
          <Col key={k} span={4}>
            <Card size="small">
              <Statistic title={t(k)} value={v} />
            </Card>
          </Col>
        ))}
        <Col span={4}>
          <Card size="small">
            <Statistic
              title={t('rpt.sav.share')}
              value={filled ? Math.round((s.totals.auto / filled) * 100) : 0}
              suffix="%"
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('rpt.sav.byTemplate')}>
        <Table
          rowKey="templateId"
          size="small"
          pagination={false}
          dataSource={s.templates}
          columns={[
            { title: t('rpt.name'), dataIndex: 'name' },
            { title: t('rpt.unit'), dataIndex: 'issuingUnitName' },
            { title: t('rpt.sav.instances'), dataIndex: 'instances' },
            { title: t('rpt.sav.auto'), dataIndex: 'auto' },
            { title: t('rpt.sav.manual'), dataIndex: 'manual' },
            { title: t('rpt.sav.corrected'), dataIndex: 'corrected' },
            { title: t('rpt.sav.askedAgain'), dataIndex: 'askedAgain' },
            {
              title: t('rpt.sav.askedAgainCols'),
              render: (_, r) =>
                r.askedAgainColumns.map((c) => (
                  <Tag key={c.key} color="orange">
                    {c.label}
                  </Tag>
                )),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('rpt.sav.byCommunity')}>
        <Table
          rowKey="communityCode"
          size="small"
          dataSource={s.communities}
          pagination={{ pageSize: 10 }}
          columns={[
            { title: t('rpt.community'), dataIndex: 'communityName' },
            { title: t('rpt.sav.instances'), dataIndex: 'instances' },
            { title: t('rpt.sav.auto'), dataIndex: 'auto' },
            { title: t('rpt.sav.manual'), dataIndex: 'manual' },
            { title: t('rpt.sav.corrected'), dataIndex: 'corrected' },
          ]}
        />
      </Card>
    </Space>
  );
}

export default function ReportsPage() {
  const { t } = useI18n();
  const { me, hasRole } = useAuth();
  const [search, setSearch] = useSearchParams();
  const kind = me?.unit.kind;
  const approver = hasRole('admin') && (me?.scope.level === 'district' || me?.scope.level === 'city');
  const issuer = kind === 'department' || kind === 'street_office';
  const community = kind === 'community';
  const items = [
    ...(community ? [{ key: 'instances', label: t('rpt.tab.instances'), children: <Instances /> }] : []),
    { key: 'catalogue', label: t('rpt.tab.catalogue'), children: <ReportCatalogue /> },
    ...(approver
      ? [{ key: 'approval', label: t('rpt.tab.approval'), children: <ReportCatalogue status="pending" /> }]
      : []),
    ...(issuer || approver
      ? [{ key: 'sendings', label: t('rpt.tab.sendings'), children: <Sendings /> }]
      : []),
    ...(issuer ? [{ key: 'instances', label: t('rpt.tab.instances'), children: <Instances /> }] : []),
    { key: 'savings', label: t('rpt.tab.savings'), children: <Savings /> },
  ];
  const active = search.get('tab') ?? items[0]!.key;
  return (
    <>
      <PageHeader title={t('rpt.title')} sub={t('rpt.sub')} />
      <Tabs
        activeKey={active}
        items={items}
        destroyOnHidden
        onChange={(k) => setSearch({ tab: k }, { replace: true })}
      />
    </>
  );
}
