/** Shapes and queries of the people's mediation API (人民调解). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from './client.ts';
import type { RequestOf, Schema } from './contract.ts';

export type MediationFile = Schema<'MediationFileDetail'>;
export type MediationItem = Schema<'MediationFileItem'>;
export type MediationParty = Schema<'MediationParty'>;
export type MediationPrint = Schema<'MediationPrint'>;
export type MediationStats = Schema<'MediationStats'>;
export type NewMediationInput = RequestOf<'/api/mediation/files', 'post'>;

export const mediationKeys = {
  all: ['mediation'] as const,
  list: (p: object) => ['mediation', 'list', p] as const,
  detail: (id: string) => ['mediation', 'detail', id] as const,
  print: (id: string, doc: string) => ['mediation', 'print', id, doc] as const,
  stats: (p: object) => ['mediation', 'stats', p] as const,
};

export interface MediationListParams {
  status?: string;
  disputeType?: string;
  courtDue?: 'true';
  page?: number;
  pageSize?: number;
}

export function useMediationFiles(p: MediationListParams) {
  return useQuery({
    queryKey: mediationKeys.list(p),
    queryFn: () => api.get<Schema<'MediationFilePage'>>('/api/mediation/files', { ...p }),
    placeholderData: (prev) => prev,
  });
}

export function useMediationFile(id: string | undefined) {
  return useQuery({
    queryKey: mediationKeys.detail(id ?? ''),
    queryFn: () => api.get<MediationFile>(`/api/mediation/files/${id}`),
    enabled: !!id,
  });
}

export function useMediationPrint(id: string | undefined, doc: 'agreement' | 'notice') {
  return useQuery({
    queryKey: mediationKeys.print(id ?? '', doc),
    queryFn: () => api.get<MediationPrint>(`/api/mediation/files/${id}/print`, { doc }),
    enabled: !!id,
    retry: false,
  });
}

export function useMediationStats(p: { regionCode?: string; from?: string; to?: string }) {
  return useQuery({
    queryKey: mediationKeys.stats(p),
    queryFn: () => api.get<MediationStats>('/api/mediation/stats', p),
  });
}

export function useCreateMediation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { body: NewMediationInput; key: string }) =>
      request<MediationFile>('POST', '/api/mediation/files', {
        body: input.body,
        headers: { 'Idempotency-Key': input.key },
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: mediationKeys.all }),
  });
}

export type MediationStep =
  | 'screen'
  | 'notice'
  | 'mediator'
  | 'recuse'
  | 'sessions'
  | 'agreement'
  | 'terminate'
  | 'follow-up'
  | 'court-application';

/** One step on a file; the answer is the file as the caller now sees it. */
export function useMediationStep(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { step: MediationStep; body: object }) =>
      api.post<MediationFile>(`/api/mediation/files/${id}/${input.step}`, input.body),
    onSuccess: (file) => {
      qc.setQueryData(mediationKeys.detail(id), file);
      void qc.invalidateQueries({ queryKey: ['mediation', 'list'] });
    },
  });
}

export function useRevealParty(id: string) {
  return useMutation({
    mutationFn: (input: { partyId: string; field: 'phone' | 'idNumber'; reason: string }) =>
      api.post<Schema<'MediationReveal'>>(`/api/mediation/files/${id}/parties/${input.partyId}/reveal`, {
        field: input.field,
        reason: input.reason,
      }),
  });
}
