/** Shapes and queries of the assessment API (三率考核): rankings per peer group, drill-downs, weights, reports. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssessmentSettings, Measure, PeerGroup, RateCounts, Rates } from '@onegrid/domain';
import { api, withQuery } from './client.ts';

export type { AssessmentSettings, Measure, PeerGroup };
export type Outcome = 'hit' | 'miss';

export interface Period {
  from: string;
  to: string;
}

export interface RankingRow {
  unitId: string;
  name: string;
  group: PeerGroup;
  counts: RateCounts;
  rates: Rates;
  rank: number | null;
  whistle: { summoned: number; onTime: number; ratingAverage: number | null } | null;
  previous: { composite: number | null; rank: number | null };
  change: number | null;
}

export interface Ranking {
  group: PeerGroup;
  period: Period;
  previousPeriod: Period;
  settings: AssessmentSettings;
  rows: RankingRow[];
  ownUnitId: string;
  seesAll: boolean;
}

export interface DrillItem {
  caseId: string;
  title: string;
  status: string;
  categoryCode: string | null;
  day: string;
  acceptDueAt: string | null;
  acceptedAt: string | null;
  resolved: boolean | null;
  rating: 'satisfied' | 'basically_satisfied' | 'unsatisfied' | null;
  outcome: Outcome;
}

export interface Drill {
  unit: { id: string; name: string };
  period: Period;
  measure: Measure;
  outcome: Outcome;
  items: DrillItem[];
}

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
