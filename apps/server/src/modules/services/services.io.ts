import { z } from 'zod';
import {
  MAX_PROMISE_DAYS,
  MaterialCheck,
  ServiceChannel,
  ServiceItemInput,
  StageAction,
  StageStatus,
  ApplicationStatus,
  TrackingCode,
} from '@onegrid/domain';
import { Paging } from '../../lib/paging.ts';
import { Phone } from '../../lib/case-fields.ts';

export const IdParams = z.object({ id: z.uuid() });
export const CodeParams = z.object({ code: TrackingCode });
export const ObligationParams = z.object({ id: z.uuid(), code: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/) });

export const ItemBody = ServiceItemInput;
export type ItemBody = z.infer<typeof ItemBody>;

export const BundleBody = z.object({
  code: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/),
  name: z.string().trim().min(2).max(100),
  nameEn: z.string().trim().max(200).default(''),
  description: z.string().trim().max(2000).default(''),
  itemIds: z.array(z.uuid()).min(2).max(20),
});
export type BundleBody = z.infer<typeof BundleBody>;

export const SendBody = z.object({ phone: Phone });

export const ApplicationCreate = z
  .object({
    itemId: z.uuid().optional(),
    bundleId: z.uuid().optional(),
    /** the applicant, a person of the base data the window may see */
    applicantPersonId: z.uuid(),
    channel: ServiceChannel.optional(),
    materials: z.array(MaterialCheck).max(100),
    /** 容缺: working days the applicant has to bring what was promised */
    promiseDays: z.number().int().min(1).max(MAX_PROMISE_DAYS).default(5),
    note: z.string().trim().max(1000).optional(),
  })
  .refine((v) => (v.itemId ? !v.bundleId : !!v.bundleId), { path: ['itemId'], message: 'item_or_bundle' });
export type ApplicationCreate = z.infer<typeof ApplicationCreate>;

export const ApplicationListQuery = Paging.extend({
  status: ApplicationStatus.optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
export type ApplicationListQuery = z.infer<typeof ApplicationListQuery>;

export const StageListQuery = Paging.extend({
  status: StageStatus.optional(),
  open: z.enum(['true', 'false']).optional(),
});
export type StageListQuery = z.infer<typeof StageListQuery>;

export const StageActionBody = z.object({
  action: StageAction,
  note: z.string().trim().max(1000).optional(),
});
export type StageActionBody = z.infer<typeof StageActionBody>;

export const FulfilBody = z.object({ uploadId: z.uuid().optional() });
