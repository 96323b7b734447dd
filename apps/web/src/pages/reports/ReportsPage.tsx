import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  App,
  Button,
  Card,
  Col,
  Input,
  Modal,
  Progress,
  Row,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Tooltip,
} from 'antd';
import { currentPeriod, shanghaiDayOf } from '@onegrid/domain';
import dayjs from 'dayjs';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { isApiError } from '../../api/client.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { FilterTable } from '../../components/FilterTable.tsx';
import {
  useReportInstances,
  useReportSavings,
  useReportSendings,
  useReportTemplates,
  useReviewTemplate,
  useSendTemplate,
  type ReportTemplate,
} from '../../api/reports.ts';
import { TemplateEditor } from './TemplateEditor.tsx';

const STATUS_COLOR = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  accepted: 'success',
} as const;
const fmt = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

export function InstanceStatusTag({
  status,
  overdue,
}: {
  status: keyof typeof STATUS_COLOR;
  overdue?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Space size={4}>
      <Tag color={STATUS_COLOR[status]}>{t(`rpt.istatus.${status}`)}</Tag>
      {overdue ? <Tag color="error">{t('rpt.overdue')}</Tag> : null}
    </Space>
  );
}

function Catalogue({ status }: { status?: 'pending' }) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const q = useReportTemplates(status);
  const review = useReviewTemplate();
  const send = useSendTemplate();
  const [editing, setEditing] = useState<ReportTemplate | null | undefined>(undefined);
  const [sending, setSending] = useState<ReportTemplate | null>(null);
  const [period, setPeriod] = useState('');
  const onError = (e: unknown) => message.error(isApiError(e) ? e.message : String(e));
  const { me } = useAuth();
  const issuer = me?.unit.kind === 'department' || me?.unit.kind === 'street_office';
  return (
    <>
      <FilterTable<ReportTemplate>
        rowKey="id"
        rows={q.data?.items}
        loading={q.isLoading}
        error={q.error}
        onRetry={() => void q.refetch()}
        filters={
          issuer && !status ? (
            <Button type="primary" onClick={() => setEditing(null)} data-testid="new-template">
              {t('rpt.newTemplate')}
            </Button>
          ) : undefined
        }
        columns={[
          {
            title: t('rpt.name'),
            dataIndex: 'name',
            render: (v: string, r) => (
              <Space direction="vertical" size={0}>
                <span>{v}</span>
                {r.askedAgain.length ? (
                  <Tooltip title={t('rpt.askedAgainTip')}>
                    <Tag color="orange">
                      {t('rpt.askedAgain', {
                        labels: r.askedAgain
                          .map((a) => r.columns.find((c) => c.key === a.key)?.label ?? a.key)
                          .join('、'),
                      })}
                    </Tag>
                  </Tooltip>
                ) : null}
              </Space>
            ),
          },
          { title: t('rpt.unit'), dataIndex: 'issuingUnitName' },
          { title: t('rpt.legalBasis'), dataIndex: 'legalBasis', ellipsis: true },
          {
            title: t('rpt.frequency'),
            dataIndex: 'frequency',
            render: (f: ReportTemplate['frequency']) => t(`rpt.freq.${f}`),
          },
          {
            title: t('rpt.deadline'),
            dataIndex: 'deadlineWorkingDays',
            render: (n: number) => t('rpt.deadlineDays', { n }),
          },
          { title: t('rpt.columns'), render: (_, r) => t('rpt.columnCount', { n: r.columns.length }) },
          {
            title: t('rpt.status'),
            dataIndex: 'status',
            render: (s: ReportTemplate['status'], r) => (
              <Tooltip title={r.reviewNote}>
                <Tag color={s === 'approved' ? 'success' : s === 'rejected' ? 'error' : 'gold'}>
                  {t(`rpt.tstatus.${s}`)}
                </Tag>
              </Tooltip>
            ),
          },
          {
            title: t('rpt.actions'),
            render: (_, r) => (
              <Space>
                {r.can.review ? (
                  <>
                    <Button
                      size="small"
                      type="primary"
                      data-testid={`approve-${r.id}`}
                      onClick={() => review.mutateAsync({ id: r.id, decision: 'approve' }).catch(onError)}
                    >
                      {t('rpt.approve')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      onClick={() => {
                        let note = '';
                        modal.confirm({
                          title: t('rpt.rejectNote'),
                          content: <Input.TextArea onChange={(e) => (note = e.target.value)} />,
                          onOk: () =>
                            review.mutateAsync({ id: r.id, decision: 'reject', note }).catch(onError),
                        });
                      }}
                    >
                      {t('rpt.reject')}
                    </Button>
                  </>
                ) : null}
                {r.can.edit ? (
                  <Button size="small" onClick={() => setEditing(r)}>
                    {t('rpt.editTemplate')}
                  </Button>
                ) : null}
                {r.can.send ? (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => {
                      setPeriod(currentPeriod(r.frequency, shanghaiDayOf(new Date())));
                      setSending(r);
                    }}
                  >
                    {t('rpt.send')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {status && q.data?.items.length === 0 ? <p>{t('rpt.noPending')}</p> : null}
      {editing !== undefined ? (
        <TemplateEditor open template={editing ?? undefined} onClose={() => setEditing(undefined)} />
      ) : null}
      <Modal
        open={!!sending}
        title={sending ? t('rpt.sendTitle', { name: sending.name }) : ''}
        onCancel={() => setSending(null)}
        confirmLoading={send.isPending}
        onOk={() =>
          sending &&
          send
            .mutateAsync({ id: sending.id, period })
            .then((s) => {
              message.success(t('rpt.sent', { n: s.counts.total }));
              setSending(null);
            })
            .catch(onError)
        }
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <span>{t('rpt.period')}</span>
          <Input value={period} onChange={(e) => setPeriod(e.target.value)} />
          <span style={{ color: '#888' }}>{t('rpt.periodHint')}</span>
        </Space>
      </Modal>
    </>
  );
}

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
        { title: t('rpt.due'), dataIndex: 'dueAt', render: fmt },
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
        { title: t('rpt.due'), dataIndex: 'dueAt', render: fmt },
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
    { key: 'catalogue', label: t('rpt.tab.catalogue'), children: <Catalogue /> },
    ...(approver
      ? [{ key: 'approval', label: t('rpt.tab.approval'), children: <Catalogue status="pending" /> }]
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
