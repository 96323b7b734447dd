/** The late assignments behind a count, and the dialog that issues a supervision notice on one. */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  App,
  Button,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Segmented,
  Space,
  Table,
  Typography,
} from 'antd';
import {
  useIssueNotice,
  useLateList,
  type LateFilter,
  type LateItem,
  type LateKind,
  type NoticeLevel,
} from '../../api/supervision.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';

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

export function LateList({
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
