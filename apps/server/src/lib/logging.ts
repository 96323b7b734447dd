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

/** Pino options of the app's logger: what a request line shows, and what is never shown. */
export function loggerOptions(level: string) {
  return {
    level,
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
