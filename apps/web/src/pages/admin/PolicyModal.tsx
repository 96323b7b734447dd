/** Set the accept / respond / resolve limits of one category (or the default) and urgency. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, InputNumber, Modal, Select, Space } from 'antd';
import { api } from '../../api/client.ts';
import { qk } from '../../api/queries.ts';
import type { DeadlinePolicy, Duration, DurationUnit, Urgency } from '../../api/types.ts';
import { CategoryTreeSelect } from '../../components/pickers.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { DURATION_UNITS, durationUnitKey, options, URGENCIES, urgencyKey } from '../../lib/options.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { STAGES } from './deadlinePolicies.ts';

interface PolicyForm {
  categoryCode?: string;
  urgency: Urgency;
  accept: Duration;
  respond: Duration;
  resolve: Duration;
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

export function PolicyModal({
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
