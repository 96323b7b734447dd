/** 我要反映: a resident reports a problem without an account and gets a private tracking link. */
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Radio,
  Result,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import { AimOutlined, LockOutlined } from '@ant-design/icons';
import { api, isApiError } from '../../api/client.ts';
import type { PublicCaseCreated, PublicCategory, RequestType } from '../../api/cases.ts';
import { AddressSearch } from '../../components/address/AddressSearch.tsx';
import { NearestAddressHint } from '../../components/address/NearestAddressHint.tsx';
import { CaseMap } from '../../components/cases/CaseMap.tsx';
import {
  AddressPlaceWarning,
  PHONE_RE,
  SuggestionTags,
  useClassify,
} from '../../components/cases/IntakeBits.tsx';
import { PhotoUpload } from '../../components/cases/PhotoUpload.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { REQUEST_TYPES, requestTypeKey } from '../../lib/caseOptions.ts';
import { getGpsFix, gpsAvailable, gpsFailureKey } from '../../lib/gps.ts';
import { newUuid } from '../../lib/ids.ts';
import { options } from '../../lib/options.ts';
import { PublicShell } from './PublicShell.tsx';

interface ReportValues {
  description: string;
  requestType: RequestType;
  categoryCode?: string;
  address?: string;
  photoIds?: string[];
  anonymous?: boolean;
  keepPrivate?: boolean;
  name?: string;
  phone?: string;
}

/**
 * District boundaries for the tap-to-locate map. The public API has no boundary endpoint in docs/api-cases.md yet;
 * when this one is missing the map is left out and GPS plus the address remain.
 */
const PUBLIC_MAP_URL = '/api/public/map';

interface PublicPlace {
  street: { name: string } | null;
  community: { name: string } | null;
}

/** The point's street and community, and the street names of the public map: what the typed address is checked against. */
function usePlaceCheck(point: { lon: number; lat: number } | null) {
  const place = useQuery({
    queryKey: ['public-locate', point?.lon, point?.lat],
    queryFn: () => api.get<PublicPlace>('/api/public/locate', { lon: point!.lon, lat: point!.lat }),
    enabled: !!point,
    retry: false,
    staleTime: Infinity,
  });
  const map = useQuery({
    queryKey: ['public-map', PUBLIC_MAP_URL],
    queryFn: () => api.get<unknown>(PUBLIC_MAP_URL),
    retry: false,
    staleTime: Infinity,
  });
  const others = useMemo(() => {
    const features = (map.data as { features?: { properties?: { name?: string } }[] } | undefined)?.features;
    return (features ?? []).flatMap((f) => (f.properties?.name ? [f.properties.name] : []));
  }, [map.data]);
  const at =
    point && place.data
      ? { street: place.data.street?.name, community: place.data.community?.name }
      : undefined;
  return { place: at, others };
}

function usePublicCategories() {
  return useQuery({
    queryKey: ['public-categories'],
    queryFn: async () =>
      (await api.get<{ items: (PublicCategory & { isLeaf?: boolean })[] }>('/api/public/categories')).items,
    staleTime: 10 * 60_000,
  });
}

function Receipt({ created, onAnother }: { created: PublicCaseCreated; onAnother: () => void }) {
  const { t } = useI18n();
  const url = `${window.location.origin}${created.trackingUrl}`;
  return (
    <Card data-testid="report-receipt">
      <Result
        status="success"
        title={t('public.receiptTitle')}
        subTitle={
          <span>
            {t('public.receiptSub', { id: '' })}
            <Typography.Text strong copyable data-testid="report-case-number" style={{ fontSize: 16 }}>
              {created.id}
            </Typography.Text>
          </span>
        }
        style={{ padding: '16px 0' }}
      />
      <Alert
        type="warning"
        showIcon
        icon={<LockOutlined />}
        title={t('public.trackingLink')}
        description={
          <Typography.Paragraph
            copyable={{ text: url, tooltips: [t('public.copy'), t('public.copied')] }}
            style={{ wordBreak: 'break-all', marginBottom: 0 }}
            data-testid="report-tracking-link"
          >
            {url}
          </Typography.Paragraph>
        }
      />
      <Space orientation="vertical" style={{ width: '100%', marginTop: 16 }}>
        <Link to={created.trackingUrl}>
          <Button type="primary" block size="large" data-testid="report-open-tracking">
            {t('public.openTracking')}
          </Button>
        </Link>
        <Button block onClick={onAnother}>
          {t('public.another')}
        </Button>
      </Space>
    </Card>
  );
}

