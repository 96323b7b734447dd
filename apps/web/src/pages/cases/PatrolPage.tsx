/**
 * 巡查上报: a grid worker reports from the street — photos, GPS, category, a few words. Reports go to the phone's
 * outbox first and are sent from there, so nothing is lost when the network drops; everything this page needs is
 * in its own chunk, loaded before the network can go away.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Badge, Button, Card, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { AimOutlined, CameraOutlined, CloudUploadOutlined, WifiOutlined } from '@ant-design/icons';
import { useCategories } from '../../api/queries.ts';
import { useI18n } from '../../i18n/index.tsx';
import { getGpsFix, gpsAvailable, gpsFailureKey, type GpsFix } from '../../lib/gps.ts';
import { newUuid } from '../../lib/ids.ts';
import { downscaleImage, putOutbox, type OutboxEntry } from '../../lib/outbox.ts';
import { MAX_PHOTOS, Thumbs, useOnline } from './patrolBits.tsx';
import { PatrolOutboxCard, PatrolRecentCard } from './PatrolLists.tsx';
import { usePatrolOutbox } from './usePatrolOutbox.ts';

export default function PatrolPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const online = useOnline();
  const categories = useCategories();
  const [form] = Form.useForm<{ categoryCode?: string; description: string }>();
  const fileRef = useRef<HTMLInputElement>(null);
  const [photos, setPhotos] = useState<Blob[]>([]);
  const [fix, setFix] = useState<GpsFix | null>(null);
  const [gpsError, setGpsError] = useState<string | null>(null);
  const [locating, setLocating] = useState(false);
  const { pending, rejected, sent, sending, storageError, setStorageError, reload, flush } =
    usePatrolOutbox(online);

  const locate = useCallback(async () => {
    setGpsError(null);
    if (!gpsAvailable()) {
      setGpsError(t('public.gpsUnavailable'));
      return;
    }
    setLocating(true);
    try {
      setFix(await getGpsFix());
    } catch (e) {
      setGpsError(t(gpsFailureKey(e)));
    } finally {
      setLocating(false);
    }
  }, [t]);

  // On arrival: take a GPS fix (the outbox is read and sent by its hook).
  useEffect(() => {
    void locate();
  }, [locate]);

  const categoryOptions = useMemo(() => {
    const leaves = (categories.data ?? []).filter((c) => c.isLeaf && c.active);
    const label = (c: (typeof leaves)[number]) => (lang === 'en-US' && c.nameEn ? c.nameEn : c.nameZh);
    const solvable = leaves.filter((c) => c.gridSolvable);
    const others = leaves.filter((c) => !c.gridSolvable);
    return [
      { label: t('patrol.gridSolvable'), options: solvable.map((c) => ({ value: c.code, label: label(c) })) },
      { label: t('common.all'), options: others.map((c) => ({ value: c.code, label: label(c) })) },
    ].filter((g) => g.options.length > 0);
  }, [categories.data, lang, t]);

  const addPhotos = async (files: FileList | null) => {
    if (!files) return;
    const room = MAX_PHOTOS - photos.length;
    const picked = Array.from(files).slice(0, room);
    const scaled = await Promise.all(picked.map((f) => downscaleImage(f)));
    setPhotos((p) => [...p, ...scaled].slice(0, MAX_PHOTOS));
    if (fileRef.current) fileRef.current.value = '';
  };

  const submit = async (v: { categoryCode?: string; description: string }) => {
    const entry: OutboxEntry = {
      key: newUuid(),
      createdAt: new Date().toISOString(),
      body: {
        requestType: 'report',
        channel: 'grid_patrol',
        categoryCode: v.categoryCode || undefined,
        description: v.description.trim(),
        ...(fix ? { lon: fix.lon, lat: fix.lat, coordSystem: 'wgs84' as const } : {}),
      },
      photos,
      photoIds: photos.map(() => null),
      state: 'pending',
      attempts: 0,
    };
    try {
      await putOutbox(entry);
    } catch (e) {
      setStorageError(e instanceof Error ? e.message : String(e));
      return;
    }
    form.resetFields();
    setPhotos([]);
    await reload();
    if (navigator.onLine) await flush();
    else void message.info(t('patrol.queued'));
  };

  return (
    <div style={{ maxWidth: 560, margin: '0 auto' }}>
      <Typography.Title level={4} style={{ margin: '0 0 2px' }}>
        {t('patrol.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('patrol.sub')}
      </Typography.Paragraph>

      <Card size="small" style={{ marginBottom: 12 }} data-testid="patrol-status">
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
          {online ? (
            <Tag color="green" icon={<WifiOutlined />}>
              {t('patrol.online')}
            </Tag>
          ) : (
            <Tag color="red" data-testid="patrol-offline">
              {t('patrol.offline')}
            </Tag>
          )}
          <Badge count={pending.length} showZero color={pending.length ? '#fa8c16' : '#bfbfbf'} />
          <span data-testid="patrol-pending">{t('patrol.pending', { n: pending.length })}</span>
          <div style={{ flex: 1 }} />
          <Button
            icon={<CloudUploadOutlined />}
            loading={sending}
            disabled={pending.length === 0}
            onClick={() => void flush()}
            data-testid="patrol-send"
          >
            {sending ? t('patrol.sending') : t('patrol.sendNow')}
          </Button>
        </div>
      </Card>

      {storageError && <Alert type="error" showIcon title={storageError} style={{ marginBottom: 12 }} />}

      <Form
        form={form}
        layout="vertical"
        size="large"
        onFinish={(v) => void submit(v)}
        data-testid="patrol-form"
      >
        <Card size="small" title={t('patrol.photos')} style={{ marginBottom: 12 }}>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10 }}>
            <Thumbs blobs={photos} onRemove={(i) => setPhotos((p) => p.filter((_, j) => j !== i))} />
            {photos.length < MAX_PHOTOS && (
              <Button
                style={{
                  width: 76,
                  height: 76,
                  display: 'flex',
                  flexDirection: 'column',
                  justifyContent: 'center',
                }}
                onClick={() => fileRef.current?.click()}
                data-testid="patrol-photo"
              >
                <CameraOutlined style={{ fontSize: 22 }} />
              </Button>
            )}
          </div>
          <input
            ref={fileRef}
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            style={{ display: 'none' }}
            onChange={(e) => void addPhotos(e.target.files)}
            data-testid="patrol-photo-input"
          />
        </Card>

        <Card size="small" title={t('patrol.gps')} style={{ marginBottom: 12 }}>
          <Space wrap>
            {fix ? (
              <Typography.Text data-testid="patrol-fix">
                <AimOutlined style={{ color: '#d4380d' }} /> {fix.lon.toFixed(5)}, {fix.lat.toFixed(5)} ±
                {fix.accuracy}m
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">{t('patrol.noGps')}</Typography.Text>
            )}
            <Button
              size="middle"
              loading={locating}
              onClick={() => void locate()}
              data-testid="patrol-locate"
            >
              {t('patrol.relocate')}
            </Button>
          </Space>
          {gpsError && <Alert type="warning" showIcon title={gpsError} style={{ marginTop: 8 }} />}
        </Card>

        <Card size="small" style={{ marginBottom: 12 }}>
          <Form.Item name="categoryCode" label={t('patrol.category')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('public.categoryPlaceholder')}
              options={categoryOptions}
              loading={categories.isLoading}
              data-testid="patrol-category"
            />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('patrol.description')}
            rules={[
              { required: true, message: t('common.required', { field: t('patrol.description') }) },
              { min: 5, message: t('common.required', { field: t('patrol.description') }) },
            ]}
            style={{ marginBottom: 0 }}
          >
            <Input.TextArea
              rows={4}
              maxLength={2000}
              placeholder={t('patrol.descriptionPlaceholder')}
              data-testid="patrol-description"
            />
          </Form.Item>
        </Card>
        <Button type="primary" htmlType="submit" block size="large" data-testid="patrol-submit">
          {t('patrol.submit')}
        </Button>
      </Form>

      <PatrolOutboxCard pending={pending} rejected={rejected} onChanged={reload} />
      <PatrolRecentCard sent={sent} />
    </div>
  );
}
