/**
 * 督办: for the street, district and city — overdue and due-soon cases of the jurisdiction by unit, category and
 * street, the cases behind each count with a notice action, the notices issued; for every unit — the notices it
 * must answer in writing.
 */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  App,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Segmented,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import {
  useAnswerNotice,
  useIssueNotice,
  useLateList,
  useLateOverview,
  useNotices,
  type LateFilter,
  type LateItem,
  type LateKind,
  type LateOverview,
  type Notice,
  type NoticeLevel,
  type NoticeState,
} from '../../api/supervision.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';

const LEVEL_COLOR: Record<NoticeLevel, string> = { yellow: 'gold', red: 'red' };
const STATE_COLOR: Record<NoticeState, string> = { open: 'processing', answered: 'success', late: 'error' };

/** A count that filters the late list when clicked. */
function CountLink({ n, onClick, danger }: { n: number; onClick: () => void; danger?: boolean }) {
  if (n === 0) return <Typography.Text type="secondary">0</Typography.Text>;
  return (
    <Button type="link" size="small" danger={danger} onClick={onClick} style={{ padding: 0 }}>
      {n}
    </Button>
  );
}

function Overview({ data, onPick }: { data: LateOverview; onPick: (f: LateFilter, kind: LateKind) => void }) {
  const { t, lang } = useI18n();
  const counts = (f: LateFilter) => [
    {
      title: t('sup.overdue'),
      dataIndex: 'overdue',
      width: 90,
      render: (n: number) => <CountLink n={n} danger onClick={() => onPick(f, 'overdue')} />,
    },
    {
      title: t('sup.dueSoon'),
      dataIndex: 'dueSoon',
      width: 90,
      render: (n: number) => <CountLink n={n} onClick={() => onPick(f, 'due_soon')} />,
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Card size="small" title={t('sup.byUnit')}>
          <Table
            size="small"
            rowKey={(r) => r.unit.id}
            dataSource={data.byUnit}
            pagination={{ pageSize: 12, hideOnSinglePage: true }}
            columns={[
              { title: t('sup.unit'), render: (_: unknown, r) => r.unit.name },
              ...counts({}).map((c) => ({
                ...c,
                render: (n: number, r: LateOverview['byUnit'][number]) =>
                  c.dataIndex === 'overdue' ? (
                    <CountLink n={n} danger onClick={() => onPick({ unitId: r.unit.id }, 'overdue')} />
                  ) : (
                    <CountLink n={n} onClick={() => onPick({ unitId: r.unit.id }, 'due_soon')} />
                  ),
              })),
            ]}
            data-testid="sup-by-unit"
          />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card size="small" title={t('sup.byCategory')}>
          <Table
            size="small"
            rowKey={(r) => r.category?.code ?? '-'}
            dataSource={data.byCategory}
            pagination={{ pageSize: 12, hideOnSinglePage: true }}
            columns={[
              {
                title: t('sup.category'),
                render: (_: unknown, r) =>
                  r.category ? (lang === 'zh-CN' ? r.category.nameZh : r.category.nameEn) : t('sup.none'),
              },
              ...counts({}).map((c) => ({
                ...c,
                render: (n: number, r: LateOverview['byCategory'][number]) => (
                  <CountLink
                    n={n}
                    danger={c.dataIndex === 'overdue'}
                    onClick={() =>
                      onPick(
                        { categoryCode: r.category?.code },
                        c.dataIndex === 'overdue' ? 'overdue' : 'due_soon',
                      )
                    }
                  />
                ),
              })),
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={6}>
        <Card size="small" title={t('sup.byStreet')}>
          <Table
            size="small"
            rowKey={(r) => r.street?.code ?? '-'}
            dataSource={data.byStreet}
            pagination={{ pageSize: 12, hideOnSinglePage: true }}
            columns={[
              { title: t('sup.street'), render: (_: unknown, r) => r.street?.name ?? t('sup.noStreet') },
              { title: t('sup.overdue'), dataIndex: 'overdue', width: 70 },
              { title: t('sup.dueSoon'), dataIndex: 'dueSoon', width: 70 },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}

function IssueModal({ item, onClose }: { item: LateItem | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const issue = useIssueNotice();
  const [form] = Form.useForm<{ level: NoticeLevel; reason: string; hours?: number }>();
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await issue.mutateAsync({
        assignmentId: item!.assignmentId,
        level: v.level,
        reason: v.reason,
        ...(v.hours ? { answerWithinHours: v.hours } : {}),
      });
      void message.success(t('sup.issued'));
      form.resetFields();
      onClose();
    } catch (e) {
      showError(e);
    }
  };
  return (
    <Modal
      open={item !== null}
      title={item ? t('sup.issueTitle', { unit: item.unit.name }) : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={issue.isPending}
      destroyOnHidden
    >
      {item && (
        <Typography.Paragraph type="secondary">
          {item.case.id} · {item.case.title}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" initialValues={{ level: 'yellow' }} data-testid="issue-form">
        <Form.Item name="level" label={t('sup.level')} rules={[{ required: true }]}>
          <Radio.Group>
            <Radio.Button value="yellow">{t('sup.level.yellow')}</Radio.Button>
            <Radio.Button value="red">{t('sup.level.red')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="reason" label={t('sup.reason')} rules={[{ required: true, min: 2, max: 500 }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Form.Item name="hours" label={t('sup.answerHours')} extra={t('sup.answerHoursHint')}>
          <InputNumber min={1} max={720} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function LateList({
  filter,
  kind,
  onKind,
}: {
  filter: LateFilter;
  kind: LateKind;
  onKind: (k: LateKind) => void;
}) {
  const { t, lang } = useI18n();
  const [page, setPage] = useState(1);
  const [issuing, setIssuing] = useState<LateItem | null>(null);
  const { me } = useAuth();
  const q = useLateList({ ...filter, kind, page });
  return (
    <>
      <Segmented
        value={kind}
        onChange={(v) => {
          onKind(v);
          setPage(1);
        }}
        options={(['overdue', 'due_soon'] as const).map((k) => ({ value: k, label: t(`sup.kind.${k}`) }))}
        style={{ marginBottom: 12 }}
      />
      <Table
        size="small"
        rowKey="assignmentId"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('sup.emptyLate')} /> }}
        pagination={{ current: page, total: q.data?.total ?? 0, pageSize: 20, onChange: setPage }}
        data-testid="sup-late"
        columns={[
          {
            title: t('sup.case'),
            render: (_: unknown, r) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/cases/${r.case.id}`}>{r.case.id}</Link>
                <Typography.Text>{r.case.title}</Typography.Text>
              </Space>
            ),
          },
          {
            title: t('sup.category'),
            render: (_: unknown, r) =>
              r.case.category ? (lang === 'zh-CN' ? r.case.category.nameZh : r.case.category.nameEn) : '—',
          },
          { title: t('sup.unit'), render: (_: unknown, r) => r.unit.name },
          { title: t('sup.assignedAt'), render: (_: unknown, r) => formatDateTime(r.assignedAt), width: 170 },
          {
            title: t('sup.dueAt'),
            width: 170,
            render: (_: unknown, r) => (
              <Typography.Text type={kind === 'overdue' ? 'danger' : 'warning'}>
                {formatDateTime(r.resolveDueAt)}
              </Typography.Text>
            ),
          },
          { title: t('sup.notices'), dataIndex: 'notices', width: 70 },
          {
            key: 'act',
            width: 110,
            // A unit does not supervise itself.
            render: (_: unknown, r) =>
              r.unit.id === me?.unit.id ? null : (
                <Button size="small" onClick={() => setIssuing(r)} data-testid="issue-notice">
                  {t('sup.issue')}
                </Button>
              ),
          },
        ]}
      />
      <IssueModal item={issuing} onClose={() => setIssuing(null)} />
    </>
  );
}

function NoticeTable({ box }: { box: 'received' | 'issued' }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<NoticeState | undefined>(box === 'received' ? 'open' : undefined);
  const [answering, setAnswering] = useState<Notice | null>(null);
  const [text, setText] = useState('');
  const q = useNotices(box, status, page);
  const answer = useAnswerNotice();
  const submit = async () => {
    try {
      await answer.mutateAsync({ id: answering!.id, answer: text.trim() });
      void message.success(t('sup.answered'));
      setAnswering(null);
      setText('');
    } catch (e) {
      showError(e);
    }
  };
  return (
    <>
      <Segmented
        value={status ?? 'all'}
        onChange={(v) => {
          setStatus(v === 'all' ? undefined : (v as NoticeState));
          setPage(1);
        }}
        options={[
          { value: 'all', label: t('common.all') },
          ...(['open', 'late', 'answered'] as const).map((s) => ({ value: s, label: t(`sup.state.${s}`) })),
        ]}
        style={{ marginBottom: 12 }}
      />
      <Table
        size="small"
        rowKey="id"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('sup.emptyReceived')} /> }}
        pagination={{ current: page, total: q.data?.total ?? 0, pageSize: 20, onChange: setPage }}
        data-testid={`sup-notices-${box}`}
        expandable={{
          rowExpandable: (r) => Boolean(r.answer),
          expandedRowRender: (r) => (
            <Typography.Paragraph style={{ margin: 0 }}>
              <Typography.Text strong>{t('sup.answer')}：</Typography.Text>
              {r.answer} <Typography.Text type="secondary">({formatDateTime(r.answeredAt)})</Typography.Text>
            </Typography.Paragraph>
          ),
        }}
        columns={[
          {
            title: t('sup.level'),
            width: 100,
            render: (_: unknown, r) => <Tag color={LEVEL_COLOR[r.level]}>{t(`sup.level.${r.level}`)}</Tag>,
          },
          {
            title: t('sup.case'),
            render: (_: unknown, r) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/cases/${r.caseId}`}>{r.caseId}</Link>
                <Typography.Text>{r.caseTitle}</Typography.Text>
              </Space>
            ),
          },
          { title: t('sup.reason'), dataIndex: 'reason' },
          box === 'issued'
            ? { title: t('sup.unit'), render: (_: unknown, r: Notice) => r.unit.name }
            : { title: t('sup.issuedBy'), render: (_: unknown, r: Notice) => r.issuedBy.unitName },
          { title: t('sup.issuedAt'), width: 170, render: (_: unknown, r) => formatDateTime(r.issuedAt) },
          {
            title: t('sup.answerDueAt'),
            width: 170,
            render: (_: unknown, r) => formatDateTime(r.answerDueAt),
          },
          {
            title: t('sup.state'),
            width: 120,
            render: (_: unknown, r) => <Tag color={STATE_COLOR[r.state]}>{t(`sup.state.${r.state}`)}</Tag>,
          },
          ...(box === 'received'
            ? [
                {
                  key: 'act',
                  width: 90,
                  render: (_: unknown, r: Notice) =>
                    r.answeredAt ? null : (
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => setAnswering(r)}
                        data-testid="answer-notice"
                      >
                        {t('sup.answerNow')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={answering !== null}
        title={answering ? t('sup.answerTitle', { case: answering.caseTitle }) : ''}
        onCancel={() => setAnswering(null)}
        onOk={() => void submit()}
        okButtonProps={{ disabled: text.trim().length < 2 }}
        confirmLoading={answer.isPending}
      >
        {answering && (
          <Typography.Paragraph type="secondary">
            {t(`sup.level.${answering.level}`)} · {answering.reason}
          </Typography.Paragraph>
        )}
        <Input.TextArea
          rows={5}
          maxLength={2000}
          showCount
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('sup.answer')}
          data-testid="answer-text"
        />
      </Modal>
    </>
  );
}

export default function SupervisionPage() {
  const { t } = useI18n();
  const { hasRole } = useAuth();
  const supervises =
    hasRole('supervisor') || hasRole('dispatcher') || hasRole('street_lead') || hasRole('admin');
  const [tab, setTab] = useState(supervises ? 'overview' : 'received');
  const [filter, setFilter] = useState<LateFilter>({});
  const [kind, setKind] = useState<LateKind>('overdue');
  const overview = useLateOverview({}, supervises);
  const pick = (f: LateFilter, k: LateKind) => {
    setFilter(f);
    setKind(k);
    setTab('late');
  };
  const totals = overview.data?.totals;
  return (
    <>
      <PageHeader title={t('sup.title')} sub={t('sup.subtitle')} />
      {supervises && (
        <Row gutter={16} style={{ marginBottom: 16 }}>
          <Col>
            <Card size="small">
              <Statistic
                title={
                  <Tooltip title={t('sup.totalOverdueHint')}>
                    <span data-testid="sup-total-overdue-label">
                      {t('sup.totalOverdue')} <QuestionCircleOutlined />
                    </span>
                  </Tooltip>
                }
                value={totals?.overdue ?? 0}
                valueStyle={{ color: '#cf1322' }}
              />
              <Typography.Text type="secondary" data-testid="sup-overdue-cases">
                {t('sup.overdueCasesLine', { n: totals?.overdueCases ?? 0 })}
              </Typography.Text>
            </Card>
          </Col>
          <Col>
            <Card size="small">
              <Statistic
                title={t('sup.totalDueSoon')}
                value={totals?.dueSoon ?? 0}
                valueStyle={{ color: '#d48806' }}
              />
              <Typography.Text type="secondary">
                {t('sup.dueSoonCasesLine', { n: totals?.dueSoonCases ?? 0 })}
              </Typography.Text>
            </Card>
          </Col>
        </Row>
      )}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            ...(supervises
              ? [
                  {
                    key: 'overview',
                    label: t('sup.tab.overview'),
                    children: overview.data ? <Overview data={overview.data} onPick={pick} /> : null,
                  },
                  {
                    key: 'late',
                    label: t('sup.tab.late'),
                    children: (
                      <>
                        {(filter.unitId || filter.categoryCode) && (
                          <Button size="small" onClick={() => setFilter({})} style={{ marginBottom: 8 }}>
                            {t('sup.clearFilter')}
                          </Button>
                        )}
                        <LateList filter={filter} kind={kind} onKind={setKind} />
                      </>
                    ),
                  },
                  { key: 'issued', label: t('sup.tab.issued'), children: <NoticeTable box="issued" /> },
                ]
              : []),
            { key: 'received', label: t('sup.tab.received'), children: <NoticeTable box="received" /> },
          ]}
        />
      </Card>
    </>
  );
}
