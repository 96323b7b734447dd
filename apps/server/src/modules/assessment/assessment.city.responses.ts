import { z } from 'zod';
import { Measure } from '@onegrid/domain';
import { DataLagSchema } from '../../db/read-replica.ts';
import { CodeName, IdName } from '../../lib/responses.ts';
import {
  AssessmentSettingsOut,
  DrillItem,
  Outcome,
  Period,
  RateCounts,
  Rates,
} from './assessment.responses.ts';

const CityLevel = z.enum(['street', 'district']).meta({ id: 'CityLevel' });

export const CityRankingRow = z
  .object({
    code: z.string(),
    name: z.string(),
    /** The street's district; null on district rows. */
    district: CodeName.nullable(),
    counts: RateCounts,
    rates: Rates,
    rank: z.number().nullable(),
    previous: z.object({ composite: z.number().nullable(), rank: z.number().nullable() }),
    change: z.number().nullable(),
    /** Whether the caller may open the cases behind the figures (inside their jurisdiction). */
    drillable: z.boolean(),
  })
  .meta({ id: 'CityRankingRow' });

export const CityRanking = z
  .object({
    level: CityLevel,
    city: CodeName,
    period: Period,
    previousPeriod: Period,
    settings: AssessmentSettingsOut,
    rows: z.array(CityRankingRow),
    /** The caller's jurisdiction (their district's rows are highlighted). */
    scopeCode: z.string(),
    dataLag: DataLagSchema,
  })
  .meta({ id: 'CityRanking' });

/** The published list: no counts' drill-down, no settings. */
export const PublicCityRanking = z
  .object({
    city: CodeName,
    period: Period,
    rows: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        district: CodeName.nullable(),
        rates: Rates.pick({
          responseRate: true,
          resolutionRate: true,
          satisfactionRate: true,
          composite: true,
        }),
        rank: z.number().nullable(),
        change: z.number().nullable(),
      }),
    ),
    dataLag: DataLagSchema,
  })
  .meta({ id: 'PublicCityRanking' });

export const TerritoryDrill = z
  .object({
    region: CodeName.extend({ level: CityLevel }),
    period: Period,
    measure: Measure,
    outcome: Outcome,
    items: z.array(DrillItem.extend({ unit: IdName })),
  })
  .meta({ id: 'TerritoryDrill' });
