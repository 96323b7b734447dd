/** 我要反映: a resident reports a problem without an account and gets a private tracking link. */
import { useState } from 'react';
import { Alert, Button, Card, Form, Typography } from 'antd';
import { api, isApiError } from '../../api/client.ts';
import type { PublicCaseCreated, RequestType } from '../../api/cases.ts';
import { PhotoUpload } from '../../components/cases/PhotoUpload.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { newUuid } from '../../lib/ids.ts';
import { PublicShell } from './PublicShell.tsx';
import { ReportAboutCard } from './ReportAboutCard.tsx';
import { ReportContactCard } from './ReportContactCard.tsx';
import { ReportLocationCard, type ReportPoint } from './ReportLocationCard.tsx';
import { Receipt } from './ReportReceipt.tsx';
import { ReportDuplicateHint } from './ReportDuplicateHint.tsx';

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

export default function ReportPage() {
  const { t } = useI18n();
  const [form] = Form.useForm<ReportValues>();
  const [key, setKey] = useState(newUuid);
  const [point, setPoint] = useState<ReportPoint | null>(null);
  const [uploading, setUploading] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<PublicCaseCreated | null>(null);

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
        <ReportAboutCard />

        <ReportLocationCard point={point} onPoint={setPoint} />
        <ReportDuplicateHint point={point} />

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

        <ReportContactCard />

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
