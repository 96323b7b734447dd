import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { pickLang, translateDetails, translateError, type Lang } from '../../lib/i18n.ts';
import { checkKey } from '../../lib/idempotency.ts';
import { assertNoControlChars } from '../../lib/input.ts';
import { counterKey, hit, hitsOf } from '../../lib/ratelimit.ts';
import { verifyApiKey } from '../apikeys/apikeys.service.ts';
import {
  CONTENT_TYPE,
  formatOfUrl,
  render,
  renderErrors,
  splitFormat,
  type Format,
  type Open311ErrorItem,
  type XmlValue,
} from './open311.format.ts';
import {
  fieldsAdd,
  fieldsFromForm,
  fieldsFromObject,
  forbiddenKey,
  one,
  open311Path,
  parseListQuery,
  type Fields,
} from './open311.input.ts';
import * as service from './open311.service.ts';
import {
  Open311Created,
  Open311Discovery,
  Open311Request,
  Open311Service,
  Open311ServiceDefinition,
  Open311Token,
  open311Response,
} from './open311.responses.ts';

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) at /open311/v2: discovery, services, service
 * definitions, requests (POST with an api_key) and tokens, in JSON and XML. Public like the spec wants; errors are
 * the spec's array of { code, description } with the HTTP status as code.
 */

const FORMATS: Format[] = ['json', 'xml'];
const GET_LIMIT = { max: 300, timeWindow: '1 minute' } as const;
/** Wrong API keys an address may present before it is refused for the rest of the window (guessing keys). */
export const BAD_KEY_LIMIT = { max: 10, windowMs: 10 * 60_000 } as const;

type Query = Record<string, string | string[] | undefined>;

/** Some clients put api_key in the query string rather than the body. */
function queryKey(req: FastifyRequest): string | undefined {
  const v = (req.query as Query).api_key;
  return Array.isArray(v) ? v[0] : v;
}

function langOf(req: FastifyRequest): Lang {
  return pickLang(req.headers['accept-language'], req.cookies?.og_lang);
}

function send(reply: FastifyReply, format: Format, root: string, value: XmlValue, status = 200) {
  return reply
    .status(status)
    .type(CONTENT_TYPE[format])
    .send(render(format, root, value));
}

function fileParam(req: FastifyRequest): { name: string; format: Format } {
  const { file } = req.params as { file: string };
  const parsed = splitFormat(file);
  if (!parsed) throw notFound('resource');
  return parsed;
}

function idempotencyKeyOf(req: FastifyRequest): string | undefined {
  const raw = req.headers['idempotency-key'];
  return checkKey(Array.isArray(raw) ? raw[0] : raw);
}

/** The submitted fields of a POST, whatever way the client encoded them. */
async function readFields(req: FastifyRequest): Promise<Fields> {
  if (req.isMultipart()) {
    const f: Fields = new Map();
    let fileSent = false;
    for await (const part of req.parts({ limits: { fields: 60, fieldSize: 10_000, files: 1 } })) {
      if (part.type === 'file') {
        fileSent = true;
        part.file.resume(); // drain; we do not store uploads from Open311 clients
      } else if (typeof part.value === 'string') {
        fieldsAdd(f, part.fieldname, part.value);
      }
    }
    if (fileSent) {
      throw new AppError('VALIDATION_FAILED', {
        details: [{ path: 'media', key: 'media_url_only' }],
      });
    }
    assertNoControlChars(f, 'body', true); // multipart fields are read here, after the app's hook
    return f;
  }
  if (req.body instanceof Map) return req.body as Fields;
  return fieldsFromObject(req.body ?? {});
}

/** GeoReport v2 clients are programs: details in English unless the request asks for a language. */
const detailLangOf = (req: FastifyRequest): Lang =>
  req.cookies?.og_lang || req.headers['accept-language'] ? langOf(req) : 'en-US';

const rateLimited = () => new AppError('RATE_LIMITED');

/** Rate-limit POSTs per API key (falling back to the address when there is none). */
function postKey(req: FastifyRequest): string {
  const body: unknown = req.body;
  let key: string | undefined;
  if (body instanceof Map) key = one(body as Fields, 'api_key');
  else if (body && typeof body === 'object' && 'api_key' in body && typeof body.api_key === 'string')
    key = body.api_key;
  key ??= queryKey(req);
  return key ? `key:${key.slice(0, 100)}` : `ip:${req.ip}`;
}

function toErrors(
  err: FastifyError | AppError,
  req: FastifyRequest,
): { status: number; items: Open311ErrorItem[] } {
  if (err instanceof AppError) {
    const status = err.status;
    if (err.code === 'INTERNAL') req.log.error({ err: err.cause ?? err }, 'internal error');
    const items = err.details?.length
      ? translateDetails(detailLangOf(req), err.details).map((d) => ({
          code: status,
          description: d.path ? `${open311Path(d.path)}: ${d.message}` : d.message,
        }))
      : [{ code: status, description: translateError(langOf(req), err.code, { ...err.params, count: 0 }) }];
    return { status, items };
  }
  const status = err.statusCode ?? 500;
  if (status === 429)
    return { status, items: [{ code: 429, description: translateError(langOf(req), 'RATE_LIMITED', {}) }] };
  if (status >= 400 && status < 500) return { status, items: [{ code: status, description: err.message }] };
  req.log.error({ err }, 'unhandled error');
  return { status: 500, items: [{ code: 500, description: translateError(langOf(req), 'INTERNAL', {}) }] };
}

