import { useEffect, useRef, type CSSProperties } from 'react';
import { echarts, type MapChartOption } from '../lib/echarts.ts';

export type EChartsInstance = ReturnType<typeof echarts.init>;

export interface ChartEventParams {
  componentType?: string;
  seriesType?: string;
  name?: string;
  data?: unknown;
}

/** A thin React wrapper: one ECharts instance per mount, option replaced on change, resized with its box. */
export function EChart({
  option,
  style,
  onClick,
  onReady,
  testId,
}: {
  option: MapChartOption;
  style?: CSSProperties;
  onClick?: (params: ChartEventParams) => void;
  /** gives access to the instance, e.g. for zrender clicks on empty space */
  onReady?: (chart: EChartsInstance) => void | (() => void);
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsInstance | null>(null);
  const clickRef = useRef(onClick);
  useEffect(() => {
    clickRef.current = onClick;
  }, [onClick]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('click', (p) => clickRef.current?.(p as ChartEventParams));
    const ro = new ResizeObserver(() => chart.resize());
    ro.observe(el);
    const cleanup = onReady?.(chart);
    return () => {
      if (typeof cleanup === 'function') cleanup();
      ro.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
    // onReady is read once, on mount, by design.
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} data-testid={testId} style={{ width: '100%', height: 480, ...style }} />;
}
