/**
 * Region boundaries (streets, communities or grids, from the stored GeoJSON) with case points on top. Optionally
 * picks a point: a click (not a drag) anywhere on the map gives its WGS-84 coordinates.
 *
 * Under the points, once zoomed in, the roads (from zoom 12) and building footprints (from zoom 15) of the address
 * library (issue 10, GET /api/addresses/layers for the view's box), so a user sees where things are without an
 * external tile server. The map stays ECharts' geo component (every map page uses it; Leaflet would mean
 * rewriting them and their browser tests); the library's shapes are a lines series and a custom polygon series
 * in the same coordinate system, re-fetched as the view pans and zooms. Under everything, when the server
 * configures one (MAP_TILE_URL or TIANDITU_KEY), a raster tile layer (mapTiles.ts); none by default.
 */
import { useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Spin, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { qk } from '../../api/queries.ts';
import type { GeoJsonFeatureCollection } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { registerGeoJson, type MapChartOption } from '../../lib/echarts.ts';
import { escapeHtml } from '../../lib/html.ts';
import { EChart, type ChartEventParams, type EChartsInstance } from '../EChart.tsx';
import type { Schema } from '../../api/contract.ts';
import { tileLayerSeries, tilesFor, type TileConfig } from './mapTiles.ts';

type Layers = Schema<'AddressLayers'>;
type Box = [number, number, number, number];

/** [minLon, minLat, maxLon, maxLat] of every coordinate in a feature collection. */
function extentOf(fc: { features: { geometry: unknown }[] }): Box | null {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown) => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      b[0] = Math.min(b[0], c[0]);
      b[1] = Math.min(b[1], c[1]);
      b[2] = Math.max(b[2], c[0]);
      b[3] = Math.max(b[3], c[1]);
      return;
    }
    for (const x of c) walk(x);
  };
  for (const f of fc.features) walk((f.geometry as { coordinates?: unknown } | null)?.coordinates);
  return Number.isFinite(b[0]) ? b : null;
}

/** The web-map zoom level (256-px tiles) showing `widthDeg` degrees of longitude across `widthPx` pixels. */
function webZoom(widthDeg: number, widthPx: number): number {
  return Math.log2((360 * widthPx) / (256 * Math.max(widthDeg, 1e-9)));
}

/** Degrees across a view that shows single buildings (≈ 600 m). */
const BUILDING_VIEW_DEG = 0.006;

/** The lines of a road geometry (LineString or MultiLineString). */
function linesOf(g: { type: string; coordinates: unknown }): number[][][] {
  if (g.type === 'LineString') return [g.coordinates as number[][]];
  if (g.type === 'MultiLineString') return g.coordinates as number[][][];
  return [];
}

