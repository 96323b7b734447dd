import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { AppError, invalid } from '../../lib/errors.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import * as service from './uploads.service.ts';
import { imageResponse, sendImage } from './public.ts';

/** The one file of a multipart request, in field `file`; the multipart limit (5 MB) answers 413 beyond it. */
async function readFile(req: FastifyRequest): Promise<Buffer> {
  if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const part = await req.file();
  if (!part || part.fieldname !== 'file') throw invalid([{ path: 'file', key: 'multipart_file' }]);
  try {
    return await part.toBuffer();
  } catch (err) {
    // The size limit answers 413 (it has a status); a body cut off mid-file is the client's fault, not a 500.
    if ((err as { statusCode?: number }).statusCode) throw err;
    throw invalid([{ path: 'file', key: 'upload_cut_off' }]);
  }
}

const Params = z.object({ id: z.uuid() });
const Created = z.object({ id: z.uuid() });
const Tracking = z.object({
  case: z.string().regex(/^\d{16}$/, 'a case number'),
  t: z.string().min(1).max(200),
});
const multipart = { consumes: ['multipart/form-data'], response: { 201: Created } };

// Photos of cases: staff and residents upload them before the case (or the step) they belong to is saved.
export async function uploadRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/uploads', { schema: { tags: ['uploads'], ...multipart } }, async (req, reply) => {
    const actor = actorOf(req);
    const created = await service.storeUpload(ctx.db, { actor }, await readFile(req), ctx.config.uploads);
    return reply.status(201).send(created);
  });

  r.post(
    '/public/uploads',
    {
      config: { auth: false, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags: ['public'], ...multipart },
    },
    async (req, reply) => {
      const uploader = { actor: null, ip: req.ip, requestId: req.id };
      const created = await service.storeUpload(ctx.db, uploader, await readFile(req), ctx.config.uploads);
      return reply.status(201).send(created);
    },
  );

  r.get(
    '/uploads/:id',
    { schema: { tags: ['uploads'], params: Params, response: { 200: imageResponse } } },
    async (req, reply) => {
      const image = await service.getUpload(ctx.db, actorOf(req), req.params.id);
      return sendImage(reply, image, 'private, max-age=300');
    },
  );

  r.get(
    '/public/uploads/:id',
    {
      config: { auth: false, rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: { tags: ['public'], params: Params, querystring: Tracking, response: { 200: imageResponse } },
    },
    async (req, reply) => {
      const image = await service.getTrackedUpload(ctx.db, req.params.id, req.query.case, req.query.t);
      return sendImage(reply, image, 'private, max-age=300');
    },
  );
}
