/** 受理: an operator registers a call as a case — classified, located and checked for duplicates before saving. */
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, Grid, Row, Space } from 'antd';
import type { Urgency } from '@onegrid/domain';
import { api } from '../../api/client.ts';
import {
  caseKeys,
  useNearbyCases,
  type CaseDetail,
  type CaseInput,
  type CaseSummary,
  type RequestType,
} from '../../api/cases.ts';
import { NearbyAlert, PHONE_RE } from '../../components/cases/IntakeBits.tsx';
import { DuplicateCandidates } from '../../components/cases/DuplicateCandidates.tsx';
import { rejectDuplicate, useDuplicateCandidates, type DuplicateCandidate } from '../../api/duplicates.ts';
import { PhotoUpload } from '../../components/cases/PhotoUpload.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { newUuid } from '../../lib/ids.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { IntakeCallerCard } from './IntakeCallerCard.tsx';
import { IntakeLocationCard } from './IntakeLocationCard.tsx';
import { IntakeRequestCard } from './IntakeRequestCard.tsx';
import { KnowledgePanel } from '../knowledge/KnowledgePanel.tsx';

interface IntakeValues {
  reporterName?: string;
  reporterPhone?: string;
  requestType: RequestType;
  title?: string;
  description: string;
  categoryCode?: string;
  urgency?: Urgency;
  address?: string;
  photoIds?: string[];
  closeDirect?: boolean;
  answer?: string;
}