export async function open311Routes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  if (!app.hasContentTypeParser('application/x-www-form-urlencoded')) {
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_req, body, done) => {
        done(null, fieldsFromForm(String(body)));
      },
    );
  }

  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    const format = formatOfUrl(req.url);
    const { status, items } = toErrors(err, req);
    return reply.status(status).type(CONTENT_TYPE[format]).send(renderErrors(format, items));
  });

  // Open311 data is public and needs no cookies, so any origin may read it.
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('access-control-allow-origin', '*');
    return payload;
  });

  const opts = (summary: string, response: ReturnType<typeof open311Response>) => ({
    schema: { tags: ['open311'], summary, response },
    config: { auth: false, rateLimit: GET_LIMIT },
  });

  for (const format of FORMATS) {
    app.get(
      `/discovery.${format}`,
      opts('Discovery', open311Response(Open311Discovery, [format])),
      async (req, reply) => {
        const base = `${req.protocol}://${req.host}/open311/v2`;
        return send(reply, format, 'discovery', service.discovery(base, ctx.config.demo));
      },
    );

    app.get(
      `/services.${format}`,
      opts('Service list', open311Response(z.array(Open311Service), [format])),
      async (req, reply) => send(reply, format, 'services', await service.listServices(ctx.db, langOf(req))),
    );

    app.get(
      `/requests.${format}`,
      opts('Service requests', open311Response(z.array(Open311Request), [format])),
      async (req, reply) => {
        const q = parseListQuery(req.query as Query);
        return send(reply, format, 'service_requests', await service.listRequests(ctx, q, langOf(req)));
      },
    );

    app.post(
      `/requests.${format}`,
      {
        schema: {
          tags: ['open311'],
          summary: 'Create a service request (api_key)',
          response: open311Response(z.array(Open311Created), [format]),
        },
        config: {
          auth: false,
          rateLimit: { max: 60, timeWindow: '1 minute', hook: 'preHandler', keyGenerator: postKey },
        },
      },
      async (req, reply) => {
        const fields = await readFields(req);
        const presented = one(fields, 'api_key') ?? queryKey(req);
        // Per address, whatever key it tries: a new random key each time escaped the per-key limit.
        const badKeys = counterKey('open311-bad-key', req.ip);
        if ((await hitsOf(ctx.db, badKeys, BAD_KEY_LIMIT.windowMs)) >= BAD_KEY_LIMIT.max) throw rateLimited();
        const key = await verifyApiKey(ctx.db, presented);
        if (!key) {
          const { hits } = await hit(ctx.db, badKeys, BAD_KEY_LIMIT.windowMs);
          throw hits > BAD_KEY_LIMIT.max ? rateLimited() : forbiddenKey();
        }
        const out = await service.createRequest(ctx, fields, {
          key,
          ip: req.ip,
          requestId: req.id,
          idempotencyKey: idempotencyKeyOf(req),
          lang: langOf(req),
        });
        if (out.replayed) reply.header('idempotent-replayed', 'true');
        return send(reply, format, 'service_requests', out.items);
      },
    );
  }

  app.get(
    '/services/:file',
    opts('Service definition', open311Response(Open311ServiceDefinition, FORMATS)),
    async (req, reply) => {
      const { name, format } = fileParam(req);
      return send(
        reply,
        format,
        'service_definition',
        await service.serviceDefinition(ctx.db, name, langOf(req)),
      );
    },
  );

  app.get(
    '/requests/:file',
    opts('One service request', open311Response(z.array(Open311Request), FORMATS)),
    async (req, reply) => {
      const { name, format } = fileParam(req);
      const extensions = (req.query as Query).extensions === 'true';
      return send(
        reply,
        format,
        'service_requests',
        await service.getRequest(ctx, name, langOf(req), extensions),
      );
    },
  );

  app.get(
    '/tokens/:file',
    opts('Service request id from a token', open311Response(z.array(Open311Token), FORMATS)),
    async (req, reply) => {
      const { name, format } = fileParam(req);
      return send(reply, format, 'service_requests', await service.requestIdOfToken(ctx.db, name));
    },
  );

  app.options('/*', { schema: { hide: true }, config: { auth: false } }, async (_req, reply) =>
    reply
      .header('access-control-allow-methods', 'GET, POST, OPTIONS')
      .header('access-control-allow-headers', 'Content-Type, Idempotency-Key')
      .header('access-control-max-age', '86400')
      .status(204)
      .send(),
  );

  // Anything else under /open311/v2 answers in the spec's error format, not the console's.
  app.route({
    method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    url: '/*',
    schema: { hide: true },
    config: { auth: false },
    handler: async () => {
      throw notFound('resource');
    },
  });
}
