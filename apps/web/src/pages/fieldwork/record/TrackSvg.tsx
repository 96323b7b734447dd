/** A patrol's GPS track drawn without a map service (works offline too): points by accuracy, check-ins. */
import { useI18n } from '../../../i18n/index.tsx';
import type { FieldPatrolRecord } from '../fieldviewApi.ts';

const W = 360;
const H = 240;
const PAD = 16;

type Track = NonNullable<FieldPatrolRecord['track']>;
type Checkin = FieldPatrolRecord['checkins'][number];

export function TrackSvg({ track, checkins }: { track: Track; checkins: Checkin[] }) {
  const { t } = useI18n();
  const pts = track.points;
  const marks = checkins.filter(
    (c): c is Checkin & { lon: number; lat: number } => c.lon !== null && c.lat !== null,
  );
  const all = [...pts, ...marks];
  if (all.length === 0) return null;
  const lons = all.map((p) => p.lon);
  const lats = all.map((p) => p.lat);
  const [minLon, maxLon, minLat, maxLat] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  // metres per degree of longitude shrink with latitude; one scale for both axes keeps the shape true
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * k, 1e-6);
  const spanY = Math.max(maxLat - minLat, 1e-6);
  const scale = Math.min((W - 2 * PAD) / spanX, (H - 2 * PAD) / spanY);
  const x = (lon: number) => PAD + (lon - minLon) * k * scale + (W - 2 * PAD - spanX * scale) / 2;
  const y = (lat: number) => H - PAD - (lat - minLat) * scale - (H - 2 * PAD - spanY * scale) / 2;
  return (
    <div>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        style={{ maxWidth: 480, background: '#f5f7fa', border: '1px solid #e5e6eb', borderRadius: 6 }}
        role="img"
        aria-label={t('frec.trackTitle')}
        data-testid="patrol-track"
      >
        <polyline
          points={pts.map((p) => `${x(p.lon).toFixed(1)},${y(p.lat).toFixed(1)}`).join(' ')}
          fill="none"
          stroke="#1677ff"
          strokeWidth={2}
        />
        {pts.map((p, i) => (
          <circle
            key={i}
            cx={x(p.lon)}
            cy={y(p.lat)}
            r={p.quality === 'good' ? 3 : 4}
            fill={p.quality === 'good' ? '#1677ff' : '#fa8c16'}
          >
            <title>{`${p.at} ±${p.accuracyM ?? '?'} m`}</title>
          </circle>
        ))}
        {marks.map((c, i) => (
          <rect key={`c${i}`} x={x(c.lon) - 5} y={y(c.lat) - 5} width={10} height={10} fill="#52c41a">
            <title>{c.place ?? c.note ?? ''}</title>
          </rect>
        ))}
      </svg>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', fontSize: 12, marginTop: 4 }}>
        <span style={{ color: '#1677ff' }}>● {t('frec.legend.good')}</span>
        <span style={{ color: '#fa8c16' }}>● {t('frec.legend.coarse')}</span>
        <span style={{ color: '#52c41a' }}>■ {t('frec.legend.checkin')}</span>
      </div>
    </div>
  );
}
