import { CHANNELS, FREQUENCIES, POWER_CATEGORIES, STEP_ROLES } from '@onegrid/domain';
import { z } from 'zod';
import { Phone } from '../../lib/case-fields.ts';

const Code = z.string().regex(/^\d{12}$/);
const Uuid = z.uuid();
const Title = z.string().trim().min(2).max(100);

export const IdParams = z.object({ id: Uuid });
export const CommunityParams = z.object({ communityCode: Code });
export const CommunityQuery = z.object({ communityCode: Code.optional() });

export const FlowStepIn = z.object({
  title: z.string().trim().min(1).max(100),
  role: z.enum(STEP_ROLES),
  disclose: z.boolean().default(false),
});
export const NewPowerItem = z.object({
  category: z.enum(POWER_CATEGORIES),
  title: Title,
  basis: z.string().trim().min(2).max(500),
  description: z.string().trim().max(2000).default(''),
  steps: z.array(FlowStepIn).min(2).max(20),
});
export type NewPowerItem = z.infer<typeof NewPowerItem>;
export const AdoptIn = z.object({ communityCode: Code });

export const NewEntry = z.object({
  communityCode: Code,
  itemId: Uuid.optional(),
  category: z.enum(POWER_CATEGORIES),
  title: Title,
  basis: z.string().trim().min(2).max(500),
  frequency: z.enum(FREQUENCIES),
  dueWorkingDays: z.number().int().min(1).max(60).optional(),
  channels: z.array(z.enum(CHANNELS)).min(1).max(3),
  /** The day the entry applies from (YYYY-MM-DD); today when absent. */
  since: z.iso.date().optional(),
});
export type NewEntry = z.infer<typeof NewEntry>;

export const NewEvent = z.object({
  title: Title,
  occurredAt: z.iso.datetime({ offset: true }),
});
export type NewEvent = z.infer<typeof NewEvent>;

export const ListRowIn = z.object({
  name: z.string().trim().min(1).max(50),
  amount: z.number().min(0).max(1e9).nullable().default(null),
  note: z.string().trim().max(200).default(''),
});
const PublicationFields = {
  title: Title,
  body: z.string().trim().min(2).max(20_000),
  channel: z.enum(CHANNELS),
  /** A list published with it (recipients of a subsidy …): names are masked before they are stored. */
  list: z.array(ListRowIn).max(500).default([]),
  uploadIds: z.array(Uuid).max(9).default([]),
};
export const NewPublication = z.object({
  entryId: Uuid,
  /** periodic entries: the month ('2026-11') or quarter ('2026-Q4') it covers */
  periodKey: z.string().max(10).optional(),
  /** at-once entries: the event it discloses */
  eventId: Uuid.optional(),
  ...PublicationFields,
});
export type NewPublication = z.infer<typeof NewPublication>;
export const CorrectionIn = z.object({ ...PublicationFields, reason: z.string().trim().min(2).max(500) });
export type CorrectionIn = z.infer<typeof CorrectionIn>;
export const WithdrawIn = z.object({ reason: z.string().trim().min(2).max(500) });
export const PublicationsQuery = z.object({ entryId: Uuid });

const RequestFields = {
  kind: z.enum(['query', 'report']),
  /** failure reports: 未按时公开 (late), 公开不实 (untrue), 公开不全 (incomplete) */
  reportKind: z.enum(['late', 'untrue', 'incomplete']).optional(),
  entryId: Uuid.optional(),
  subject: Title,
  body: z.string().trim().min(5).max(2000),
};
const kindMatches = (v: { kind: string; reportKind?: string }) =>
  (v.kind === 'report') === Boolean(v.reportKind);
export const ResidentRequestIn = z
  .object(RequestFields)
  .refine(kindMatches, { path: ['reportKind'], message: 'report_kind_needed' });
export type ResidentRequestIn = z.infer<typeof ResidentRequestIn>;
export const PublicRequestIn = z
  .object({ ...RequestFields, phone: Phone })
  .refine(kindMatches, { path: ['reportKind'], message: 'report_kind_needed' });
export type PublicRequestIn = z.infer<typeof PublicRequestIn>;
export const RequestsQuery = z.object({
  communityCode: Code.optional(),
  kind: z.enum(['query', 'report']).optional(),
});
export const AnswerIn = z.object({
  outcome: z.enum(['answered', 'upheld', 'dismissed']),
  answer: z.string().trim().min(2).max(5000),
});
export type AnswerIn = z.infer<typeof AnswerIn>;
