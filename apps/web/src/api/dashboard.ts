/** The dashboard API (指挥大屏 and analytics): GET /api/dashboard/summary and /api/dashboard/map. */
import { useQuery } from '@tanstack/react-query';
import type { CaseStatus, Channel, Urgency } from '@onegrid/domain';
import { api } from './client.ts';
import type { CodeName } from './types.ts';

export interface DashboardFilters {
  from?: string | undefined;
  to?: string | undefined;
  regionCode?: string | undefined;
  categoryCode?: string | undefined;
  channel?: Channel | undefined;
  unitId?: string | undefined;
}

export interface CategoryRef {
  code: string;
  nameZh: string;
  nameEn: string;
}

export interface DashboardSummary {
  today: string;
  period: { from: string; to: string };
  region: CodeName & { level: string };
  unitFilterIgnoredFor: string[];
  aggregatesAsOf: string | null;
  todayTotal: number;
  todayByChannel: Partial<Record<Channel, number>>;
  intake: {
    total: number;
    byChannel: Partial<Record<Channel, number>>;
    byCategory: { category: CategoryRef | null; cases: number }[];
    trend: { day: string; cases: number }[];
    topStreets: { street: CodeName; cases: number }[];
  };
  /** overdue: cases with a late assignment; overdueAssignments: those assignments (as 督办 counts). */
  status: { open: number; inProgress: number; overdue: number; overdueAssignments: number };
  topStreetsByOverdue: { street: CodeName; overdue: number }[];
  openWhistles: number;
  latest: {
    id: string;
    createdAt: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    urgency: Urgency;
    category: CategoryRef | null;
    street: CodeName | null;
  }[];
}

export interface DashboardMap {
  region: CodeName & { level: string };
  total: number;
  withoutGrid: number;
  byGrid: { code: string; open: number; inProgress: number }[];
  byStreet: (CodeName & { open: number; inProgress: number })[];
}

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
