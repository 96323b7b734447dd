import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../lib/actor.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { actorFromSession, deleteSession, findSessionActor, touchSession } from './auth.repository.ts';
import { SESSION_COOKIE, hashToken } from './auth.service.ts';
import { AuthSettingsCache } from './auth.settings.ts';
import { INVALIDATING_WRITE, SessionCache } from './session-cache.ts';
import { broadcastCacheClear, onCacheClear } from '../../lib/cache-bus.ts';

/** The session cache's name on the cache bus. */
export const SESSION_CACHE = 'sessions';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    /** false: reachable without a session (login, health, public report pages). */
    auth?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** last_seen_at is written at most once a minute per session, so the idle check is exact to a minute. */
const TOUCH_EVERY_MS = 60_000;

/** The routes a session that still owes a sign-in step may reach (besides who-am-I and sign-out). */
const STEP_ROUTES: Record<NonNullable<Actor['step']>, readonly string[]> = {
  totp: ['/api/auth/totp/verify'],
  change_password: ['/api/auth/password'],
  enrol_totp: ['/api/auth/totp/setup', '/api/auth/totp/enable'],
};
const ANY_STEP_ROUTES = ['/api/auth/me', '/api/auth/logout'];

/** Resolves the session cookie into req.actor for every /api request and enforces CSRF on writes. */
export async function authPlugin(
  app: FastifyInstance,
  opts: { ctx: AppContext; sessionCache?: SessionCache },
): Promise<void> {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  const cache = opts.sessionCache ?? new SessionCache();
  const settings = new AuthSettingsCache(opts.ctx.db);
  // Another process's sign-out, deactivation or role change clears this process's cache too (lib/cache-bus.ts).
  const unregister = onCacheClear(opts.ctx.db, SESSION_CACHE, () => cache.clear());
  app.addHook('onClose', async () => unregister());

  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const idHash = hashToken(token);
      const row = await cache.resolve(idHash, () => findSessionActor(opts.ctx.db, idHash));
      if (row && row.active && row.unit_active) {
        const idle = Date.now() - new Date(row.last_seen_at).getTime();
        const { idleTimeoutMinutes } = await settings.get();
        if (idle > idleTimeoutMinutes * 60_000) {
          // Idle too long: the session ends here (the absolute 12-hour limit is the expiry in the row).
          await deleteSession(opts.ctx.db, idHash);
          cache.clear();
          await broadcastCacheClear(opts.ctx.db, SESSION_CACHE);
        } else {
          req.actor = actorFromSession(row, { ip: req.ip, requestId: req.id });
          req.csrfToken = row.csrf_token;
          if (idle > TOUCH_EVERY_MS) {
            await touchSession(opts.ctx.db, idHash);
            row.last_seen_at = new Date();
          }
        }
      }
    }
    if (req.routeOptions.config.auth === false) return;
    if (!req.actor) throw new AppError('UNAUTHENTICATED');
    const step = req.actor.step;
    if (step && !ANY_STEP_ROUTES.includes(req.routeOptions.url ?? '')) {
      if (!STEP_ROUTES[step].includes(req.routeOptions.url ?? '')) {
        throw new AppError('SIGN_IN_STEP_REQUIRED', { params: { step } });
      }
    }
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || sent !== req.csrfToken) throw new AppError('CSRF_INVALID');
    }
  });

  // A change to who may do what, made in this process, takes effect on the next request (cleared before the
  // answer leaves, so a client that waits for it never meets the old session).
  app.addHook('onSend', async (req) => {
    if (!SAFE_METHODS.has(req.method) && INVALIDATING_WRITE.test(req.url)) {
      cache.clear();
      await broadcastCacheClear(opts.ctx.db, SESSION_CACHE).catch((err: unknown) =>
        req.log.warn({ err }, 'session cache clear not broadcast'),
      );
    }
  });
}

/** The authenticated caller; routes with auth=false must not call this. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED');
  return req.actor;
}
