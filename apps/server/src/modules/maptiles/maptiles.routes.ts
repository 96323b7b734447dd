import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';

export const MapTilesAnswer = z
  .object({
    /** null: no tile layer (the default); the maps draw the address library's roads and buildings alone */
    tiles: z
      .object({
        /** XYZ templates with {z}/{x}/{y} and optionally {s}, drawn bottom first */
        urls: z.array(z.string()),
        subdomains: z.array(z.string()),
        attribution: z.string(),
        maxZoom: z.number().int(),
      })
      .nullable(),
  })
  .meta({ id: 'MapTiles' });

/**
 * The optional raster tile layer under the maps (MAP_TILE_URL or TIANDITU_KEY, see config.ts): public, as the
 * residents' report page draws the same map. Off by default.
 */
export async function mapTileRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/public/map/tiles',
    {
      schema: {
        tags: ['public'],
        description: 'The optional tile layer the maps draw under the roads and buildings (null when none).',
        response: { 200: MapTilesAnswer },
      },
      config: { auth: false, rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return { tiles: ctx.config.mapTiles ?? null };
    },
  );
}
