/** Small pieces shared by the hot-issue pages: a bar chart without a chart library, names in the reader's language. */
import { Tooltip, Typography } from 'antd';
import type { Named, PlaceRef } from '../../api/hotspots.ts';
import { useI18n } from '../../i18n/index.tsx';

export function Bars({
  data,
  height = 80,
  color = '#1677ff',
}: {
  data: { label: string; value: number | null; color?: string }[];
  height?: number;
  color?: string;
}) {
  const max = Math.max(1, ...data.map((d) => d.value ?? 0));
  return (
    <div
      style={{ display: 'flex', alignItems: 'flex-end', gap: 2, height, borderBottom: '1px solid #d9d9d9' }}
    >
      {data.map((d, i) => (
        <Tooltip key={i} title={`${d.label}: ${d.value ?? '—'}`}>
          <div
            data-testid="bar"
            style={{
              flex: 1,
              minWidth: 4,
              height: d.value === null ? 2 : `${Math.max(2, (d.value / max) * 100)}%`,
              background: d.value === null ? '#f0f0f0' : (d.color ?? color),
              borderRadius: '2px 2px 0 0',
            }}
          />
        </Tooltip>
      ))}
    </div>
  );
}

export function useNames() {
  const { lang, t } = useI18n();
  return {
    group: (g: Named) => (lang === 'zh-CN' ? g.nameZh : g.nameEn),
    place: (p: PlaceRef | null) =>
      p ? (
        <span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`hot.place.${p.kind}`)}
          </Typography.Text>{' '}
          {p.label}
        </span>
      ) : (
        '—'
      ),
  };
}
