/** The form of one step on a mediation file, by the domain's action name. */
import { Checkbox, Form, Input, Modal, Select } from 'antd';
import { DisputeRoute, Performance, type MediationAction } from '@onegrid/domain';
import { useMediationStep, type MediationFile, type MediationStep } from '../../api/mediation.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';

type Values = Record<string, string | string[] | undefined>;

const lines = (s: string | string[] | undefined) =>
  (Array.isArray(s) ? s.join('\n') : (s ?? ''))
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The request of an action: the route's path and its body from the form's values. */
function requestOf(action: MediationAction, v: Values): { step: MediationStep; body: object } {
  switch (action) {
    case 'screen_accept':
      return { step: 'screen', body: { decision: 'accept' } };
    case 'screen_refer':
      return { step: 'screen', body: { decision: 'refer', route: v.route, reason: v.reason } };
    case 'give_notice':
      return { step: 'notice', body: { givenOn: v.givenOn, way: v.way } };
    case 'assign':
      return { step: 'mediator', body: { mediatorId: v.mediatorId, relatedPersonIds: lines(v.related) } };
    case 'recuse':
      return { step: 'recuse', body: { partyId: v.partyId || undefined, reason: v.reason } };
    case 'hold_session':
      return {
        step: 'sessions',
        body: {
          heldAt: new Date(String(v.heldAt)).toISOString(),
          place: v.place || undefined,
          record: v.record,
        },
      };
    case 'agree_written':
      return {
        step: 'agreement',
        body: {
          kind: 'written',
          facts: v.facts,
          terms: lines(v.terms),
          performanceManner: v.manner,
          performBy: v.performBy,
          signedPartyIds: v.signed ?? [],
          effectiveOn: v.effectiveOn,
        },
      };
    case 'agree_oral':
      return {
        step: 'agreement',
        body: {
          kind: 'oral',
          terms: lines(v.terms),
          performanceManner: v.manner || undefined,
          performBy: v.performBy || undefined,
          effectiveOn: v.effectiveOn,
        },
      };
    case 'terminate':
      return { step: 'terminate', body: { reason: v.reason, routesExplained: v.routes ?? [] } };
    case 'follow_up':
      return { step: 'follow-up', body: { performance: v.performance, note: v.note } };
    case 'court_application':
      return { step: 'court-application', body: { appliedOn: v.appliedOn, court: v.court || undefined } };
  }
}

export function MediationActionModal({
  file,
  action,
  onClose,
}: {
  file: MediationFile;
  action: MediationAction | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const showError = useShowError();
  const step = useMediationStep(file.id);
  const [form] = Form.useForm<Values>();
  const req = { required: true, whitespace: true };
  const routeOptions = DisputeRoute.options.map((r) => ({
    value: r,
    label: t(`med.route.${r}` as MessageKey),
  }));
  const partyOptions = file.parties.map((p) => ({
    value: p.id,
    label: `${t(`med.role.${p.role}` as MessageKey)} ${p.name ?? ''}`,
  }));
  const date = (name: string, label: MessageKey, required = true) => (
    <Form.Item name={name} label={t(label)} rules={required ? [{ required: true }] : []}>
      <Input type="date" />
    </Form.Item>
  );
  const text = (name: string, label: MessageKey, rows = 0, required = true) => (
    <Form.Item name={name} label={t(label)} rules={required ? [req] : []}>
      {rows ? <Input.TextArea rows={rows} /> : <Input />}
    </Form.Item>
  );

  const fields = () => {
    switch (action) {
      case 'screen_refer':
        return (
          <>
            <Form.Item name="route" label={t('med.f.route')} rules={[{ required: true }]}>
              <Select options={routeOptions} />
            </Form.Item>
            {text('reason', 'med.f.reason', 3)}
          </>
        );
      case 'give_notice':
        return (
          <>
            {date('givenOn', 'med.f.givenOn')}
            <Form.Item name="way" label={t('med.f.way')} rules={[{ required: true }]}>
              <Select
                options={[
                  { value: 'written', label: t('med.f.way.written') },
                  { value: 'oral', label: t('med.f.way.oral') },
                ]}
              />
            </Form.Item>
          </>
        );
      case 'assign':
        return (
          <>
            <Form.Item name="mediatorId" label={t('med.f.mediator')} rules={[{ required: true }]}>
              <Select
                showSearch
                optionFilterProp="label"
                options={file.candidates.map((c) => ({ value: c.id, label: c.name }))}
              />
            </Form.Item>
            {text('related', 'med.f.related', 2, false)}
          </>
        );
      case 'recuse':
        return (
          <>
            <Form.Item name="partyId" label={t('med.f.party')}>
              <Select allowClear options={partyOptions} />
            </Form.Item>
            {text('reason', 'med.f.reason', 2)}
          </>
        );
      case 'hold_session':
        return (
          <>
            <Form.Item name="heldAt" label={t('med.f.heldAt')} rules={[{ required: true }]}>
              <Input type="datetime-local" />
            </Form.Item>
            {text('place', 'med.f.sessionPlace', 0, false)}
            {text('record', 'med.f.record', 6)}
          </>
        );
      case 'agree_written':
      case 'agree_oral':
        return (
          <>
            {action === 'agree_written' && text('facts', 'med.f.facts', 3)}
            {text('terms', 'med.f.terms', 4)}
            {text('manner', 'med.f.manner', 0, action === 'agree_written')}
            {date('performBy', 'med.f.performBy', action === 'agree_written')}
            {action === 'agree_written' && (
              <Form.Item name="signed" label={t('med.f.signed')} rules={[{ required: true }]}>
                <Checkbox.Group options={partyOptions} />
              </Form.Item>
            )}
            {date('effectiveOn', 'med.f.effectiveOn')}
          </>
        );
      case 'terminate':
        return (
          <>
            {text('reason', 'med.f.reason', 3)}
            <Form.Item name="routes" label={t('med.f.routes')} rules={[{ required: true }]}>
              <Checkbox.Group options={routeOptions} />
            </Form.Item>
          </>
        );
      case 'follow_up':
        return (
          <>
            <Form.Item name="performance" label={t('med.f.performance')} rules={[{ required: true }]}>
              <Select
                options={Performance.options.map((p) => ({
                  value: p,
                  label: t(`med.perf.${p}` as MessageKey),
                }))}
              />
            </Form.Item>
            {text('note', 'med.f.note', 3)}
          </>
        );
      case 'court_application':
        return (
          <>
            {date('appliedOn', 'med.f.appliedOn')}
            {text('court', 'med.f.court', 0, false)}
          </>
        );
      case 'screen_accept':
      case null:
        return null;
    }
  };

  return (
    <Modal
      open={action !== null}
      title={action ? t(`med.action.${action}` as MessageKey) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={step.isPending}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ givenOn: today(), effectiveOn: today(), appliedOn: today(), way: 'written' }}
        onFinish={(v) => {
          if (!action) return;
          step.mutate(requestOf(action, v), { onSuccess: onClose, onError: showError });
        }}
      >
        {fields()}
      </Form>
    </Modal>
  );
}
