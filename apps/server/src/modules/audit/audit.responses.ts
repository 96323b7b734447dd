import { z } from 'zod';
import { Instant, page } from '../../lib/responses.ts';

export const AuditEntry = z
  .object({
    id: z.string(),
    at: Instant,
    actorUsername: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    ip: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export const AuditPage = page(AuditEntry);
