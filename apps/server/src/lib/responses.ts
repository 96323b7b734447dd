import { z } from 'zod';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { RegionLevel, UnitKind } from '@onegrid/domain';

/**
 * Building blocks of the response schemas (the API contract). Every route declares its response bodies with these
 * and its module's `*.responses.ts`; the served OpenAPI (/docs/json) is generated from them and the web's types
 * (apps/web/src/api/schema.d.ts, `npm run api:types`) from that. A response schema also serializes: a field it
 * does not list is not sent.
 *
 * Schemas given an id (`.meta({ id })`) become named components (`components['schemas'][id]` on the web).
 */

/** The body of every error answer (4xx and 5xx), from the error handler in app.ts. */
export const ErrorBody = z
  .object({
    error: z.object({
      /** Stable error code (lib/errors.ts), e.g. NOT_FOUND, VALIDATION_FAILED. */
      code: z.string(),
      /** The code's message in the caller's language. */
      message: z.string(),
      /** The values in the message, for clients that act on them. */
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      details: z
        .array(
          z.object({
            path: z.string().optional(),
            row: z.number().optional(),
            column: z.string().optional(),
            /** The detail's message key (lib/i18n.details.ts) and its values; `message` is its text. */
            key: z.string().optional(),
            params: z.record(z.string(), z.unknown()).optional(),
            message: z.string(),
          }),
        )
        .optional(),
    }),
  })
  .meta({ id: 'ErrorBody' });

/** An instant the handler holds as a Date; sent as an ISO 8601 string. */
export const Instant = z.date();
/** An instant the handler already holds as an ISO 8601 string (e.g. from SQL). */
export const InstantText = z.string().meta({ format: 'date-time' });
/** A calendar day, 'YYYY-MM-DD'. */
export const Day = z.string().meta({ format: 'date' });

/** A file answer (PDF, xlsx, csv, image): raw bytes of the given media types. */
export function fileResponse(description: string, ...mediaTypes: string[]) {
  const schema = z.any().meta({ type: 'string', format: 'binary' });
  return { description, content: Object.fromEntries(mediaTypes.map((m) => [m, { schema }])) };
}

/** 204: no body. */
export const NoContent = z.undefined().meta({ description: 'No content' });

export const CodeName = z.object({ code: z.string(), name: z.string() }).meta({ id: 'CodeName' });
export const CodeNameLevel = z
  .object({ code: z.string(), name: z.string(), level: RegionLevel })
  .meta({ id: 'RegionRef' });
export const IdName = z.object({ id: z.string(), name: z.string() }).meta({ id: 'IdName' });
export const UnitRef = z.object({ id: z.string(), name: z.string(), kind: UnitKind }).meta({ id: 'UnitRef' });
export const CategoryRef = z
  .object({ code: z.string(), nameZh: z.string(), nameEn: z.string() })
  .meta({ id: 'CategoryRef' });
export const IdOnly = z.object({ id: z.string() });

/** A page of a list: the items and the total count matching the filters. */
export function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

/** The places a point lies in (geo.locate), each null when outside. */
export const Location = z
  .object({
    grid: CodeName.nullable(),
    community: CodeName.nullable(),
    street: CodeName.nullable(),
    district: CodeName.nullable(),
  })
  .meta({ id: 'Location' });

/** A GeoJSON geometry (WGS-84 [lon, lat]); not constrained further here. */
export const GeoJsonGeometry = z.unknown().meta({ description: 'GeoJSON geometry (WGS-84)' });

/** onRoute hook: every /api route answers errors with ErrorBody (Open311 has its own error format). */
export function withErrorResponses(route: { url: string; schema?: { response?: unknown; hide?: boolean } }) {
  if (!route.url.startsWith('/api/') || !route.schema || route.schema.hide) return;
  const response = (route.schema.response ?? {}) as Record<string, unknown>;
  route.schema.response = {
    ...response,
    '4xx': response['4xx'] ?? ErrorBody,
    '5xx': response['5xx'] ?? ErrorBody,
  };
}

/** The fields of `sent` that `kept` (the serialized value) lost: what a response schema strips. */
export function strippedFields(sent: unknown, kept: unknown, at = ''): string[] {
  if (Array.isArray(sent) && Array.isArray(kept))
    return sent.flatMap((v, i) => strippedFields(v, kept[i], `${at}[${i}]`));
  if (!isPlain(sent) || !isPlain(kept)) return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(sent)) {
    if (v === undefined) continue;
    if (!(k in kept)) out.push(`${at}.${k}`);
    else out.push(...strippedFields(v, kept[k], `${at}.${k}`));
  }
  return out;
}

function isPlain(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * A string the handler types as `string` but that only takes these values (a database column the domain
 * constrains): documented as the enum, serialized as text without a check.
 */
export function textEnum(values: readonly string[]) {
  return z.string().meta({ enum: [...values] });
}

/**
 * The serializer of fastify-type-provider-zod that refuses to drop a field: in tests (createTestEnv) a handler that
 * sends a field its response schema does not declare answers 500 naming the field, instead of the field quietly
 * missing on the web.
 */
export const strictSerializerCompiler: typeof serializerCompiler = (route) => {
  const serialize = serializerCompiler(route);
  return (data) => {
    const text = serialize(data);
    const lost = strippedFields(data, JSON.parse(text));
    if (lost.length > 0) {
      const msg = `the response schema of ${route.method} ${route.url} lacks ${lost.slice(0, 5).join(', ')}`;
      console.error(`${msg}: declare the field in the route's response schema (lib/responses.ts)`); // tests log nothing else
      throw new Error(msg);
    }
    return text;
  };
};
