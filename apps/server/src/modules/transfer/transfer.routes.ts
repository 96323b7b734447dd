import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { AppError, invalid } from '../../lib/errors.ts';
import { pickLang } from '../../lib/i18n.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import type { Upload } from './transfer.parse.ts';
import * as service from './transfer.service.ts';
import { TABLE_ENTITIES } from './transfer.types.ts';
import { BoundariesImported, ImportResult } from './transfer.responses.ts';
import { fileResponse } from '../../lib/responses.ts';

const Entity = z.enum(TABLE_ENTITIES);

/** The one file of a multipart request, in field `file`; the multipart limit (5 MB) answers 413 beyond it. */
async function readUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const part = await req.file();
  if (!part || part.fieldname !== 'file') throw invalid([{ path: 'file', key: 'multipart_file' }]);
  return { filename: part.filename, data: await part.toBuffer() };
}

const langOf = (req: FastifyRequest) => pickLang(req.headers['accept-language'], req.cookies.og_lang);

// Import and export of units, users, categories, the duty list (xlsx/csv) and boundaries (GeoJSON).
export async function transferRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/export/boundaries.geojson',
    {
      schema: {
        tags: ['transfer'],
        querystring: z.object({ level: z.enum(['street', 'community', 'grid']) }),
        response: { 200: fileResponse('GeoJSON FeatureCollection (attachment)', 'application/geo+json') },
      },
    },
    async (req, reply) => {
      const file = await service.exportBoundaries(ctx.db, actorOf(req), req.query.level);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', file.disposition)
        .header('cache-control', 'no-store')
        .send(JSON.stringify(file.body));
    },
  );

  r.get(
    '/export/:entity.:format',
    {
      schema: {
        tags: ['transfer'],
        params: z.object({ entity: Entity, format: z.enum(['xlsx', 'csv']) }),
        response: {
          200: fileResponse(
            'The table as a workbook or CSV (attachment)',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'text/csv',
          ),
        },
      },
    },
    async (req, reply) => {
      const file = await service.exportTable(
        ctx.db,
        ctx.pii,
        actorOf(req),
        req.params.entity,
        req.params.format,
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', file.disposition)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );

  r.post(
    '/import/boundaries',
    {
      schema: {
        tags: ['transfer'],
        consumes: ['multipart/form-data'],
        response: { 200: BoundariesImported },
      },
    },
    async (req) => {
      return service.importBoundaries(ctx, actorOf(req), langOf(req), () => readUpload(req));
    },
  );

  r.post(
    '/import/:entity',
    {
      schema: {
        tags: ['transfer'],
        consumes: ['multipart/form-data'],
        params: z.object({ entity: Entity }),
        response: { 200: ImportResult },
      },
    },
    async (req) => {
      return service.importTable(ctx, actorOf(req), langOf(req), req.params.entity, () => readUpload(req));
    },
  );
}
