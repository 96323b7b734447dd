/**
 * The form for a new 小微权力清单 item (issue 13 follow-up), for the district's administrators: category, name, legal
 * basis, a description, and the flowchart as ordered steps — each with its responsible role and whether the matter
 * is made public there. The flowchart is checked by the domain's rule (the same the server applies) before sending.
 */
import { App, Alert, Button, Checkbox, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  MIN_DISCLOSURE_POINTS,
  POWER_CATEGORIES,
  STEP_ROLES,
  checkFlowchart,
  type FlowStep,
  type PowerCategory,
  type StepRole,
} from '@onegrid/domain';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';
import { k } from './parts.tsx';

interface StepValues {
  title?: string;
  role?: StepRole;
  disclose?: boolean;
}
interface PowerValues {
  category?: PowerCategory;
  title: string;
  basis: string;
  description?: string;
  steps: StepValues[];
}

const emptyStep: StepValues = { title: '', role: undefined, disclose: false };

export function PowerModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const [form] = Form.useForm<PowerValues>();
  const save = useMutation({
    mutationFn: (v: PowerValues) =>
      api.post('/api/disclosure/powers', {
        category: v.category,
        title: v.title,
        basis: v.basis,
        description: v.description ?? '',
        steps: v.steps.map((s) => ({ title: s.title ?? '', role: s.role, disclose: !!s.disclose })),
      }),
    onSuccess: () => {
      void message.success(t('disclosure.powers.created'));
      void qc.invalidateQueries({ queryKey: ['disclosure', 'powers'] });
      onClose();
    },
    onError: showError,
  });

  /** The domain's flowchart rule on what is filled in, as a message (null when the flowchart is acceptable). */
  const flowchartProblem = (steps: StepValues[] | undefined): string | null => {
    const category = form.getFieldValue('category') as PowerCategory | undefined;
    const list: FlowStep[] = (steps ?? []).map((s) => ({
      title: s?.title ?? '',
      role: s?.role ?? 'committee',
      disclose: !!s?.disclose,
    }));
    const problem = checkFlowchart(category ?? 'other', list);
    if (!problem) return null;
    return problem === 'too_few_disclosure_points'
      ? t('disclosure.v.too_few_disclosure_points', {
          category: t(k(`disclosure.cat.${category ?? 'other'}`)),
          n: MIN_DISCLOSURE_POINTS[category ?? 'other'],
        })
      : t(k(`disclosure.v.${problem}`));
  };

  return (
    <Modal
      open
      width={720}
      title={t('disclosure.powers.newTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'power-save' }}
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('disclosure.powers.formHint')} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ steps: [emptyStep, emptyStep] }}
        onFinish={(v) => save.mutate(v)}
        onValuesChange={(changed: Partial<PowerValues>) => {
          // the disclosure points a flowchart needs depend on the category: check the steps again
          if ('category' in changed) void form.validateFields([['steps']]).catch(() => undefined);
        }}
      >
        <Space.Compact block style={{ gap: 12 }}>
          <Form.Item
            name="category"
            label={t('disclosure.form.category')}
            style={{ width: 200 }}
            rules={[{ required: true, message: t('disclosure.v.category') }]}
          >
            <Select
              data-testid="power-category"
              options={POWER_CATEGORIES.map((c) => ({ value: c, label: t(k(`disclosure.cat.${c}`)) }))}
            />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('disclosure.form.powerTitle')}
            style={{ flex: 1 }}
            rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('disclosure.v.title') }]}
          >
            <Input data-testid="power-title" maxLength={100} />
          </Form.Item>
        </Space.Compact>
        <Form.Item
          name="basis"
          label={t('disclosure.form.basis')}
          rules={[{ required: true, whitespace: true, min: 2, max: 500, message: t('disclosure.v.basis') }]}
        >
          <Input.TextArea data-testid="power-basis" autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
        </Form.Item>
        <Form.Item name="description" label={t('disclosure.form.description')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
        <Typography.Text strong>{t('disclosure.form.steps')}</Typography.Text>
        <Form.List
          name="steps"
          rules={[
            {
              validator: async (_, steps: StepValues[] | undefined) => {
                const problem = flowchartProblem(steps);
                if (problem) throw new Error(problem);
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <div style={{ marginTop: 8 }} data-testid="power-steps">
              {fields.map((field, i) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }} data-testid="power-step">
                  <Typography.Text type="secondary" style={{ width: 24, display: 'inline-block' }}>
                    {i + 1}
                  </Typography.Text>
                  <Form.Item
                    name={[field.name, 'title']}
                    rules={[{ required: true, whitespace: true, message: t('disclosure.v.stepTitle') }]}
                  >
                    <Input
                      data-testid="step-title"
                      placeholder={t('disclosure.form.stepTitle', { n: i + 1 })}
                      maxLength={100}
                      style={{ width: 200 }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'role']}
                    rules={[{ required: true, message: t('disclosure.v.stepRole') }]}
                  >
                    <Select
                      data-testid="step-role"
                      showSearch
                      optionFilterProp="label"
                      placeholder={t('disclosure.form.stepRole')}
                      style={{ width: 240 }}
                      options={STEP_ROLES.map((r) => ({ value: r, label: t(k(`disclosure.role.${r}`)) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'disclose']} valuePropName="checked">
                    <Checkbox
                      data-testid="step-disclose"
                      onChange={() => void form.validateFields([['steps']]).catch(() => undefined)}
                    >
                      {t('disclosure.form.disclose')}
                    </Checkbox>
                  </Form.Item>
                  <Button
                    type="text"
                    aria-label={t('disclosure.form.removeStep')}
                    icon={<DeleteOutlined />}
                    disabled={fields.length <= 2}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                disabled={fields.length >= 20}
                onClick={() => add(emptyStep)}
                data-testid="step-add"
                style={{ marginTop: 4 }}
              >
                {t('disclosure.form.addStep')}
              </Button>
            </div>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
