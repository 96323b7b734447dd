/**
 * Charts of the dashboard pages: the shared ECharts core (lib/echarts.ts) plus bars and lines, registered here so
 * they load only with these lazily loaded pages. Option builders take a theme so the command room (dark, large
 * type) and the desks (light, ordinary type) draw the same figures.
 */
import { useEffect, useRef, type CSSProperties } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { echarts, registerGeoJson, type MapChartOption } from '../../lib/echarts.ts';
import { safeHtml } from '../../lib/html.ts';
import type { GeoJsonFeatureCollection } from '../../api/types.ts';

echarts.use([BarChart, LineChart, GridComponent]);

export type DashChartOption =
  ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption> | MapChartOption;

export interface ChartTheme {
  text: string;
  muted: string;
  line: string;
  font: number;
  accent: string;
  warn: string;
  /** heat scale of the map, lowest first */
  heat: string[];
  area: string;
  border: string;
}

export const DARK: ChartTheme = {
  text: '#e6f0ff',
  muted: '#8fa8cc',
  line: 'rgba(120,160,220,0.18)',
  font: 20,
  accent: '#36a3ff',
  warn: '#ff5b5b',
  heat: ['#17345f', '#1f6fb2', '#36c2c8', '#f5d142', '#ff8c2a', '#ff3b3b'],
  area: '#12284a',
  border: 'rgba(140,180,240,0.35)',
};

export const LIGHT: ChartTheme = {
  text: '#1d2b44',
  muted: '#6b7a90',
  line: '#e8ecf2',
  font: 12,
  accent: '#1f6fd1',
  warn: '#d4380d',
  heat: ['#eef3fa', '#9dbbe6', '#3d6fc0', '#f5b400', '#f06a1c', '#cf1322'],
  area: '#eef3fa',
  border: '#ffffff',
};

/** One ECharts instance per mount, option replaced on change, resized with its box. */
export function DashChart({
  option,
  style,
  testId,
  onClick,
}: {
  option: DashChartOption;
  style?: CSSProperties;
  testId?: string;
  /** a click on a named item (a map area: its code) */
  onClick?: (name: string) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const click = useRef(onClick);
  click.current = onClick;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const c = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = c;
    c.on('click', (p: { name?: string }) => {
      if (p.name) click.current?.(p.name);
    });
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={ref} data-testid={testId} style={{ width: '100%', height: '100%', ...style }} />;
}

/** Horizontal bars, largest on top, the value written at the end of each bar. */
export function barsOption(
  rows: { label: string; value: number }[],
  th: ChartTheme,
  color = th.accent,
): DashChartOption {
  const data = [...rows].reverse();
  return {
    animationDuration: 400,
    grid: { left: 8, right: th.font * 3, top: 4, bottom: 4, containLabel: true },
    xAxis: { type: 'value', show: false, max: (v: { max: number }) => Math.max(1, v.max) },
    yAxis: {
      type: 'category',
      data: data.map((r) => r.label),
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { color: th.text, fontSize: th.font, width: th.font * 8, overflow: 'truncate' },
    },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    series: [
      {
        type: 'bar',
        data: data.map((r) => r.value),
        barMaxWidth: th.font * 1.3,
        itemStyle: { color, borderRadius: [0, 4, 4, 0] },
        label: { show: true, position: 'right', color: th.text, fontSize: th.font, fontWeight: 'bold' },
        showBackground: true,
        backgroundStyle: { color: th.line },
      },
    ],
  };
}

/** Intake per day as a line over an area. */
export function trendOption(points: { day: string; cases: number }[], th: ChartTheme): DashChartOption {
  return {
    animationDuration: 400,
    grid: { left: 8, right: 16, top: th.font, bottom: 4, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: points.map((p) => p.day.slice(5)),
      axisLabel: { color: th.muted, fontSize: th.font * 0.85 },
      axisLine: { lineStyle: { color: th.line } },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: th.muted, fontSize: th.font * 0.85 },
      splitLine: { lineStyle: { color: th.line } },
    },
    series: [
      {
        type: 'line',
        data: points.map((p) => p.cases),
        smooth: true,
        symbolSize: th.font / 3,
        lineStyle: { width: th.font / 6 + 1, color: th.accent },
        itemStyle: { color: th.accent },
        areaStyle: {
          color: new echarts.graphic.LinearGradient(0, 0, 0, 1, [
            { offset: 0, color: `${th.accent}99` },
            { offset: 1, color: `${th.accent}05` },
          ]),
        },
      },
    ],
  };
}

