/** Shapes and queries of the case API (docs/api-cases.md). */
import { useQuery } from '@tanstack/react-query';
import type { CaseAction, CaseStatus, Channel, RequestType } from '@onegrid/domain';
import { api } from './client.ts';
import type { RequestOf, ResponseOf, Schema } from './contract.ts';
import type { Page } from './types.ts';

export type { CaseAction, CaseStatus, Channel, RequestType };

export type UnitRef = Schema<'UnitRef'>;
export type CaseCategory = Schema<'CategoryRef'>;
export type DueState = Schema<'DueState'>;
export type Rating = Schema<'CallbackRating'>;
export type AssignmentRole = Schema<'AssignmentRole'>;
export type AssignmentStatus = Schema<'AssignmentStatus'>;
export type RouteSource = 'duty' | 'local_fallback' | 'district_fallback' | 'grid' | 'manual';
export type CaseSummary = Schema<'CaseSummary'>;
export type Suggestion = Schema<'RouteSuggestion'>;
export type Assignment = Schema<'Assignment'>;
export type TimelineEvent = Schema<'TimelineEvent'>;
export type Callback = Schema<'Callback'>;
export type CaseDetail = Schema<'CaseDetail'>;

export type CaseInput = RequestOf<'/api/cases', 'post'>;

export type ClassifySuggestion = ResponseOf<'/api/classify', 'get'>['suggestions'][number];
export type InboxSummary = Schema<'InboxSummary'>;
export type Notification = Schema<'Notification'>;
export type NotificationPage = Schema<'NotificationPage'>;
export type ApiKey = Schema<'ApiKey'>;
export type CategorySuggestions = Schema<'CategorySuggestions'>;
export type CaseCategorySuggestions = CategorySuggestions['items'][number];
export type PublicCaseCreated = Schema<'PublicCaseCreated'>;
export type PublicCaseView = Schema<'PublicCaseView'>;
export type PublicCategory = ResponseOf<'/api/public/categories', 'get'>['items'][number];

export type CaseView = 'queue' | 'inbox' | 'verify' | 'all';

export interface CaseListParams {
  view: CaseView;
  status?: string;
  categoryCode?: string;
  q?: string;
  page?: number;
  pageSize?: number;
}

export const caseKeys = {
  all: ['cases'] as const,
  list: (p: CaseListParams) => ['cases', 'list', p] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  nearby: (p: object) => ['cases', 'nearby', p] as const,
  inboxSummary: ['cases', 'inbox-summary'] as const,
  notifications: ['notifications'] as const,
  apiKeys: ['api-keys'] as const,
};

export function useCaseList(p: CaseListParams, refetchInterval?: number) {
  return useQuery({
    queryKey: caseKeys.list(p),
    queryFn: () => api.get<Page<CaseSummary>>('/api/cases', { ...p }),
    placeholderData: (prev) => prev,
    staleTime: 10_000,
    refetchInterval,
  });
}

export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: caseKeys.detail(id ?? ''),
    queryFn: () => api.get<CaseDetail>(`/api/cases/${id}`),
    enabled: !!id,
    staleTime: 5_000,
  });
}

export function useNearbyCases(p: { lon?: number; lat?: number; categoryCode?: string; radiusM?: number }) {
  return useQuery({
    queryKey: caseKeys.nearby(p),
    queryFn: () =>
      api.get<{ items: CaseSummary[] }>('/api/cases/nearby', { radiusM: 500, ...p }).then((r) => r.items),
    enabled: p.lon !== undefined && p.lat !== undefined,
    staleTime: 15_000,
  });
}

/**
 * The classifier's ranked categories with the words that drove them, for a page of cases (the dispatcher's queue):
 * one request per 50 cases, never one per case. Keyed by the ids, so a new queue page asks again.
 */
export function useCategorySuggestions(ids: readonly string[], limit = 3) {
  return useQuery({
    queryKey: ['cases', 'category-suggestions', limit, ids] as const,
    queryFn: async () => {
      const chunks: string[][] = [];
      for (let i = 0; i < ids.length; i += 50) chunks.push(ids.slice(i, i + 50));
      const answers = await Promise.all(
        chunks.map((c) =>
          api.post<CategorySuggestions>('/api/cases/category-suggestions', { ids: c, limit }),
        ),
      );
      return {
        byCase: new Map(answers.flatMap((a) => a.items).map((i) => [i.caseId, i])),
        threshold: answers[0]?.threshold ?? null,
        modelVersion: answers[0]?.modelVersion ?? null,
      };
    },
    enabled: ids.length > 0,
    staleTime: 60_000,
    placeholderData: (prev) => prev,
  });
}

export function uploadUrl(id: string): string {
  return `/api/uploads/${encodeURIComponent(id)}`;
}
