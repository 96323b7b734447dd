import { z } from 'zod';
import { SummonStatus, WhistleKind, WhistleSettings, WhistleStatus } from '@onegrid/domain';
import { CodeName, InstantText, UnitRef } from '../../lib/responses.ts';

const Counts = z.object({
  summoned: z.number(),
  reported: z.number(),
  late: z.number(),
  missing: z.number(),
});
export const WhistleRow = z
  .object({
    id: z.string(),
    kind: WhistleKind,
    title: z.string(),
    status: WhistleStatus,
    street: CodeName,
    caseId: z.string().nullable(),
    address: z.string().nullable(),
    reportDueAt: InstantText.nullable(),
    openedAt: InstantText.nullable(),
    closedAt: InstantText.nullable(),
    counts: Counts,
  })
  .meta({ id: 'WhistleRow' });
export const WhistlePage = z
  .object({ items: z.array(WhistleRow), total: z.number(), page: z.number(), pageSize: z.number() })
  .meta({ id: 'WhistlePage' });

export const WhistleRating = z
  .object({
    punctuality: z.number(),
    cooperation: z.number(),
    effect: z.number(),
    comment: z.string().nullable(),
    ratedAt: InstantText.nullable(),
    ratedBy: z.string().nullable(),
  })
  .meta({ id: 'WhistleRating' });
export const Summon = z
  .object({
    unit: UnitRef,
    status: SummonStatus,
    summonedAt: InstantText.nullable(),
    dueAt: InstantText.nullable(),
    reportedAt: InstantText.nullable(),
    reportedBy: z.string().nullable(),
    reportLon: z.number().nullable(),
    reportLat: z.number().nullable(),
    reportAccuracy: z.number().nullable(),
    reportNote: z.string().nullable(),
    late: z.boolean(),
    missedAt: InstantText.nullable(),
    rating: WhistleRating.nullable(),
  })
  .meta({ id: 'Summon' });
export const WhistleEvent = z
  .object({
    id: z.string(),
    at: InstantText.nullable(),
    action: z.string(),
    actorName: z.string().nullable(),
    /** Written by the system (the report-in deadline): no person acted. */
    bySystem: z.boolean(),
    unitName: z.string().nullable(),
    note: z.string().nullable(),
    /** The note as a message key (web i18n `note.<key>`) and its parameters; absent on older rows. */
    noteKey: z.string().optional(),
    noteParams: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .meta({ id: 'WhistleEvent' });
export const WhistleDetail = z
  .object({
    id: z.string(),
    kind: WhistleKind,
    title: z.string(),
    description: z.string(),
    status: WhistleStatus,
    street: CodeName.extend({ unitId: z.string() }),
    caseId: z.string().nullable(),
    address: z.string().nullable(),
    lon: z.number().nullable(),
    lat: z.number().nullable(),
    gridCode: z.string().nullable(),
    reportInMinutes: z.number(),
    reportDueAt: InstantText.nullable(),
    openedAt: InstantText.nullable(),
    openedBy: z.string().nullable(),
    actionRecord: z.string().nullable(),
    outcome: z.string().nullable(),
    closedAt: InstantText.nullable(),
    voidReason: z.string().nullable(),
    summons: z.array(Summon),
    events: z.array(WhistleEvent),
    /** What the caller may do now. */
    can: z.object({
      reportIn: z.boolean(),
      recordAction: z.boolean(),
      rate: z.boolean(),
      close: z.boolean(),
      void: z.boolean(),
    }),
  })
  .meta({ id: 'WhistleDetail' });

export const WhistleUnitStats = z
  .object({
    unit: UnitRef,
    summoned: z.number(),
    reportedIn: z.number(),
    onTime: z.number(),
    late: z.number(),
    missing: z.number(),
    pending: z.number(),
    reportInRate: z.number().nullable(),
    onTimeRate: z.number().nullable(),
    ratings: z.number(),
    avgPunctuality: z.number().nullable(),
    avgCooperation: z.number().nullable(),
    avgEffect: z.number().nullable(),
  })
  .meta({ id: 'WhistleUnitStats' });
export const WhistleStats = z
  .object({ from: z.string(), to: z.string(), units: z.array(WhistleUnitStats) })
  .meta({ id: 'WhistleStats' });

export const WhistleSettingsOut = WhistleSettings.meta({ id: 'WhistleSettings' });
