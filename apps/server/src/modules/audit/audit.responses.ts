import { z } from 'zod';
import { Instant, page } from '../../lib/responses.ts';

export const AuditEntry = z
  .object({
    id: z.string(),
    at: Instant,
    actorUsername: z.string().nullable(),
    /** The actor's name and unit, and the entity's name (case title, user, unit, grid, category) when known. */
    actorName: z.string().nullable().optional(),
    actorUnit: z.string().nullable().optional(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    entityName: z.string().nullable().optional(),
    before: z.unknown(),
    after: z.unknown(),
    ip: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export const AuditPage = page(AuditEntry);
