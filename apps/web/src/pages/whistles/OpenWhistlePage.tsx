/** 吹哨: a street lead summons units to a place within a report-in deadline; `?caseId=` pre-fills from a case. */
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Space, Typography } from 'antd';
import { SoundOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useCase } from '../../api/cases.ts';
import {
  useWhistleSettings,
  whistleKeys,
  type OpenWhistleInput,
  type WhistleDetail,
  type WhistleKind,
} from '../../api/whistles.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { AddressSearch } from '../../components/address/AddressSearch.tsx';
import { CaseMap } from '../../components/cases/CaseMap.tsx';
import { UnitMultiSelect } from '../../components/cases/UnitMultiSelect.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RegionTreeSelect } from '../../components/pickers.tsx';
import { WHISTLE_KINDS } from '../../components/whistles/WhistleBits.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { newUuid } from '../../lib/ids.ts';
import { useShowError } from '../../lib/useApiError.ts';

interface Values {
  title: string;
  kind: WhistleKind;
  description?: string;
  address?: string;
  unitIds: string[];
  reportInMinutes?: number;
  streetCode?: string;
}

export default function OpenWhistlePage() {
  const { t } = useI18n();
  const { me } = useAuth();
  const { message } = App.useApp();
  const showError = useShowError();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [params] = useSearchParams();
  const caseId = params.get('caseId') ?? undefined;
  const linked = useCase(caseId);
  const settings = useWhistleSettings();
  const defaultMinutes = settings.data?.reportInMinutes;
  const [form] = Form.useForm<Values>();
  // One key per form: a double click cannot blow twice.
  const [key] = useState(newUuid);
  const [point, setPoint] = useState<{ lon: number; lat: number } | null>(null);
  const [focus, setFocus] = useState<{ lon: number; lat: number; building: true } | null>(null);
  const [saving, setSaving] = useState(false);
  const aboveStreet = me?.scope.level === 'district' || me?.scope.level === 'city';
  // The server refuses a community-level lead while community whistles are off: say so before the form is filled.
  const communityOff = me?.scope.level === 'community' && settings.data?.communityMayWhistle === false;

  // Pre-fill the deadline with the configured default, unless the user has already typed one.
  useEffect(() => {
    if (defaultMinutes !== undefined && !form.isFieldTouched('reportInMinutes'))
      form.setFieldValue('reportInMinutes', defaultMinutes);
  }, [defaultMinutes, form]);

  // Pre-fill once from the case: matter, description, place and the units already working on it.
  const c = linked.data;
  useEffect(() => {
    if (!c) return;
    form.setFieldsValue({
      title: c.title ?? c.description.slice(0, 40),
      description: c.description,
      address: c.address ?? undefined,
      kind: 'difficult',
      unitIds: [
        ...new Set(
          c.assignments
            .filter((a) => a.status !== 'cancelled' && a.unit.kind !== 'street_office')
            .map((a) => a.unit.id),
        ),
      ],
      streetCode: c.street?.code,
    });
    if (c.lon !== null && c.lat !== null) setPoint({ lon: c.lon, lat: c.lat });
  }, [c, form]);

  const known = c ? c.assignments.map((a) => ({ id: a.unit.id, name: a.unit.name })) : [];

  const submit = async (v: Values) => {
    setSaving(true);
    try {
      const body: OpenWhistleInput = {
        title: v.title,
        kind: v.kind,
        description: v.description ?? '',
        unitIds: v.unitIds,
        ...(v.address ? { address: v.address } : {}),
        ...(v.reportInMinutes ? { reportInMinutes: v.reportInMinutes } : {}),
        ...(caseId ? { caseId } : {}),
        ...(aboveStreet && v.streetCode ? { streetCode: v.streetCode } : {}),
        ...(point ?? {}),
      };
      const w = await api.create<WhistleDetail>('/api/whistles', body, key);
      void qc.invalidateQueries({ queryKey: whistleKeys.all });
      void message.success(t('whistle.opened'));
      void navigate(`/whistles/${w.id}`, { replace: true });
    } catch (e) {
      showError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div data-testid="whistle-open">
      <PageHeader
        title={t('whistle.blow')}
        sub={
          caseId ? <Link to={`/cases/${caseId}`}>{t('whistle.fromCase', { id: caseId })}</Link> : undefined
        }
      />
      {linked.error && (
        <Alert type="error" showIcon title={linked.error.message} style={{ marginBottom: 12 }} />
      )}
      {communityOff && (
        <Alert
          type="warning"
          showIcon
          title={t('whistle.communityDisabled')}
          style={{ marginBottom: 12 }}
          data-testid="whistle-community-off"
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'difficult', unitIds: [] }}
        onFinish={(v) => void submit(v)}
      >
        <Row gutter={16}>
          <Col xs={24} xl={12}>
            <Card size="small">
              <Form.Item
                name="title"
                label={t('whistle.title')}
                rules={[
                  { required: true, message: t('common.required', { field: t('whistle.title') }) },
                  { min: 2, message: t('common.required', { field: t('whistle.title') }) },
                ]}
              >
                <Input maxLength={100} data-testid="whistle-title" />
              </Form.Item>
              <Form.Item name="kind" label={t('whistle.kind')}>
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  options={WHISTLE_KINDS.map((k) => ({ value: k, label: t(`whistle.kind.${k}`) }))}
                  data-testid="whistle-kind"
                />
              </Form.Item>
              <Form.Item name="description" label={t('whistle.description')}>
                <Input.TextArea rows={4} maxLength={2000} showCount />
              </Form.Item>
              <Form.Item
                name="unitIds"
                label={t('whistle.units')}
                rules={[{ required: true, message: t('common.required', { field: t('whistle.units') }) }]}
              >
                <UnitMultiSelect known={known} placeholder={t('whistle.unitsPlaceholder')} />
              </Form.Item>
              <Form.Item
                name="reportInMinutes"
                label={t('whistle.minutes')}
                extra={t('whistle.minutesHint', { n: defaultMinutes ?? 30 })}
                rules={[{ type: 'integer', min: 5, max: 240, message: t('whistle.minutesRange') }]}
              >
                <InputNumber
                  min={5}
                  max={240}
                  precision={0}
                  placeholder={String(defaultMinutes ?? 30)}
                  style={{ width: 160 }}
                  data-testid="whistle-minutes"
                />
              </Form.Item>
              {aboveStreet && (
                <Form.Item name="streetCode" label={t('whistle.street')} extra={t('whistle.streetCodeHint')}>
                  <RegionTreeSelect allowClear />
                </Form.Item>
              )}
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card size="small" title={t('whistle.place')}>
              <Form.Item name="address" label={t('whistle.address')}>
                <AddressSearch
                  testId="whistle-address"
                  onPick={(c) => {
                    if (c.lon === null || c.lat === null) return;
                    setPoint({ lon: c.lon, lat: c.lat });
                    setFocus({ lon: c.lon, lat: c.lat, building: true });
                  }}
                />
              </Form.Item>
              <div style={{ marginBottom: 8, minHeight: 22 }}>
                {point ? (
                  <Space size={8}>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {point.lon.toFixed(5)}, {point.lat.toFixed(5)}
                    </Typography.Text>
                    <Button size="small" type="link" onClick={() => setPoint(null)}>
                      {t('whistle.clearPlace')}
                    </Button>
                  </Space>
                ) : (
                  <Typography.Text type="secondary">{t('whistle.mapHint')}</Typography.Text>
                )}
              </div>
              <div style={{ border: '1px solid #f0f0f0', borderRadius: 6, overflow: 'hidden' }}>
                <CaseMap
                  regionCode={me?.scope.code}
                  focus={focus}
                  points={point ? [{ ...point, label: t('whistle.pickedPlace'), kind: 'picked' }] : []}
                  onPick={(lon, lat) => setPoint({ lon, lat })}
                  height={380}
                  testId="whistle-map"
                />
              </div>
            </Card>
          </Col>
        </Row>
        <Card size="small" style={{ marginTop: 16, position: 'sticky', bottom: 0, zIndex: 5 }}>
          <Button
            type="primary"
            danger
            htmlType="submit"
            icon={<SoundOutlined />}
            loading={saving}
            disabled={communityOff}
            data-testid="whistle-submit"
          >
            {t('whistle.submit')}
          </Button>
        </Card>
      </Form>
    </div>
  );
}
