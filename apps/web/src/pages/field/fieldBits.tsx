/** Pieces shared by the field pages: a photo picker (camera), a GPS point with its accuracy, the bundle's age. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Space, Tag, Typography } from 'antd';
import { AimOutlined, CameraOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/index.tsx';
import { getGpsFix, gpsAvailable, gpsFailureKey, type GpsFix } from '../../lib/gps.ts';
import { downscaleImage } from '../../lib/outbox.ts';
import { accuracyQuality, ageMinutes } from '../../lib/fieldRules.ts';
import { MAX_PHOTOS, Thumbs } from '../cases/patrolBits.tsx';

export function PhotoPicker({
  photos,
  onChange,
  testid,
}: {
  photos: Blob[];
  onChange: (p: Blob[]) => void;
  testid: string;
}) {
  const ref = useRef<HTMLInputElement>(null);
  const add = async (files: FileList | null) => {
    if (!files) return;
    const picked = Array.from(files).slice(0, MAX_PHOTOS - photos.length);
    const scaled = await Promise.all(picked.map((f) => downscaleImage(f)));
    onChange([...photos, ...scaled].slice(0, MAX_PHOTOS));
    if (ref.current) ref.current.value = '';
  };
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }} data-testid={testid}>
      <Thumbs blobs={photos} size={64} onRemove={(i) => onChange(photos.filter((_, j) => j !== i))} />
      {photos.length < MAX_PHOTOS && (
        <Button
          style={{ width: 64, height: 64 }}
          onClick={() => ref.current?.click()}
          icon={<CameraOutlined style={{ fontSize: 20 }} />}
        />
      )}
      <input
        ref={ref}
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        style={{ display: 'none' }}
        onChange={(e) => void add(e.target.files)}
      />
    </div>
  );
}

/** A GPS fix (taken on opening when `auto`, and on demand), its accuracy judged against the deployment's threshold. */
export function useGpsFix(auto = false) {
  const { t } = useI18n();
  const [fix, setFix] = useState<GpsFix | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [locating, setLocating] = useState(false);
  const locate = useCallback(async (): Promise<GpsFix | null> => {
    setError(null);
    if (!gpsAvailable()) {
      setError(t('gps.unavailable'));
      return null;
    }
    setLocating(true);
    try {
      const f = await getGpsFix();
      setFix(f);
      return f;
    } catch (e) {
      setError(t(gpsFailureKey(e)));
      return null;
    } finally {
      setLocating(false);
    }
  }, [t]);
  useEffect(() => {
    if (auto) void locate();
    // once, on opening
  }, []);
  return { fix, setFix, error, locating, locate };
}

export function AccuracyTag({
  accuracyM,
  thresholdM,
}: {
  accuracyM: number | null | undefined;
  thresholdM: number;
}) {
  const { t } = useI18n();
  const q = accuracyQuality(accuracyM, thresholdM);
  if (q === 'unknown') return <Tag>{t('field.accuracy.unknown')}</Tag>;
  return (
    <Tag color={q === 'good' ? 'green' : 'orange'} data-testid={`accuracy-${q}`}>
      {t(q === 'good' ? 'field.accuracy.good' : 'field.accuracy.poor', {
        m: Math.round(accuracyM!),
        max: thresholdM,
      })}
    </Tag>
  );
}

export function GpsLine({
  gps,
  thresholdM,
  testid,
}: {
  gps: ReturnType<typeof useGpsFix>;
  thresholdM: number;
  testid: string;
}) {
  const { t } = useI18n();
  return (
    <div data-testid={testid}>
      <Space wrap size={6}>
        {gps.fix ? (
          <>
            <Typography.Text>
              <AimOutlined style={{ color: '#d4380d' }} /> {gps.fix.lon.toFixed(5)}, {gps.fix.lat.toFixed(5)}
            </Typography.Text>
            <AccuracyTag accuracyM={gps.fix.accuracy} thresholdM={thresholdM} />
          </>
        ) : (
          <Typography.Text type="secondary">{t('field.gps.none')}</Typography.Text>
        )}
        <Button size="small" loading={gps.locating} onClick={() => void gps.locate()}>
          {t('field.gps.locate')}
        </Button>
      </Space>
      {gps.error && (
        <div>
          <Typography.Text type="warning" style={{ fontSize: 12 }}>
            {gps.error}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}

export function DataAge({ savedAt, now = new Date() }: { savedAt: string | null; now?: Date }) {
  const { t } = useI18n();
  if (!savedAt) return <span data-testid="field-data-age">{t('field.data.none')}</span>;
  const m = ageMinutes(savedAt, now);
  const text =
    m < 1
      ? t('field.data.justNow')
      : m < 60
        ? t('field.data.minutes', { n: m })
        : t('field.data.hours', { n: Math.floor(m / 60) });
  return <span data-testid="field-data-age">{t('field.data.age', { age: text })}</span>;
}
