import { z } from 'zod';
import { DataLagSchema } from '../../db/read-replica.ts';
import { AssessmentSettings, CaseStatus, Measure, PeerGroup, RatingLevel } from '@onegrid/domain';
import { Day, IdName, Instant, textEnum } from '../../lib/responses.ts';

export const Period = z.object({ from: Day, to: Day }).meta({ id: 'Period' });
export const AssessmentSettingsOut = AssessmentSettings.meta({ id: 'AssessmentSettings' });

export const RateCounts = z
  .object({
    responseHit: z.number(),
    responseMiss: z.number(),
    callbacks: z.number(),
    resolved: z.number(),
    satisfied: z.number(),
    basicallySatisfied: z.number(),
    unsatisfied: z.number(),
  })
  .meta({ id: 'RateCounts' });
/** Percentages 0–100 rounded to 0.01; null when there is nothing to divide by. */
export const Rates = z
  .object({
    responseRate: z.number().nullable(),
    resolutionRate: z.number().nullable(),
    satisfactionRate: z.number().nullable(),
    reportInRate: z.number().nullable(),
    streetRatingScore: z.number().nullable(),
    composite: z.number().nullable(),
  })
  .meta({ id: 'Rates' });
export const RankingRow = z
  .object({
    unitId: z.string(),
    name: z.string(),
    group: PeerGroup,
    counts: RateCounts,
    rates: Rates,
    rank: z.number().nullable(),
    whistle: z
      .object({ summoned: z.number(), onTime: z.number(), ratingAverage: z.number().nullable() })
      .nullable(),
    previous: z.object({ composite: z.number().nullable(), rank: z.number().nullable() }),
    /** Composite now minus composite in the previous period; null when either is missing. */
    change: z.number().nullable(),
    /** 好差评 of one-window services: first ratings of applications the unit handled (ranking view only) */
    serviceRating: z
      .object({ count: z.number(), good: z.number(), excluded: z.number(), goodShare: z.number().nullable() })
      .nullable()
      .optional(),
  })
  .meta({ id: 'RankingRow' });
export const Ranking = z
  .object({
    group: PeerGroup,
    period: Period,
    previousPeriod: Period,
    settings: AssessmentSettingsOut,
    rows: z.array(RankingRow),
    ownUnitId: z.string(),
    seesAll: z.boolean(),
    /** Read from the replica (seconds behind) or the primary. */
    dataLag: DataLagSchema,
  })
  .meta({ id: 'Ranking' });

export const Outcome = z.enum(['hit', 'miss']).meta({ id: 'Outcome' });
export const DrillItem = z
  .object({
    caseId: z.string(),
    title: z.string(),
    status: textEnum(CaseStatus.options),
    categoryCode: z.string().nullable(),
    day: Day,
    acceptDueAt: Instant.nullable(),
    acceptedAt: Instant.nullable(),
    resolved: z.boolean().nullable(),
    rating: textEnum(RatingLevel.options).nullable(),
    outcome: Outcome,
  })
  .meta({ id: 'DrillItem' });
export const Drill = z
  .object({ unit: IdName, period: Period, measure: Measure, outcome: Outcome, items: z.array(DrillItem) })
  .meta({ id: 'Drill' });

export const AssessmentDashboard = z
  .object({
    today: Day,
    todayByChannel: z.record(z.string(), z.number()),
    /** overdue counts cases (by where the case is); overdueAssignments the late assignments, as 督办 counts. */
    status: z.object({
      open: z.number(),
      inProgress: z.number(),
      overdue: z.number(),
      overdueAssignments: z.number(),
    }),
    categories: z.array(z.object({ code: z.string(), cases: z.number() })),
    trend: z.array(z.object({ day: Day, cases: z.number() })),
    topStreetsByIntake: z.array(z.object({ streetCode: z.string(), cases: z.number() })),
    topStreetsByOverdue: z.array(z.object({ streetCode: z.string(), overdue: z.number() })),
    dataLag: DataLagSchema,
  })
  .meta({ id: 'AssessmentDashboard' });
