import { CaseId, Phone, Text } from '../../lib/case-fields.ts';
import { z } from 'zod';
import {
  CallbackRating,
  CategoryCode,
  Channel,
  RequestType,
  Urgency,
  type ActionInputs,
  type CaseAction,
} from '@onegrid/domain';

export const CaseInput = z
  .object({
    requestType: RequestType.default('help'),
    channel: Channel.optional(),
    categoryCode: CategoryCode.optional(),
    urgency: Urgency.optional(),
    title: Text(100).optional(),
    description: Text(2000).pipe(z.string().min(5, 'describe the problem in at least 5 characters')),
    address: Text(200).optional(),
    lon: z.number().min(-180).max(180).optional(),
    lat: z.number().min(-90).max(90).optional(),
    coordSystem: z.enum(['wgs84', 'gcj02']).default('wgs84'),
    reporterName: Text(50).optional(),
    reporterPhone: Phone.optional(),
    anonymous: z.boolean().default(false),
    /** 不公开我的诉求: the reporter asks for the case to stay off the public feed. */
    keepPrivate: z.boolean().default(false),
    photoIds: z.array(z.uuid()).max(9).default([]),
    closeDirect: z
      .object({
        answer: Text(2000).pipe(z.string().min(2)),
        /** the knowledge entry and version the answer came from (written by POST /knowledge/entries/:id/answer) */
        knowledge: z.object({ entryId: z.uuid(), version: z.number().int().min(1) }).optional(),
      })
      .optional(),
  })
  .refine((v) => (v.lon === undefined) === (v.lat === undefined), {
    path: ['lat'],
    message: 'lon_lat_together',
  });
export type CaseInput = z.infer<typeof CaseInput>;

/** What a resident may send from the public report page. */
export const PublicCaseInput = z
  .object({
    description: Text(2000).pipe(z.string().min(5, 'describe the problem in at least 5 characters')),
    requestType: RequestType.default('help'),
    categoryCode: CategoryCode.optional(),
    lon: z.number().min(-180).max(180).optional(),
    lat: z.number().min(-90).max(90).optional(),
    coordSystem: z.enum(['wgs84', 'gcj02']).default('wgs84'),
    address: Text(200).optional(),
    name: Text(50).optional(),
    phone: Phone.optional(),
    anonymous: z.boolean().default(false),
    /** 不公开我的诉求 */
    keepPrivate: z.boolean().default(false),
    photoIds: z.array(z.uuid()).max(9).default([]),
  })
  .refine((v) => (v.lon === undefined) === (v.lat === undefined), {
    path: ['lat'],
    message: 'lon_lat_together',
  });
export type PublicCaseInput = z.infer<typeof PublicCaseInput>;

export { CaseId, Phone, Text };

const Reason = Text(500).pipe(z.string().min(2, 'give a reason'));
const Note = Text(2000).optional();
export const CallbackBody = z.object({
  resolved: z.boolean(),
  rating: CallbackRating,
  comment: Text(500).optional(),
});

/** The body each action takes (docs/api-cases.md). */
export const ActionBodies = {
  dispatch: z.object({
    leadUnitId: z.uuid(),
    /** Sets (or corrects) the category as the case is dispatched: the dispatcher classifies what intake could not. */
    categoryCode: CategoryCode.optional(),
    assistUnitIds: z.array(z.uuid()).max(10).default([]),
    note: Note,
  }),
  accept: z.object({ note: Note }),
  return: z.object({ reason: Reason }),
  progress: z.object({
    note: Text(2000).pipe(z.string().min(1)),
    photoIds: z.array(z.uuid()).max(9).default([]),
    /** 回复居民: the note is a reply the resident reads on the tracking page (de-identified); else staff only. */
    toResident: z.boolean().default(false),
  }),
  report: z.object({
    result: Text(2000).pipe(z.string().min(2)),
    photoIds: z.array(z.uuid()).max(9).default([]),
  }),
  verify_pass: z.object({ note: Note }),
  verify_fail: z.object({ reason: Reason }),
  request_extension: z.object({ until: z.iso.datetime({ offset: true }), reason: Reason }),
  approve_extension: z.object({ note: Note }),
  reject_extension: z.object({ reason: Reason }),
  suspend: z.object({ reason: Reason }),
  resume: z.object({ note: Note }),
  void: z.object({ reason: Reason }),
  merge: z.object({ parentId: CaseId }),
  close_direct: z.object({ answer: Text(2000).pipe(z.string().min(2)) }),
  callback: CallbackBody,
  reopen: z.object({ reason: Reason }),
  urge: z.object({ note: Note }),
  assist_accept: z.object({ note: Note }),
  assist_report: z.object({
    result: Text(2000).pipe(z.string().min(2)),
    photoIds: z.array(z.uuid()).max(9).default([]),
  }),
  /** Releases the open co-units (or the one named) from their part, with the reason on record. */
  release_assist: z.object({ reason: Reason, unitId: z.uuid().optional() }),
} as const satisfies Record<CaseAction, z.ZodType>;
export type ActionBodies = { [K in keyof typeof ActionBodies]: z.infer<(typeof ActionBodies)[K]> };
// The parsed bodies are exactly what the domain's lifecycle takes: a drift fails the typecheck here.
type Same<X, Y> = [X] extends [Y] ? ([Y] extends [X] ? true : false) : false;
export const BODIES_MATCH_DOMAIN: { [K in CaseAction]: Same<ActionBodies[K], ActionInputs[K]> } = {
  dispatch: true,
  accept: true,
  return: true,
  progress: true,
  report: true,
  verify_pass: true,
  verify_fail: true,
  request_extension: true,
  approve_extension: true,
  reject_extension: true,
  suspend: true,
  resume: true,
  void: true,
  merge: true,
  close_direct: true,
  callback: true,
  reopen: true,
  urge: true,
  assist_accept: true,
  assist_report: true,
  release_assist: true,
};
