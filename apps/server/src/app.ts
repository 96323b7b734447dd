import fs from 'node:fs';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { AppError, type ErrorDetail } from './lib/errors.ts';
import { strictSerializerCompiler, withErrorResponses } from './lib/responses.ts';
import { pickLang, translateDetails, translateError } from './lib/i18n.ts';
import { zodDetail } from './lib/i18n.details.ts';
import type { AppContext } from './lib/context.ts';
import { rejectControlChars } from './lib/input.ts';
import { loggerOptions, prettyLogs, requestIdOf } from './lib/logging.ts';
import { httpDuration, httpRequests, routeLabel } from './lib/metrics.ts';
import { pgRateLimitStore } from './lib/ratelimit.ts';
import { authPlugin } from './modules/auth/auth.plugin.ts';
import type { SessionCache } from './modules/auth/session-cache.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { regionRoutes } from './modules/regions/regions.routes.ts';
import { gridRoutes } from './modules/grids/grids.routes.ts';
import { geoRoutes } from './modules/geo/geo.routes.ts';
import { unitRoutes } from './modules/units/units.routes.ts';
import { userRoutes } from './modules/users/users.routes.ts';
import { categoryRoutes } from './modules/categories/categories.routes.ts';
import { dutyRoutes } from './modules/duties/duties.routes.ts';
import { deadlineRoutes } from './modules/deadlines/deadlines.routes.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { transferRoutes } from './modules/transfer/transfer.routes.ts';
import { uploadRoutes } from './modules/uploads/uploads.routes.ts';
import { apiKeyRoutes } from './modules/apikeys/apikeys.routes.ts';
import { open311Routes } from './modules/open311/open311.routes.ts';
import { duplicateRoutes } from './modules/duplicates/duplicates.routes.ts';
import { classifyRoutes } from './modules/classify/classify.routes.ts';
import { caseRoutes } from './modules/cases/cases.routes.ts';
// lane city (issue 14)
import { forwardingRoutes } from './modules/cases/forwarding.routes.ts';
import { caseAttachRoutes } from './modules/cases/attach.routes.ts';
import { supervisionRoutes } from './modules/supervision/supervision.routes.ts';
import { publicCaseRoutes } from './modules/cases/public.routes.ts';
import { myCaseRoutes } from './modules/cases/mine.routes.ts';
import { privacyRoutes } from './modules/privacy/privacy.routes.ts';
import { notificationRoutes } from './modules/notifications/notifications.routes.ts';
import { whistleRoutes } from './modules/whistles/whistles.routes.ts';
import { basedataRoutes } from './modules/basedata/basedata.routes.ts';
import { assessmentRoutes } from './modules/assessment/assessment.routes.ts';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.ts';
import { addressRoutes } from './modules/addresses/addresses.routes.ts';
import { reportRoutes } from './modules/reports/reports.routes.ts';
import { baseviewRoutes } from './modules/baseview/baseview.routes.ts';
import { fieldworkRoutes } from './modules/fieldwork/fieldwork.routes.ts';
import { fieldRulesRoutes } from './modules/fieldrules/public.ts';
import { mediationRoutes } from './modules/mediation/mediation.routes.ts';
import { participationRoutes } from './modules/participation/participation.routes.ts';
import { pointsRoutes } from './modules/points/points.routes.ts';
import { volunteerRoutes } from './modules/volunteers/volunteers.routes.ts';
import { disclosureRoutes } from './modules/disclosure/disclosure.routes.ts';
import { admissionRoutes } from './modules/admission/admission.routes.ts';
import { knowledgeRoutes } from './modules/knowledge/knowledge.routes.ts';
import { servicesRoutes } from './modules/services/services.routes.ts';
import { ratingRoutes } from './modules/services/rating.routes.ts';
import { fieldtasksRoutes } from './modules/fieldtasks/fieldtasks.routes.ts';
import { fieldviewRoutes } from './modules/fieldview/fieldview.routes.ts';
import { mapTileRoutes } from './modules/maptiles/maptiles.routes.ts';
import { replyQualityRoutes } from './modules/replyquality/replyquality.routes.ts';
import { opinionRoutes } from './modules/opinion/opinion.routes.ts';
import { hotspotRoutes } from './modules/hotspots/hotspots.routes.ts';

export interface BuildAppOptions {
  ctx: AppContext;
  logLevel?: string;
  /** Where log lines go (stdout when absent); tests read them. */
  logStream?: { write(line: string): void };
  /** As Fastify's trustProxy: true, a hop count, or the proxies' addresses. */
  trustProxy?: boolean | number | string;
  /** false: no rate limits (the fuzz test sends thousands of requests from one address). */
  rateLimits?: boolean;
  /** Built web console to serve with SPA fallback; skipped when missing. */
  webDist?: string;
  /** Tests: an answer with a field its response schema does not declare is a 500 (the schema would strip it). */
  strictResponses?: boolean;
  /** The process's session cache (default: one with its 2 s bound; tests give a longer one). */
  sessionCache?: SessionCache;
}