/** The outer rings of a footprint (Polygon or MultiPolygon). */
function outerRings(g: { type: string; coordinates: unknown }): number[][][] {
  if (g.type === 'Polygon') return [(g.coordinates as number[][][])[0] ?? []];
  if (g.type === 'MultiPolygon') return (g.coordinates as number[][][][]).map((p) => p[0] ?? []);
  return [];
}

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
  layers = true,
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
  /** zoom onto this point; `building`: close enough to see the buildings around it */
  focus?: { lon: number; lat: number; building?: boolean } | null;
  /** draw the address library's roads and buildings when zoomed in (the public endpoint with geoUrl) */
  layers?: boolean;
}) {
  const { t } = useI18n();
  const geo = useRegionGeo(regionCode, grids, geoUrl);
  const pickRef = useRef(onPick);
  pickRef.current = onPick;
  // The view the user panned and zoomed to, kept across option changes (new layers, new points).
  const viewRef = useRef<{ center: number[]; zoom: number } | null>(null);
  const focusSeen = useRef('');
  const [view, setView] = useState<{ bbox: Box; zoom: number } | null>(null);
  const extent = useMemo(() => (geo.data ? extentOf(geo.data) : null), [geo.data]);
  const layersUrl = geoUrl ? '/api/public/addresses/layers' : '/api/addresses/layers';
  const shapes = useQuery({
    queryKey: [
      'address-layers',
      layersUrl,
      view?.bbox.map((x) => x.toFixed(4)).join(','),
      Math.floor(view?.zoom ?? 0),
    ],
    queryFn: () =>
      api.get<Layers>(layersUrl, {
        bbox: view!.bbox.map((x) => x.toFixed(5)).join(','),
        zoom: Math.floor(view!.zoom),
      }),
    enabled: layers && !!view && view.zoom >= 12,
    staleTime: 5 * 60_000,
    placeholderData: (prev) => prev,
    retry: false,
  });
  const shapesData = layers && view && view.zoom >= 12 ? shapes.data : undefined;
  const tileConfig = useQuery({
    queryKey: ['map-tiles'],
    queryFn: () => api.get<{ tiles: TileConfig | null }>('/api/public/map/tiles'),
    staleTime: Infinity,
    retry: false,
  }).data?.tiles;
  const tiles = useMemo(
    () => (tileConfig && view ? tilesFor(tileConfig, view.bbox, view.zoom) : []),
    [tileConfig, view],
  );

  // Compared by value: callers build these inline, and a new option on every render would reset zoom and pan.
  const pointsKey = JSON.stringify(points);
  const focusKey = focus ? `${focus.lon},${focus.lat},${focus.building ? 'b' : ''}` : '';

  const option = useMemo<MapChartOption | null>(() => {
    if (!geo.data || geo.data.features.length === 0) return null;
    const fc = geo.data;
    const name = registerGeoJson(`og-case-${geoUrl ?? regionCode}-${grids ? 'g' : 'r'}`, fc);
    const byCode = new Map(fc.features.map((f) => [f.properties.code, f.properties.name]));
    const many = fc.features.length > 40;
    const kinds = (['nearby', 'case', 'picked'] as const).filter((k) => points.some((p) => p.kind === k));
    // Where the view goes: a new focus; else where the user left it; else the whole region.
    let at: { center?: number[]; zoom?: number } = {};
    if (focus && focusKey !== focusSeen.current) {
      const width = extent ? Math.max(extent[2] - extent[0], extent[3] - extent[1]) : 0;
      const zoom = focus.building && width > 0 ? Math.max(2, width / BUILDING_VIEW_DEG) : 2;
      at = { center: [focus.lon, focus.lat], zoom };
      viewRef.current = { center: [focus.lon, focus.lat], zoom };
    } else if (viewRef.current) at = viewRef.current;
    focusSeen.current = focusKey;
    const roads = (shapesData?.features ?? []).filter((f) => f.properties.kind === 'road');
    const buildings = (shapesData?.features ?? []).filter((f) => f.properties.kind === 'building');
    const rings = buildings.flatMap((f) =>
      outerRings(f.geometry).map((ring) => ({ ring, name: f.properties.name })),
    );
    const librarySeries = [
      ...(roads.length
        ? [
            {
              type: 'lines' as const,
              id: 'roads',
              coordinateSystem: 'geo' as const,
              polyline: true,
              silent: true,
              z: 1,
              lineStyle: { color: '#b8c2d1', width: 2, opacity: 0.9 },
              data: roads.flatMap((f) =>
                linesOf(f.geometry).map((coords) => ({ coords, name: f.properties.name })),
              ),
            },
          ]
        : []),
      ...(rings.length
        ? [
            {
              type: 'custom' as const,
              id: 'buildings',
              coordinateSystem: 'geo' as const,
              silent: true,
              z: 1,
              data: rings.map((r) => ({ value: r.ring[0] ?? [0, 0], name: r.name })),
              renderItem: (params: { dataIndex: number }, api: { coord: (p: number[]) => number[] }) => ({
                type: 'polygon',
                shape: { points: (rings[params.dataIndex]?.ring ?? []).map((p) => api.coord(p)) },
                style: { fill: '#d5dbe5', stroke: '#9aa7bb', lineWidth: 0.8 },
              }),
            },
          ]
        : []),
    ];
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
        ...at,
        selectedMode: false,
        label: {
          show: !many,
          fontSize: 11,
          color: '#51617a',
          formatter: (p: { name: string }) => byCode.get(p.name) ?? '',
        },
        itemStyle: {
          // over a tile layer the regions are outlines on a faint wash, so the map beneath shows
          areaColor: tiles.length ? 'rgba(232, 238, 248, 0.3)' : '#e8eef8',
          borderColor: '#9fb3d1',
          borderWidth: many ? 0.5 : 1,
        },
        emphasis: {
          label: { show: true, formatter: (p: { name: string }) => byCode.get(p.name) ?? '' },
          itemStyle: { areaColor: '#fdf0c4' },
        },
      },
      series: [
        ...(tileLayerSeries(tiles) as never[]),
        ...(librarySeries as never[]),
        ...kinds.map((kind) => ({
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
      ],
    };
    // points and focus are compared by value (keys above)
  }, [geo.data, geoUrl, regionCode, grids, pointsKey, focusKey, shapesData, extent, tiles]);

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
    // The view's box and zoom, for the library's layers; the center and zoom, kept across option changes.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastKey = '';
    const measure = () => {
      const opt = chart.getOption() as { geo?: { center?: number[]; zoom?: number }[] } | undefined;
      const g = opt?.geo?.[0];
      const w = chart.getWidth();
      const h = chart.getHeight();
      const a = chart.convertFromPixel({ geoIndex: 0 }, [0, 0]) as number[] | undefined;
      const b = chart.convertFromPixel({ geoIndex: 0 }, [w, h]) as number[] | undefined;
      if (!a || !b || !Number.isFinite(a[0]) || !Number.isFinite(b[0])) return;
      const bbox: Box = [
        Math.min(a[0]!, b[0]!),
        Math.min(a[1]!, b[1]!),
        Math.max(a[0]!, b[0]!),
        Math.max(a[1]!, b[1]!),
      ];
      const zoom = webZoom(bbox[2] - bbox[0], w);
      const key = `${bbox.map((x) => x.toFixed(4)).join(',')}|${zoom.toFixed(1)}`;
      if (key === lastKey) return;
      lastKey = key;
      setView({ bbox, zoom });
      if (g?.center && g.zoom !== undefined) viewRef.current = { center: g.center, zoom: g.zoom };
    };
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(measure, 250);
    };
    const onRoam = () => later();
    chart.on('georoam', onRoam);
    chart.on('finished', onRoam);
    return () => {
      clearTimeout(timer);
      zr.off('mousedown', onDown);
      zr.off('click', onClick);
      chart.off('georoam', onRoam);
      chart.off('finished', onRoam);
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
      ) : null}
      {option && shapesData?.truncated ? (
        <Typography.Text
          type="secondary"
          style={{
            position: 'absolute',
            left: 8,
            bottom: 4,
            fontSize: 12,
            background: '#ffffffcc',
            padding: '0 4px',
          }}
        >
          {t('addrlib.layersTruncated')}
        </Typography.Text>
      ) : null}
      {option && tiles.length > 0 && tileConfig?.attribution ? (
        <Typography.Text
          type="secondary"
          data-testid="map-tile-attribution"
          style={{
            position: 'absolute',
            right: 8,
            bottom: 4,
            fontSize: 11,
            background: '#ffffffcc',
            padding: '0 4px',
          }}
        >
          {tileConfig.attribution}
        </Typography.Text>
      ) : null}
      {geo.isLoading || geo.error || option ? null : (
        <Empty description={t('map.noFeatures')} style={{ paddingTop: 40 }} />
      )}
    </div>
  );
}
