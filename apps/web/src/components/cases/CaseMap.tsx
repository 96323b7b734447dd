/**
 * Region boundaries (streets, communities or grids, from the stored GeoJSON) with case points on top. Optionally
 * picks a point: a click (not a drag) anywhere on the map gives its WGS-84 coordinates.
 */
import { useMemo, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Spin } from 'antd';
import { api } from '../../api/client.ts';
import { qk } from '../../api/queries.ts';
import type { GeoJsonFeatureCollection } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { registerGeoJson, type MapChartOption } from '../../lib/echarts.ts';
import { escapeHtml } from '../../lib/html.ts';
import { EChart, type ChartEventParams, type EChartsInstance } from '../EChart.tsx';

export interface MapPoint {
  lon: number;
  lat: number;
  label: string;
  kind: 'case' | 'nearby' | 'picked';
  /** a case number: clicking the point calls onPointClick */
  id?: string;
}

const POINT_STYLE: Record<MapPoint['kind'], { color: string; size: number; symbol: string }> = {
  case: { color: '#d4380d', size: 34, symbol: 'pin' },
  picked: { color: '#d4380d', size: 34, symbol: 'pin' },
  nearby: { color: '#fa8c16', size: 12, symbol: 'circle' },
};

/** The boundaries under a region (its children, or with `grids` every grid below it), cached like the map page. */
export function useRegionGeo(code: string | null | undefined, grids = false, url?: string) {
  return useQuery({
    queryKey: url ? ['public-map', url] : qk.regionMap(code ?? '', grids),
    queryFn: () =>
      api.get<GeoJsonFeatureCollection>(
        url ?? `/api/regions/${code}/map`,
        grids && !url ? { grids: 1 } : undefined,
      ),
    enabled: !!code || !!url,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export function CaseMap({
  regionCode,
  grids = false,
  geoUrl,
  points,
  onPick,
  onPointClick,
  height = 360,
  testId,
  focus,
}: {
  regionCode?: string | null;
  grids?: boolean;
  /** a GeoJSON source other than /api/regions/:code/map (the public pages) */
  geoUrl?: string;
  points: MapPoint[];
  onPick?: (lon: number, lat: number) => void;
  onPointClick?: (id: string) => void;
  height?: number | string;
  testId?: string;
  /** zoom onto this point */
  focus?: { lon: number; lat: number } | null;
}) {
  const { t } = useI18n();
  const geo = useRegionGeo(regionCode, grids, geoUrl);
  const pickRef = useRef(onPick);
  pickRef.current = onPick;

  // Compared by value: callers build these inline, and a new option on every render would reset zoom and pan.
  const pointsKey = JSON.stringify(points);
  const focusKey = focus ? `${focus.lon},${focus.lat}` : '';

  const option = useMemo<MapChartOption | null>(() => {
    if (!geo.data || geo.data.features.length === 0) return null;
    const fc = geo.data;
    const name = registerGeoJson(`og-case-${geoUrl ?? regionCode}-${grids ? 'g' : 'r'}`, fc);
    const byCode = new Map(fc.features.map((f) => [f.properties.code, f.properties.name]));
    const many = fc.features.length > 40;
    const kinds = (['nearby', 'case', 'picked'] as const).filter((k) => points.some((p) => p.kind === k));
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const params = p as { componentType?: string; name?: string };
          if (params.componentType === 'series') return escapeHtml(params.name);
          return escapeHtml(byCode.get(params.name ?? ''));
        },
      },
      geo: {
        map: name,
        nameProperty: 'code',
        roam: true,
        aspectScale: 0.78,
        layoutCenter: ['50%', '50%'],
        layoutSize: '95%',
        ...(focus ? { center: [focus.lon, focus.lat], zoom: 2 } : {}),
        selectedMode: false,
        label: {
          show: !many,
          fontSize: 11,
          color: '#51617a',
          formatter: (p: { name: string }) => byCode.get(p.name) ?? '',
        },
        itemStyle: { areaColor: '#e8eef8', borderColor: '#9fb3d1', borderWidth: many ? 0.5 : 1 },
        emphasis: {
          label: { show: true, formatter: (p: { name: string }) => byCode.get(p.name) ?? '' },
          itemStyle: { areaColor: '#fdf0c4' },
        },
      },
      series: kinds.map((kind) => ({
        type: 'scatter' as const,
        coordinateSystem: 'geo' as const,
        symbol: POINT_STYLE[kind].symbol,
        symbolSize: POINT_STYLE[kind].size,
        symbolOffset: POINT_STYLE[kind].symbol === 'pin' ? [0, '-40%'] : undefined,
        itemStyle: { color: POINT_STYLE[kind].color, borderColor: '#fff', borderWidth: 1 },
        z: kind === 'nearby' ? 2 : 3,
        data: points
          .filter((p) => p.kind === kind)
          .map((p) => ({ value: [p.lon, p.lat], name: p.label, id: p.id })),
      })),
    };
    // points and focus are compared by value (keys above)
  }, [geo.data, geoUrl, regionCode, grids, pointsKey, focusKey]);

  const onReady = (chart: EChartsInstance) => {
    const zr = chart.getZr();
    let down: [number, number] | null = null;
    const onDown = (e: { offsetX: number; offsetY: number }) => {
      down = [e.offsetX, e.offsetY];
    };
    // A click that did not move (a drag pans the map instead of picking).
    const onClick = (e: { offsetX: number; offsetY: number }) => {
      if (!pickRef.current) return;
      if (down && Math.hypot(e.offsetX - down[0], e.offsetY - down[1]) > 4) return;
      const c = chart.convertFromPixel({ geoIndex: 0 }, [e.offsetX, e.offsetY]) as number[] | undefined;
      if (!c || !Number.isFinite(c[0]) || !Number.isFinite(c[1])) return;
      pickRef.current(Math.round(c[0]! * 1e6) / 1e6, Math.round(c[1]! * 1e6) / 1e6);
    };
    zr.on('mousedown', onDown);
    zr.on('click', onClick);
    return () => {
      zr.off('mousedown', onDown);
      zr.off('click', onClick);
    };
  };

  const onClick = (p: ChartEventParams) => {
    const id = (p.data as { id?: string } | undefined)?.id;
    if (p.seriesType === 'scatter' && id) onPointClick?.(id);
  };

  return (
    <div
      data-testid={testId}
      style={{ position: 'relative', height, cursor: onPick ? 'crosshair' : undefined }}
    >
      {geo.isLoading ? (
        <Spin style={{ position: 'absolute', inset: 0, margin: 'auto', height: 32 }} />
      ) : geo.error ? (
        <Alert type="warning" showIcon title={t('common.loadFailed', { message: geo.error.message })} />
      ) : option ? (
        <EChart option={option} onClick={onClick} onReady={onReady} style={{ height }} />
      ) : (
        <Empty description={t('map.noFeatures')} style={{ paddingTop: 40 }} />
      )}
    </div>
  );
}
