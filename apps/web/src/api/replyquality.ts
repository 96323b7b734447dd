/** Reply quality (答复质量): per-unit figures, held replies, a case's scores, the district's pass mark. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReplyQualitySettings } from '@onegrid/domain';
import { api } from './client.ts';
import type { Schema } from './contract.ts';

export type ReplyScore = Schema<'ReplyScore'>;
export type ReplyReason = ReplyScore['flags'][number];
export interface UnitStat {
  unit: { id: string; name: string };
  period: string | null;
  replies: number;
  mean: number;
  flagged: number;
  flaggedShare: number;
  returned: number;
  held: number;
}
export type HeldReply = ReplyScore & { caseTitle: string | null; reply: string };

export function useUnitReplyStats(period: 'all' | 'month') {
  return useQuery({
    queryKey: ['replyquality', 'units', period],
    queryFn: () => api.get<{ items: UnitStat[] }>('/api/reply-quality/units', { period }),
  });
}

export function useHeldReplies() {
  return useQuery({
    queryKey: ['replyquality', 'held'],
    queryFn: () => api.get<{ items: HeldReply[] }>('/api/reply-quality/held'),
  });
}

export function useCaseReplyScores(caseId: string) {
  return useQuery({
    queryKey: ['replyquality', 'case', caseId],
    queryFn: () => api.get<{ items: ReplyScore[] }>(`/api/reply-quality/cases/${caseId}`),
  });
}

export function useApproveReply() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<{ id: string }>(`/api/reply-quality/scores/${id}/approve`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['replyquality'] }),
  });
}

export function useReplySettings() {
  return useQuery({
    queryKey: ['replyquality', 'settings'],
    queryFn: () => api.get<ReplyQualitySettings>('/api/reply-quality/settings'),
  });
}

export function useSaveReplySettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (s: ReplyQualitySettings) => api.put<ReplyQualitySettings>('/api/reply-quality/settings', s),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['replyquality', 'settings'] }),
  });
}
