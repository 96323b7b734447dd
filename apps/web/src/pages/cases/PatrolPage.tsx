/**
 * 巡查上报: a grid worker reports from the street — photos, GPS, category, a few words. Reports go to the phone's
 * outbox first and are sent from there, so nothing is lost when the network drops; everything this page needs is
 * in its own chunk, loaded before the network can go away.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Empty,
  Form,
  Input,
  List,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import {
  AimOutlined,
  CameraOutlined,
  CloseCircleFilled,
  CloudUploadOutlined,
  DeleteOutlined,
  WifiOutlined,
} from '@ant-design/icons';
import { useCategories } from '../../api/queries.ts';
import { useI18n } from '../../i18n/index.tsx';
import { getGpsFix, gpsAvailable, gpsFailureKey, type GpsFix } from '../../lib/gps.ts';
import { newUuid } from '../../lib/ids.ts';
import {
  downscaleImage,
  flushOutbox,
  listOutbox,
  putOutbox,
  recentSent,
  removeOutbox,
  type OutboxEntry,
  type SentReport,
} from '../../lib/outbox.ts';
import { formatDateTime } from '../../lib/time.ts';

const MAX_PHOTOS = 9;

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/** Object URLs for previews, revoked when the blobs go away. */
function usePreviews(blobs: Blob[]): string[] {
  const urls = useMemo(() => blobs.map((b) => URL.createObjectURL(b)), [blobs]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  return urls;
}

function Thumbs({
  blobs,
  onRemove,
  size = 76,
}: {
  blobs: Blob[];
  onRemove?: (i: number) => void;
  size?: number;
}) {
  const urls = usePreviews(blobs);
  return (
    <>
      {urls.map((u, i) => (
        <div key={u} style={{ position: 'relative', width: size, height: size }}>
          <img src={u} alt="" style={{ width: size, height: size, objectFit: 'cover', borderRadius: 6 }} />
          {onRemove && (
            <CloseCircleFilled
              onClick={() => onRemove(i)}
              style={{
                position: 'absolute',
                top: -6,
                right: -6,
                fontSize: 18,
                color: '#ff4d4f',
                background: '#fff',
                borderRadius: 9,
              }}
            />
          )}
        </div>
      ))}
    </>
  );
}

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
  const [outbox, setOutbox] = useState<OutboxEntry[]>([]);
  const [sent, setSent] = useState<SentReport[]>(recentSent);
  const [sending, setSending] = useState(false);
  const [storageError, setStorageError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setOutbox(await listOutbox());
      setSent(recentSent());
    } catch (e) {
      setStorageError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  const flush = useCallback(async () => {
    setSending(true);
    try {
      const r = await flushOutbox();
      for (const s of r.sent) void message.success(t('patrol.sent', { id: s.id }));
    } catch (e) {
      setStorageError(e instanceof Error ? e.message : String(e));
    } finally {
      setSending(false);
      await reload();
    }
  }, [message, reload, t]);

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

  // On arrival: read the outbox, try to send what is waiting, take a GPS fix.
  useEffect(() => {
    void reload().then(() => (navigator.onLine ? flush() : undefined));
    void locate();
  }, [reload, flush, locate]);

  // Back online: send. Still waiting while online (server was down): try again every minute.
  useEffect(() => {
    const onOnline = () => void flush();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [flush]);
  const pending = outbox.filter((e) => e.state === 'pending');
  const rejected = outbox.filter((e) => e.state === 'rejected');
  useEffect(() => {
    if (!online || pending.length === 0) return;
    const id = window.setInterval(() => void flush(), 60_000);
    return () => window.clearInterval(id);
  }, [online, pending.length, flush]);

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

      {(pending.length > 0 || rejected.length > 0) && (
        <Card size="small" title={t('patrol.outbox')} style={{ marginTop: 16 }} data-testid="patrol-outbox">
          <List<OutboxEntry>
            dataSource={[...rejected, ...pending]}
            renderItem={(e) => (
              <List.Item
                data-testid={e.state === 'rejected' ? 'patrol-rejected' : 'patrol-queued'}
                actions={[
                  <Button
                    key="del"
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => void removeOutbox(e.key).then(reload)}
                    aria-label={t('patrol.discard')}
                  />,
                ]}
              >
                <Space orientation="vertical" size={2} style={{ minWidth: 0 }}>
                  <Space size={6} wrap>
                    {e.state === 'rejected' ? (
                      <Tag color="red">{t('patrol.rejected')}</Tag>
                    ) : (
                      <Tag color="orange">{t('patrol.outbox')}</Tag>
                    )}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('patrol.savedAt', { at: formatDateTime(e.createdAt) })}
                    </Typography.Text>
                  </Space>
                  <Typography.Text ellipsis style={{ maxWidth: 380 }}>
                    {e.body.description}
                  </Typography.Text>
                  {e.photos.length > 0 && (
                    <div style={{ display: 'flex', gap: 6 }}>
                      <Thumbs blobs={e.photos} size={40} />
                    </div>
                  )}
                  {e.error && (
                    <Typography.Text
                      type={e.state === 'rejected' ? 'danger' : 'secondary'}
                      style={{ fontSize: 12 }}
                    >
                      {t('patrol.error', { message: e.error })}
                    </Typography.Text>
                  )}
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}

      <Card size="small" title={t('patrol.recent')} style={{ marginTop: 16 }}>
        {sent.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <List<SentReport>
            size="small"
            dataSource={sent}
            renderItem={(s) => (
              <List.Item key={s.key} data-testid="patrol-sent">
                <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
                  <Link to={`/cases/${s.id}`} style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {s.id}
                  </Link>
                  <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 380 }}>
                    {formatDateTime(s.at)} · {s.description}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
    </div>
  );
}
