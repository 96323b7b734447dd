/**
 * ECharts, tree-shaken: only the map and scatter charts and the components the map pages use (the geo component
 * carries region boundaries under scatter points on the case pages).
 * Imported only by lazily loaded pages, so none of it is in the initial bundle.
 */
import * as echarts from 'echarts/core';
import { CustomChart, LinesChart, MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, MarkPointComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type {
  CustomSeriesOption,
  LinesSeriesOption,
  MapSeriesOption,
  ScatterSeriesOption,
} from 'echarts/charts';
import type {
  GeoComponentOption,
  MarkPointComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';

echarts.use([
  MapChart,
  ScatterChart,
  // roads (polylines) and building footprints (custom polygons) of the address library under the case points
  LinesChart,
  CustomChart,
  GeoComponent,
  TooltipComponent,
  VisualMapComponent,
  MarkPointComponent,
  // labelLayout: street labels over the heat map kept apart
  LabelLayout,
  CanvasRenderer,
]);

export type MapChartOption = ComposeOption<
  | MapSeriesOption
  | ScatterSeriesOption
  | LinesSeriesOption
  | CustomSeriesOption
  | GeoComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
  | MarkPointComponentOption
>;

export { echarts };

/** Registers a GeoJSON under a name once per content version and returns the name. */
export function registerGeoJson(name: string, geojson: unknown): string {
  echarts.registerMap(name, geojson as Parameters<typeof echarts.registerMap>[1]);
  return name;
}
