import { z } from 'zod';
import { KnowledgeContent, KnowledgeKind } from '@onegrid/domain';
import { Paging } from '../../lib/paging.ts';
import { CaseInput, Phone, Text } from '../cases/public.ts';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

export const EntryParams = z.object({ id: z.uuid() });
export const VersionQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

export const SearchQuery = z.object({
  q: z.string().trim().max(500).default(''),
  /** a category (group or leaf): entries linked to it, its group or its leaves */
  category: z
    .string()
    .regex(/^[A-Z]\d{2}(\.\d{2})?$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(30).default(8),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const EntryListQuery = Paging.extend({
  catalogId: z.uuid().optional(),
  kind: KnowledgeKind.optional(),
  ownerUnitId: z.uuid().optional(),
});
export type EntryListQuery = z.infer<typeof EntryListQuery>;

export const EntryCreate = z.object({
  catalogId: z.uuid(),
  kind: KnowledgeKind,
  ownerUnitId: z.uuid(),
  reviewDue: Day.optional(),
  public: z.boolean().default(true),
  content: KnowledgeContent,
});
export type EntryCreate = z.infer<typeof EntryCreate>;

export const EntryEdit = z.object({
  /** the version the editor started from: a save on an older one is refused (409) */
  basedOn: z.number().int().min(1),
  content: KnowledgeContent,
  reviewDue: Day.optional(),
  note: Text(200).optional(),
});
export type EntryEdit = z.infer<typeof EntryEdit>;

export const ReviewBody = z.object({ nextReviewDue: Day.optional() });
export type ReviewBody = z.infer<typeof ReviewBody>;

/** Answer a consultation from an entry: the call as at intake, closed at once citing the entry's version. */
export const AnswerBody = z.object({
  version: z.number().int().min(1),
  /** the answer as told (the entry's answer when absent) */
  answer: Text(2000).pipe(z.string().min(2)).optional(),
  // the intake fields, without the lon/lat refinement's wrapper (checked again by the cases module)
  case: z.object(CaseInput.shape).omit({ closeDirect: true, requestType: true }),
});
export type AnswerBody = z.infer<typeof AnswerBody>;

export const FeedbackBody = z.object({
  version: z.number().int().min(1),
  helped: z.boolean(),
  caseId: z
    .string()
    .regex(/^\d{16}$/)
    .optional(),
});
export type FeedbackBody = z.infer<typeof FeedbackBody>;

export const PublicFeedbackBody = z.object({ helped: z.boolean() });

export const SendBody = z.object({ version: z.number().int().min(1), phone: Phone });
export type SendBody = z.infer<typeof SendBody>;

export const PrintBody = z.object({ version: z.number().int().min(1) });

export const UsageQuery = z.object({ from: Day.optional(), to: Day.optional() });
export type UsageQuery = z.infer<typeof UsageQuery>;

export const DueQuery = z.object({ ownerUnitId: z.uuid().optional() });
