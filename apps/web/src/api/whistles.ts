/** Shapes and queries of the whistle API (街乡吹哨、部门报到). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SummonStatus, UnitKind, WhistleKind, WhistleSettings, WhistleStatus } from '@onegrid/domain';
import { api } from './client.ts';
import type { Page } from './types.ts';

export type { SummonStatus, WhistleKind, WhistleSettings, WhistleStatus };

export interface WhistleSummary {
  id: string;
  kind: WhistleKind;
  title: string;
  status: WhistleStatus;
  street: { code: string; name: string };
  caseId: string | null;
  address: string | null;
  reportDueAt: string;
  openedAt: string;
  closedAt: string | null;
  counts: { summoned: number; reported: number; late: number; missing: number };
}

export interface WhistleRating {
  punctuality: number;
  cooperation: number;
  effect: number;
  comment: string | null;
  ratedAt: string | null;
  ratedBy: string | null;
}

export interface Summon {
  unit: { id: string; name: string; kind: UnitKind };
  status: SummonStatus;
  summonedAt: string;
  dueAt: string;
  reportedAt: string | null;
  reportedBy: string | null;
  reportLon: number | null;
  reportLat: number | null;
  reportAccuracy: number | null;
  reportNote: string | null;
  late: boolean;
  missedAt: string | null;
  rating: WhistleRating | null;
}

export interface WhistleDetail {
  id: string;
  kind: WhistleKind;
  title: string;
  description: string;
  status: WhistleStatus;
  street: { code: string; name: string; unitId: string };
  caseId: string | null;
  address: string | null;
  lon: number | null;
  lat: number | null;
  gridCode: string | null;
  reportInMinutes: number;
  reportDueAt: string;
  openedAt: string;
  openedBy: string | null;
  actionRecord: string | null;
  outcome: string | null;
  closedAt: string | null;
  voidReason: string | null;
  summons: Summon[];
  events: {
    id: string;
    at: string;
    action: string;
    actorName: string | null;
    unitName: string | null;
    note: string | null;
  }[];
  can: { reportIn: boolean; recordAction: boolean; rate: boolean; close: boolean; void: boolean };
}

export interface UnitReportInStats {
  unit: { id: string; name: string; kind: UnitKind };
  pending: number;
  summoned: number;
  reportedIn: number;
  onTime: number;
  late: number;
  missing: number;
  reportInRate: number | null;
  onTimeRate: number | null;
  ratings: number;
  avgPunctuality: number | null;
  avgCooperation: number | null;
  avgEffect: number | null;
}

export interface OpenWhistleInput {
  title: string;
  description?: string;
  kind: WhistleKind;
  caseId?: string;
  streetCode?: string;
  address?: string;
  lon?: number;
  lat?: number;
  unitIds: string[];
  reportInMinutes?: number;
}

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
    queryFn: () => api.get<Page<WhistleSummary>>('/api/whistles', { ...p }),
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
    queryFn: () =>
      api.get<{ from: string; to: string; units: UnitReportInStats[] }>('/api/whistles/stats', p),
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
