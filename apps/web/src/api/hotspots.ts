/** Shapes and queries of the hot-issue API (热点, 每月一题, 主动治理; issue 12). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';

export interface Named {
  code: string;
  nameZh: string;
  nameEn: string;
}
export interface PlaceRef {
  kind: 'community' | 'road' | 'compound' | 'street' | 'place' | 'population';
  key: string;
  label: string;
}
export interface HotCluster {
  id: string;
  computedAt: string;
  group: Named;
  place: PlaceRef | null;
  description: string;
  reporters: number;
  cases: number;
  likes: number;
  dislikes: number;
  heat: number;
  hot: boolean;
  firstAt: string;
  lastAt: string;
  perDay: { day: string; count: number }[];
}
export interface HotClusterDetail extends HotCluster {
  caseList: {
    id: string;
    title: string;
    status: string;
    createdAt: string;
    address: string | null;
    likes: number;
  }[];
  hiddenCases: number;
  /** 舆情 posts attached to it; each counts as one like in its heat */
  opinion: {
    id: string;
    source: string;
    title: string;
    url: string | null;
    publishedAt: string;
    heat: number;
    sentiment: 'negative' | 'neutral' | 'positive';
    by: 'auto' | 'operator';
  }[];
}
export interface MonthlyTopic {
  key: string;
  group: Named;
  place: PlaceRef;
  cases: number;
  reporters: number;
  previous: number[];
  trend: number;
  recurring: boolean;
  taskId: string | null;
}
export interface Monthly {
  month: string;
  previousMonths: string[];
  topics: MonthlyTopic[];
  canPick: boolean;
}
export interface ProactiveTask {
  id: string;
  title: string;
  group: Named;
  place: PlaceRef;
  month: string | null;
  clusterDescription: string | null;
  owner: { id: string; name: string };
  coUnits: { id: string; name: string }[];
  deadline: string;
  plan: string;
  status: 'open' | 'closed';
  createdAt: string;
  closedAt: string | null;
  closeNote: string | null;
}
export interface ProactiveTaskDetail extends ProactiveTask {
  notes: { id: string; author: string; body: string; createdAt: string }[];
  effect: {
    before: number[];
    after: (number | null)[];
    beforeMean: number;
    afterMean: number | null;
    change: number | null;
  };
  canManage: boolean;
  canNote: boolean;
}
export interface NewTask {
  title: string;
  group: string;
  place: PlaceRef;
  month?: string;
  clusterId?: string;
  ownerUnitId: string;
  coUnitIds: string[];
  deadline: string;
  plan: string;
}

const keys = {
  list: (all: boolean) => ['hotspots', 'list', all] as const,
  detail: (id: string) => ['hotspots', 'detail', id] as const,
  monthly: (month: string) => ['hotspots', 'monthly', month] as const,
  tasks: ['proactive', 'list'] as const,
  task: (id: string) => ['proactive', 'detail', id] as const,
};

export function useHotspots(all: boolean) {
  return useQuery({
    queryKey: keys.list(all),
    queryFn: () =>
      api.get<{ computedAt: string | null; items: HotCluster[] }>('/api/hotspots', {
        all: all ? 'true' : undefined,
        limit: 100,
      }),
  });
}

export function useHotspot(id: string | null) {
  return useQuery({
    queryKey: keys.detail(id ?? ''),
    queryFn: () => api.get<HotClusterDetail>(`/api/hotspots/${id}`),
    enabled: !!id,
  });
}

export function useRefreshHotspots() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ cases: number; clusters: number; hot: number }>('/api/hotspots/refresh'),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['hotspots'] }),
  });
}

export function useMonthly(month: string) {
  return useQuery({
    queryKey: keys.monthly(month),
    queryFn: () => api.get<Monthly>('/api/hotspots/monthly', { month }),
    placeholderData: (prev) => prev,
  });
}

export function useTasks() {
  return useQuery({
    queryKey: keys.tasks,
    queryFn: () => api.get<{ items: ProactiveTask[]; canCreate: boolean }>('/api/proactive-tasks'),
  });
}

export function useTask(id: string | undefined) {
  return useQuery({
    queryKey: keys.task(id ?? ''),
    queryFn: () => api.get<ProactiveTaskDetail>(`/api/proactive-tasks/${id}`),
    enabled: !!id,
  });
}

export function useCreateTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTask) => api.post<ProactiveTaskDetail>('/api/proactive-tasks', body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['proactive'] });
      void qc.invalidateQueries({ queryKey: ['hotspots', 'monthly'] });
    },
  });
}

export function useTaskAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { kind: 'notes'; body: string } | { kind: 'close'; note: string }) =>
      api.post<ProactiveTaskDetail>(
        `/api/proactive-tasks/${id}/${a.kind}`,
        a.kind === 'notes' ? { body: a.body } : { note: a.note },
      ),
    onSuccess: (d) => {
      qc.setQueryData(keys.task(id), d);
      void qc.invalidateQueries({ queryKey: keys.tasks });
    },
  });
}

// A published case for residents (公开诉求) and its 我也遇到 (+1)

/** What the Open311 feed publishes of one case (GET /open311/v2/requests/{id}.json?extensions=true): never more. */
export interface PublishedRequest {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string;
  service_name: string | null;
  description: string;
  agency_responsible: string | null;
  requested_datetime: string | null;
  updated_datetime: string | null;
  address: string | null;
  extended_attributes?: {
    status_detail: string;
    street: string | null;
    community: string | null;
    closed_datetime: string | null;
  };
}

export function usePublishedCase(publicId: string) {
  return useQuery({
    queryKey: ['published-case', publicId],
    queryFn: () =>
      api
        .get<PublishedRequest[]>(`/open311/v2/requests/${publicId}.json`, { extensions: 'true' })
        .then((r) => r[0] ?? null),
    enabled: /^[0-9a-f]{32}$/.test(publicId),
    retry: false,
  });
}

export function useMetooCount(publicId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['metoo', publicId],
    queryFn: () => api.get<{ count: number }>(`/api/public/cases/${publicId}/metoo`),
    enabled,
    retry: false,
  });
}

export function useMetoo(publicId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (phone: string) =>
      api.post<{ count: number; counted: boolean }>(`/api/public/cases/${publicId}/metoo`, { phone }),
    onSuccess: (r) => qc.setQueryData(['metoo', publicId], { count: r.count }),
  });
}
