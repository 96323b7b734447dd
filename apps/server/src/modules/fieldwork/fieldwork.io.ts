import { z } from 'zod';
import { ClientInstanceId } from '@onegrid/domain';

const Instant = z.iso.datetime({ offset: true });
const Lon = z.number().min(-180).max(180);
const Lat = z.number().min(-90).max(90);
const Accuracy = z.number().min(0).max(100_000).nullable();

export const TrackPointIn = z.object({ at: Instant, lon: Lon, lat: Lat, accuracyM: Accuracy });
export const CheckinIn = z.object({
  at: Instant,
  lon: Lon.nullable().optional(),
  lat: Lat.nullable().optional(),
  accuracyM: Accuracy.optional(),
  addressId: z.uuid().nullable().optional(),
  organisationId: z.uuid().nullable().optional(),
  note: z.string().max(500).nullable().optional(),
});

/** What every offline submission carries (ODK Central's instance id, and for an edit the one it replaces). */
const SubmissionHead = {
  instanceId: ClientInstanceId,
  replaces: ClientInstanceId.nullable().optional(),
  reason: z.string().trim().max(500).nullable().optional(),
  deviceAt: Instant.nullable().optional(),
};

/**
 * A patrol as the phone sends it once it ended (or while it runs, to be edited later): where, when, the track
 * if the worker opted in, and the check-ins at points.
 */
export const PatrolSubmission = z
  .object({
    ...SubmissionHead,
    gridCode: z.string().regex(/^\d{15}$/),
    startedAt: Instant,
    endedAt: Instant.nullable().optional(),
    tracking: z.boolean(),
    points: z.array(TrackPointIn).max(20_000).default([]),
    checkins: z.array(CheckinIn).max(500).default([]),
    note: z.string().trim().max(2000).nullable().optional(),
  })
  .meta({ id: 'PatrolSubmission' });
export type PatrolSubmission = z.infer<typeof PatrolSubmission>;

export const PatrolListQuery = z.object({
  gridCode: z
    .string()
    .regex(/^\d{15}$/)
    .optional(),
  workerId: z.uuid().optional(),
  from: Instant.optional(),
  to: Instant.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type PatrolListQuery = z.infer<typeof PatrolListQuery>;

export const PatrolParams = z.object({ id: z.uuid() });

export const CoverageQuery = z.object({
  /** the period: today (default) or this week (Monday to now), in Asia/Shanghai */
  period: z.enum(['today', 'week']).default('today'),
});
export type CoverageQuery = z.infer<typeof CoverageQuery>;

export const VisitDueQuery = z.object({
  state: z.enum(['all', 'overdue', 'due', 'upcoming']).default('all'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type VisitDueQuery = z.infer<typeof VisitDueQuery>;

/** A household visit from the phone (走访), exactly once like a patrol. */
export const VisitSubmission = z
  .object({
    ...SubmissionHead,
    personId: z.uuid(),
    /** the tag the visit was due for; null: a house call not due by rule */
    tagId: z.uuid().nullable().default(null),
    mode: z.enum(['door', 'phone', 'video']),
    visitedAt: Instant,
    lon: Lon.nullable().optional(),
    lat: Lat.nullable().optional(),
    accuracyM: Accuracy.optional(),
    /** the checklist by item (health, state of mind, gas/water/power safety, living conditions, needs) */
    checklist: z
      .record(z.string().regex(/^[a-z_]{1,40}$/), z.enum(['ok', 'attention', 'problem', 'not_checked']))
      .default({}),
    note: z.string().trim().max(2000).nullable().optional(),
    anomaly: z.boolean().default(false),
    anomalyNote: z.string().trim().max(2000).nullable().optional(),
    /** photos uploaded first (POST /api/uploads), the worker's own: kept with the visit, never purged */
    uploadIds: z.array(z.uuid()).max(20).default([]),
    /** what the visit found changed in the base data, written as 已核实 by the worker */
    baseUpdates: z
      .array(
        z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('moved_out'), residenceId: z.uuid(), on: z.iso.date() }),
          z.object({ kind: z.literal('house_use'), houseId: z.uuid(), use: z.literal('rented') }),
        ]),
      )
      .max(20)
      .default([]),
  })
  .meta({ id: 'VisitSubmission' });
export type VisitSubmission = z.infer<typeof VisitSubmission>;

export const BundleQuery = z.object({
  /** a grid of the caller's territory (community and street users); a grid worker: one of their own grids */
  grid: z
    .string()
    .regex(/^\d{15}$/)
    .optional(),
});

/** 小事不出格: a small matter settled on the spot during a patrol, with photos before and after. */
export const QuickFixSubmission = z
  .object({
    ...SubmissionHead,
    /** the patrol it was settled on (its client instance id), when the worker was on one */
    patrolInstanceId: ClientInstanceId.nullable().optional(),
    /** the worker's grid; default: the patrol's, the address's, or the worker's only grid */
    gridCode: z
      .string()
      .regex(/^\d{15}$/)
      .nullable()
      .optional(),
    description: z.string().trim().min(1).max(2000),
    categoryCode: z.string().max(40).nullable().optional(),
    beforeUploadIds: z.array(z.uuid()).min(1).max(9),
    afterUploadIds: z.array(z.uuid()).min(1).max(9),
    lon: Lon.nullable().optional(),
    lat: Lat.nullable().optional(),
    accuracyM: Accuracy.optional(),
    addressId: z.uuid().nullable().optional(),
    settledAt: Instant,
  })
  .meta({ id: 'QuickFixSubmission' });
export type QuickFixSubmission = z.infer<typeof QuickFixSubmission>;

export const LogQuery = z.object({
  date: z.iso.date(),
  /** a worker under the lead's or supervisor's jurisdiction; default: the caller */
  worker: z.uuid().optional(),
});
export const SignoffQuery = z.object({ state: z.enum(['pending', 'signed', 'replied']).default('pending') });
export const IdParams = z.object({ id: z.uuid() });
export const SignoffReply = z.object({ reply: z.string().trim().min(1).max(2000) });
