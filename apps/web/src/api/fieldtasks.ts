/** Tasks to grid workers and the 楼盘表 (issue 11). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { RequestOf, Schema } from './contract.ts';

export type FieldTask = Schema<'FieldTask'>;
export type FieldTaskPage = Schema<'FieldTaskPage'>;
export type FloorPlan = Schema<'FloorPlan'>;
export type NewFieldTask = RequestOf<'/api/field/tasks', 'post'>;

export interface TaskFilter {
  status?: string;
  overdue?: 'true';
  workerId?: string;
  gridCode?: string;
  page?: number;
}

export function useFieldTasks(f: TaskFilter) {
  return useQuery({
    queryKey: ['fieldtasks', 'list', f],
    queryFn: () => api.get<FieldTaskPage>('/api/field/tasks', { ...f, pageSize: 50 }),
    placeholderData: (prev) => prev,
  });
}

export function useTaskWorkers(enabled: boolean) {
  return useQuery({
    queryKey: ['fieldtasks', 'workers'],
    queryFn: () => api.get<Schema<'FieldTaskWorkers'>>('/api/field/tasks/workers'),
    enabled,
  });
}

/** A task step (accept, cancel, done): the list refreshes after it. */
export function useTaskStep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, step, body }: { id: string; step: 'accept' | 'cancel' | 'done'; body?: object }) =>
      api.post<FieldTask | Schema<'FieldTaskReceipt'>>(`/api/field/tasks/${id}/${step}`, body ?? {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['fieldtasks'] }),
  });
}

export function useIssueTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: NewFieldTask; key: string }) =>
      api.create<FieldTask>('/api/field/tasks', body, key),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['fieldtasks'] }),
  });
}

export function useBuildings(q: string) {
  return useQuery({
    queryKey: ['fieldtasks', 'buildings', q],
    queryFn: () => api.get<Schema<'FieldBuildingList'>>('/api/field/buildings', q ? { q } : {}),
    placeholderData: (prev) => prev,
  });
}

export function useFloorPlan(id: string) {
  return useQuery({
    queryKey: ['fieldtasks', 'plan', id],
    queryFn: () => api.get<FloorPlan>(`/api/field/buildings/${id}/plan`),
  });
}
