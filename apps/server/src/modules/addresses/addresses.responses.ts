import { z } from 'zod';
import { AddressKind } from '@onegrid/domain';

const Item = {
  id: z.guid(),
  kind: AddressKind,
  name: z.string(),
  fullName: z.string(),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  gridCode: z.string().nullable(),
  communityCode: z.string().nullable(),
  streetCode: z.string(),
};

/** A geocoding candidate: the node, its point and where it lies, and how well it answers the text (0..1). */
export const AddressCandidate = z.object({ ...Item, score: z.number() }).meta({ id: 'AddressCandidate' });
export const AddressCandidates = z.object({ items: z.array(AddressCandidate) });

const Near = z.object({ ...Item, distanceM: z.number() }).nullable();
export const AddressReverse = z.object({ doorplate: Near, building: Near }).meta({ id: 'AddressReverse' });

const Geometry = z.object({ type: z.string(), coordinates: z.unknown() });

const NodeFields = {
  ...Item,
  parentId: z.guid().nullable(),
  footprint: Geometry.nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  inUse: z.boolean(),
};
export const AddressNode = z.object(NodeFields).meta({ id: 'AddressNode' });
export const AddressDetail = z
  .object({
    ...NodeFields,
    children: z.array(AddressNode),
    path: z.array(z.object({ id: z.guid(), kind: AddressKind, name: z.string(), fullName: z.string() })),
  })
  .meta({ id: 'AddressDetail' });

/** Roads (centre lines) and building footprints of a box, GeoJSON. */
export const AddressLayers = z
  .object({
    type: z.literal('FeatureCollection'),
    truncated: z.boolean(),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        geometry: Geometry,
        properties: z.object({ id: z.guid(), kind: z.enum(['road', 'building']), name: z.string() }),
      }),
    ),
  })
  .meta({ id: 'AddressLayers' });
