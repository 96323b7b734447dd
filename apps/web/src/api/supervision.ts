/** Shapes and queries of the supervision API (督办): late lists by level, notices and their written answers. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ResponseOf, Schema } from './contract.ts';
import type { Page } from './types.ts';

export type NoticeLevel = 'yellow' | 'red';
export type NoticeState = 'open' | 'answered' | 'late';
export type LateKind = 'overdue' | 'due_soon';

export type LateOverview = Schema<'LateOverview'>;
export type LateItem = Schema<'LateItem'>;
export type Notice = Schema<'Notice'>;

export interface LateFilter {
  unitId?: string | undefined;
  categoryCode?: string | undefined;
}

const keys = {
  all: ['supervision'] as const,
  overview: (f: LateFilter) => ['supervision', 'overview', f] as const,
  late: (f: LateFilter & { kind: LateKind; page: number }) => ['supervision', 'late', f] as const,
  notices: (box: string, status: string | undefined, page: number) =>
    ['supervision', 'notices', box, status, page] as const,
};

const clean = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Record<
    string,
    string | number
  >;

export function useLateOverview(f: LateFilter, enabled = true) {
  return useQuery({
    queryKey: keys.overview(f),
    queryFn: () => api.get<LateOverview>('/api/supervision/overview', clean({ ...f })),
    enabled,
    refetchInterval: 60_000,
  });
}

export function useLateList(f: LateFilter & { kind: LateKind; page: number }, enabled = true) {
  return useQuery({
    queryKey: keys.late(f),
    queryFn: () => api.get<Page<LateItem>>('/api/supervision/late', clean({ ...f, pageSize: 20 })),
    enabled,
  });
}

export function useNotices(box: 'received' | 'issued', status: NoticeState | undefined, page: number) {
  return useQuery({
    queryKey: keys.notices(box, status, page),
    queryFn: () =>
      api.get<Page<Notice>>('/api/supervision/notices', clean({ box, status, page, pageSize: 20 })),
  });
}

export function useIssueNotice() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: {
      assignmentId: string;
      level: NoticeLevel;
      reason: string;
      answerWithinHours?: number;
    }) => api.post<ResponseOf<'/api/supervision/notices', 'post'>>('/api/supervision/notices', b),
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useAnswerNotice() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { id: string; answer: string }) =>
      api.post<ResponseOf<'/api/supervision/notices/{id}/answer', 'post'>>(
        `/api/supervision/notices/${b.id}/answer`,
        { answer: b.answer },
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.all }),
  });
}
