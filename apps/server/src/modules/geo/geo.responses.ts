import { z } from 'zod';
import { CodeName } from '../../lib/responses.ts';

export const LocateResult = z
  .object({
    point: z.object({ lon: z.number(), lat: z.number() }),
    grid: CodeName.nullable(),
    community: CodeName.nullable(),
    street: CodeName.nullable(),
    district: CodeName.nullable(),
  })
  .meta({ id: 'LocateResult' });