export default function IntakePage() {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const navigate = useNavigate();
  const wide = !!Grid.useBreakpoint().xl;
  const qc = useQueryClient();
  const [form] = Form.useForm<IntakeValues>();
  // One key per form: a double click or a retry after a lost answer cannot create a second case.
  const [key, setKey] = useState(newUuid);
  const [point, setPoint] = useState<{ lon: number; lat: number } | null>(null);
  const [uploading, setUploading] = useState(false);
  const [saving, setSaving] = useState(false);
  const [attaching, setAttaching] = useState<string | null>(null);
  // The duplicate prompt on submit, closed when the call is attached from inside it.
  const prompt = useRef<{ destroy: () => void } | null>(null);

  const categoryCode = Form.useWatch('categoryCode', form);
  const requestType = Form.useWatch('requestType', form);
  const closeDirect = Form.useWatch('closeDirect', form) && requestType === 'consult';
  // Duplicates are open cases of the same category nearby: looked up once both are known.
  const nearby = useNearbyCases({
    lon: categoryCode ? point?.lon : undefined,
    lat: categoryCode ? point?.lat : undefined,
    categoryCode,
  });
  const nearbyOpen = (nearby.data ?? []).filter((c) => c.status !== 'closed');
  // Duplicates by meaning (place, time, words, the same caller), looked up as the operator types.
  const [description, title, phone, address] = [
    Form.useWatch('description', form),
    Form.useWatch('title', form),
    Form.useWatch('reporterPhone', form),
    Form.useWatch('address', form),
  ];
  const dups = useDuplicateCandidates({
    text: (description ?? '').trim(),
    title: title?.trim() || undefined,
    address: address?.trim() || undefined,
    phone: phone && PHONE_RE.test(phone.trim()) ? phone.trim() : undefined,
    categoryCode: categoryCode || undefined,
    ...(point ? { lon: point.lon, lat: point.lat } : {}),
    sessionKey: key,
  });
  const [rejected, setRejected] = useState<string[]>([]);
  const candidates = (dups.data ?? []).filter((d) => !rejected.includes(d.case.id));
  const reject = (d: DuplicateCandidate) => {
    setRejected((r) => [...r, d.case.id]);
    rejectDuplicate({
      sessionKey: key,
      candidateId: d.case.id,
      decision: 'rejected',
      text: description ?? '',
    })
      .then(() => void message.info(t('dup.rejected')))
      .catch(showError);
  };

  const reset = () => {
    form.resetFields();
    setPoint(null);
    setRejected([]);
    setKey(newUuid());
  };

  const save = async (values: IntakeValues) => {
    const body: CaseInput = {
      requestType: values.requestType,
      description: values.description.trim(),
      categoryCode: values.categoryCode || undefined,
      urgency: values.urgency || undefined,
      title: values.title?.trim() || undefined,
      address: values.address?.trim() || undefined,
      reporterName: values.reporterName?.trim() || undefined,
      reporterPhone: values.reporterPhone?.trim() || undefined,
      photoIds: values.photoIds ?? [],
      ...(point ? { lon: point.lon, lat: point.lat, coordSystem: 'wgs84' as const } : {}),
      ...(closeDirect && values.answer ? { closeDirect: { answer: values.answer.trim() } } : {}),
    };
    setSaving(true);
    try {
      const created = await api.create<CaseDetail>('/api/cases', body, key);
      void qc.invalidateQueries({ queryKey: caseKeys.all });
      void message.success(t('intake.created', { id: created.id }));
      void navigate(`/cases/${created.id}`);
    } catch (e) {
      showError(e);
    } finally {
      setSaving(false);
    }
  };

  /** 并入此件: the call joins an open case (the caller added and informed) instead of opening a duplicate. */
  const attach = async (target: Pick<CaseSummary, 'id'>) => {
    let values: IntakeValues;
    try {
      values = await form.validateFields();
    } catch {
      prompt.current?.destroy();
      void message.warning(t('intake.attachNeedsDescription'));
      return;
    }
    setAttaching(target.id);
    try {
      const r = await api.create<{ caseId: string; informed: boolean }>(
        `/api/cases/${target.id}/callers`,
        {
          description: values.description.trim(),
          reporterName: values.reporterName?.trim() || undefined,
          reporterPhone: values.reporterPhone?.trim() || undefined,
          channel: 'hotline',
          duplicateSession: key,
        },
        key,
      );
      prompt.current?.destroy();
      void qc.invalidateQueries({ queryKey: caseKeys.all });
      void message.success(t(r.informed ? 'intake.attachedInformed' : 'intake.attached', { id: r.caseId }));
      void navigate(`/cases/${r.caseId}`);
    } catch (e) {
      showError(e);
    } finally {
      setAttaching(null);
    }
  };

  const onFinish = (values: IntakeValues) => {
    if (uploading) {
      void message.warning(t('form.uploading'));
      return;
    }
    // Last look for duplicates before saving: attach to one of them, or register a new case after all.
    if ((candidates.length > 0 || nearbyOpen.length > 0) && !closeDirect) {
      prompt.current = modal.confirm({
        title: t('intake.duplicateTitle'),
        width: 640,
        content: candidates.length ? (
          <DuplicateCandidates inPrompt items={candidates} onAttach={(id) => void attach({ id })} />
        ) : (
          <NearbyAlert inPrompt items={nearbyOpen} onAttach={(c) => void attach(c)} />
        ),
        okText: t('intake.registerNew'),
        okButtonProps: { ...({ 'data-testid': 'intake-register-new' } as object) },
        onOk: () => save(values),
      });
      return;
    }
    void save(values);
  };

  // The buttons follow the form's fields, in the flow: on a wide screen under the request (left column), else at
  // the end. Never a bar floating over the page, which hid the knowledge and duplicate panels behind it.
  const actions = (
    <Card size="small" data-testid="intake-actions">
      <Space>
        <Button
          type="primary"
          htmlType="submit"
          loading={saving}
          disabled={uploading}
          data-testid="intake-submit"
        >
          {closeDirect ? t('intake.submitClose') : t('intake.submit')}
        </Button>
        <Button onClick={reset}>{t('intake.reset')}</Button>
      </Space>
    </Card>
  );
  return (
    <div>
      <PageHeader title={t('intake.title')} sub={t('intake.sub')} />
      <Form<IntakeValues>
        form={form}
        layout="vertical"
        initialValues={{ requestType: 'help', photoIds: [] }}
        onFinish={onFinish}
        data-testid="intake-form"
        scrollToFirstError
      >
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={13}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <IntakeCallerCard onPoint={setPoint} />
              <IntakeRequestCard closeDirect={!!closeDirect} />
              {wide && actions}
            </Space>
          </Col>
          <Col xs={24} xl={11}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <IntakeLocationCard point={point} onPoint={setPoint} nearbyOpen={nearbyOpen} />
              <KnowledgePanel form={form} point={point} />
              {candidates.length ? (
                <DuplicateCandidates
                  items={candidates}
                  onAttach={(id) => void attach({ id })}
                  onReject={reject}
                  attaching={attaching}
                />
              ) : (
                <NearbyAlert items={nearbyOpen} onAttach={(c) => void attach(c)} attaching={attaching} />
              )}
              <Card size="small" title={t('intake.photos')}>
                <Form.Item name="photoIds" extra={t('form.photoLimit', { n: 9 })} style={{ marginBottom: 0 }}>
                  <PhotoUpload onBusyChange={setUploading} testId="intake-photos" />
                </Form.Item>
              </Card>
            </Space>
          </Col>
        </Row>
        {!wide && <div style={{ marginTop: 16 }}>{actions}</div>}
      </Form>
    </div>
  );
}
