import { OpinionLevel, OpinionSettings, Sentiment } from '@onegrid/domain';
import { z } from 'zod';
import { Instant } from '../../lib/responses.ts';

export const OpinionItemOut = z
  .object({
    id: z.string(),
    source: z.string(),
    ref: z.string(),
    url: z.string().nullable(),
    title: z.string(),
    text: z.string(),
    publishedAt: Instant,
    sentiment: Sentiment,
    reposts: z.number().int(),
    comments: z.number().int(),
    likes: z.number().int(),
    heat: z.number().int(),
    region: z.string().nullable(),
    caseId: z.string().nullable(),
    /** the hot issue the item is attached to (by the operator or by text match); id null when no current run holds it */
    cluster: z
      .object({
        id: z.string().nullable(),
        description: z.string().nullable(),
        by: z.enum(['auto', 'operator']),
      })
      .nullable(),
    importedAt: Instant,
  })
  .meta({ id: 'OpinionItem' });

export const OpinionItemPage = z.object({ total: z.number().int(), items: z.array(OpinionItemOut) });

export const AlertClockOut = z.enum(['open', 'overdue', 'responded', 'responded_late']);

export const OpinionAlertOut = z
  .object({
    id: z.string(),
    level: OpinionLevel,
    heat: z.number().int(),
    hours: z.number().int(),
    raisedAt: Instant,
    dueAt: Instant,
    respondedAt: Instant.nullable(),
    response: z.string().nullable(),
    clock: AlertClockOut,
    /** when the district was told the clock ran out unanswered (once; opinion.jobs.ts) */
    overdueNotifiedAt: Instant.nullable(),
    item: OpinionItemOut,
  })
  .meta({ id: 'OpinionAlert' });

export const OpinionAlertList = z.object({
  items: z.array(OpinionAlertOut),
  counts: z.object({
    open: z.number().int(),
    overdue: z.number().int(),
    responded: z.number().int(),
    respondedLate: z.number().int(),
  }),
});

export const IngestResultOut = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  alerts: z.number().int(),
  items: z.array(
    z.object({
      id: z.string(),
      created: z.boolean(),
      alertId: z.string().nullable(),
      clusterCaseId: z.string().nullable(),
    }),
  ),
});

export const LinkedOut = z.object({ id: z.string(), caseId: z.string() });
export const ClusteredOut = z.object({ id: z.string(), clusterId: z.string() });
export const RespondedOut = z.object({ id: z.string(), respondedAt: Instant, clock: AlertClockOut });
export const OpinionSettingsOut = OpinionSettings;
