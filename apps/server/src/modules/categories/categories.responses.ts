import { z } from 'zod';
import { Urgency } from '@onegrid/domain';

export const Category = z
  .object({
    code: z.string(),
    parentCode: z.string().nullable(),
    nameZh: z.string(),
    nameEn: z.string(),
    isLeaf: z.boolean(),
    defaultUrgency: Urgency,
    serviceCode: z.string().nullable(),
    gridSolvable: z.boolean(),
    keywords: z.array(z.string()),
    active: z.boolean(),
    /** Published de-identified on the Open311 feed; facility: at the exact place. */
    public: z.boolean(),
    facility: z.boolean(),
  })
  .meta({ id: 'Category' });
export const CategoryList = z.object({ items: z.array(Category) });
export const CategoryCodeOnly = z.object({ code: z.string() });
