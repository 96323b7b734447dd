import { z } from 'zod';
import { CaseStatus, Channel, Urgency } from '@onegrid/domain';
import { CategoryRef, CodeName, Day, Instant, textEnum } from '../../lib/responses.ts';
import { DataLagSchema } from '../../db/read-replica.ts';

const RegionOf = CodeName.extend({ level: z.string() });

export const DashboardSummary = z
  .object({
    today: Day,
    period: z.object({ from: Day, to: Day }),
    region: RegionOf,
    filters: z.object({
      categoryCode: z.string().nullable(),
      channel: z.string().nullable(),
      unitId: z.string().nullable(),
    }),
    /** Figures the unit filter does not apply to (they are not kept per unit). */
    unitFilterIgnoredFor: z.array(z.string()),
    aggregatesAsOf: Instant.nullable(),
    todayTotal: z.number(),
    /** Cases created today by channel. */
    todayByChannel: z.record(z.string(), z.number()),
    intake: z.object({
      total: z.number(),
      byChannel: z.record(z.string(), z.number()),
      byCategory: z.array(z.object({ category: CategoryRef.nullable(), cases: z.number() })),
      trend: z.array(z.object({ day: Day, cases: z.number() })),
      topStreets: z.array(z.object({ street: CodeName, cases: z.number() })),
    }),
    /** overdue counts cases (by where the case is); overdueAssignments the late assignments, as 督办 counts. */
    status: z.object({
      open: z.number(),
      inProgress: z.number(),
      overdue: z.number(),
      overdueAssignments: z.number(),
    }),
    topStreetsByOverdue: z.array(z.object({ street: CodeName, overdue: z.number() })),
    openWhistles: z.number(),
    latest: z.array(
      z.object({
        id: z.string(),
        createdAt: Instant,
        title: z.string(),
        status: textEnum(CaseStatus.options),
        channel: textEnum(Channel.options),
        urgency: textEnum(Urgency.options),
        category: CategoryRef.nullable(),
        street: CodeName.nullable(),
      }),
    ),
    /** Read from the replica (seconds behind) or the primary. */
    dataLag: DataLagSchema,
  })
  .meta({ id: 'DashboardSummary' });

export const DashboardMap = z
  .object({
    region: RegionOf,
    total: z.number(),
    withoutGrid: z.number(),
    byGrid: z.array(z.object({ code: z.string(), open: z.number(), inProgress: z.number() })),
    byStreet: z.array(CodeName.extend({ open: z.number(), inProgress: z.number() })),
    dataLag: DataLagSchema,
  })
  .meta({ id: 'DashboardMap' });

/** The next level of a city (its districts) or a district (its streets), one row per area. */
export const DashboardAreas = z
  .object({
    region: RegionOf,
    level: z.enum(['district', 'street']),
    /** The intake's day range. */
    period: z.object({ from: Day, to: Day }),
    /** The month of the rates. */
    month: z.object({ from: Day, to: Day }),
    areas: z.array(
      CodeName.extend({
        intake: z.number(),
        open: z.number(),
        inProgress: z.number(),
        overdue: z.number(),
        rates: z.object({
          responseRate: z.number().nullable(),
          resolutionRate: z.number().nullable(),
          satisfactionRate: z.number().nullable(),
          composite: z.number().nullable(),
        }),
        rank: z.number().nullable(),
      }),
    ),
    dataLag: DataLagSchema,
  })
  .meta({ id: 'DashboardAreas' });
