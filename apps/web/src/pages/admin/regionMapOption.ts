/**
 * The ECharts option of the admin map: regions or grids shaded by their population in the base data (live counts,
 * `GET /api/baseview/population`), a pin where a point was located.
 */
import type { GeoJsonFeatureCollection, LocateResult } from '../../api/types.ts';
import type { BasePopulation } from '../../api/baseview.ts';
import type { Lang, Translate } from '../../i18n/index.tsx';
import { registerGeoJson, type MapChartOption } from '../../lib/echarts.ts';
import { formatCount } from '../../lib/format.ts';
import { safeHtml } from '../../lib/html.ts';
import { levelKey } from '../../lib/options.ts';

export function regionMapOption(
  fc: GeoJsonFeatureCollection,
  mapName: string,
  located: LocateResult | null,
  t: Translate,
  lang: Lang,
  population?: BasePopulation,
): MapChartOption {
  const name = registerGeoJson(mapName, fc);
  const byCode = new Map(fc.features.map((f) => [f.properties.code, f.properties]));
  const live = new Map((population?.items ?? []).map((i) => [i.code, i]));
  const people = fc.features.map((f) => live.get(f.properties.code)?.population ?? 0);
  const max = Math.max(1, ...people);
  // Start the scale a little below the smallest value so that neighbours differ visibly.
  const lowest = Math.min(...people);
  const min = lowest < max ? Math.floor(lowest * 0.8) : 0;
  const many = fc.features.length > 60;
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const code = (p as { name?: string }).name ?? '';
        const f = byCode.get(code);
        if (!f) return '';
        const kind = f.kind === 'grid' ? t('level.grid') : f.level ? t(levelKey(f.level)) : '';
        const c = live.get(f.code);
        const hh = c
          ? safeHtml`<br/>${t('bv.counts.population')} <b>${formatCount(c.population, lang)}</b> · ${t('bv.counts.households')} <b>${formatCount(c.households, lang)}</b>`
          : '';
        return safeHtml`<b>${f.name}</b> <span style="color:#888">${kind}</span><br/><span style="color:#888">${f.code}</span>${hh}`
          .markup;
      },
    },
    visualMap: {
      type: 'continuous',
      min,
      max,
      left: 12,
      bottom: 12,
      calculable: false,
      itemHeight: 100,
      text: [t('bv.counts.population'), ''],
      textStyle: { fontSize: 11, color: '#666' },
      inRange: { color: ['#eaf1fb', '#9dbbe6', '#3d6fc0'] },
    },
    series: [
      {
        type: 'map',
        map: name,
        nameProperty: 'code',
        roam: true,
        selectedMode: false,
        aspectScale: 0.78,
        layoutCenter: ['50%', '50%'],
        layoutSize: '95%',
        label: {
          show: !many,
          fontSize: 11,
          color: '#1d2b44',
          formatter: (p: { name: string }) => byCode.get(p.name)?.name ?? '',
        },
        itemStyle: { borderColor: '#ffffff', borderWidth: many ? 0.5 : 1, areaColor: '#dfe7f3' },
        emphasis: {
          label: {
            show: true,
            fontWeight: 'bold',
            formatter: (p: { name: string }) => byCode.get(p.name)?.name ?? '',
          },
          itemStyle: { areaColor: '#f5b400' },
        },
        data: fc.features.map((f) => ({
          name: f.properties.code,
          value: live.get(f.properties.code)?.population ?? 0,
        })),
        markPoint: located
          ? {
              symbol: 'pin',
              symbolSize: 36,
              itemStyle: { color: '#d4380d' },
              label: { show: false },
              data: [{ name: 'located', coord: [located.point.lon, located.point.lat] }],
            }
          : undefined,
      },
    ],
  };
}
