/** The resolver's map of the caller's districts: click a point to ask who would handle a matter there. */
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Empty, Select, Spin } from 'antd';
import { api } from '../../api/client.ts';
import { qk, useRegionTree } from '../../api/queries.ts';
import type { GeoJsonFeatureCollection, RegionNode } from '../../api/types.ts';
import { EChart, type EChartsInstance } from '../../components/EChart.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { registerGeoJson, type MapChartOption } from '../../lib/echarts.ts';
import { escapeHtml } from '../../lib/html.ts';
import { walkRegions } from '../../lib/tree.ts';

/** The districts in the caller's scope; a scope below district level (a street admin) maps its own root. */
function districtsOf(root: RegionNode | undefined): RegionNode[] {
  const out: RegionNode[] = [];
  walkRegions(root, (n) => {
    if (n.level === 'district') out.push(n);
  });
  return out.length || !root ? out : [root];
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function ResolverMap({
  lon,
  lat,
  onPick,
}: {
  lon: number | null;
  lat: number | null;
  onPick: (lon: number, lat: number) => void;
}) {
  const { t } = useI18n();
  const tree = useRegionTree();
  const districts = useMemo(() => districtsOf(tree.data), [tree.data]);
  const [district, setDistrict] = useState<string | undefined>();

  useEffect(() => {
    if (!district && districts[0]) setDistrict(districts[0].code);
  }, [district, districts]);

  const map = useQuery({
    queryKey: qk.regionMap(district ?? '', false),
    queryFn: () => api.get<GeoJsonFeatureCollection>(`/api/regions/${district}/map`),
    enabled: !!district,
    staleTime: 5 * 60_000,
  });

  const option = useMemo<MapChartOption | null>(() => {
    if (!map.data || !district || map.data.features.length === 0) return null;
    const name = registerGeoJson(`og-${district}-r`, map.data);
    const byCode = new Map(map.data.features.map((f) => [f.properties.code, f.properties.name]));
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p) => escapeHtml(byCode.get((p as { name: string }).name)),
      },
      series: [
        {
          type: 'map',
          map: name,
          nameProperty: 'code',
          roam: true,
          selectedMode: false,
          aspectScale: 0.78,
          label: {
            show: true,
            fontSize: 10,
            color: '#51607a',
            formatter: (p: { name: string }) => byCode.get(p.name) ?? '',
          },
          itemStyle: { areaColor: '#e8eef8', borderColor: '#fff' },
          emphasis: { itemStyle: { areaColor: '#cfdcf2' }, label: { show: true } },
          markPoint:
            lon !== null && lat !== null
              ? {
                  symbol: 'pin',
                  symbolSize: 30,
                  itemStyle: { color: '#d4380d' },
                  label: { show: false },
                  data: [{ name: 'point', coord: [lon, lat] }],
                }
              : undefined,
        },
      ],
    };
  }, [map.data, district, lon, lat]);

  const onReady = (chart: EChartsInstance) => {
    const handler = (e: { offsetX: number; offsetY: number }) => {
      const p = chart.convertFromPixel({ seriesIndex: 0 }, [e.offsetX, e.offsetY]) as number[] | undefined;
      // state setters are stable, so binding once on mount is enough
      if (p && Number.isFinite(p[0]) && Number.isFinite(p[1])) {
        onPick(round6(p[0]!), round6(p[1]!));
      }
    };
    chart.getZr().on('click', handler);
    return () => chart.getZr().off('click', handler);
  };

  return (
    <>
      {districts.length > 1 && (
        <Select
          value={district}
          onChange={setDistrict}
          options={districts.map((d) => ({ value: d.code, label: d.name }))}
          style={{ width: 200, marginBottom: 8 }}
          prefix={t('duties.district')}
        />
      )}
      <div
        style={{
          border: '1px solid #f0f0f0',
          borderRadius: 8,
          minHeight: 380,
          position: 'relative',
          cursor: 'crosshair',
        }}
      >
        {map.isLoading ? (
          <Spin style={{ position: 'absolute', inset: 0, margin: 'auto', height: 32 }} />
        ) : option ? (
          <EChart option={option} onReady={onReady} style={{ height: 380 }} testId="resolver-map" />
        ) : (
          <Empty style={{ paddingTop: 120 }} description={t('map.noFeatures')} />
        )}
      </div>
    </>
  );
}
