import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RegionLevel, Role, UnitKind } from '@onegrid/domain';
import type { AppContext } from '../../lib/context.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { actorFromSession, findSessionActor } from './auth.repository.ts';
import { actorOf } from './auth.plugin.ts';
import {
  SESSION_COOKIE,
  SESSION_TTL_MS,
  changeOwnPassword,
  hashToken,
  login,
  logout,
  verifySecondFactor,
} from './auth.service.ts';
import {
  accountSecurity,
  confirmTotpEnrolment,
  disableTotp,
  endSession,
  listAllSessions,
  listOwnSessions,
  startTotpEnrolment,
} from './account.service.ts';

export const LoginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

const Step = z.enum(['totp', 'change_password', 'enrol_totp']).nullable();
const Me = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  roles: z.array(Role),
  unit: z.object({ id: z.string(), name: z.string(), kind: UnitKind }),
  scope: z.object({ code: z.string(), name: z.string(), level: RegionLevel }),
});
const SessionAnswer = z.object({ user: Me, csrfToken: z.string().nullable(), step: Step });
const StepAnswer = z.object({ step: Step });
const Code = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, '6 digits'),
});
const SessionItem = z.object({
  id: z.string(),
  user: z.object({ id: z.string(), username: z.string(), name: z.string() }),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: z.date(),
  lastSeenAt: z.date(),
  expiresAt: z.date(),
  pendingStep: Step,
  current: z.boolean(),
});
const SessionList = z.object({ items: z.array(SessionItem) });
const IdParams = z.object({ id: z.uuid() });

function presentMe(actor: Actor): z.infer<typeof Me> {
  return {
    id: actor.userId,
    username: actor.username,
    name: actor.name,
    roles: actor.roles,
    unit: { id: actor.unitId, name: actor.unitName, kind: actor.unitKind },
    scope: { code: actor.scopeCode, name: actor.scopeName, level: actor.scopeLevel },
  };
}

function sessionHash(req: FastifyRequest): string {
  const token = req.cookies[SESSION_COOKIE];
  if (!token) throw new AppError('UNAUTHENTICATED');
  return hashToken(token);
}

const noContent = (reply: FastifyReply) => reply.status(204).send();

export async function authRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const demo = ctx.config.demo;

  r.post(
    '/auth/login',
    {
      schema: { body: LoginBody, tags: ['auth'], response: { 200: SessionAnswer } },
      config: { auth: false, rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const ua = req.headers['user-agent'];
      const result = await login(ctx.db, {
        ...req.body,
        demo,
        ip: req.ip,
        userAgent: typeof ua === 'string' ? ua : null,
        requestId: req.id,
      });
      const secure =
        ctx.config.cookieSecure === 'true' ||
        (ctx.config.cookieSecure === 'auto' && req.protocol === 'https');
      reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure,
        path: '/',
        maxAge: SESSION_TTL_MS / 1000,
      });
      const row = await findSessionActor(ctx.db, hashToken(result.token));
      if (!row) throw new AppError('INTERNAL');
      return {
        user: presentMe(actorFromSession(row, { ip: req.ip, requestId: req.id })),
        csrfToken: result.csrfToken,
        step: result.step,
      };
    },
  );

  r.post('/auth/logout', { schema: { tags: ['auth'], response: { 204: z.null() } } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await logout(ctx.db, token, actorOf(req));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return noContent(reply);
  });

  r.get('/auth/me', { schema: { tags: ['auth'], response: { 200: SessionAnswer } } }, async (req) => {
    const actor = actorOf(req);
    return { user: presentMe(actor), csrfToken: req.csrfToken, step: actor.step ?? null };
  });

  // Second step of sign-in: a code from the authenticator app.
  r.post(
    '/auth/totp/verify',
    {
      schema: { tags: ['auth'], body: Code, response: { 200: StepAnswer } },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (req) => verifySecondFactor(ctx.db, ctx.pii, actorOf(req), sessionHash(req), req.body.code, demo),
  );

  r.post(
    '/auth/password',
    {
      schema: {
        tags: ['auth'],
        body: z.object({
          currentPassword: z.string().min(1).max(256),
          newPassword: z.string().min(1).max(256),
        }),
        response: { 200: StepAnswer },
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req) => changeOwnPassword(ctx.db, actorOf(req), sessionHash(req), req.body, demo),
  );

  r.get(
    '/auth/account',
    {
      schema: {
        tags: ['auth'],
        response: {
          200: z.object({
            totpEnabled: z.boolean(),
            totpRequired: z.boolean(),
            totpEnforced: z.boolean(),
            passwordChangedAt: z.date(),
          }),
        },
      },
    },
    async (req) => accountSecurity(ctx.db, actorOf(req), demo),
  );

  r.post(
    '/auth/totp/setup',
    {
      schema: {
        tags: ['auth'],
        response: { 200: z.object({ secret: z.string(), uri: z.string(), qrDataUrl: z.string() }) },
      },
    },
    async (req) => startTotpEnrolment(ctx.db, ctx.pii, actorOf(req)),
  );

  r.post(
    '/auth/totp/enable',
    { schema: { tags: ['auth'], body: Code, response: { 200: StepAnswer } } },
    async (req) => confirmTotpEnrolment(ctx.db, ctx.pii, actorOf(req), sessionHash(req), req.body.code),
  );

  r.post(
    '/auth/totp/disable',
    {
      schema: {
        tags: ['auth'],
        body: z.object({ password: z.string().min(1).max(256) }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await disableTotp(ctx.db, actorOf(req), req.body.password, demo);
      return noContent(reply);
    },
  );

  r.get('/auth/sessions', { schema: { tags: ['auth'], response: { 200: SessionList } } }, async (req) =>
    listOwnSessions(ctx.db, actorOf(req)),
  );
  r.delete(
    '/auth/sessions/:id',
    { schema: { tags: ['auth'], params: IdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await endSession(ctx.db, actorOf(req), req.params.id);
      return noContent(reply);
    },
  );

  // The security administrator's view of everyone's sessions in the jurisdiction.
  r.get('/sessions', { schema: { tags: ['sessions'], response: { 200: SessionList } } }, async (req) =>
    listAllSessions(ctx.db, actorOf(req)),
  );
  r.delete(
    '/sessions/:id',
    { schema: { tags: ['sessions'], params: IdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await endSession(ctx.db, actorOf(req), req.params.id);
      return noContent(reply);
    },
  );
}
