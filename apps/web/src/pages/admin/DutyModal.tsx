/** Create or edit a duty-list entry: matter, region, and the lead / coordinating / assisting units. */
import { Button, Form, Input, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import type { Duty, DutyInput, DutyRole } from '../../api/types.ts';
import { CategoryTreeSelect, RegionTreeSelect, UnitSelect } from '../../components/pickers.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { DUTY_ROLES, dutyRoleKey, options } from '../../lib/options.ts';
import { FormModal, useFormSave } from '../../components/FormModal.tsx';

/** Select value standing for 属地街乡镇 (the street office of the case's location). */
const LOCAL = '__local_street__';

interface DutyForm {
  categoryCode: string;
  regionCode: string;
  note?: string;
  parties: { role: DutyRole; unit?: string }[];
}

export function DutyModal({
  duty,
  open,
  onClose,
}: {
  duty: Duty | null;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<DutyForm>();
  const known = (duty?.parties ?? []).flatMap((p) => (p.unit ? [p.unit] : []));
  const save = useFormSave(
    form,
    (v: DutyForm) => {
      const body: DutyInput = {
        categoryCode: v.categoryCode,
        regionCode: v.regionCode,
        note: v.note?.trim() || undefined,
        parties: v.parties.map((p) =>
          p.unit === LOCAL ? { role: p.role, localStreet: true } : { role: p.role, unitId: p.unit },
        ),
      };
      return duty ? api.put(`/api/duties/${duty.id}`, body) : api.post('/api/duties', body);
    },
    { invalidate: ['duties'], onDone: onClose },
  );

  return (
    <FormModal<DutyForm>
      open={open}
      title={duty ? t('duties.editTitle') : t('duties.createTitle')}
      form={form}
      saving={save.isPending}
      onClose={onClose}
      onFinish={(v) => save.mutate(v)}
      width={680}
      initialValues={
        duty
          ? {
              categoryCode: duty.category.code,
              regionCode: duty.region.code,
              note: duty.note ?? undefined,
              parties: duty.parties.map((p) => ({
                role: p.role,
                unit: p.localStreet ? LOCAL : p.unit?.id,
              })),
            }
          : { parties: [{ role: 'lead', unit: LOCAL }] }
      }
    >
      <Form.Item
        name="categoryCode"
        label={t('duties.category')}
        rules={[{ required: true, message: t('duties.pickLeaf') }]}
      >
        <CategoryTreeSelect leafOnly />
      </Form.Item>
      <Form.Item name="regionCode" label={t('duties.region')} rules={[{ required: true }]}>
        <RegionTreeSelect />
      </Form.Item>
      <Form.List
        name="parties"
        rules={[
          {
            validator: async (_, parties: DutyForm['parties'] | undefined) => {
              if ((parties ?? []).filter((p) => p?.role === 'lead').length !== 1)
                throw new Error(t('duties.oneLead'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Form.Item label={t('duties.parties')} required>
            {fields.map((field) => (
              <Space.Compact key={field.key} block style={{ marginBottom: 8 }}>
                <Form.Item name={[field.name, 'role']} noStyle rules={[{ required: true }]}>
                  <Select style={{ width: 140 }} options={options(DUTY_ROLES, dutyRoleKey, t)} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'unit']}
                  noStyle
                  rules={[{ required: true, message: t('duties.partyUnit') }]}
                >
                  <UnitSelect
                    placeholder={t('duties.partyUnit')}
                    known={known}
                    extraOptions={[{ value: LOCAL, label: t('duties.localStreetLong') }]}
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('common.delete')}
                />
              </Space.Compact>
            ))}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ role: 'assist' })}>
              {t('duties.addParty')}
            </Button>
            <Form.ErrorList errors={errors} />
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="note" label={t('common.note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
