/** 受理: an operator registers a call as a case — classified, located and checked for duplicates before saving. */
import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, Input, Radio, Row, Select, Space, Switch, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
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
import { useRegionTree } from '../../api/queries.ts';
import type { LocateResult } from '../../api/types.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { AddressSearch } from '../../components/address/AddressSearch.tsx';
import { NearestAddressHint } from '../../components/address/NearestAddressHint.tsx';
import { CaseMap } from '../../components/cases/CaseMap.tsx';
import {
  AddressPlaceWarning,
  LocatedText,
  NearbyAlert,
  PHONE_RE,
  placeNamesOf,
  SuggestionTags,
  useClassify,
} from '../../components/cases/IntakeBits.tsx';
import { PhotoUpload } from '../../components/cases/PhotoUpload.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { CategoryTreeSelect } from '../../components/pickers.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { REQUEST_TYPES, requestTypeKey } from '../../lib/caseOptions.ts';
import { newUuid } from '../../lib/ids.ts';
import { options, URGENCIES, urgencyKey } from '../../lib/options.ts';
import { CallerPanel } from '../../components/baseview/CallerPanel.tsx';
import { useShowError } from '../../lib/useApiError.ts';

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
  const { me } = useAuth();
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [form] = Form.useForm<IntakeValues>();
  // One key per form: a double click or a retry after a lost answer cannot create a second case.
  const [key, setKey] = useState(newUuid);
  const [point, setPoint] = useState<{ lon: number; lat: number } | null>(null);
  // an address picked from the library: the map moves to its building
  const [focus, setFocus] = useState<{ lon: number; lat: number; building: true } | null>(null);
  const [uploading, setUploading] = useState(false);
  const [saving, setSaving] = useState(false);
  const [attaching, setAttaching] = useState<string | null>(null);
  // The duplicate prompt on submit, closed when the call is attached from inside it.
  const prompt = useRef<{ destroy: () => void } | null>(null);

  const description = Form.useWatch('description', form);
  const categoryCode = Form.useWatch('categoryCode', form);
  const requestType = Form.useWatch('requestType', form);
  const closeDirect = Form.useWatch('closeDirect', form) && requestType === 'consult';
  const address = Form.useWatch('address', form);
  const regions = useRegionTree();
  const placeNames = useMemo(() => placeNamesOf(regions.data), [regions.data]);

  const classify = useClassify(description);
  const located = useQuery({
    queryKey: ['geo-locate', point],
    queryFn: () => api.get<LocateResult>('/api/geo/locate', point!),
    enabled: !!point,
    staleTime: Infinity,
  });
  // Duplicates are open cases of the same category nearby: looked up once both are known.
  const nearby = useNearbyCases({
    lon: categoryCode ? point?.lon : undefined,
    lat: categoryCode ? point?.lat : undefined,
    categoryCode,
  });
  const nearbyOpen = (nearby.data ?? []).filter((c) => c.status !== 'closed');

  const reset = () => {
    form.resetFields();
    setPoint(null);
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
  const attach = async (target: CaseSummary) => {
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
    if (nearbyOpen.length > 0 && !closeDirect) {
      prompt.current = modal.confirm({
        title: t('intake.duplicateTitle'),
        width: 640,
        content: <NearbyAlert inPrompt items={nearbyOpen} onAttach={(c) => void attach(c)} />,
        okText: t('intake.registerNew'),
        okButtonProps: { ...({ 'data-testid': 'intake-register-new' } as object) },
        onOk: () => save(values),
      });
      return;
    }
    void save(values);
  };

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
              <Card
                size="small"
                title={t('intake.caller')}
                extra={
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    <SafetyCertificateOutlined style={{ color: '#389e0d', marginInlineEnd: 4 }} />
                    {t('intake.protected')}
                  </Typography.Text>
                }
              >
                <Row gutter={12}>
                  <Col xs={24} sm={10}>
                    <Form.Item name="reporterName" label={t('intake.callerName')}>
                      <Input maxLength={50} autoComplete="off" data-testid="intake-name" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={14}>
                    <Form.Item
                      name="reporterPhone"
                      label={t('intake.callerPhone')}
                      rules={[{ pattern: PHONE_RE, message: t('intake.phoneInvalid') }]}
                    >
                      <Input maxLength={20} inputMode="tel" autoComplete="off" data-testid="intake-phone" />
                    </Form.Item>
                  </Col>
                </Row>
                <CallerPanel form={form} onPoint={setPoint} />
              </Card>
              <Card size="small" title={t('intake.request')}>
                <Form.Item name="requestType" label={t('case.requestType')} rules={[{ required: true }]}>
                  <Radio.Group
                    optionType="button"
                    buttonStyle="solid"
                    options={options(REQUEST_TYPES, requestTypeKey, t)}
                    data-testid="intake-type"
                  />
                </Form.Item>
                <Form.Item name="title" label={t('intake.title2')}>
                  <Input maxLength={100} data-testid="intake-title" />
                </Form.Item>
                <Form.Item
                  name="description"
                  label={t('case.description')}
                  rules={[
                    { required: true, message: t('common.required', { field: t('case.description') }) },
                    { min: 5, message: t('common.required', { field: t('case.description') }) },
                  ]}
                >
                  <Input.TextArea
                    rows={5}
                    maxLength={2000}
                    showCount
                    placeholder={t('intake.descriptionPlaceholder')}
                    data-testid="intake-description"
                  />
                </Form.Item>
                <Row gutter={12}>
                  <Col xs={24} md={15}>
                    <Form.Item
                      name="categoryCode"
                      label={t('case.category')}
                      extra={
                        classify.data?.length ? (
                          <div style={{ marginTop: 6 }}>
                            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineEnd: 6 }}>
                              {t('intake.suggestions')}
                            </Typography.Text>
                            <SuggestionTags
                              items={classify.data}
                              value={categoryCode}
                              onPick={(code) => form.setFieldValue('categoryCode', code)}
                            />
                          </div>
                        ) : (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {t('intake.noSuggestions')}
                          </Typography.Text>
                        )
                      }
                    >
                      <CategoryTreeSelect leafOnly allowClear placeholder={t('intake.categoryPlaceholder')} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={9}>
                    <Form.Item name="urgency" label={t('case.urgency')}>
                      <Select
                        allowClear
                        placeholder={t('intake.urgencyDefault')}
                        options={options(URGENCIES, urgencyKey, t)}
                        data-testid="intake-urgency"
                      />
                    </Form.Item>
                  </Col>
                </Row>
                {requestType === 'consult' && (
                  <>
                    <Form.Item
                      name="closeDirect"
                      valuePropName="checked"
                      label={t('intake.closeDirect')}
                      extra={t('intake.closeDirectHint')}
                    >
                      <Switch data-testid="intake-close-direct" />
                    </Form.Item>
                    {closeDirect && (
                      <Form.Item
                        name="answer"
                        label={t('case.answer')}
                        rules={[
                          { required: true, message: t('common.required', { field: t('case.answer') }) },
                          { min: 2, message: t('common.required', { field: t('case.answer') }) },
                        ]}
                      >
                        <Input.TextArea
                          rows={4}
                          maxLength={2000}
                          placeholder={t('intake.answerPlaceholder')}
                          data-testid="intake-answer"
                        />
                      </Form.Item>
                    )}
                  </>
                )}
              </Card>
            </Space>
          </Col>
          <Col xs={24} xl={11}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <Card size="small" title={t('intake.location')}>
                <Form.Item name="address" label={t('case.address')}>
                  <AddressSearch
                    placeholder={t('intake.addressPlaceholder')}
                    testId="intake-address"
                    onPick={(c) => {
                      if (c.lon === null || c.lat === null) return;
                      setPoint({ lon: c.lon, lat: c.lat });
                      setFocus({ lon: c.lon, lat: c.lat, building: true });
                    }}
                  />
                </Form.Item>
                {point && (
                  <AddressPlaceWarning
                    address={address}
                    place={
                      located.data
                        ? { street: located.data.street?.name, community: located.data.community?.name }
                        : undefined
                    }
                    otherPlaces={placeNames}
                  />
                )}
                <NearestAddressHint address={address} point={point} />
                <div style={{ marginBottom: 8, minHeight: 22 }}>
                  {point ? (
                    <Space wrap size={8}>
                      <LocatedText r={located.data} />
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {point.lon.toFixed(5)}, {point.lat.toFixed(5)}
                      </Typography.Text>
                      <Button size="small" type="link" onClick={() => setPoint(null)}>
                        {t('intake.clearPoint')}
                      </Button>
                    </Space>
                  ) : (
                    <Typography.Text type="secondary">{t('intake.mapHint')}</Typography.Text>
                  )}
                </div>
                <div style={{ border: '1px solid #f0f0f0', borderRadius: 6, overflow: 'hidden' }}>
                  <CaseMap
                    regionCode={me?.scope.code}
                    focus={focus}
                    points={[
                      ...nearbyOpen
                        .filter((c) => c.lon !== null && c.lat !== null)
                        .map((c) => ({
                          lon: c.lon!,
                          lat: c.lat!,
                          label: c.id,
                          kind: 'nearby' as const,
                          id: c.id,
                        })),
                      ...(point
                        ? [{ ...point, label: t('intake.pickedPoint'), kind: 'picked' as const }]
                        : []),
                    ]}
                    onPick={(lon, lat) => setPoint({ lon, lat })}
                    onPointClick={(id) => window.open(`/cases/${id}`, '_blank', 'noopener')}
                    height={360}
                    testId="intake-map"
                  />
                </div>
              </Card>
              <NearbyAlert items={nearbyOpen} onAttach={(c) => void attach(c)} attaching={attaching} />
              <Card size="small" title={t('intake.photos')}>
                <Form.Item name="photoIds" extra={t('form.photoLimit', { n: 9 })} style={{ marginBottom: 0 }}>
                  <PhotoUpload onBusyChange={setUploading} testId="intake-photos" />
                </Form.Item>
              </Card>
            </Space>
          </Col>
        </Row>
        <Card size="small" style={{ marginTop: 16, position: 'sticky', bottom: 0, zIndex: 5 }}>
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
      </Form>
    </div>
  );
}
