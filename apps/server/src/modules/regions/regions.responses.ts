import { z } from 'zod';
import { RegionLevel } from '@onegrid/domain';
import { CodeNameLevel, GeoJsonGeometry } from '../../lib/responses.ts';

export interface RegionNodeShape {
  code: string;
  name: string;
  level: z.infer<typeof RegionLevel>;
  children: RegionNodeShape[];
}
export const RegionNode: z.ZodType<RegionNodeShape> = z
  .object({
    code: z.string(),
    name: z.string(),
    level: RegionLevel,
    get children() {
      return z.array(RegionNode);
    },
  })
  .meta({ id: 'RegionNode' });

export const RegionInfo = z
  .object({
    code: z.string(),
    name: z.string(),
    level: RegionLevel,
    parentCode: z.string().nullable(),
    path: z.array(CodeNameLevel),
    childCount: z.number(),
    gridCount: z.number(),
    households: z.number(),
  })
  .meta({ id: 'RegionInfo' });

/** A region or grid on the map; level for regions, households for grids. */
export const MapFeature = z
  .object({
    type: z.literal('Feature'),
    id: z.string(),
    properties: z.object({
      code: z.string(),
      name: z.string(),
      kind: z.enum(['region', 'grid']),
      level: RegionLevel.optional(),
      households: z.number().optional(),
    }),
    geometry: GeoJsonGeometry,
  })
  .meta({ id: 'MapFeature' });
export const RegionMap = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(MapFeature) })
  .meta({ id: 'RegionMap' });
