import { z } from 'zod';
import {
  MAX_REPORT_IN_MINUTES,
  MIN_REPORT_IN_MINUTES,
  RatingScore,
  RegionCode,
  WhistleKind,
  WhistleStatus,
} from '@onegrid/domain';
import { Paging } from '../../lib/paging.ts';

/** Text fields: trimmed, no control characters; React escapes them on display. */
const Text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), 'control_chars');

export const WhistleId = z.uuid();
export const WhistleParams = z.object({ id: WhistleId });

const Lon = z.number().min(-180).max(180);
const Lat = z.number().min(-90).max(90);

export const OpenWhistleBody = z
  .object({
    title: Text(100).pipe(z.string().min(2, 'name the matter in at least 2 characters')),
    description: Text(2000).default(''),
    kind: WhistleKind,
    caseId: z
      .string()
      .regex(/^\d{16}$/, 'a 16-digit case number')
      .optional(),
    /** the street that blows; only needed by users whose jurisdiction is above a street */
    streetCode: RegionCode.optional(),
    address: Text(200).optional(),
    lon: Lon.optional(),
    lat: Lat.optional(),
    unitIds: z
      .array(z.uuid())
      .min(1, 'summon at least one unit')
      .max(20)
      .refine((ids) => new Set(ids).size === ids.length, 'each_unit_once'),
    reportInMinutes: z.number().int().min(MIN_REPORT_IN_MINUTES).max(MAX_REPORT_IN_MINUTES).optional(),
  })
  .refine((v) => (v.lon === undefined) === (v.lat === undefined), {
    path: ['lat'],
    message: 'lon_lat_together',
  });
export type OpenWhistleBody = z.infer<typeof OpenWhistleBody>;

export const ReportInBody = z
  .object({
    lon: Lon.optional(),
    lat: Lat.optional(),
    /** metres, as the browser's geolocation reports it */
    accuracy: z.number().min(0).max(100_000).optional(),
    note: Text(500).optional(),
  })
  .refine((v) => (v.lon === undefined) === (v.lat === undefined), {
    path: ['lat'],
    message: 'lon_lat_together',
  });
export type ReportInBody = z.infer<typeof ReportInBody>;

export const ActionBody = z
  .object({
    actionRecord: Text(4000).pipe(z.string().min(2)).optional(),
    outcome: Text(2000).pipe(z.string().min(2)).optional(),
  })
  .refine((v) => v.actionRecord !== undefined || v.outcome !== undefined, {
    message: 'action_or_outcome',
  });
export type ActionBody = z.infer<typeof ActionBody>;

export const RatingsBody = z.object({
  ratings: z
    .array(
      z.object({
        unitId: z.uuid(),
        punctuality: RatingScore,
        cooperation: RatingScore,
        effect: RatingScore,
        comment: Text(500).optional(),
      }),
    )
    .min(1)
    .max(20)
    .refine((rs) => new Set(rs.map((r) => r.unitId)).size === rs.length, 'each_unit_once'),
});
export type RatingsBody = z.infer<typeof RatingsBody>;

export const CloseBody = z.object({ outcome: Text(2000).pipe(z.string().min(2)).optional() });
export type CloseBody = z.infer<typeof CloseBody>;

export const VoidBody = z.object({ reason: Text(500).pipe(z.string().min(2, 'give a reason')) });
export type VoidBody = z.infer<typeof VoidBody>;

const Instant = z.iso.datetime({ offset: true });

export const ListQuery = Paging.extend({
  /** active = open or acting */
  status: z.union([WhistleStatus, z.literal('active')]).optional(),
  caseId: z
    .string()
    .regex(/^\d{16}$/)
    .optional(),
  from: Instant.optional(),
  to: Instant.optional(),
});
export type ListQuery = z.infer<typeof ListQuery>;

export const StatsQuery = z
  .object({ from: Instant.optional(), to: Instant.optional() })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    path: ['to'],
    message: 'to_after_from',
  });
export type StatsQuery = z.infer<typeof StatsQuery>;
