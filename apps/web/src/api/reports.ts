/** Shapes and queries of the 一表通 API (report templates, sendings, instances, savings). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TemplateInput } from '@onegrid/domain';
import { api } from './client.ts';
import type { Schema } from './contract.ts';

export type ReportTemplate = Schema<'ReportTemplate'>;
export type ReportSending = Schema<'ReportSending'>;
export type ReportInstanceSummary = Schema<'ReportInstanceSummary'>;
export type ReportInstance = Schema<'ReportInstance'>;
export type ReportCell = Schema<'ReportCell'>;
export type ReportConsolidated = Schema<'ReportConsolidated'>;
export type ReportSavings = Schema<'ReportSavings'>;

export const reportKeys = {
  all: ['reports'] as const,
  templates: (status?: string) => ['reports', 'templates', status ?? ''] as const,
  sendings: ['reports', 'sendings'] as const,
  sending: (id: string) => ['reports', 'sending', id] as const,
  instances: ['reports', 'instances'] as const,
  instance: (id: string) => ['reports', 'instance', id] as const,
  savings: ['reports', 'savings'] as const,
};

export function useReportTemplates(status?: string) {
  return useQuery({
    queryKey: reportKeys.templates(status),
    queryFn: () => api.get<Schema<'ReportTemplateList'>>('/api/reports/templates', { status }),
  });
}

export function useReportSendings(enabled: boolean) {
  return useQuery({
    queryKey: reportKeys.sendings,
    queryFn: () => api.get<Schema<'ReportSendingList'>>('/api/reports/sendings'),
    enabled,
  });
}

export function useReportInstances(enabled: boolean) {
  return useQuery({
    queryKey: reportKeys.instances,
    queryFn: () => api.get<Schema<'ReportInstanceList'>>('/api/reports/instances'),
    enabled,
  });
}

export function useReportInstance(id: string) {
  return useQuery({
    queryKey: reportKeys.instance(id),
    queryFn: () => api.get<ReportInstance>(`/api/reports/instances/${id}`),
  });
}

export function useConsolidated(id: string) {
  return useQuery({
    queryKey: reportKeys.sending(id),
    queryFn: () => api.get<ReportConsolidated>(`/api/reports/sendings/${id}`),
  });
}

export function useReportSavings() {
  return useQuery({
    queryKey: reportKeys.savings,
    queryFn: () => api.get<ReportSavings>('/api/reports/savings'),
  });
}

/** Every 一表通 change refreshes every 一表通 list (they are small). */
function useReportMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

export const useSaveTemplate = () =>
  useReportMutation((v: { id?: string; body: TemplateInput }) =>
    v.id
      ? api.put<ReportTemplate>(`/api/reports/templates/${v.id}`, v.body)
      : api.post<ReportTemplate>('/api/reports/templates', v.body),
  );
export const useReviewTemplate = () =>
  useReportMutation((v: { id: string; decision: 'approve' | 'reject'; note?: string }) =>
    api.post<ReportTemplate>(`/api/reports/templates/${v.id}/${v.decision}`, v.note ? { note: v.note } : {}),
  );
export const useSendTemplate = () =>
  useReportMutation((v: { id: string; period: string }) =>
    api.post<ReportSending>(`/api/reports/templates/${v.id}/send`, { period: v.period }),
  );
export const useSaveCells = () =>
  useReportMutation(
    (v: { id: string; cells: { key: string; value: number | string | boolean | null; reason?: string }[] }) =>
      api.put<ReportInstance>(`/api/reports/instances/${v.id}/cells`, { cells: v.cells }),
  );
export const useInstanceAction = () =>
  useReportMutation((v: { id: string; action: 'submit' | 'accept' | 'return'; reason?: string }) =>
    api.post<ReportInstance>(
      `/api/reports/instances/${v.id}/${v.action}`,
      v.action === 'return' ? { reason: v.reason } : undefined,
    ),
  );
