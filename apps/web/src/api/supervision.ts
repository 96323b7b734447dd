/** Shapes and queries of the supervision API (督办): late lists by level, notices and their written answers. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UnitKind, Urgency } from '@onegrid/domain';
import { api } from './client.ts';
import type { Page } from './types.ts';

export type NoticeLevel = 'yellow' | 'red';
export type NoticeState = 'open' | 'answered' | 'late';
export type LateKind = 'overdue' | 'due_soon';

interface Counted {
  overdue: number;
  dueSoon: number;
}
interface CategoryRef {
  code: string;
  nameZh: string;
  nameEn: string;
}

export interface LateOverview {
  level: string;
  /** overdue/dueSoon count assignments (as the tables); *Cases count each case once (as the dashboard). */
  totals: Counted & { overdueCases: number; dueSoonCases: number };
  byUnit: (Counted & { unit: { id: string; name: string; kind: UnitKind } })[];
  byCategory: (Counted & { category: CategoryRef | null })[];
  byStreet: (Counted & { street: { code: string; name: string } | null })[];
}

export interface LateItem {
  assignmentId: string;
  role: 'lead' | 'assist';
  assignmentStatus: string;
  assignedAt: string;
  resolveDueAt: string;
  unit: { id: string; name: string };
  case: {
    id: string;
    title: string;
    status: string;
    urgency: Urgency;
    address: string | null;
    category: CategoryRef | null;
  };
  notices: number;
}

export interface Notice {
  id: string;
  caseId: string;
  caseTitle: string;
  assignmentId: string;
  unit: { id: string; name: string };
  level: NoticeLevel;
  reason: string;
  issuedAt: string;
  issuedBy: { unitId: string; unitName: string; name: string };
  answerDueAt: string;
  answer: string | null;
  answeredAt: string | null;
  state: NoticeState;
}

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
    }) => api.post<{ id: string }>('/api/supervision/notices', b),
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useAnswerNotice() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { id: string; answer: string }) =>
      api.post<{ late: boolean }>(`/api/supervision/notices/${b.id}/answer`, { answer: b.answer }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.all }),
  });
}
