/** Shapes and queries of the base data's read side (modules/baseview): caller, place facts, counts, whistle nearby. */
import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from './client.ts';
import type { Schema } from './contract.ts';

export type CallerLookup = Schema<'CallerLookup'>;
export type PlaceFacts = Schema<'PlaceFacts'>;
export type BaseCounts = Schema<'BaseCounts'>;
export type WhistleNearby = Schema<'WhistleNearby'>;
export type KeyUnit = Schema<'BaseKeyUnit'>;

/** Not retried on a refusal: the view is simply not the viewer's. */
const retry = (n: number, e: unknown) => !isApiError(e) && n < 2;

/** POST: the phone stays out of the URL. */
export function useCaller(phone: string | null) {
  return useQuery({
    queryKey: ['baseview', 'caller', phone],
    queryFn: () => api.post<CallerLookup>('/api/baseview/caller', { phone }),
    enabled: !!phone,
    staleTime: 60_000,
    retry,
  });
}

export function usePlaceFacts(caseId: string, enabled = true) {
  return useQuery({
    queryKey: ['baseview', 'place', caseId],
    queryFn: () => api.get<PlaceFacts>(`/api/cases/${caseId}/place-facts`),
    enabled,
    staleTime: 60_000,
    retry,
  });
}

export function useBaseCounts(target: { region?: string; grid?: string } | null) {
  return useQuery({
    queryKey: ['baseview', 'counts', target],
    queryFn: () => api.get<BaseCounts>('/api/baseview/counts', { ...target }),
    enabled: !!target && !!(target.region || target.grid),
    staleTime: 30_000,
    retry,
  });
}

export function useWhistleNearby(whistleId: string) {
  return useQuery({
    queryKey: ['baseview', 'nearby', whistleId],
    queryFn: () => api.get<WhistleNearby>(`/api/whistles/${whistleId}/nearby`),
    staleTime: 60_000,
    retry,
  });
}

export type BasePopulation = Schema<'BasePopulation'>;

/** Population and households per child region (or grid) of a region: the admin map's shading. */
export function useBasePopulation(region: string | null, grids: boolean) {
  return useQuery({
    queryKey: ['baseview', 'population', region, grids],
    queryFn: () =>
      api.get<BasePopulation>('/api/baseview/population', { region, parts: grids ? 'grids' : 'children' }),
    enabled: !!region,
    staleTime: 60_000,
    retry,
  });
}
