import { AsyncLocalStorage } from 'node:async_hooks';
import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';

/**
 * Query parameters that are secrets: the tracking token of a resident's case (t), API keys, anything named like a
 * token or password. A request log line keeps the parameter's name and loses its value.
 */
const SECRET_PARAM = /^(t|token|api_key|apikey|key|access_token|password|secret|session|code|csrf.*)$/i;

export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const hash = url.indexOf('#', q);
  const query = url.slice(q + 1, hash < 0 ? undefined : hash);
  const parts = query.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const rawName = eq < 0 ? pair : pair.slice(0, eq);
    let name = rawName;
    try {
      name = decodeURIComponent(rawName.replace(/\+/g, ' '));
    } catch {
      // a malformed escape: judge the raw name
    }
    return eq >= 0 && SECRET_PARAM.test(name) ? `${rawName}=[REDACTED]` : pair;
  });
  return `${url.slice(0, q)}?${parts.join('&')}`;
}

/** Headers that carry credentials, never written to a log. */
export const REDACTED_HEADERS = [
  'cookie',
  'authorization',
  'x-csrf-token',
  'x-api-key',
  'proxy-authorization',
];

/**
 * The request id: the caller's `X-Request-Id` (a balancer or another service that already numbered the request)
 * when it is a plain token, else a new UUID. Every log line of the request carries it (Fastify's child logger,
 * `reqId`) and the answer echoes it, so one request can be followed from nginx's log through every server line.
 */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
export function requestIdOf(req: IncomingMessage): string {
  const sent = req.headers['x-request-id'];
  return typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : crypto.randomUUID();
}

/**
 * What a line written outside a request belongs to: the job (its queue and id) whose handler is running. Job
 * handlers run inside it (timers.pgboss.ts wraps every `boss.work`), and the logger's mixin adds it to each line.
 */
export const logContext = new AsyncLocalStorage<{ queue: string; jobId?: string; jobIds?: string[] }>();

/**
 * Readable lines (pino-pretty) for a person at a terminal, JSON for everything else: production, a pipe to a log
 * collector, a file. `LOG_PRETTY=1` forces readable lines, `LOG_PRETTY=0` JSON.
 */
export function prettyLogs(
  env: NodeJS.ProcessEnv = process.env,
  isTty: boolean = process.stdout.isTTY === true,
): boolean {
  if (env.LOG_PRETTY === '1' || env.LOG_PRETTY === 'true') return true;
  if (env.LOG_PRETTY === '0' || env.LOG_PRETTY === 'false') return false;
  return env.NODE_ENV !== 'production' && isTty;
}

/** Pino options of the app's logger: what a request line shows, and what is never shown. */
export function loggerOptions(level: string, opts: { pretty?: boolean } = {}) {
  return {
    level,
    mixin: () => logContext.getStore() ?? {},
    ...(opts.pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', singleLine: true },
          },
        }
      : {}),
    serializers: {
      req(req: FastifyRequest) {
        return {
          method: req.method,
          url: redactUrl(req.url),
          host: req.host,
          remoteAddress: req.ip,
          remotePort: req.socket?.remotePort,
        };
      },
    },
    redact: {
      paths: [
        ...REDACTED_HEADERS.flatMap((h) => [`req.headers["${h}"]`, `headers["${h}"]`]),
        'req.query.t',
        'req.query.api_key',
        'query.t',
        'query.api_key',
        'res.headers["set-cookie"]',
      ],
      censor: '[REDACTED]',
    },
  };
}
