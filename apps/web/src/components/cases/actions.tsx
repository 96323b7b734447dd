/**
 * Case actions: the buttons are exactly the server's `availableActions` (never computed here); each opens a small
 * form with the fields of docs/api-cases.md, posted with an Idempotency-Key so a double click acts once.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, Modal, Radio, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CaseAction } from '@onegrid/domain';
import { api, isApiError } from '../../api/client.ts';
import { caseKeys, type CaseDetail } from '../../api/cases.ts';
import { CategoryTreeSelect, UnitSelect } from '../pickers.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { actionKey, DANGER_ACTIONS, PRIMARY_ACTIONS, RATINGS, ratingKey } from '../../lib/caseOptions.ts';
import { newUuid } from '../../lib/ids.ts';
import { nowInShanghai, shanghaiWallTimeToIso } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { DispatchLeadFollower, routingUnitsOf } from './DispatchLeadFollower.tsx';
import { PhotoUpload } from './PhotoUpload.tsx';
import { UnitMultiSelect } from './UnitMultiSelect.tsx';

type Field =
  | 'categoryCode'
  | 'leadUnitId'
  | 'assistUnitIds'
  | 'note'
  | 'reason'
  | 'result'
  | 'photoIds'
  | 'until'
  | 'parentId'
  | 'answer'
  | 'resolved'
  | 'rating'
  | 'comment'
  | 'toResident'
  | 'unitId';

interface FieldSpec {
  name: Field;
  required?: boolean;
}

const req = (name: Field): FieldSpec => ({ name, required: true });
const opt = (name: Field): FieldSpec => ({ name });

/** The body fields of each action (docs/api-cases.md); a new action in the domain fails the typecheck here. */
export const ACTION_FIELDS: Record<CaseAction, FieldSpec[]> = {
  dispatch: [opt('categoryCode'), req('leadUnitId'), opt('assistUnitIds'), opt('note')],
  accept: [opt('note')],
  return: [req('reason')],
  progress: [req('note'), opt('photoIds'), opt('toResident')],
  report: [req('result'), opt('photoIds')],
  verify_pass: [opt('note')],
  verify_fail: [req('reason')],
  request_extension: [req('until'), req('reason')],
  approve_extension: [opt('note')],
  reject_extension: [req('reason')],
  suspend: [req('reason')],
  resume: [opt('note')],
  void: [req('reason')],
  merge: [req('parentId')],
  close_direct: [req('answer')],
  callback: [req('resolved'), req('rating'), opt('comment')],
  reopen: [req('reason')],
  urge: [opt('note')],
  assist_accept: [opt('note')],
  assist_report: [req('result'), opt('photoIds')],
  release_assist: [opt('unitId'), req('reason')],
};

const FIELD_LABEL: Record<Field, MessageKey> = {
  categoryCode: 'form.category',
  leadUnitId: 'form.leadUnit',
  assistUnitIds: 'form.assistUnits',
  note: 'form.note',
  reason: 'form.reason',
  result: 'form.result',
  photoIds: 'form.photos',
  until: 'form.until',
  parentId: 'form.parentId',
  answer: 'form.answer',
  resolved: 'form.resolved',
  rating: 'form.rating',
  comment: 'form.comment',
  toResident: 'privacy.toResident',
  unitId: 'form.assistUnit',
};

export type ActionValues = Partial<Record<Field, unknown>>;

/** The dispatch form starts from the best ranked suggestions: one lead and its co-units. */
export function suggestedDispatch(detail: CaseDetail): ActionValues | undefined {
  const ranked = [...detail.suggestions].sort((a, b) => b.score - a.score);
  const lead = ranked.find((s) => s.role === 'lead');
  if (!lead) return undefined;
  const assists = ranked
    .filter((s) => s.role === 'assist' && s.unit.id !== lead.unit.id)
    .map((s) => s.unit.id);
  return {
    ...(detail.category ? { categoryCode: detail.category.code } : {}),
    leadUnitId: lead.unit.id,
    assistUnitIds: [...new Set(assists)],
  };
}

/** Form values → the action's JSON body: empty optional fields left out, the date as ISO in Beijing time. */
function toBody(action: CaseAction, values: ActionValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const { name } of ACTION_FIELDS[action]) {
    const v = values[name];
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (name === 'until') body.until = shanghaiWallTimeToIso(v as Dayjs);
    else body[name] = typeof v === 'string' ? v.trim() : v;
  }
  return body;
}

