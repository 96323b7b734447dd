import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { qk } from '../../api/queries.ts';
import type { GeoJsonFeatureCollection } from '../../api/types.ts';
import { useDashboardMap, type DashboardFilters } from '../../api/dashboard.ts';
import { heatMapOption, type ChartTheme } from './charts.tsx';

/** Grid codes begin with their street (9 digits) and community (12 digits) codes. */
const prefixOf = (code: string, level: string | undefined) => (level === 'street' ? code.slice(0, 9) : code);

/**
 * The heat layer of open cases by grid over the stored boundaries of a region (the ones the admin map page
 * reads: /api/regions/:code/map with and without grids), with the areas one level down labelled with their counts.
 */
export function useHeatMap(
  regionCode: string | undefined,
  filters: DashboardFilters,
  th: ChartTheme,
  labels: { cases: string },
  refetchInterval?: number,
) {
  const map = useDashboardMap(filters, refetchInterval);
  const grids = useQuery({
    queryKey: qk.regionMap(regionCode ?? '', true),
    queryFn: () => api.get<GeoJsonFeatureCollection>(`/api/regions/${regionCode}/map`, { grids: 1 }),
    enabled: !!regionCode,
    staleTime: 30 * 60_000,
  });
  const areas = useQuery({
    queryKey: qk.regionMap(regionCode ?? '', false),
    queryFn: () => api.get<GeoJsonFeatureCollection>(`/api/regions/${regionCode}/map`),
    enabled: !!regionCode,
    staleTime: 30 * 60_000,
  });
  const option = useMemo(() => {
    if (!grids.data || grids.data.features.length === 0 || !map.data || !regionCode) return null;
    const perGrid = new Map(map.data.byGrid.map((g) => [g.code, g.open + g.inProgress]));
    const perArea = new Map<string, number>();
    for (const f of areas.data?.features ?? []) {
      const prefix = prefixOf(f.properties.code, f.properties.level);
      let n = 0;
      for (const [code, v] of perGrid) if (code.startsWith(prefix)) n += v;
      perArea.set(f.properties.code, n);
    }
    return heatMapOption(`og-dash-${regionCode}`, grids.data, areas.data, perGrid, perArea, th, labels);
  }, [grids.data, areas.data, map.data, regionCode, th, labels]);
  return { option, data: map.data, loading: map.isLoading || grids.isLoading };
}
