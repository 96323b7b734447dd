/** Shapes and queries of the assessment API (三率考核): rankings per peer group, drill-downs, weights, reports. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssessmentSettings, Measure, PeerGroup } from '@onegrid/domain';
import { api, withQuery } from './client.ts';
import type { Schema } from './contract.ts';

export type { AssessmentSettings, Measure, PeerGroup };
export type Outcome = Schema<'Outcome'>;

export type Period = Schema<'Period'>;
export type RankingRow = Schema<'RankingRow'>;
export type Ranking = Schema<'Ranking'>;
export type DrillItem = Schema<'DrillItem'>;
export type Drill = Schema<'Drill'>;

const keys = {
  all: ['assessment'] as const,
  ranking: (p: Period | null, group: PeerGroup | undefined) => ['assessment', 'ranking', p, group] as const,
  drill: (unitId: string, p: Period, measure: Measure, outcome: Outcome) =>
    ['assessment', 'drill', unitId, p, measure, outcome] as const,
  settings: ['assessment', 'settings'] as const,
};

export function useRanking(period: Period | null, group: PeerGroup | undefined) {
  return useQuery({
    queryKey: keys.ranking(period, group),
    queryFn: () => api.get<Ranking>('/api/assessment/ranking', { ...(period ?? {}), group }),
    refetchInterval: 60_000,
  });
}

export function useDrill(
  target: { unitId: string; measure: Measure } | null,
  period: Period | null,
  outcome: Outcome,
) {
  return useQuery({
    queryKey: keys.drill(
      target?.unitId ?? '',
      period ?? { from: '', to: '' },
      target?.measure ?? 'response',
      outcome,
    ),
    queryFn: () =>
      api.get<Drill>(`/api/assessment/units/${target!.unitId}/cases`, {
        ...(period ?? {}),
        measure: target!.measure,
        outcome,
      }),
    enabled: target !== null,
  });
}

export function useAssessmentSettings(enabled: boolean) {
  return useQuery({
    queryKey: keys.settings,
    queryFn: () => api.get<AssessmentSettings>('/api/assessment/settings'),
    enabled,
  });
}

export function useSaveAssessmentSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (s: AssessmentSettings) => api.put<AssessmentSettings>('/api/assessment/settings', s),
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.all }),
  });
}

/** Download links (GET with the session cookie). */
export const reportUrl = (format: 'xlsx' | 'pdf', month: string) =>
  withQuery(`/api/assessment/report.${format}`, { month });