/**
 * Posts actions on one case. Each attempt of one form keeps its key, so a retry after a lost answer is not
 * applied twice; a new form gets a new key.
 */
export function useCaseActionRunner(caseId: string) {
  const qc = useQueryClient();
  const { t } = useI18n();
  const mutation = useMutation({
    mutationFn: ({ action, body, key }: { action: CaseAction; body: Record<string, unknown>; key: string }) =>
      api.create<CaseDetail>(`/api/cases/${caseId}/actions/${action}`, body, key),
    onSuccess: (detail) => {
      if (detail && typeof detail === 'object' && 'id' in detail)
        qc.setQueryData(caseKeys.detail(caseId), detail);
      void qc.invalidateQueries({ queryKey: caseKeys.all });
      void qc.invalidateQueries({ queryKey: caseKeys.notifications });
    },
  });
  const run = useCallback(
    (action: CaseAction, body: Record<string, unknown>, key: string) =>
      mutation.mutateAsync({ action, body, key }),
    [mutation],
  );
  return {
    run,
    pending: mutation.isPending,
    doneText: (a: CaseAction) => t('action.done', { action: t(actionKey(a)) }),
  };
}

/**
 * The control of one field. Form.Item hands `id`, `value` and `onChange` to its direct child, so they are passed
 * on to the actual control here.
 */
function FieldInput({
  spec,
  detail,
  onBusy,
  ...control
}: {
  spec: FieldSpec;
  detail: CaseDetail;
  onBusy: (b: boolean) => void;
} & Record<string, unknown>): ReactNode {
  const { t } = useI18n();
  // the units of the category-following suggestion too (DispatchLeadFollower), so the pickers show their names
  const known = [...detail.suggestions.map((s) => s.unit), ...routingUnitsOf(useQueryClient(), detail.id)];
  const testId = `field-${spec.name}`;
  switch (spec.name) {
    case 'categoryCode':
      return (
        <div data-testid={testId}>
          <CategoryTreeSelect {...control} leafOnly />
        </div>
      );
    case 'leadUnitId':
      return (
        <div data-testid={testId}>
          <UnitSelect {...control} known={known} />
        </div>
      );
    case 'assistUnitIds':
      return (
        <div data-testid={testId}>
          <UnitMultiSelect {...control} known={known} />
        </div>
      );
    case 'note':
    case 'reason':
    case 'result':
    case 'answer':
    case 'comment':
      return (
        <Input.TextArea
          {...control}
          rows={spec.name === 'result' || spec.name === 'answer' ? 4 : 2}
          maxLength={2000}
          data-testid={testId}
        />
      );
    case 'photoIds':
      return <PhotoUpload {...control} onBusyChange={onBusy} testId={testId} />;
    case 'until':
      return (
        <DatePicker
          {...control}
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
          disabledDate={(d) => d.isBefore(nowInShanghai(), 'day')}
          data-testid={testId}
        />
      );
    case 'parentId':
      return (
        <Input
          {...control}
          inputMode="numeric"
          maxLength={16}
          placeholder={t('form.parentHint')}
          data-testid={testId}
        />
      );
    case 'resolved':
      return (
        <Radio.Group
          {...control}
          optionType="button"
          options={[
            { value: true, label: t('common.yes') },
            { value: false, label: t('common.no') },
          ]}
          data-testid={testId}
        />
      );
    case 'rating':
      return (
        <Radio.Group
          {...control}
          optionType="button"
          buttonStyle="solid"
          options={RATINGS.map((r) => ({ value: r, label: t(ratingKey(r)) }))}
          data-testid={testId}
        />
      );
    case 'unitId':
      // the co-units that still owe their part
      return (
        <Select
          {...control}
          allowClear
          options={detail.assignments
            .filter((a) => a.role === 'assist' && (a.status === 'pending' || a.status === 'accepted'))
            .map((a) => ({ value: a.unit.id, label: a.unit.name }))}
          data-testid={testId}
        />
      );
    case 'toResident':
      // a staff note is internal unless it is a reply the resident reads on the tracking page
      return <Checkbox {...control} data-testid={testId} />;
  }
}

