import { ReplyQualitySettings } from '@onegrid/domain';
import { z } from 'zod';
import { IdName, Instant } from '../../lib/responses.ts';

const Reason = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
const Part = z.object({ score: z.number(), max: z.number(), reasons: z.array(Reason) });

export const ReplyScoreOut = z
  .object({
    id: z.string(),
    caseId: z.string(),
    unit: IdName,
    total: z.number().int(),
    parts: z.object({
      relevance: Part,
      completeness: Part,
      interpretability: Part,
      timeliness: Part,
      attitude: Part,
    }),
    flags: z.array(Reason),
    minScore: z.number().int(),
    status: z.enum(['passed', 'held', 'approved', 'returned', 'superseded']),
    scoredAt: Instant,
    reviewedAt: Instant.nullable(),
  })
  .meta({ id: 'ReplyScore' });

export const ReplyScoreList = z.object({ items: z.array(ReplyScoreOut) });

export const HeldReplyList = z.object({
  items: z.array(ReplyScoreOut.extend({ caseTitle: z.string().nullable(), reply: z.string() })),
});

export const UnitReplyStats = z.object({
  from: Instant,
  to: Instant,
  items: z.array(
    z.object({
      unit: IdName,
      period: z.string().nullable(),
      replies: z.number().int(),
      mean: z.number(),
      flagged: z.number().int(),
      flaggedShare: z.number(),
      returned: z.number().int(),
      held: z.number().int(),
    }),
  ),
});

export const ReplySettingsOut = ReplyQualitySettings;
