import { z } from 'zod';

export const ImportResult = z
  .object({ imported: z.number(), created: z.number(), updated: z.number() })
  .meta({ id: 'ImportResult' });
export const BoundariesImported = z.object({ updated: z.number() });