interface LabelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: LabelRect, b: LabelRect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Centre of a feature's bounding box (labels for streets over the grid map). */
function boxCentre(geometry: unknown): [number, number] | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const walk = (c: unknown) => {
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') {
      minX = Math.min(minX, c[0]);
      maxX = Math.max(maxX, c[0]);
      minY = Math.min(minY, c[1]);
      maxY = Math.max(maxY, c[1]);
    } else if (Array.isArray(c)) c.forEach(walk);
  };
  walk((geometry as { coordinates?: unknown } | null)?.coordinates);
  return Number.isFinite(minX) ? [(minX + maxX) / 2, (minY + maxY) / 2] : null;
}

/**
 * Unresolved cases per grid as a heat layer over the stored grid boundaries, with the names of the areas one level
 * down (streets of a district, communities of a street) and their counts written over them.
 */
export function heatMapOption(
  mapName: string,
  grids: GeoJsonFeatureCollection,
  areas: GeoJsonFeatureCollection | undefined,
  perGrid: Map<string, number>,
  perArea: Map<string, number>,
  th: ChartTheme,
  labels: { cases: string },
): MapChartOption {
  registerGeoJson(mapName, grids);
  const names = new Map(grids.features.map((f) => [f.properties.code, f.properties.name]));
  const max = Math.max(1, ...perGrid.values());
  // Busiest areas first: when two labels collide, the one placed later is the one moved.
  const areaLabels = (areas?.features ?? [])
    .flatMap((f) => {
      const c = boxCentre(f.geometry);
      return c ? [{ name: f.properties.name, value: [...c, perArea.get(f.properties.code) ?? 0] }] : [];
    })
    .sort((a, b) => b.value[2]! - a.value[2]!);
  // Small streets crowd the centre of a district: each label that would cover one already placed is moved down
  // (then up) until it is clear, so every name and count stays readable on the command screen.
  const placed: LabelRect[] = [];
  const labelLayout = (p: { dataIndex?: number; labelRect: LabelRect }) => {
    if (p.dataIndex === 0) placed.length = 0;
    const r = p.labelRect;
    const step = r.height / 2 + 2;
    const clear = (dy: number) => !placed.some((q) => overlaps({ ...r, y: r.y + dy }, q));
    const dy = [0, 1, -1, 2, -2, 3, -3].map((k) => k * step).find(clear) ?? 0;
    placed.push({ ...r, y: r.y + dy });
    // absolute position of the label's centre (a dy alone is not applied to labels of geo scatter points)
    return {
      x: r.x + r.width / 2,
      y: r.y + dy + r.height / 2,
      align: 'center',
      verticalAlign: 'middle',
    } as const;
  };
  return {
    tooltip: {
      trigger: 'item',
      textStyle: { fontSize: th.font * 0.9 },
      formatter: (p) => {
        const q = p as { seriesType?: string; name?: string; value?: unknown };
        if (q.seriesType === 'scatter') {
          const v = q.value as number[];
          return safeHtml`<b>${q.name}</b><br />${labels.cases} <b>${v[2]}</b>`.markup;
        }
        const n = typeof q.value === 'number' && !Number.isNaN(q.value) ? q.value : 0;
        return safeHtml`<b>${names.get(q.name ?? '') ?? q.name}</b><br />${labels.cases} <b>${n}</b>`.markup;
      },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max,
      left: th.font,
      bottom: th.font,
      calculable: false,
      itemHeight: th.font * 8,
      itemWidth: th.font,
      text: [String(max), '0'],
      textStyle: { color: th.muted, fontSize: th.font * 0.9 },
      inRange: { color: th.heat },
      seriesIndex: 0,
    },
    geo: {
      map: mapName,
      // The series' data are keyed by grid code: the shared geo must name its regions by code too.
      nameProperty: 'code',
      roam: false,
      aspectScale: 0.78,
      layoutCenter: ['50%', '50%'],
      layoutSize: '96%',
      itemStyle: { areaColor: th.area, borderColor: th.border, borderWidth: 0.5 },
    },
    series: [
      {
        type: 'map',
        geoIndex: 0,
        nameProperty: 'code',
        data: grids.features.map((f) => ({
          name: f.properties.code,
          value: perGrid.get(f.properties.code) ?? 0,
        })),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: 0,
        silent: false,
        data: areaLabels,
        labelLayout,
        label: {
          show: true,
          formatter: (p: { name: string; value: unknown }) => `${p.name}\n${(p.value as number[])[2]}`,
          color: '#ffffff',
          fontSize: th.font * 0.9,
          fontWeight: 'bold',
          lineHeight: th.font * 1.15,
          textBorderColor: 'rgba(0,0,0,0.75)',
          textBorderWidth: 3,
        },
      },
    ],
  };
}
