/** 网格员任务 (street and community side): give a worker of the territory a task, follow status and overdue. */
import { useMemo, useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { FieldTaskKind } from '@onegrid/domain';
import { FIELD_TASK_TARGET } from '@onegrid/domain';
import {
  useFieldTasks,
  useIssueTask,
  useTaskStep,
  useTaskWorkers,
  type FieldTask,
  type TaskFilter,
} from '../../../api/fieldtasks.ts';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import { newUuid } from '../../../lib/ids.ts';
import { formatMinute } from '../../../lib/time.ts';
import { useShowError } from '../../../lib/useApiError.ts';

const KINDS: FieldTaskKind[] = [
  'verify_case',
  'collect_report',
  'visit',
  'inspect',
  'collect_building',
  'other',
];
const STATUSES = ['assigned', 'accepted', 'done', 'cancelled'] as const;
const STATUS_COLOR: Record<string, string> = {
  assigned: 'blue',
  accepted: 'cyan',
  done: 'green',
  cancelled: 'default',
};
const time = (s: string | null) => formatMinute(s);

/** The target field a kind asks for, and the body key it fills. */
const TARGET_FIELD: Record<string, keyof IssueForm> = {
  case: 'caseId',
  report_instance: 'reportInstanceId',
  person: 'personId',
  place: 'organisationId',
  building: 'addressId',
};

interface IssueForm {
  workerId: string;
  kind: FieldTaskKind;
  title: string;
  detail?: string;
  dueAt: Dayjs;
  caseId?: string;
  reportInstanceId?: string;
  missing?: string;
  personId?: string;
  organisationId?: string;
  addressId?: string;
}

export function StatusTag({ task }: { task: Pick<FieldTask, 'status' | 'overdue' | 'doneLate'> }) {
  const { t } = useI18n();
  return (
    <Space size={4}>
      <Tag color={STATUS_COLOR[task.status]}>{t(`ft.status.${task.status}` as MessageKey)}</Tag>
      {task.overdue && <Tag color="red">{t('ft.overdue')}</Tag>}
      {task.doneLate && <Tag color="orange">{t('ft.doneLate')}</Tag>}
    </Space>
  );
}

function IssueModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<IssueForm>();
  const [key, setKey] = useState(newUuid);
  const workers = useTaskWorkers(open);
  const issue = useIssueTask();
  const kind = Form.useWatch('kind', form);
  const target = kind ? FIELD_TASK_TARGET[kind] : null;
  const options = useMemo(
    () =>
      (workers.data?.items ?? []).map((w) => ({
        value: w.id,
        label: `${w.name} · ${w.grids.map((g) => g.name).join('、')} · ${t('ft.openTasks', { n: w.openTasks })}`,
      })),
    [workers.data, t],
  );
  const submit = async () => {
    const v = await form.validateFields();
    const body = {
      kind: v.kind,
      title: v.title,
      detail: v.detail || null,
      workerId: v.workerId,
      dueAt: v.dueAt.toISOString(),
      ...(target && v[TARGET_FIELD[target]!] ? { [TARGET_FIELD[target]!]: v[TARGET_FIELD[target]!] } : {}),
      ...(v.kind === 'collect_report' && v.missing ? { missing: v.missing } : {}),
    };
    issue.mutate(
      { body, key },
      {
        onSuccess: () => {
          void message.success(t('ft.issued'));
          form.resetFields();
          setKey(newUuid());
          onClose();
        },
        onError: showError,
      },
    );
  };
  return (
    <Modal
      open={open}
      title={t('ft.issue')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={issue.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'other', dueAt: dayjs().add(3, 'day').hour(18).minute(0) }}
      >
        <Form.Item name="workerId" label={t('ft.worker')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={options}
            loading={workers.isLoading}
            data-testid="ft-worker"
          />
        </Form.Item>
        <Form.Item name="kind" label={t('ft.kind')} rules={[{ required: true }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`ft.kind.${k}` as MessageKey) }))} />
        </Form.Item>
        {target && (
          <Form.Item
            name={TARGET_FIELD[target]}
            label={t(`ft.target.${target}` as MessageKey)}
            rules={[{ required: true }]}
          >
            <Input />
          </Form.Item>
        )}
        {kind === 'collect_report' && (
          <Form.Item name="missing" label={t('ft.missing')}>
            <Input />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('ft.taskTitle')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="detail" label={t('ft.detail')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="dueAt" label={t('ft.due')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function TaskDrawer({ task, onClose }: { task: FieldTask | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const step = useTaskStep();
  const [reason, setReason] = useState('');
  if (!task) return null;
  const target = task.target;
  const targetText =
    target.label ?? target.caseId ?? target.reportInstanceId ?? target.addressId ?? target.organisationId;
  return (
    <Drawer open title={task.title} width={520} onClose={onClose}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('ft.status')}>
          <StatusTag task={task} />
        </Descriptions.Item>
        <Descriptions.Item label={t('ft.kind')}>{t(`ft.kind.${task.kind}` as MessageKey)}</Descriptions.Item>
        <Descriptions.Item label={t('ft.worker')}>
          {task.worker.name} {task.grid ? `· ${task.grid.name}` : ''}
        </Descriptions.Item>
        {targetText && <Descriptions.Item label={t('ft.target')}>{targetText}</Descriptions.Item>}
        {task.detail && <Descriptions.Item label={t('ft.detail')}>{task.detail}</Descriptions.Item>}
        {task.missing && <Descriptions.Item label={t('ft.missing')}>{task.missing}</Descriptions.Item>}
        <Descriptions.Item label={t('ft.due')}>{time(task.dueAt)}</Descriptions.Item>
        <Descriptions.Item label={t('ft.issuer')}>
          {task.issuer.name} {task.issuerUnit ? `（${task.issuerUnit}）` : ''} · {time(task.createdAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('ft.acceptedAt')}>{time(task.acceptedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('ft.doneAt')}>{time(task.doneAt)}</Descriptions.Item>
        {task.evidence && <Descriptions.Item label={t('ft.evidence')}>{task.evidence}</Descriptions.Item>}
        {task.uploadIds.length > 0 && (
          <Descriptions.Item label={t('ft.photos')}>
            <Space wrap>
              {task.uploadIds.map((id) => (
                <img
                  key={id}
                  src={`/api/uploads/${id}`}
                  alt=""
                  style={{ width: 96, height: 96, objectFit: 'cover' }}
                />
              ))}
            </Space>
          </Descriptions.Item>
        )}
        {task.cancelReason && (
          <Descriptions.Item label={t('ft.cancelReason')}>{task.cancelReason}</Descriptions.Item>
        )}
      </Descriptions>
      {task.actions.includes('cancel') && (
        <Space.Compact style={{ width: '100%', marginTop: 16 }}>
          <Input
            placeholder={t('ft.cancelReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <Button
            danger
            disabled={!reason.trim()}
            loading={step.isPending}
            onClick={() =>
              step.mutate(
                { id: task.id, step: 'cancel', body: { reason } },
                {
                  onSuccess: () => {
                    void message.success(t('ft.cancelled'));
                    onClose();
                  },
                  onError: showError,
                },
              )
            }
          >
            {t('ft.cancel')}
          </Button>
        </Space.Compact>
      )}
    </Drawer>
  );
}

export default function FieldTasksPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<TaskFilter>({});
  const [issuing, setIssuing] = useState(false);
  const [open, setOpen] = useState<FieldTask | null>(null);
  const tasks = useFieldTasks(filter);
  const workers = useTaskWorkers(true);
  const data = tasks.data;
  return (
    <Card
      title={
        <Space direction="vertical" size={0}>
          <span>{t('ft.title')}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
            {t('ft.sub')}
          </Typography.Text>
        </Space>
      }
      extra={
        <Button type="primary" onClick={() => setIssuing(true)} data-testid="ft-issue">
          {t('ft.issue')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder={t('ft.status')}
          style={{ width: 140 }}
          value={filter.status}
          onChange={(status?: string) => setFilter({ ...filter, status, page: 1 })}
          options={STATUSES.map((s) => ({ value: s, label: t(`ft.status.${s}`) }))}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('ft.worker')}
          style={{ width: 200 }}
          value={filter.workerId}
          onChange={(workerId?: string) => setFilter({ ...filter, workerId, page: 1 })}
          options={(workers.data?.items ?? []).map((w) => ({ value: w.id, label: w.name }))}
        />
        <Space>
          <Switch
            checked={filter.overdue === 'true'}
            onChange={(on) => setFilter({ ...filter, overdue: on ? 'true' : undefined, page: 1 })}
          />
          {t('ft.onlyOverdue')}
        </Space>
        {data && (
          <Typography.Text type="secondary">
            {t('ft.total', { n: data.total, overdue: data.overdue })}
          </Typography.Text>
        )}
      </Space>
      <Table<FieldTask>
        rowKey="id"
        size="middle"
        loading={tasks.isLoading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('ft.none') }}
        onRow={(r) => ({ onClick: () => setOpen(r), style: { cursor: 'pointer' } })}
        pagination={{
          current: filter.page ?? 1,
          pageSize: 50,
          total: data?.total ?? 0,
          onChange: (page) => setFilter({ ...filter, page }),
        }}
        columns={[
          { title: t('ft.taskTitle'), dataIndex: 'title' },
          { title: t('ft.kind'), dataIndex: 'kind', render: (k: string) => t(`ft.kind.${k}` as MessageKey) },
          { title: t('ft.worker'), render: (_, r) => r.worker.name },
          { title: t('ft.grid'), render: (_, r) => r.grid?.name ?? '—' },
          { title: t('ft.due'), dataIndex: 'dueAt', render: time },
          { title: t('ft.status'), render: (_, r) => <StatusTag task={r} /> },
        ]}
      />
      <IssueModal open={issuing} onClose={() => setIssuing(false)} />
      <TaskDrawer task={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
