/** Queries of the street's and the community's field-work view (GET /api/fieldview/…). */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Schema } from '../../api/contract.ts';
import type { GeoJsonFeatureCollection } from '../../api/types.ts';

export type FieldOverview = Schema<'FieldOverview'>;
export type FieldGrids = Schema<'FieldGrids'>;
export type FieldGridRow = Schema<'FieldGridRow'>;
export type FieldWorker = Schema<'FieldWorker'>;
export type Period = 'today' | 'week';

export function useFieldOverview(period: Period, scope?: string) {
  return useQuery({
    queryKey: ['fieldview', 'overview', period, scope ?? ''],
    queryFn: () => api.get<FieldOverview>('/api/fieldview/overview', { period, ...(scope ? { scope } : {}) }),
    staleTime: 30_000,
  });
}

export function useFieldGrids(period: Period, scope?: string) {
  return useQuery({
    queryKey: ['fieldview', 'grids', period, scope ?? ''],
    queryFn: () => api.get<FieldGrids>('/api/fieldview/grids', { period, ...(scope ? { scope } : {}) }),
    staleTime: 30_000,
  });
}

export function useFieldWorker(id: string | undefined, days = 14) {
  return useQuery({
    queryKey: ['fieldview', 'worker', id ?? '', days],
    queryFn: () => api.get<FieldWorker>(`/api/fieldview/workers/${id}`, { days }),
    enabled: !!id,
  });
}

/** The grid boundaries of a region (the admin map's source), for the coverage map. */
export function useGridShapes(region: string | undefined) {
  return useQuery({
    queryKey: ['fieldview', 'shapes', region ?? ''],
    queryFn: () => api.get<GeoJsonFeatureCollection>(`/api/regions/${region}/map`, { grids: 1 }),
    enabled: !!region,
    staleTime: 5 * 60_000,
  });
}

export type FieldVisitRecord = Schema<'FieldVisitRecord'>;
export type FieldPatrolRecord = Schema<'FieldPatrolRecord'>;
export type FieldQuickFixRecord = Schema<'FieldQuickFixRecord'>;

/** One visit for the drill-down; `reveal`: the reason stated to see a revealable visit's details (audited). */
export function useVisitRecord(id: string | undefined, reveal?: string) {
  return useQuery({
    queryKey: ['fieldview', 'visit', id ?? '', reveal ?? ''],
    queryFn: () => api.get<FieldVisitRecord>(`/api/fieldview/visits/${id}`, reveal ? { reveal } : {}),
    enabled: !!id,
    retry: false,
  });
}

export function usePatrolRecord(id: string | undefined) {
  return useQuery({
    queryKey: ['fieldview', 'patrol', id ?? ''],
    queryFn: () => api.get<FieldPatrolRecord>(`/api/fieldview/patrols/${id}`),
    enabled: !!id,
    retry: false,
  });
}

export function useQuickFixRecord(id: string | undefined) {
  return useQuery({
    queryKey: ['fieldview', 'quickfix', id ?? ''],
    queryFn: () => api.get<FieldQuickFixRecord>(`/api/fieldview/quick-fixes/${id}`),
    enabled: !!id,
    retry: false,
  });
}
