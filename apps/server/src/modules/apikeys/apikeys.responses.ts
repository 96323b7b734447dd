import { z } from 'zod';
import { Instant } from '../../lib/responses.ts';

export const ApiKey = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    unit: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    createdAt: Instant,
    createdBy: z.string().nullable(),
    revokedAt: Instant.nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'ApiKey' });
export const ApiKeyList = z.object({ items: z.array(ApiKey) });
/** The key itself is shown once, here. */
export const ApiKeyCreated = z
  .object({ id: z.string(), name: z.string(), prefix: z.string(), key: z.string() })
  .meta({ id: 'ApiKeyCreated' });
