/** The dashboard API (指挥大屏 and analytics): GET /api/dashboard/summary and /api/dashboard/map. */
import { useQuery } from '@tanstack/react-query';
import type { Channel } from '@onegrid/domain';
import { api } from './client.ts';
import type { Schema } from './contract.ts';

export interface DashboardFilters {
  from?: string | undefined;
  to?: string | undefined;
  regionCode?: string | undefined;
  categoryCode?: string | undefined;
  channel?: Channel | undefined;
  unitId?: string | undefined;
}

export type CategoryRef = Schema<'CategoryRef'>;
export type DashboardSummary = Schema<'DashboardSummary'>;
export type DashboardMap = Schema<'DashboardMap'>;

const clean = (f: DashboardFilters) =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '')) as Record<
    string,
    string
  >;

export function useDashboardSummary(f: DashboardFilters, refetchInterval?: number) {
  return useQuery({
    queryKey: ['dashboard', 'summary', clean(f)],
    queryFn: () => api.get<DashboardSummary>('/api/dashboard/summary', clean(f)),
    refetchInterval,
    placeholderData: (prev) => prev,
  });
}

export function useDashboardMap(f: DashboardFilters, refetchInterval?: number) {
  const { from: _from, to: _to, ...rest } = f;
  return useQuery({
    queryKey: ['dashboard', 'map', clean(rest)],
    queryFn: () => api.get<DashboardMap>('/api/dashboard/map', clean(rest)),
    refetchInterval,
    placeholderData: (prev) => prev,
  });
}
