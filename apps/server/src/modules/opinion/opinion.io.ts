import { OpinionSettings, Sentiment } from '@onegrid/domain';
import { z } from 'zod';

const Count = z.number().int().min(0).max(2_000_000_000).default(0);

/** One public post as a monitoring vendor or an upload gives it. `ref` (the source's own id) or `url` identifies it. */
export const OpinionInput = z
  .object({
    source: z.string().trim().min(1).max(50),
    ref: z.string().trim().min(1).max(200).optional(),
    url: z.url().max(1000).optional(),
    title: z.string().trim().min(1).max(200),
    text: z.string().trim().max(5000).default(''),
    publishedAt: z.iso.datetime({ offset: true }),
    sentiment: Sentiment.optional(),
    reposts: Count,
    comments: Count,
    likes: Count,
    /** The region the post is about (a street or community code), when the vendor knows it. */
    regionCode: z
      .string()
      .regex(/^\d{6,12}$/)
      .optional(),
  })
  .refine((v) => v.ref !== undefined || v.url !== undefined, { path: ['ref'], message: 'ref_or_url' });
export type OpinionInput = z.infer<typeof OpinionInput>;

export const OpinionBatch = z.object({ items: z.array(OpinionInput).min(1).max(500) });

export const ListQuery = z.object({
  sentiment: Sentiment.optional(),
  linked: z.enum(['yes', 'no']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const AlertQuery = z.object({
  clock: z.enum(['open', 'overdue', 'responded', 'responded_late']).optional(),
});

export const IdParams = z.object({ id: z.string().regex(/^\d{1,18}$/) });
export const AttachBody = z.object({ caseId: z.string().regex(/^\d{16}$/) });
export const RespondBody = z.object({ response: z.string().trim().min(2).max(2000) });
export const SettingsBody = OpinionSettings;

export const ClusterBody = z.object({ clusterId: z.uuid() });
