/** 舆情: posts, alerts with their clocks, import, cases made of posts, the alert heats. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OpinionSettings } from '@onegrid/domain';
import { api } from './client.ts';
import type { Schema } from './contract.ts';

export type OpinionItem = Schema<'OpinionItem'>;
export type OpinionAlert = Schema<'OpinionAlert'>;
export interface AlertList {
  items: OpinionAlert[];
  counts: { open: number; overdue: number; responded: number; respondedLate: number };
}
export interface IngestResult {
  created: number;
  updated: number;
  alerts: number;
}

export function useOpinionItems() {
  return useQuery({
    queryKey: ['opinion', 'items'],
    queryFn: () => api.get<{ total: number; items: OpinionItem[] }>('/api/opinion/items', { limit: 100 }),
  });
}

export function useOpinionAlerts() {
  return useQuery({
    queryKey: ['opinion', 'alerts'],
    queryFn: () => api.get<AlertList>('/api/opinion/alerts'),
    refetchInterval: 60_000,
  });
}

function useOpinionMutation<A>(fn: (a: A) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['opinion'] }),
  });
}

export const useRespondAlert = () =>
  useOpinionMutation((a: { id: string; response: string }) =>
    api.post(`/api/opinion/alerts/${a.id}/respond`, { response: a.response }),
  );
export const useItemToCase = () =>
  useOpinionMutation((id: string) => api.post<{ caseId: string }>(`/api/opinion/items/${id}/case`));
export const useAttachItem = () =>
  useOpinionMutation((a: { id: string; caseId: string }) =>
    api.post(`/api/opinion/items/${a.id}/attach`, { caseId: a.caseId }),
  );
export const useAttachCluster = () =>
  useOpinionMutation((a: { id: string; clusterId: string }) =>
    api.post(`/api/opinion/items/${a.id}/cluster`, { clusterId: a.clusterId }),
  );
export function useImportOpinion() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => api.upload<IngestResult>('/api/opinion/import', file),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['opinion'] }),
  });
}

export function useOpinionSettings() {
  return useQuery({
    queryKey: ['opinion', 'settings'],
    queryFn: () => api.get<OpinionSettings>('/api/opinion/settings'),
  });
}
export const useSaveOpinionSettings = () =>
  useOpinionMutation((s: OpinionSettings) => api.put<OpinionSettings>('/api/opinion/settings', s));
