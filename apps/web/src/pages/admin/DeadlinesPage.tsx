import { useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { qk } from '../../api/queries.ts';
import type { DeadlinePolicy, Duration, DurationUnit, Urgency } from '../../api/types.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { canEditGlobal } from '../../auth/permissions.ts';
import { GlobalReadOnlyNote, PageHeader } from '../../components/PageHeader.tsx';
import { CategoryTreeSelect } from '../../components/pickers.tsx';
import { useI18n, type Translate } from '../../i18n/index.tsx';
import {
  DURATION_UNITS,
  durationUnitKey,
  options,
  URGENCIES,
  URGENCY_COLOR,
  urgencyKey,
} from '../../lib/options.ts';
import { useShowError } from '../../lib/useApiError.ts';

const STAGES = ['accept', 'respond', 'resolve'] as const;
type Stage = (typeof STAGES)[number];

interface PolicyForm {
  categoryCode?: string;
  urgency: Urgency;
  accept: Duration;
  respond: Duration;
  resolve: Duration;
}

export function formatDuration(d: Duration, t: Translate): string {
  return `${d.value} ${t(durationUnitKey(d.unit))}`;
}

/** value + unit, as one form control */
function DurationInput({ value, onChange }: { value?: Duration; onChange?: (v: Duration) => void }) {
  const { t } = useI18n();
  const v = value ?? { value: 1, unit: 'days' as DurationUnit };
  return (
    <Space.Compact block>
      <InputNumber
        min={1}
        max={10000}
        precision={0}
        value={v.value}
        onChange={(n) => onChange?.({ ...v, value: n ?? 1 })}
        style={{ width: '45%' }}
      />
      <Select<DurationUnit>
        value={v.unit}
        onChange={(unit) => onChange?.({ ...v, unit })}
        options={options(DURATION_UNITS, durationUnitKey, t)}
        style={{ width: '55%' }}
      />
    </Space.Compact>
  );
}

function PolicyModal({
  policy,
  open,
  onClose,
}: {
  policy: DeadlinePolicy | null;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PolicyForm>();
  const qc = useQueryClient();
  const showError = useShowError();
  const save = useMutation({
    mutationFn: (v: PolicyForm) =>
      api.put('/api/deadline-policies', {
        categoryCode: v.categoryCode ?? null,
        urgency: v.urgency,
        accept: v.accept,
        respond: v.respond,
        resolve: v.resolve,
      }),
    onSuccess: () => {
      void message.success(t('common.saved'));
      void qc.invalidateQueries({ queryKey: qk.deadlines });
      onClose();
    },
    onError: showError,
  });
  return (
    <Modal
      open={open}
      title={t('deadlines.upsertTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okText={t('common.save')}
      destroyOnHidden
    >
      <Form<PolicyForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          policy
            ? { ...policy, categoryCode: policy.categoryCode ?? undefined }
            : {
                urgency: 'ordinary',
                accept: { value: 2, unit: 'working_hours' },
                respond: { value: 1, unit: 'working_days' },
                resolve: { value: 7, unit: 'days' },
              }
        }
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="categoryCode" label={t('deadlines.category')} extra={t('deadlines.defaultHint')}>
          <CategoryTreeSelect allowClear disabled={!!policy} placeholder={t('deadlines.default')} />
        </Form.Item>
        <Form.Item name="urgency" label={t('deadlines.urgency')} rules={[{ required: true }]}>
          <Select disabled={!!policy} options={options(URGENCIES, urgencyKey, t)} />
        </Form.Item>
        {STAGES.map((s) => (
          <Form.Item key={s} name={s} label={t(`deadlines.${s}`)} rules={[{ required: true }]}>
            <DurationInput />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

export default function DeadlinesPage() {
  const { t } = useI18n();
  const editable = canEditGlobal(useAuth().me);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const [editing, setEditing] = useState<DeadlinePolicy | null>(null);
  const [modalOpen, setModalOpen] = useState(false);
  const list = useQuery({
    queryKey: qk.deadlines,
    queryFn: async () => (await api.get<{ items: DeadlinePolicy[] }>('/api/deadline-policies')).items,
  });

  // Defaults first, then overrides by category; urgencies in their natural order.
  const rows = useMemo(() => {
    const order = (u: Urgency) => URGENCIES.indexOf(u);
    return [...(list.data ?? [])].sort((a, b) => {
      if ((a.categoryCode === null) !== (b.categoryCode === null)) return a.categoryCode === null ? -1 : 1;
      const c = (a.categoryCode ?? '').localeCompare(b.categoryCode ?? '');
      return c || order(a.urgency) - order(b.urgency);
    });
  }, [list.data]);

  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/api/deadline-policies/${id}`),
    onSuccess: () => {
      void message.success(t('common.deleted'));
      void qc.invalidateQueries({ queryKey: qk.deadlines });
    },
    onError: showError,
  });

  const open = (p: DeadlinePolicy | null) => {
    setEditing(p);
    setModalOpen(true);
  };

  return (
    <div>
      <PageHeader
        title={t('deadlines.title')}
        extra={
          editable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open(null)}>
              {t('deadlines.create')}
            </Button>
          )
        }
      />
      {!editable && <GlobalReadOnlyNote />}
      <Alert type="info" showIcon title={t('deadlines.hint')} style={{ marginBottom: 16 }} />
      <Card>
        {list.error && <Alert type="error" title={t('common.loadFailed', { message: list.error.message })} />}
        <Table<DeadlinePolicy>
          rowKey="id"
          size="middle"
          loading={list.isLoading}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 800 }}
          columns={[
            {
              title: t('deadlines.category'),
              key: 'category',
              render: (_, p) =>
                p.categoryCode === null ? (
                  <Tag color="geekblue">{t('deadlines.default')}</Tag>
                ) : (
                  <span>
                    {p.categoryName ?? p.categoryCode}{' '}
                    <Tag variant="filled" style={{ fontSize: 11 }}>
                      {t('deadlines.override')}
                    </Tag>
                  </span>
                ),
            },
            {
              title: t('deadlines.urgency'),
              dataIndex: 'urgency',
              width: 110,
              render: (u: Urgency) => <Tag color={URGENCY_COLOR[u]}>{t(urgencyKey(u))}</Tag>,
            },
            ...STAGES.map((s: Stage) => ({
              title: t(`deadlines.${s}`),
              key: s,
              width: 150,
              render: (_: unknown, p: DeadlinePolicy) => formatDuration(p[s], t),
            })),
            // Only district/city admins may change policies; others get no actions column at all.
            ...(editable
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 140,
                    render: (_: unknown, p: DeadlinePolicy) => (
                      <Space size={0}>
                        <Button type="link" size="small" onClick={() => open(p)}>
                          {t('common.edit')}
                        </Button>
                        {p.categoryCode !== null && (
                          <Popconfirm title={t('common.confirmDelete')} onConfirm={() => remove.mutate(p.id)}>
                            <Button type="link" size="small" danger>
                              {t('common.delete')}
                            </Button>
                          </Popconfirm>
                        )}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <PolicyModal
        key={editing?.id ?? 'new'}
        policy={editing}
        open={modalOpen}
        onClose={() => setModalOpen(false)}
      />
    </div>
  );
}
