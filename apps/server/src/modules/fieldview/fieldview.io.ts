import { z } from 'zod';

export const FieldviewQuery = z.object({
  /** a region (street, community, or the district) inside the viewer's jurisdiction; default: the jurisdiction */
  scope: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
  /** today, or this week (Monday to now), in Asia/Shanghai */
  period: z.enum(['today', 'week']).default('today'),
});
export type FieldviewQuery = z.infer<typeof FieldviewQuery>;

export const WorkerParams = z.object({ id: z.uuid() });

export const WorkerQuery = z.object({
  /** how many days of the worker's log (patrols, visits, quick fixes) */
  days: z.coerce.number().int().min(1).max(60).default(14),
});
export type WorkerQuery = z.infer<typeof WorkerQuery>;

export const RecordParams = z.object({ id: z.uuid() });

export const VisitRecordQuery = z.object({
  /** why the viewer reveals a visit whose class they may only reveal (audited with the read) */
  reveal: z.string().trim().min(2).max(200).optional(),
});
export type VisitRecordQuery = z.infer<typeof VisitRecordQuery>;