/** The small form of one action in a modal. */
export function ActionModal({
  detail,
  action,
  initial,
  onClose,
}: {
  detail: CaseDetail;
  action: CaseAction | null;
  initial?: ActionValues;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<ActionValues>();
  const [key, setKey] = useState(newUuid);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { run, pending, doneText } = useCaseActionRunner(detail.id);
  if (!action) return null;
  const fields = ACTION_FIELDS[action];

  const submit = async () => {
    const values = await form.validateFields();
    setError(null);
    try {
      await run(action, toBody(action, values), key);
      void message.success(doneText(action));
      setKey(newUuid());
      onClose();
    } catch (e) {
      // Field errors come back as body.<field>: put them on the fields.
      if (isApiError(e) && e.details.length) {
        const onFields = e.details
          .map((d) => ({
            name: (d.path ?? '').replace(/^body\./, '').split('.')[0] as Field,
            errors: [d.message],
          }))
          .filter((f) => fields.some((s) => s.name === f.name));
        if (onFields.length) form.setFields(onFields);
      }
      if (isApiError(e)) setError(e.message);
      else showError(e);
    }
  };

  return (
    <Modal
      open
      title={t(actionKey(action))}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('form.submit')}
      okButtonProps={{
        loading: pending,
        disabled: busy,
        danger: DANGER_ACTIONS.includes(action),
        ...({ 'data-testid': 'action-submit' } as object),
      }}
      destroyOnHidden
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial ?? (action === 'dispatch' ? suggestedDispatch(detail) : undefined)}
        data-testid={`action-form-${action}`}
        onFinish={() => void submit()}
      >
        {busy && <Alert type="info" showIcon title={t('form.uploading')} style={{ marginBottom: 12 }} />}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        {action === 'dispatch' && (
          <DispatchLeadFollower detail={detail} initialPlan={initial ?? suggestedDispatch(detail)} />
        )}
        {fields.map((spec) => (
          <Form.Item
            key={spec.name}
            name={spec.name}
            label={t(FIELD_LABEL[spec.name])}
            {...(spec.name === 'toResident' ? { valuePropName: 'checked' } : {})}
            extra={spec.name === 'photoIds' ? t('form.photoLimit', { n: 9 }) : undefined}
            rules={[
              ...(spec.required
                ? [{ required: true, message: t('common.required', { field: t(FIELD_LABEL[spec.name]) }) }]
                : []),
              ...(spec.name === 'parentId' ? [{ pattern: /^\d{16}$/, message: t('form.parentHint') }] : []),
              ...(spec.name === 'reason'
                ? [{ min: 2, message: t('common.required', { field: t('form.reason') }) }]
                : []),
              ...(spec.name === 'until'
                ? [
                    {
                      validator: async (_: unknown, v: Dayjs | undefined) => {
                        if (v && !v.isAfter(nowInShanghai())) throw new Error(t('form.untilFuture'));
                      },
                    },
                  ]
                : []),
            ]}
          >
            <FieldInput spec={spec} detail={detail} onBusy={setBusy} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

/** One button per action the server offers; `onAction` opens its form. */
export function ActionBar({
  detail,
  onAction,
  extra,
}: {
  detail: CaseDetail;
  onAction: (a: CaseAction) => void;
  extra?: ReactNode;
}) {
  const { t } = useI18n();
  if (detail.availableActions.length === 0 && !extra) {
    return (
      <span style={{ color: '#8c8c8c' }} data-testid="no-actions">
        {t('case.noActions')}
      </span>
    );
  }
  return (
    <Space wrap data-testid="action-bar">
      {detail.availableActions.map((a) => (
        <Button
          key={a}
          data-testid={`action-${a}`}
          type={PRIMARY_ACTIONS.includes(a) ? 'primary' : 'default'}
          danger={DANGER_ACTIONS.includes(a)}
          onClick={() => onAction(a)}
        >
          {t(actionKey(a))}
        </Button>
      ))}
      {extra}
    </Space>
  );
}

/** State for "which action form is open", with optional prefilled values. */
export function useActionForm() {
  const [open, setOpen] = useState<{ action: CaseAction; initial?: ActionValues; n: number } | null>(null);
  const openAction = useCallback(
    (action: CaseAction, initial?: ActionValues) => setOpen((o) => ({ action, initial, n: (o?.n ?? 0) + 1 })),
    [],
  );
  const close = useCallback(() => setOpen(null), []);
  return { open, openAction, close };
}
