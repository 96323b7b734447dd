import { z } from 'zod';
import { DurationUnit, Urgency } from '@onegrid/domain';

export const Duration = z.object({ value: z.number(), unit: DurationUnit }).meta({ id: 'Duration' });
export const DeadlinePolicy = z
  .object({
    id: z.string(),
    categoryCode: z.string().nullable(),
    categoryName: z.string().nullable(),
    categoryNameEn: z.string().nullable(),
    urgency: Urgency,
    accept: Duration,
    respond: Duration,
    resolve: Duration,
  })
  .meta({ id: 'DeadlinePolicy' });
export const DeadlinePolicyList = z.object({ items: z.array(DeadlinePolicy) });
