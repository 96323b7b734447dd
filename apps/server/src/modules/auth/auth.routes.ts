import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../lib/context.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { actorFromSession, findSessionActor } from './auth.repository.ts';
import { actorOf } from './auth.plugin.ts';
import { SESSION_COOKIE, SESSION_TTL_MS, hashToken, login, logout } from './auth.service.ts';

export const LoginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

function presentMe(
  actor: Pick<
    Actor,
    | 'userId'
    | 'username'
    | 'name'
    | 'roles'
    | 'unitId'
    | 'unitName'
    | 'unitKind'
    | 'scopeCode'
    | 'scopeName'
    | 'scopeLevel'
  >,
) {
  return {
    id: actor.userId,
    username: actor.username,
    name: actor.name,
    roles: actor.roles,
    unit: { id: actor.unitId, name: actor.unitName, kind: actor.unitKind },
    scope: { code: actor.scopeCode, name: actor.scopeName, level: actor.scopeLevel },
  };
}

export async function authRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/auth/login',
    {
      schema: { body: LoginBody, tags: ['auth'] },
      config: { auth: false, rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const result = await login(ctx.db, { ...req.body, ip: req.ip, requestId: req.id });
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
      };
    },
  );

  r.post('/auth/logout', { schema: { tags: ['auth'] } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await logout(ctx.db, token, actorOf(req));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  r.get('/auth/me', { schema: { tags: ['auth'] } }, async (req) => {
    const actor = actorOf(req);
    return { user: presentMe(actor), csrfToken: req.csrfToken };
  });
}
