/** City rankings (issue 14): every street of the city and the districts, monthly; the cases behind a figure. */
import { useQuery } from '@tanstack/react-query';
import type { Measure } from '@onegrid/domain';
import { api, withQuery } from './client.ts';
import type { Schema } from './contract.ts';
import type { Outcome } from './assessment.ts';

export type CityRanking = Schema<'CityRanking'>;
export type CityRankingRow = Schema<'CityRankingRow'>;
export type TerritoryDrill = Schema<'TerritoryDrill'>;
export type DashboardAreas = Schema<'DashboardAreas'>;

export type CityLevel = 'street' | 'district';

export function useCityRanking(level: CityLevel, month: string) {
  return useQuery({
    queryKey: ['assessment', 'city', level, month],
    queryFn: () =>
      api.get<CityRanking>(
        level === 'street' ? '/api/assessment/city/streets' : '/api/assessment/city/districts',
        {
          month,
        },
      ),
    placeholderData: (prev) => prev,
  });
}

export function useTerritoryDrill(
  target: { code: string; measure: Measure } | null,
  month: string,
  outcome: Outcome,
) {
  return useQuery({
    queryKey: ['assessment', 'territory', target?.code, target?.measure, month, outcome],
    queryFn: () =>
      api.get<TerritoryDrill>(`/api/assessment/regions/${target!.code}/cases`, {
        month,
        measure: target!.measure,
        outcome,
      }),
    enabled: target !== null,
  });
}

/** The next level of the dashboard's region: a city's districts, a district's streets. */
export function useDashboardAreas(
  regionCode: string | undefined,
  enabled: boolean,
  refetchInterval?: number,
) {
  return useQuery({
    queryKey: ['dashboard', 'areas', regionCode ?? ''],
    queryFn: () => api.get<DashboardAreas>('/api/dashboard/areas', regionCode ? { regionCode } : {}),
    enabled,
    refetchInterval,
    placeholderData: (prev) => prev,
  });
}

export const cityStreetsXlsxUrl = (month: string, districtCode?: string) =>
  withQuery('/api/assessment/city/streets.xlsx', { month, districtCode });