export default function ReportPage() {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<ReportValues>();
  const [key, setKey] = useState(newUuid);
  const [point, setPoint] = useState<{ lon: number; lat: number; accuracy?: number } | null>(null);
  const [focus, setFocus] = useState<{ lon: number; lat: number; building: true } | null>(null);
  const [locating, setLocating] = useState(false);
  const [gpsError, setGpsError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<PublicCaseCreated | null>(null);

  const description = Form.useWatch('description', form);
  const categoryCode = Form.useWatch('categoryCode', form);
  const anonymous = Form.useWatch('anonymous', form);
  const requestType = Form.useWatch('requestType', form);
  const keepPrivate = Form.useWatch('keepPrivate', form);
  const address = Form.useWatch('address', form);
  const placeCheck = usePlaceCheck(point);
  const classify = useClassify(description, '/api/public/classify');
  const categories = usePublicCategories();

  // Leaves grouped under their parent, for a phone-friendly searchable select.
  const categoryOptions = useMemo(() => {
    const items = categories.data ?? [];
    const name = (c: PublicCategory) => (lang === 'en-US' && c.nameEn ? c.nameEn : c.nameZh);
    const byCode = new Map(items.map((c) => [c.code, c]));
    const groups = new Map<string, { label: string; options: { value: string; label: string }[] }>();
    for (const c of items) {
      if (c.isLeaf === false) continue;
      const parent = c.parentCode ? byCode.get(c.parentCode) : undefined;
      const gk = parent?.code ?? '';
      if (!groups.has(gk)) groups.set(gk, { label: parent ? name(parent) : '', options: [] });
      groups.get(gk)!.options.push({ value: c.code, label: name(c) });
    }
    return [...groups.values()];
  }, [categories.data, lang]);
  // the same rule as the server's categoryPublishes: a public category, and never a 举报
  const chosen = categories.data?.find((c) => c.code === categoryCode);
  const published = !!chosen?.published && requestType !== 'report';

  const locate = async () => {
    setGpsError(null);
    if (!gpsAvailable()) {
      setGpsError(t('public.gpsUnavailable'));
      return;
    }
    setLocating(true);
    try {
      setPoint(await getGpsFix());
    } catch (e) {
      setGpsError(t(gpsFailureKey(e)));
    } finally {
      setLocating(false);
    }
  };

  const submit = async (v: ReportValues) => {
    if (uploading) return;
    setSaving(true);
    setError(null);
    try {
      const r = await api.create<PublicCaseCreated>(
        '/api/public/cases',
        {
          description: v.description.trim(),
          requestType: v.requestType,
          categoryCode: v.categoryCode || undefined,
          address: v.address?.trim() || undefined,
          photoIds: v.photoIds ?? [],
          anonymous: !!v.anonymous,
          keepPrivate: !!v.keepPrivate,
          ...(v.anonymous ? {} : { name: v.name?.trim() || undefined, phone: v.phone?.trim() || undefined }),
          ...(point ? { lon: point.lon, lat: point.lat, coordSystem: 'wgs84' } : {}),
        },
        key,
      );
      setCreated(r);
      window.scrollTo({ top: 0 });
    } catch (e) {
      setError(isApiError(e) ? (e.code === 'NETWORK' ? t('common.networkError') : e.message) : String(e));
    } finally {
      setSaving(false);
    }
  };

  const another = () => {
    form.resetFields();
    setPoint(null);
    setCreated(null);
    setKey(newUuid());
  };

  if (created) {
    return (
      <PublicShell>
        <Receipt created={created} onAnother={another} />
      </PublicShell>
    );
  }

  return (
    <PublicShell>
      <Typography.Title level={4} style={{ margin: '4px 0 2px' }}>
        {t('public.reportTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {t('public.reportSub')}
      </Typography.Paragraph>
      <Form<ReportValues>
        form={form}
        layout="vertical"
        size="large"
        initialValues={{ requestType: 'help', anonymous: false, keepPrivate: false, photoIds: [] }}
        onFinish={(v) => void submit(v)}
        data-testid="report-form"
        scrollToFirstError
      >
        <Card size="small" style={{ marginBottom: 12 }}>
          <Form.Item
            name="description"
            label={t('public.description')}
            rules={[
              { required: true, message: t('common.required', { field: t('public.description') }) },
              { min: 5, message: t('common.required', { field: t('public.description') }) },
            ]}
          >
            <Input.TextArea
              rows={5}
              maxLength={2000}
              showCount
              placeholder={t('public.descriptionPlaceholder')}
              data-testid="report-description"
            />
          </Form.Item>
          <Form.Item name="requestType" label={t('public.requestType')}>
            <Radio.Group
              size="middle"
              optionType="button"
              options={options(REQUEST_TYPES, requestTypeKey, t)}
              data-testid="report-type"
            />
          </Form.Item>
          <Form.Item
            name="categoryCode"
            label={t('public.category')}
            style={{ marginBottom: classify.data?.length ? 8 : 0 }}
          >
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('public.categoryPlaceholder')}
              options={categoryOptions}
              loading={categories.isLoading}
              data-testid="report-category"
            />
          </Form.Item>
          {classify.data && classify.data.length > 0 && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 13, marginInlineEnd: 6 }}>
                {t('public.suggested')}
              </Typography.Text>
              <SuggestionTags
                items={classify.data.slice(0, 3)}
                value={categoryCode}
                showConfidence={false}
                onPick={(code) => form.setFieldValue('categoryCode', code)}
              />
            </div>
          )}
          {chosen && (
            <Alert
              type={published && !keepPrivate ? 'info' : 'success'}
              showIcon
              icon={published && !keepPrivate ? undefined : <LockOutlined />}
              title={
                published && !keepPrivate ? t('privacy.reportPublished') : t('privacy.reportNotPublished')
              }
              style={{ marginTop: 8 }}
              data-testid="report-publication"
            />
          )}
        </Card>

        <Card size="small" title={t('public.location')} style={{ marginBottom: 12 }}>
          <Space wrap style={{ marginBottom: 8 }}>
            <Button
              icon={<AimOutlined />}
              loading={locating}
              onClick={() => void locate()}
              data-testid="report-gps"
            >
              {locating ? t('public.locating') : t('public.useGps')}
            </Button>
            {point && (
              <Typography.Text type="secondary" data-testid="report-point">
                {point.lon.toFixed(5)}, {point.lat.toFixed(5)}
                {point.accuracy ? ` ±${point.accuracy}m` : ''}
              </Typography.Text>
            )}
          </Space>
          {gpsError && <Alert type="warning" showIcon title={gpsError} style={{ marginBottom: 8 }} />}
          <MapOrNothing
            point={point}
            focus={focus}
            onPick={(lon, lat) => setPoint({ lon, lat })}
            hint={t('public.tapMap')}
          />
          <Form.Item name="address" label={t('public.address')} style={{ marginBottom: 0, marginTop: 8 }}>
            <AddressSearch
              publicApi
              placeholder={t('public.addressPlaceholder')}
              testId="report-address"
              onPick={(c) => {
                if (c.lon === null || c.lat === null) return;
                setPoint({ lon: c.lon, lat: c.lat });
                setFocus({ lon: c.lon, lat: c.lat, building: true });
              }}
            />
          </Form.Item>
          <div style={{ marginTop: 8 }}>
            <AddressPlaceWarning address={address} place={placeCheck.place} otherPlaces={placeCheck.others} />
            <NearestAddressHint address={address} point={point} publicApi />
          </div>
        </Card>

        <Card size="small" title={t('public.photos')} style={{ marginBottom: 12 }}>
          <Form.Item name="photoIds" style={{ marginBottom: 0 }}>
            <PhotoUpload
              endpoint="/api/public/uploads"
              max={9}
              onBusyChange={setUploading}
              testId="report-photos"
            />
          </Form.Item>
        </Card>

        <Card size="small" style={{ marginBottom: 12 }}>
          <Form.Item
            name="anonymous"
            valuePropName="checked"
            label={t('public.anonymous')}
            extra={t('public.anonymousHint')}
          >
            <Switch data-testid="report-anonymous" />
          </Form.Item>
          {!anonymous && (
            <>
              <Form.Item name="name" label={t('public.name')}>
                <Input maxLength={50} autoComplete="name" data-testid="report-name" />
              </Form.Item>
              <Form.Item
                name="phone"
                label={t('public.phone')}
                rules={[{ pattern: PHONE_RE, message: t('intake.phoneInvalid') }]}
              >
                <Input maxLength={20} inputMode="tel" autoComplete="tel" data-testid="report-phone" />
              </Form.Item>
            </>
          )}
          <Form.Item
            name="keepPrivate"
            valuePropName="checked"
            extra={t('privacy.keepPrivateHint')}
            style={{ marginBottom: 8 }}
          >
            <Checkbox data-testid="report-keep-private">{t('privacy.keepPrivate')}</Checkbox>
          </Form.Item>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <LockOutlined /> {t('public.privacy')}
          </Typography.Text>
        </Card>

        {error && (
          <Alert
            type="error"
            showIcon
            title={error}
            style={{ marginBottom: 12 }}
            data-testid="report-error"
          />
        )}
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={saving}
          disabled={uploading}
          data-testid="report-submit"
        >
          {uploading ? t('form.uploading') : t('public.submit')}
        </Button>
      </Form>
    </PublicShell>
  );
}

/** The tap-to-locate map, when the server offers public boundaries. */
function MapOrNothing({
  point,
  focus,
  onPick,
  hint,
}: {
  point: { lon: number; lat: number } | null;
  focus: { lon: number; lat: number; building: true } | null;
  onPick: (lon: number, lat: number) => void;
  hint: string;
}) {
  const probe = useQuery({
    queryKey: ['public-map', PUBLIC_MAP_URL],
    queryFn: () => api.get<unknown>(PUBLIC_MAP_URL),
    retry: false,
    staleTime: Infinity,
  });
  if (!probe.data) return null;
  return (
    <div>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {hint}
      </Typography.Text>
      <div style={{ border: '1px solid #eef1f6', borderRadius: 8, overflow: 'hidden', marginTop: 4 }}>
        <CaseMap
          geoUrl={PUBLIC_MAP_URL}
          focus={focus}
          points={point ? [{ ...point, label: '', kind: 'picked' }] : []}
          onPick={onPick}
          height={260}
          testId="report-map"
        />
      </div>
    </div>
  );
}
