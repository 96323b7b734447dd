import { z } from 'zod';
import { InstanceStatus, RegionCode, TemplateInput, TemplateStatus } from '@onegrid/domain';

/** Request schemas of 一表通. */

export const IdParams = z.object({ id: z.uuid() });

export const TemplateBody = TemplateInput;

export const TemplateListQuery = z.object({
  status: TemplateStatus.optional(),
  /** only the templates of the caller's unit */
  mine: z.enum(['true', 'false']).optional(),
});

export const ReviewBody = z.strictObject({ note: z.string().trim().max(500).optional() });
export const RejectBody = z.strictObject({ note: z.string().trim().min(2).max(500) });

export const SendBody = z.strictObject({
  /** 2026-11 (monthly), 2026-Q4, 2026, 2026-12-06 (once) */
  period: z.string().trim().min(4).max(10),
  /** only the communities of these streets (inside the sender's jurisdiction); all when absent */
  streetCodes: z.array(RegionCode).max(50).optional(),
  /** 社区准入: the admitted survey item it goes on; absent: the item in force that admits this template */
  admissionItemId: z.uuid().optional(),
});

export const InstanceListQuery = z.object({
  status: InstanceStatus.optional(),
  sendingId: z.uuid().optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

export const CellValueIn = z.union([z.number(), z.string().max(500), z.boolean(), z.null()]);
export const CellsBody = z.strictObject({
  cells: z
    .array(
      z.strictObject({
        key: z.string().min(1).max(40),
        value: CellValueIn,
        /** why a pre-filled value is corrected (required when it differs from the base's value) */
        reason: z.string().trim().max(300).optional(),
      }),
    )
    .min(1)
    .max(60),
});

export const ReturnBody = z.strictObject({ reason: z.string().trim().min(2).max(500) });
