import { CHANNELS, FREQUENCIES, POWER_CATEGORIES, STEP_ROLES } from '@onegrid/domain';
import { z } from 'zod';
import { Day, Instant } from '../../lib/responses.ts';

export const FlowStepOut = z.object({ title: z.string(), role: z.enum(STEP_ROLES), disclose: z.boolean() });
export const PowerItemOut = z.object({
  id: z.string(),
  category: z.enum(POWER_CATEGORIES),
  title: z.string(),
  basis: z.string(),
  description: z.string(),
  steps: z.array(FlowStepOut),
  /** 1-based positions of the steps at which the matter must be made public */
  disclosurePoints: z.array(z.number().int()),
  /** communities of the caller's jurisdiction that adopted it (staff) */
  adoptedBy: z.array(z.string()),
});
export const PowerItemList = z.object({ items: z.array(PowerItemOut) });

export const DueOut = z.object({
  state: z.enum(['none', 'open', 'due', 'overdue']),
  periodKey: z.string().nullable(),
  eventId: z.string().nullable(),
  eventTitle: z.string().nullable(),
  dueAt: Instant.nullable(),
  overdueCount: z.number().int(),
});
export const EntryOut = z.object({
  id: z.string(),
  communityCode: z.string(),
  communityName: z.string(),
  itemId: z.string().nullable(),
  category: z.enum(POWER_CATEGORIES),
  title: z.string(),
  basis: z.string(),
  frequency: z.enum(FREQUENCIES),
  dueWorkingDays: z.number().int(),
  channels: z.array(z.enum(CHANNELS)),
  since: Day,
  lastPublishedAt: Instant.nullable(),
  next: DueOut,
  /** events of an at-once entry not yet disclosed */
  openEvents: z.array(z.object({ id: z.string(), title: z.string(), occurredAt: Instant })),
});
export const EntryList = z.object({ items: z.array(EntryOut) });

export const ListRowOut = z.object({ name: z.string(), amount: z.number().nullable(), note: z.string() });
export const PublicationOut = z.object({
  id: z.string(),
  entryId: z.string(),
  entryTitle: z.string(),
  periodKey: z.string().nullable(),
  eventId: z.string().nullable(),
  version: z.number().int(),
  supersedes: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  list: z.array(ListRowOut),
  channel: z.enum(CHANNELS),
  photoIds: z.array(z.string()),
  status: z.enum(['published', 'withdrawn', 'superseded']),
  publishedAt: Instant,
  correctionReason: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  withdrawnAt: Instant.nullable(),
});
export const PublicationList = z.object({ items: z.array(PublicationOut) });

export const RequestOut = z.object({
  id: z.string(),
  communityCode: z.string(),
  communityName: z.string(),
  kind: z.enum(['query', 'report']),
  reportKind: z.enum(['late', 'untrue', 'incomplete']).nullable(),
  entryId: z.string().nullable(),
  entryTitle: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  /** who asked: a verified resident (masked name) or a phone number (masked) */
  from: z.string().nullable(),
  status: z.enum(['open', 'answered', 'upheld', 'dismissed']),
  clock: z.enum(['open', 'overdue', 'answered', 'late']),
  dueAt: Instant,
  answer: z.string().nullable(),
  answeredAt: Instant.nullable(),
  createdAt: Instant,
});
export const RequestList = z.object({ items: z.array(RequestOut) });
export const RequestReceipt = z.object({ id: z.string(), reference: z.string(), dueAt: Instant });

export const OverviewOut = z.object({
  communities: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      entries: z.number().int(),
      overdue: z.number().int(),
      openQueries: z.number().int(),
      openReports: z.number().int(),
      overdueRequests: z.number().int(),
    }),
  ),
  /** catalogue entries whose publication is overdue, with the alert raised for it (null until the sweep ran) */
  overdue: z.array(
    z.object({
      entryId: z.string(),
      communityCode: z.string(),
      communityName: z.string(),
      title: z.string(),
      frequency: z.enum(FREQUENCIES),
      periodKey: z.string().nullable(),
      eventTitle: z.string().nullable(),
      dueAt: Instant,
      overdueCount: z.number().int(),
      alertedAt: Instant.nullable(),
    }),
  ),
  reports: z.array(RequestOut),
});

const PublicPublication = PublicationOut.omit({ status: true }).extend({
  status: z.enum(['published', 'withdrawn']),
});
export const PublicDisclosure = z.object({
  communityCode: z.string(),
  communityName: z.string(),
  streetName: z.string(),
  entries: z.array(EntryOut.omit({ openEvents: true })),
  /** in force, and withdrawn ones with their reason (never their content) */
  publications: z.array(PublicPublication),
  powers: z.array(PowerItemOut.omit({ adoptedBy: true })),
});
export const MyDisclosure = z.object({
  verified: z.boolean(),
  communityCode: z.string(),
  page: PublicDisclosure,
  requests: z.array(RequestOut),
});
