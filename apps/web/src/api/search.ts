/** 案件查询 (POST /api/cases/search): the body may hold a caller's phone, so it is never put in a URL. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import type { RequestOf, Schema } from './contract.ts';

export type CaseSearchResult = Schema<'CaseSearchResult'>;
export type CaseSearchHit = CaseSearchResult['items'][number];
export type CaseSearchBody = RequestOf<'/api/cases/search', 'post'>;

export function useCaseSearch(body: CaseSearchBody | null) {
  return useQuery({
    queryKey: ['cases', 'search', body],
    queryFn: () => api.post<CaseSearchResult>('/api/cases/search', body),
    enabled: body !== null,
    placeholderData: (prev) => prev,
    staleTime: 10_000,
  });
}
