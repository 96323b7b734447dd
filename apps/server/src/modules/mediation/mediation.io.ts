import { z } from 'zod';
import {
  DisputeRoute,
  DisputeType,
  MediationSource,
  MediationStatus,
  PartyRole,
  Performance,
} from '@onegrid/domain';
import { Paging } from '../../lib/paging.ts';

const Day = z.iso.date();
const Text = (max: number) => z.string().trim().min(1).max(max);

/** A party: a person of the base (by id), or typed — the name, phone and ID number are then kept encrypted. */
export const PartyIn = z
  .object({
    role: PartyRole,
    personId: z.uuid().optional(),
    name: Text(50).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^[0-9+\- ]{5,20}$/)
      .optional(),
    idNumber: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z]{6,20}$/)
      .optional(),
    address: Text(200).optional(),
  })
  .refine((p) => Boolean(p.personId) !== Boolean(p.name), {
    message: 'either personId or name',
    path: ['name'],
  });
export type PartyIn = z.infer<typeof PartyIn>;

export const FileCreate = z.object({
  source: MediationSource,
  /** source 'case': the case the dispute came in as (its place is the file's place) */
  caseId: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
  /** otherwise the grid (or the community) of the dispute */
  gridCode: z
    .string()
    .regex(/^\d{15}$/)
    .optional(),
  communityCode: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
  disputeType: DisputeType,
  summary: Text(4000),
  request: Text(2000).optional(),
  parties: z.array(PartyIn).min(1).max(20),
});
export type FileCreate = z.infer<typeof FileCreate>;

export const FileParams = z.object({ id: z.uuid() });
export const PartyParams = z.object({ id: z.uuid(), partyId: z.uuid() });

export const FileListQuery = Paging.extend({
  status: MediationStatus.optional(),
  disputeType: DisputeType.optional(),
  /** only agreements whose 30-day court-confirmation window is open and not yet used, soonest first */
  courtDue: z.enum(['true', 'false']).optional(),
});
export type FileListQuery = z.infer<typeof FileListQuery>;

export const ScreenBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('accept'), note: Text(1000).optional() }),
  z.object({ decision: z.literal('refer'), route: DisputeRoute, reason: Text(1000) }),
]);
export type ScreenBody = z.infer<typeof ScreenBody>;

export const NoticeBody = z.object({
  givenOn: Day,
  /** how it was given: in writing (告知书 signed) or orally (recorded) */
  way: z.enum(['written', 'oral']),
});
export type NoticeBody = z.infer<typeof NoticeBody>;

export const AssignBody = z.object({
  mediatorId: z.uuid(),
  /** persons of the base the mediator declares a relation to (kin, interest): checked against the parties */
  relatedPersonIds: z.array(z.uuid()).max(50).default([]),
});
export type AssignBody = z.infer<typeof AssignBody>;

export const RecuseBody = z.object({
  /** the party who asked (or none: the mediator withdrew) */
  partyId: z.uuid().optional(),
  reason: Text(500),
});
export type RecuseBody = z.infer<typeof RecuseBody>;

export const SessionBody = z.object({
  heldAt: z.iso.datetime({ offset: true }),
  place: Text(200).optional(),
  record: Text(8000),
});
export type SessionBody = z.infer<typeof SessionBody>;

export const AgreementBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('written'),
    facts: Text(4000),
    terms: z.array(Text(1000)).min(1).max(30),
    performanceManner: Text(1000),
    performBy: Day,
    signedPartyIds: z.array(z.uuid()).min(1).max(20),
    effectiveOn: Day,
  }),
  z.object({
    kind: z.literal('oral'),
    terms: z.array(Text(1000)).min(1).max(30),
    performanceManner: Text(1000).optional(),
    performBy: Day.optional(),
    effectiveOn: Day,
  }),
]);
export type AgreementBody = z.infer<typeof AgreementBody>;

export const TerminateBody = z.object({
  reason: Text(1000),
  /** Art. 26: the routes the parties were told of */
  routesExplained: z.array(DisputeRoute).min(1),
});
export type TerminateBody = z.infer<typeof TerminateBody>;

export const FollowUpBody = z.object({ performance: Performance, note: Text(2000) });
export type FollowUpBody = z.infer<typeof FollowUpBody>;

export const CourtApplicationBody = z.object({ appliedOn: Day, court: Text(100).optional() });
export type CourtApplicationBody = z.infer<typeof CourtApplicationBody>;

export const RevealBody = z.object({ field: z.enum(['phone', 'idNumber']), reason: Text(200) });
export type RevealBody = z.infer<typeof RevealBody>;

export const PrintQuery = z.object({ doc: z.enum(['agreement', 'notice']) });

export const StatsQuery = z.object({
  /** a street or community within the viewer's jurisdiction; default: the whole jurisdiction */
  regionCode: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
  from: Day.optional(),
  to: Day.optional(),
});
export type StatsQuery = z.infer<typeof StatsQuery>;
