/** Shapes and queries of the case API (docs/api-cases.md). */
import { useQuery } from '@tanstack/react-query';
import type { CaseAction, CaseStatus, Channel, RequestType, UnitKind, Urgency } from '@onegrid/domain';
import { api } from './client.ts';
import type { CodeName, Page } from './types.ts';

export type { CaseAction, CaseStatus, Channel, RequestType };

export interface UnitRef {
  id: string;
  name: string;
  kind: UnitKind;
}

export interface CaseCategory {
  code: string;
  nameZh: string;
  nameEn: string;
}

export type DueState = 'ok' | 'due_soon' | 'overdue';
export type Rating = 'satisfied' | 'basically_satisfied' | 'unsatisfied';
export type AssignmentRole = 'lead' | 'assist';
export type AssignmentStatus = 'pending' | 'accepted' | 'returned' | 'reported' | 'done' | 'cancelled';
export type RouteSource = 'duty' | 'local_fallback' | 'district_fallback' | 'grid' | 'manual';

export interface CaseSummary {
  id: string;
  status: CaseStatus;
  requestType: RequestType;
  channel: Channel;
  category: CaseCategory | null;
  urgency: Urgency;
  title: string | null;
  address: string | null;
  lon: number | null;
  lat: number | null;
  grid: CodeName | null;
  community: CodeName | null;
  street: CodeName | null;
  leadUnit: UnitRef | null;
  createdAt: string;
  resolveDueAt: string | null;
  dueState: DueState | null;
  parentId: string | null;
}

export interface Suggestion {
  unit: UnitRef;
  role: AssignmentRole;
  reason: string;
  score: number;
}

export interface Assignment {
  id: string;
  unit: UnitRef;
  role: AssignmentRole;
  status: AssignmentStatus;
  acceptDueAt: string | null;
  respondDueAt: string | null;
  resolveDueAt: string | null;
  warnedAt: string | null;
  overdueAt: string | null;
  extensionUntil: string | null;
  extensionReason: string | null;
  returnReason: string | null;
  result: string | null;
}

export interface TimelineEvent {
  id: string;
  at: string;
  action: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  actorName: string | null;
  unitName: string | null;
  note: string | null;
  /** A note the system wrote, as a message key (i18n `note.<key>`) and its parameters. */
  noteKey?: string;
  noteParams?: Record<string, string | number>;
  /** The note is a reply the resident reads on the tracking page. */
  toResident?: boolean;
  photoIds: string[];
}

export interface Callback {
  at: string;
  resolved: boolean;
  rating: Rating;
  comment: string | null;
}

export interface CaseDetail extends CaseSummary {
  description: string;
  reporter: { name: string | null; phone: string | null; anonymous: boolean };
  answer: string | null;
  routeSource: RouteSource | null;
  suggestions: Suggestion[];
  assignments: Assignment[];
  timeline: TimelineEvent[];
  photoIds: string[];
  children: string[];
  returnCount: number;
  reopenCount: number;
  callback: Callback | null;
  availableActions: CaseAction[];
}

export interface CaseInput {
  requestType: RequestType;
  channel?: Channel;
  categoryCode?: string;
  urgency?: Urgency;
  title?: string;
  description: string;
  address?: string;
  lon?: number;
  lat?: number;
  coordSystem?: 'wgs84' | 'gcj02';
  reporterName?: string;
  reporterPhone?: string;
  anonymous?: boolean;
  photoIds?: string[];
  closeDirect?: { answer: string };
}

export interface ClassifySuggestion {
  code: string;
  nameZh: string;
  nameEn: string;
  confidence: number;
}

export interface InboxSummary {
  toAccept: number;
  inProgress: number;
  dueSoon: number;
  overdue: number;
}

export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  caseId: string | null;
  /** present when the notification is about a whistle */
  whistleId?: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage extends Page<Notification> {
  unread: number;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix?: string | null;
  unit?: { id: string; name: string } | null;
  createdAt?: string | null;
  createdBy?: string | null;
  revokedAt?: string | null;
}

export interface PublicCaseCreated {
  id: string;
  token: string;
  trackingUrl: string;
}

export interface PublicCaseView {
  id: string;
  status: CaseStatus;
  category: CaseCategory | null;
  createdAt: string;
  closedAt: string | null;
  answer: string | null;
  result: string | null;
  mergedInto: string | null;
  timeline: { at: string; action: string; note: string | null }[];
  photoIds: string[];
  canRate: boolean;
  callback: Callback | null;
}

export interface PublicCategory {
  code: string;
  nameZh: string;
  nameEn: string;
  parentCode?: string | null;
  gridSolvable?: boolean;
  /** Cases of this category are published de-identified. */
  published?: boolean;
}

export type CaseView = 'queue' | 'inbox' | 'all';

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

export function uploadUrl(id: string): string {
  return `/api/uploads/${encodeURIComponent(id)}`;
}

export function publicUploadUrl(id: string, caseId: string, token: string): string {
  const q = new URLSearchParams({ case: caseId, t: token });
  return `/api/public/uploads/${encodeURIComponent(id)}?${q.toString()}`;
}
