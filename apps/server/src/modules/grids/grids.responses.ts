import { z } from 'zod';
import { CodeName, GeoJsonGeometry, page } from '../../lib/responses.ts';

export const GridRow = z
  .object({
    code: z.string(),
    name: z.string(),
    communityCode: z.string(),
    communityName: z.string(),
    households: z.number(),
    workerCount: z.number(),
  })
  .meta({ id: 'GridRow' });
export const GridPage = page(GridRow);

export const GridWorker = z
  .object({ id: z.string(), username: z.string(), name: z.string(), phoneMasked: z.string().nullable() })
  .meta({ id: 'GridWorker' });
export const GridDetail = z
  .object({
    code: z.string(),
    name: z.string(),
    households: z.number(),
    community: CodeName.nullable(),
    street: CodeName.nullable(),
    boundary: GeoJsonGeometry,
    workers: z.array(GridWorker),
  })
  .meta({ id: 'GridDetail' });
export const GridCreated = z.object({ code: z.string() });
