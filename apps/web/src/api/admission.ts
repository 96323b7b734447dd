/** Shapes and queries of the community task admission API (社区准入). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { RequestOf, Schema } from './contract.ts';

export type AdmissionItem = Schema<'AdmissionItem'>;
export type AdmissionItemDetail = Schema<'AdmissionItemDetail'>;
export type AdmissionApplication = Schema<'AdmissionApplication'>;
export type AdmissionApplicationDetail = Schema<'AdmissionApplicationDetail'>;
export type AdmissionRound = Schema<'AdmissionRound'>;
export type AdmissionRoundDetail = Schema<'AdmissionRoundDetail'>;
export type AdmissionWorkload = Schema<'AdmissionWorkload'>;
export type AdmissionDistrictWorkload = Schema<'AdmissionDistrictWorkload'>;
export type AdmissionOffgateList = Schema<'AdmissionOffgateList'>;
export type CommunityTask = Schema<'CommunityTask'>;
export type ApplicationInput = RequestOf<'/api/admission/applications', 'post'>;
export type TaskInput = RequestOf<'/api/admission/tasks', 'post'>;
export type OffgateInput = RequestOf<'/api/admission/offgate', 'post'>;

const all = ['admission'] as const;

export const useAdmissionItems = () =>
  useQuery({
    queryKey: [...all, 'items'],
    queryFn: () => api.get<Schema<'AdmissionItemList'>>('/api/admission/items', { all: 'true' }),
  });
export const useAdmissionItem = (id: string | undefined) =>
  useQuery({
    queryKey: [...all, 'item', id],
    queryFn: () => api.get<AdmissionItemDetail>(`/api/admission/items/${id}`),
    enabled: !!id,
  });
export const useApplications = () =>
  useQuery({
    queryKey: [...all, 'applications'],
    queryFn: () => api.get<Schema<'AdmissionApplicationList'>>('/api/admission/applications'),
  });
export const useApplication = (id: string | undefined) =>
  useQuery({
    queryKey: [...all, 'application', id],
    queryFn: () => api.get<AdmissionApplicationDetail>(`/api/admission/applications/${id}`),
    enabled: !!id,
  });
export const useRounds = () =>
  useQuery({
    queryKey: [...all, 'rounds'],
    queryFn: () => api.get<Schema<'AdmissionRoundList'>>('/api/admission/rounds'),
  });
export const useRound = (id: string | undefined) =>
  useQuery({
    queryKey: [...all, 'round', id],
    queryFn: () => api.get<AdmissionRoundDetail>(`/api/admission/rounds/${id}`),
    enabled: !!id,
  });
export const useWorkload = (communityCode: string | undefined, enabled = true) =>
  useQuery({
    queryKey: [...all, 'workload', communityCode],
    queryFn: () =>
      api.get<AdmissionWorkload>('/api/admission/workload', communityCode ? { communityCode } : {}),
    enabled,
    retry: false,
  });
export const useDistrictWorkload = (enabled: boolean) =>
  useQuery({
    queryKey: [...all, 'workload-communities'],
    queryFn: () => api.get<AdmissionDistrictWorkload>('/api/admission/workload/communities'),
    enabled,
    retry: false,
  });
export const useOffgate = () =>
  useQuery({
    queryKey: [...all, 'offgate'],
    queryFn: () => api.get<AdmissionOffgateList>('/api/admission/offgate'),
    retry: false,
  });
export const useCommunityTasks = () =>
  useQuery({
    queryKey: [...all, 'tasks'],
    queryFn: () => api.get<Schema<'CommunityTaskList'>>('/api/admission/tasks'),
  });

/** Any write of the admission pages: on success everything admission is read again. */
export function useAdmissionWrite<V, R = unknown>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: all }),
  });
}

export const admissionApi = {
  apply: (v: ApplicationInput) => api.post<AdmissionApplicationDetail>('/api/admission/applications', v),
  step: (v: { id: string; step: 'submit' | 'enter' }) =>
    api.post<AdmissionApplicationDetail>(`/api/admission/applications/${v.id}/${v.step}`),
  review: (v: { id: string; decision: 'pass' | 'return'; note: string }) =>
    api.post<AdmissionApplicationDetail>(`/api/admission/applications/${v.id}/review`, {
      decision: v.decision,
      note: v.note,
    }),
  createRound: (v: { title: string; meetingOn: string; body: string; applicationIds: string[] }) =>
    api.post<AdmissionRoundDetail>('/api/admission/rounds', v),
  decide: (v: {
    id: string;
    decisions: { applicationId: string; decision: 'approve' | 'reject'; note: string }[];
    minutes?: string;
    close: boolean;
  }) => {
    const { id, ...body } = v;
    return api.post<AdmissionRoundDetail>(`/api/admission/rounds/${id}/decisions`, body);
  },
  itemNote: (v: { id: string; kind: 'supervise' | 'exit'; note: string }) =>
    api.post<AdmissionItemDetail>(`/api/admission/items/${v.id}/${v.kind}`, { note: v.note }),
  sendTask: (v: TaskInput) => api.post<Schema<'CommunityTaskSent'>>('/api/admission/tasks', v),
  taskDone: (v: { id: string; note: string }) =>
    api.post<CommunityTask>(`/api/admission/tasks/${v.id}/done`, { note: v.note }),
  report: (v: OffgateInput) => api.post('/api/admission/offgate', v),
  handle: (v: { id: string; note: string }) =>
    api.post(`/api/admission/offgate/${v.id}/handle`, { note: v.note }),
};
