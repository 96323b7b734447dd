/** Shapes and queries of the whistle API (街乡吹哨、部门报到). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SummonStatus, WhistleKind, WhistleSettings, WhistleStatus } from '@onegrid/domain';
import { api } from './client.ts';
import type { RequestOf, Schema } from './contract.ts';

export type { SummonStatus, WhistleKind, WhistleSettings, WhistleStatus };

export type WhistleSummary = Schema<'WhistleRow'>;
export type WhistleRating = Schema<'WhistleRating'>;
export type Summon = Schema<'Summon'>;
export type WhistleDetail = Schema<'WhistleDetail'>;
export type UnitReportInStats = Schema<'WhistleUnitStats'>;

export type OpenWhistleInput = RequestOf<'/api/whistles', 'post'>;

export const whistleKeys = {
  all: ['whistles'] as const,
  list: (p: object) => ['whistles', 'list', p] as const,
  detail: (id: string) => ['whistles', 'detail', id] as const,
  stats: (p: object) => ['whistles', 'stats', p] as const,
  settings: ['whistles', 'settings'] as const,
};

export interface WhistleListParams {
  status?: WhistleStatus | 'active';
  page?: number;
  pageSize?: number;
  from?: string;
  to?: string;
}

export function useWhistles(p: WhistleListParams, refetchInterval?: number) {
  return useQuery({
    queryKey: whistleKeys.list(p),
    queryFn: () => api.get<Schema<'WhistlePage'>>('/api/whistles', { ...p }),
    placeholderData: (prev) => prev,
    staleTime: 5_000,
    refetchInterval,
  });
}

export function useWhistle(id: string | undefined) {
  return useQuery({
    queryKey: whistleKeys.detail(id ?? ''),
    queryFn: () => api.get<WhistleDetail>(`/api/whistles/${id}`),
    enabled: !!id,
    staleTime: 3_000,
  });
}

export function useWhistleStats(p: { from?: string; to?: string }, enabled = true) {
  return useQuery({
    queryKey: whistleKeys.stats(p),
    queryFn: () => api.get<Schema<'WhistleStats'>>('/api/whistles/stats', p),
    enabled,
    staleTime: 30_000,
  });
}

/** The default report-in minutes and whether community-level leads may blow (readable by all staff). */
export function useWhistleSettings(enabled = true) {
  return useQuery({
    queryKey: whistleKeys.settings,
    queryFn: () => api.get<WhistleSettings>('/api/whistles/settings'),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** District or city administrators only; the answer is the saved settings. */
export function useSaveWhistleSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (s: WhistleSettings) => api.put<WhistleSettings>('/api/whistles/settings', s),
    onSuccess: (saved) => qc.setQueryData(whistleKeys.settings, saved),
  });
}

/** A write to one whistle: the answer is its new detail, put straight into the cache. */
export function useWhistleAction<B>(
  id: string,
  path: 'report-in' | 'actions' | 'ratings' | 'close' | 'void',
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api.post<WhistleDetail>(`/api/whistles/${id}/${path}`, body),
    onSuccess: (detail) => {
      qc.setQueryData(whistleKeys.detail(id), detail);
      void qc.invalidateQueries({ queryKey: ['whistles', 'list'] });
      void qc.invalidateQueries({ queryKey: ['whistles', 'stats'] });
    },
  });
}
