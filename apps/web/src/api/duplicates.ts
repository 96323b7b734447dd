/** Duplicates by meaning (issue 12): candidates at intake, the resident form's hint, decisions and the report. */
import { useQuery } from '@tanstack/react-query';
import { useDebounced } from '../lib/useNow.ts';
import { api } from './client.ts';
import type { RequestOf, ResponseOf } from './contract.ts';

export type DuplicateQuery = RequestOf<'/api/cases/duplicates', 'post'>;
export type DuplicateCandidate = ResponseOf<'/api/cases/duplicates', 'post'>['items'][number];
export type PublicDuplicate = ResponseOf<'/api/public/duplicates', 'post'>['items'][number];
export type DuplicateReport = ResponseOf<'/api/duplicates/report', 'get'>;

/** The probe once it has stopped changing (typing is not a request per key); compared by value. */
function useSettled<T>(q: T, ms: number): T {
  const json = useDebounced(JSON.stringify(q ?? null), ms);
  return JSON.parse(json) as T;
}

/** Candidates for the call being typed: asked once the description says something (≥ 6 characters). */
export function useDuplicateCandidates(q: DuplicateQuery | null) {
  const probe = useSettled(q, 500);
  return useQuery({
    queryKey: ['duplicates', probe],
    queryFn: () =>
      api.post<{ items: DuplicateCandidate[] }>('/api/cases/duplicates', probe).then((r) => r.items),
    enabled: !!probe && probe.text.trim().length >= 6,
    staleTime: 10_000,
    placeholderData: (prev) => prev,
  });
}

export function rejectDuplicate(b: RequestOf<'/api/duplicates/decisions', 'post'>) {
  return api.post('/api/duplicates/decisions', b);
}

/** "已有人反映": published cases like the one a resident is writing. */
export function usePublicDuplicates(q: { text: string; lon?: number; lat?: number; categoryCode?: string }) {
  const probe = useSettled(q, 700);
  return useQuery({
    queryKey: ['public-duplicates', probe],
    queryFn: () =>
      api.post<{ items: PublicDuplicate[] }>('/api/public/duplicates', probe).then((r) => r.items),
    enabled: probe.text.trim().length >= 8,
    staleTime: 30_000,
  });
}

export function useDuplicateReport(weeks = 12) {
  return useQuery({
    queryKey: ['duplicates', 'report', weeks],
    queryFn: () => api.get<DuplicateReport>('/api/duplicates/report', { weeks }),
  });
}
