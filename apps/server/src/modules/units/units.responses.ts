import { z } from 'zod';
import { UnitKind } from '@onegrid/domain';
import { CodeNameLevel, page } from '../../lib/responses.ts';

export const Unit = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: UnitKind,
    parentId: z.string().nullable(),
    parentName: z.string().nullable(),
    jurisdiction: CodeNameLevel,
    phone: z.string().nullable(),
    active: z.boolean(),
    userCount: z.number(),
  })
  .meta({ id: 'Unit' });
export const UnitPage = page(Unit);
