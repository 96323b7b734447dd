/** Edit a visit rule, or add one for a tag and level without its own. */
import { TAG_LEVELS, TagType } from '@onegrid/domain';
import { Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { api } from '../../../api/client.ts';
import { FormModal, useFormSave } from '../../../components/FormModal.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { levelName, tagName, type Unit } from './labels.ts';
import type { VisitRuleView } from './FieldRulesPage.tsx';

interface RuleForm {
  tag: string;
  level: string | null;
  everyCount: number;
  everyUnit: Unit;
  firstCount?: number | null;
  firstUnit?: Unit;
  afterChangeWithinHours?: number | null;
  calendar: 'natural' | 'working';
  source: string;
  active: boolean;
}

const UNITS: Unit[] = ['day', 'week', 'month'];
export const FIELD_RULES_KEY = ['field-rules'] as const;

export function RuleModal({
  rule,
  open,
  onClose,
}: {
  /** the rule to edit; null: a new one */
  rule: VisitRuleView | null;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<RuleForm>();
  const tag = Form.useWatch('tag', form);
  const save = useFormSave(
    form,
    (v: RuleForm) =>
      api.put('/api/field/rules', {
        tag: v.tag,
        level: v.level ?? null,
        every: { unit: v.everyUnit, count: v.everyCount },
        firstWithin: v.firstCount ? { unit: v.firstUnit ?? 'day', count: v.firstCount } : null,
        afterChangeWithinHours: v.afterChangeWithinHours || null,
        calendar: v.calendar,
        source: v.source ?? '',
        active: v.active,
      }),
    { invalidate: FIELD_RULES_KEY, onDone: onClose },
  );
  const unitOptions = UNITS.map((u) => ({ value: u, label: t(`fr.unit.${u}`) }));
  const levels = tag ? (TAG_LEVELS[tag as TagType] ?? []) : [];
  return (
    <FormModal<RuleForm>
      open={open}
      title={t('fr.editTitle')}
      form={form}
      saving={save.isPending}
      onClose={onClose}
      onFinish={(v) => save.mutate(v)}
      initialValues={
        rule
          ? {
              tag: rule.tag,
              level: rule.level,
              everyCount: rule.every.count,
              everyUnit: rule.every.unit,
              firstCount: rule.firstWithin?.count ?? null,
              firstUnit: rule.firstWithin?.unit ?? 'day',
              afterChangeWithinHours: rule.afterChangeWithinHours,
              calendar: rule.calendar,
              source: rule.source,
              active: rule.origin !== 'disabled',
            }
          : {
              level: null,
              everyCount: 1,
              everyUnit: 'month',
              firstUnit: 'day',
              calendar: 'natural',
              active: true,
            }
      }
    >
      <Space.Compact block>
        <Form.Item name="tag" label={t('fr.tag')} rules={[{ required: true }]} style={{ flex: 1 }}>
          <Select
            disabled={!!rule}
            options={TagType.options.map((v) => ({ value: v, label: tagName(t, v) }))}
            onChange={() => form.setFieldValue('level', null)}
          />
        </Form.Item>
        <Form.Item name="level" label={t('fr.level')} style={{ flex: 1 }}>
          <Select
            disabled={!!rule}
            options={[
              { value: null, label: t('fr.allLevels') },
              ...levels.map((l) => ({ value: l, label: levelName(t, tag ?? '', l) })),
            ]}
          />
        </Form.Item>
      </Space.Compact>
      <Form.Item label={t('fr.every')} required>
        <Space.Compact>
          <Form.Item name="everyCount" noStyle rules={[{ required: true }]}>
            <InputNumber min={1} max={366} precision={0} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="everyUnit" noStyle>
            <Select options={unitOptions} style={{ width: 110 }} />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item label={t('fr.firstWithin')} extra={t('fr.sameAsEvery')}>
        <Space.Compact>
          <Form.Item name="firstCount" noStyle>
            <InputNumber min={1} max={366} precision={0} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="firstUnit" noStyle>
            <Select options={unitOptions} style={{ width: 110 }} />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item name="afterChangeWithinHours" label={t('fr.afterChange')}>
        <InputNumber min={1} max={720} precision={0} addonAfter="h" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="calendar" label={t('fr.calendar')}>
        <Select
          options={(['natural', 'working'] as const).map((c) => ({ value: c, label: t(`fr.cal.${c}`) }))}
          style={{ width: 160 }}
        />
      </Form.Item>
      <Form.Item name="source" label={t('fr.source')}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
      <Form.Item name="active" label={t('fr.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
