import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AddressKind, AreaGeometry, WGS84Point } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import * as service from './addresses.service.ts';
import { addressesOf } from './public.ts';
import {
  AddressCandidates,
  AddressDetail,
  AddressLayers,
  AddressNode,
  AddressReverse,
} from './addresses.responses.ts';

const SearchQuery = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(20).default(8),
  /** a district, street, community or grid code the candidates must lie in */
  within: z
    .string()
    .regex(/^\d{12}(\d{3})?$/)
    .optional(),
});
const LayersQuery = z.object({
  /** minLon,minLat,maxLon,maxLat */
  bbox: z
    .string()
    .regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/)
    .transform((s) => s.split(',').map(Number) as [number, number, number, number])
    .refine(([a, b, c, d]) => a < c && b < d && c - a <= 5 && d - b <= 5, 'bbox_invalid'),
  /** the web map zoom level the box is drawn at (roads from 12, buildings from 15) */
  zoom: z.coerce.number().min(0).max(22),
});
const Params = z.object({ id: z.guid() });
const Point = z.object({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) });
const LineString = z.object({
  type: z.literal('LineString'),
  coordinates: z.array(z.tuple([z.number(), z.number()])).min(2),
});
const Name = z.string().trim().min(1).max(100);
const NodeCreate = z.object({
  parentId: z.guid().optional(),
  kind: AddressKind,
  name: Name,
  /** for a road or compound directly under a community */
  communityCode: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
  lon: Point.shape.lon.optional(),
  lat: Point.shape.lat.optional(),
  /** a building's footprint or a road's centre line */
  footprint: z.union([AreaGeometry, LineString]).optional(),
  validFrom: z.iso.date().optional(),
});
const NodePatch = z
  .object({
    name: Name,
    lon: Point.shape.lon,
    lat: Point.shape.lat,
    footprint: z.union([AreaGeometry, LineString]).nullable(),
  })
  .partial()
  .refine((p) => (p.lon === undefined) === (p.lat === undefined), {
    message: 'give_lon_and_lat',
    path: ['lon'],
  });

function box(b: [number, number, number, number]) {
  return { minLon: b[0], minLat: b[1], maxLon: b[2], maxLat: b[3] };
}

/**
 * The address library (标准地址, issue 10): geocoding, reverse geocoding, map layers and the tree — P0 public
 * geography, for any signed-in user and (rate-limited, for the resident's report form) the public; the system
 * administrator keeps the tree within the jurisdiction (create, rename, move the point, retire), audited.
 */
export async function addressRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const addresses = addressesOf(ctx);

  r.get(
    '/addresses/search',
    { schema: { tags: ['addresses'], querystring: SearchQuery, response: { 200: AddressCandidates } } },
    async (req) => ({ items: await service.search(addresses, req.query) }),
  );
  r.get(
    '/addresses/reverse',
    { schema: { tags: ['addresses'], querystring: WGS84Point, response: { 200: AddressReverse } } },
    async (req) => service.reverse(addresses, req.query.lon, req.query.lat),
  );
  r.get(
    '/addresses/layers',
    { schema: { tags: ['addresses'], querystring: LayersQuery, response: { 200: AddressLayers } } },
    async (req) => service.layers(addresses, box(req.query.bbox), req.query.zoom),
  );
  r.get(
    '/addresses/:id',
    { schema: { tags: ['addresses'], params: Params, response: { 200: AddressDetail } } },
    async (req) => service.detail(ctx.db, req.params.id),
  );
  r.post(
    '/addresses',
    { schema: { tags: ['addresses'], body: NodeCreate, response: { 201: AddressNode } } },
    async (req, reply) => {
      const out = await service.createNode(ctx.db, ctx.geo, actorOf(req), req.body);
      addresses.invalidate();
      return reply.status(201).send(out);
    },
  );
  r.patch(
    '/addresses/:id',
    { schema: { tags: ['addresses'], params: Params, body: NodePatch, response: { 200: AddressDetail } } },
    async (req) => {
      const out = await service.updateNode(ctx.db, ctx.geo, actorOf(req), req.params.id, req.body);
      addresses.invalidate();
      return out;
    },
  );
  r.post(
    '/addresses/:id/retire',
    {
      schema: {
        tags: ['addresses'],
        params: Params,
        body: z.object({ validTo: z.iso.date().optional() }),
        response: { 200: AddressDetail },
      },
    },
    async (req) => {
      const out = await service.retireNode(ctx.db, actorOf(req), req.params.id, req.body.validTo);
      addresses.invalidate();
      return out;
    },
  );

  // The resident's report form: the same answers, without a session, rate-limited per address.
  r.get(
    '/public/addresses/search',
    {
      schema: { tags: ['public'], querystring: SearchQuery, response: { 200: AddressCandidates } },
      config: { auth: false, rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (req) => ({ items: await service.search(addresses, req.query) }),
  );
  r.get(
    '/public/addresses/reverse',
    {
      schema: { tags: ['public'], querystring: WGS84Point, response: { 200: AddressReverse } },
      config: { auth: false, rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (req) => service.reverse(addresses, req.query.lon, req.query.lat),
  );
  r.get(
    '/public/addresses/layers',
    {
      schema: { tags: ['public'], querystring: LayersQuery, response: { 200: AddressLayers } },
      config: { auth: false, rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (req) => service.layers(addresses, box(req.query.bbox), req.query.zoom),
  );
}