export type App = FastifyInstance;

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route of the built app as 'METHOD /url'. */
    routeTable: readonly string[];
    /** Shutting down (server.ts): readiness answers 503 'draining' so that the balancer sends no more. */
    draining: boolean;
  }
}

/**
 * The installable app's service worker, its manifest and the page that loads them are checked on every visit
 * (`no-cache`), so a new version reaches phones at once; hashed assets keep their hour (the worker precaches them).
 */
const APP_SHELL = /(?:^|\/)(?:sw\.js|registerSW\.js|manifest\.webmanifest|index\.html)$/;
function noCacheAppShell(reply: { header(name: string, value: string): unknown }, file: string): void {
  if (!APP_SHELL.test(file)) return;
  reply.header('cache-control', 'no-cache');
  if (file.endsWith('.webmanifest')) reply.header('content-type', 'application/manifest+json');
}

export async function buildApp(opts: BuildAppOptions): Promise<App> {
  const app = Fastify({
    logger: {
      ...loggerOptions(opts.logLevel ?? 'info', { pretty: !opts.logStream && prettyLogs() }),
      ...(opts.logStream ? { stream: opts.logStream } : {}),
    },
    trustProxy:
      typeof opts.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (opts.trustProxy as number) // the nearest n proxies
        : (opts.trustProxy ?? false),
    bodyLimit: 1024 * 1024,
    genReqId: requestIdOf,
    // requestIdOf reads X-Request-Id itself (and checks it); Fastify's own header reading stays off.
    requestIdHeader: false,
  }).withTypeProvider<ZodTypeProvider>();

  // Every route as 'METHOD /url' (HEAD twins left out): the access matrix test checks each has a declared row.
  const routeTable: string[] = [];
  app.decorate('routeTable', routeTable);
  app.decorate('draining', false);
  // The request's id goes back with the answer (lib/logging.ts): a client or nginx log line names the server's.
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    // Shutting down: the client's next request goes to another server (a new connection through the balancer).
    if (app.draining) reply.header('connection', 'close');
  });
  app.addHook('onRoute', (r) => {
    for (const m of [r.method].flat()) if (m !== 'HEAD') routeTable.push(`${m} ${r.url}`);
  });
  // Prometheus: every answer counted and timed by its route pattern (lib/metrics.ts; served at GET /metrics).
  app.addHook('onResponse', async (req, reply) => {
    const route = routeLabel(req.routeOptions.url);
    httpRequests.inc({ method: req.method, route, status: String(reply.statusCode) });
    httpDuration.observe({ method: req.method, route }, reply.elapsedTime / 1000);
  });
  // The error body, declared once for every API route (before @fastify/swagger reads the routes).
  app.addHook('onRoute', withErrorResponses);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(opts.strictResponses ? strictSerializerCompiler : serializerCompiler);

  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    const lang = pickLang(req.headers['accept-language'], req.cookies?.og_lang);
    let appErr: AppError;
    if (err instanceof AppError) {
      appErr = err;
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      // Zod's own English ("Too big: expected string to have <=2000 characters") becomes a key with its limits.
      const details: ErrorDetail[] = err.validation.map((v) => ({
        path: [err.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
        ...zodDetail({ ...(v.params as object), code: v.keyword, message: v.message }),
      }));
      appErr = new AppError('VALIDATION_FAILED', { details });
    } else if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || err.statusCode === 413) {
      appErr = new AppError('PAYLOAD_TOO_LARGE');
    } else if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || err.statusCode === 415) {
      appErr = new AppError('UNSUPPORTED_MEDIA_TYPE');
    } else if (err.statusCode === 429) {
      appErr = new AppError('RATE_LIMITED');
    } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Malformed JSON, empty bodies and the like: a client error, not a crash.
      appErr = new AppError('VALIDATION_FAILED', { details: [{ path: 'body', key: 'body_malformed' }] });
    } else {
      req.log.error({ err }, 'unhandled error');
      appErr = new AppError('INTERNAL');
    }
    if (appErr.code === 'INTERNAL' && appErr.cause) req.log.error({ err: appErr.cause }, 'internal error');
    const params = { ...appErr.params, count: appErr.details?.length ?? 0 };
    return reply.status(appErr.status).send({
      error: {
        code: appErr.code,
        message: translateError(lang, appErr.code, params),
        // The values in the message (e.g. the grid codes a boundary overlaps), for clients that act on them.
        ...(Object.keys(appErr.params).length ? { params: appErr.params } : {}),
        // Each detail: its path, message key and parameters, and the text in the request's language.
        ...(appErr.details ? { details: translateDetails(lang, appErr.details) } : {}),
      },
    });
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  // Counters in the database: every instance shares them (see README, Security notes, for TRUST_PROXY).
  await app.register(rateLimit, {
    global: false,
    store: pgRateLimitStore(opts.ctx.db),
    ...(opts.rateLimits === false ? { allowList: () => true } : {}),
  });
  await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 10 } });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'OneGrid 一网 API',
        version: '0.1.0',
        description: 'Grassroots social governance platform',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'og_session' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });

  app.addHook('preValidation', rejectControlChars);
  if (!opts.trustProxy) {
    // Behind a proxy without TRUST_PROXY every client has the proxy's address: one rate limit for the whole city.
    let warned = false;
    app.addHook('onRequest', async (req) => {
      if (warned || req.headers['x-forwarded-for'] === undefined) return;
      warned = true;
      req.log.warn('X-Forwarded-For received but TRUST_PROXY is off: all clients share one address (README)');
    });
  }
  // Not app.register: the hooks must apply to every route, outside plugin encapsulation.
  await authPlugin(app, { ctx: opts.ctx, ...(opts.sessionCache ? { sessionCache: opts.sessionCache } : {}) });
  await app.register(
    async (api) => {
      await api.register(healthRoutes, { ctx: opts.ctx });
      await api.register(authRoutes, { ctx: opts.ctx });
      await api.register(regionRoutes, { ctx: opts.ctx });
      await api.register(gridRoutes, { ctx: opts.ctx });
      await api.register(geoRoutes, { ctx: opts.ctx });
      await api.register(unitRoutes, { ctx: opts.ctx });
      await api.register(userRoutes, { ctx: opts.ctx });
      await api.register(categoryRoutes, { ctx: opts.ctx });
      await api.register(dutyRoutes, { ctx: opts.ctx });
      await api.register(deadlineRoutes, { ctx: opts.ctx });
      await api.register(calendarRoutes, { ctx: opts.ctx });
      await api.register(auditRoutes, { ctx: opts.ctx });
      await api.register(transferRoutes, { ctx: opts.ctx });
      await api.register(uploadRoutes, { ctx: opts.ctx });
      await api.register(apiKeyRoutes, { ctx: opts.ctx });
      await api.register(classifyRoutes, { ctx: opts.ctx });
      await api.register(notificationRoutes, { ctx: opts.ctx });
      await api.register(caseRoutes, { ctx: opts.ctx });
      await api.register(caseAttachRoutes, { ctx: opts.ctx });
      // lane city (issue 14)
      await api.register(forwardingRoutes, { ctx: opts.ctx });
      await api.register(duplicateRoutes, { ctx: opts.ctx });
      await api.register(supervisionRoutes, { ctx: opts.ctx });
      await api.register(publicCaseRoutes, { ctx: opts.ctx });
      await api.register(myCaseRoutes, { ctx: opts.ctx });
      await api.register(privacyRoutes, { ctx: opts.ctx });
      await api.register(whistleRoutes, { ctx: opts.ctx });
      await api.register(basedataRoutes, { ctx: opts.ctx });
      await api.register(assessmentRoutes, { ctx: opts.ctx });
      await api.register(dashboardRoutes, { ctx: opts.ctx });
      await api.register(addressRoutes, { ctx: opts.ctx });
      await api.register(reportRoutes, { ctx: opts.ctx });
      await api.register(baseviewRoutes, { ctx: opts.ctx });
      await api.register(fieldworkRoutes, { ctx: opts.ctx });
      await api.register(fieldRulesRoutes, { ctx: opts.ctx });
      await api.register(mediationRoutes, { ctx: opts.ctx });
      await api.register(participationRoutes, { ctx: opts.ctx });
      await api.register(pointsRoutes, { ctx: opts.ctx });
      await api.register(volunteerRoutes, { ctx: opts.ctx });
      await api.register(disclosureRoutes, { ctx: opts.ctx });
      await api.register(admissionRoutes, { ctx: opts.ctx });
      await api.register(knowledgeRoutes, { ctx: opts.ctx });
      await api.register(servicesRoutes, { ctx: opts.ctx });
      await api.register(ratingRoutes, { ctx: opts.ctx });
      await api.register(fieldtasksRoutes, { ctx: opts.ctx });
      await api.register(fieldviewRoutes, { ctx: opts.ctx });
      await api.register(mapTileRoutes, { ctx: opts.ctx });
      await api.register(replyQualityRoutes, { ctx: opts.ctx });
      await api.register(opinionRoutes, { ctx: opts.ctx });
      await api.register(hotspotRoutes, { ctx: opts.ctx });
    },
    { prefix: '/api' },
  );
  await app.register(open311Routes, { ctx: opts.ctx, prefix: '/open311/v2' });

  if (opts.webDist && fs.existsSync(opts.webDist)) {
    // wildcard: files are looked up per request, so a rebuilt console is served without a restart.
    await app.register(fastifyStatic, {
      root: opts.webDist,
      wildcard: true,
      maxAge: '1h',
      setHeaders: noCacheAppShell,
    });
    app.setNotFoundHandler((req, reply) => {
      // Client-side routes get the console; missing files (anything with an extension) and API paths a 404.
      const pathname = req.url.split('?')[0] ?? '';
      if (
        req.method === 'GET' &&
        !pathname.startsWith('/api/') &&
        !pathname.startsWith('/docs') &&
        !/\.\w+$/.test(pathname)
      ) {
        return reply.type('text/html').sendFile('index.html', { maxAge: 0 });
      }
      throw new AppError('NOT_FOUND', { params: { entity: 'resource' } });
    });
  } else {
    app.setNotFoundHandler(() => {
      throw new AppError('NOT_FOUND', { params: { entity: 'resource' } });
    });
  }

  return app;
}
