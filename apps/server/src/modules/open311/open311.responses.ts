import { z } from 'zod';
import type { Format } from './open311.format.ts';

/**
 * Open311 GeoReport v2 documents (http://wiki.open311.org/GeoReport_v2). The routes render them to JSON or XML
 * text themselves, so these schemas document the answers (JSON form; XML has the same fields) and strip nothing.
 */
const W3cTime = z.string().meta({ format: 'date-time' });

export const Open311Discovery = z
  .object({
    changeset: W3cTime,
    contact: z.string(),
    key_service: z.string(),
    endpoints: z.array(
      z.object({
        specification: z.string(),
        url: z.string(),
        changeset: W3cTime,
        type: z.enum(['production', 'test']),
        formats: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'Open311Discovery' });

export const Open311Service = z
  .object({
    service_code: z.string(),
    service_name: z.string(),
    description: z.string(),
    metadata: z.boolean(),
    type: z.literal('realtime'),
    keywords: z.string(),
    group: z.string().nullable(),
  })
  .meta({ id: 'Open311Service' });

export const Open311ServiceDefinition = z
  .object({
    service_code: z.string(),
    attributes: z.array(
      z.object({
        variable: z.boolean(),
        code: z.string(),
        datatype: z.string(),
        required: z.boolean(),
        datatype_description: z.string().nullable(),
        order: z.number(),
        description: z.string(),
        values: z.array(z.object({ key: z.string(), name: z.string() })).optional(),
      }),
    ),
  })
  .meta({ id: 'Open311ServiceDefinition' });

export const Open311Request = z
  .object({
    service_request_id: z.string(),
    status: z.enum(['open', 'closed']),
    status_notes: z.string().nullable(),
    service_name: z.string().nullable(),
    service_code: z.string().nullable(),
    description: z.string().nullable(),
    agency_responsible: z.string().nullable(),
    service_notice: z.string().nullable(),
    requested_datetime: W3cTime.nullable(),
    updated_datetime: W3cTime.nullable(),
    expected_datetime: W3cTime.nullable(),
    address: z.string().nullable(),
    address_id: z.string().nullable(),
    zipcode: z.string().nullable(),
    lat: z.number().nullable(),
    long: z.number().nullable(),
    media_url: z.string().nullable(),
    /** With `extensions=true`. */
    extended_attributes: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'Open311Request' });

/** The answer to a POST: the public id (empty until published), the client's token and a notice. */
export const Open311Created = z
  .object({
    service_request_id: z.string(),
    token: z.string().optional(),
    service_notice: z.string(),
    account_id: z.string().nullable(),
  })
  .meta({ id: 'Open311Created' });

export const Open311Token = z
  .object({ service_request_id: z.string().nullable(), token: z.string() })
  .meta({ id: 'Open311Token' });

export const Open311Errors = z
  .array(z.object({ code: z.number(), description: z.string() }))
  .meta({ id: 'Open311Errors' });

const MEDIA: Record<Format, string> = { json: 'application/json', xml: 'text/xml' };

/** The success and error answers of an Open311 route in one format, or in both (`.json`/`.xml` by the file name). */
export function open311Response(schema: z.ZodType, formats: readonly Format[]) {
  const content = (s: z.ZodType) => Object.fromEntries(formats.map((f) => [MEDIA[f], { schema: s }]));
  return {
    200: { description: 'OK', content: content(schema) },
    '4xx': { description: 'Open311 errors', content: content(Open311Errors) },
  };
}
