import { z } from 'zod';
import { clientDescription, OPEN311_TRAILER, type Urgency } from '@onegrid/domain';
import { AppError, invalid, type ErrorDetail } from '../../lib/errors.ts';
import { zodDetail } from '../../lib/i18n.details.ts';
import { CaseInput } from '../cases/public.ts';
import {
  checkAttributes,
  keepPrivateFrom,
  requestTypeFrom,
  urgencyFrom,
  type AttributeDef,
  type RawAttributes,
} from './open311.attributes.ts';

/** Submitted fields as clients send them: every name may repeat (attribute[CODE][]=a&attribute[CODE][]=b). */
export type Fields = Map<string, string[]>;

function add(f: Fields, key: string, value: string): void {
  const list = f.get(key);
  if (list) list.push(value);
  else f.set(key, [value]);
}

export function fieldsFromForm(body: string): Fields {
  const f: Fields = new Map();
  for (const [k, v] of new URLSearchParams(body)) add(f, k, v);
  return f;
}

function scalars(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (typeof v === 'number' || typeof v === 'boolean') return [String(v)];
  if (Array.isArray(v)) return v.flatMap((x) => scalars(x).slice(0, 1));
  return [];
}

/** A JSON body: flat like the form ("attribute[urgency]": "urgent") or nested ("attribute": { "urgency": "urgent" }). */
export function fieldsFromObject(body: unknown): Fields {
  const f: Fields = new Map();
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw invalid([{ path: 'body', key: 'form_or_json' }]);
  }
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (k === 'attribute' && v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const [code, av] of Object.entries(v as Record<string, unknown>))
        for (const s of scalars(av)) add(f, `attribute[${code}]`, s);
      continue;
    }
    for (const s of scalars(v)) add(f, k, s);
  }
  return f;
}

export function fieldsAdd(f: Fields, key: string, value: string): void {
  add(f, key, value);
}

/** attribute[CODE] and attribute[CODE][] → CODE → values */
export function attributesOf(f: Fields): RawAttributes {
  const out: RawAttributes = new Map();
  for (const [k, vs] of f) {
    const m = /^attribute\[([^\]]{1,50})\](?:\[\d*\])?$/.exec(k);
    if (!m) continue;
    const code = m[1]!;
    out.set(code, [...(out.get(code) ?? []), ...vs]);
  }
  return out;
}

/** The first non-empty value of a scalar field. */
export function one(f: Fields, name: string): string | undefined {
  const v = f
    .get(name)
    ?.map((s) => s.trim())
    .find((s) => s !== '');
  return v;
}

const Coord = (min: number, max: number) =>
  z
    .string()
    .regex(/^[-+]?\d{1,3}(\.\d+)?$/, 'a decimal number (WGS-84)')
    .transform(Number)
    .pipe(z.number().min(min).max(max));

/** The GeoReport v2 POST fields we accept, before they become a case. */
const RequestShape = {
  service_code: z.string({ error: 'required' }).max(50),
  lat: Coord(-90, 90).optional(),
  long: Coord(-180, 180).optional(),
  address_string: z.string().max(200).optional(),
  address_id: z.string().max(100).optional(),
  email: z.email().max(200).optional(),
  device_id: z.string().max(200).optional(),
  account_id: z.string().max(200).optional(),
  first_name: z.string().max(25).optional(),
  last_name: z.string().max(25).optional(),
  phone: z.string().max(30).optional(),
  description: z.string().max(2000).optional(),
  media_url: z
    .url({ protocol: /^https?$/, error: 'an http(s) URL' })
    .max(500)
    .optional(),
};
const RequestFields = z
  .object(RequestShape)
  .refine((v) => (v.lat === undefined) === (v.long === undefined), {
    path: ['long'],
    message: 'lat_long_together',
  })
  .refine((v) => v.lat !== undefined || v.address_string !== undefined || v.address_id !== undefined, {
    path: ['lat'],
    message: 'location_required',
  });
export type RequestFields = z.infer<typeof RequestFields>;

const FIELD_NAMES = Object.keys(RequestShape);

function detailsOf(err: z.ZodError, rename: (p: string) => string = (p) => p): ErrorDetail[] {
  return err.issues.map((i) => ({
    path: rename(i.path.map(String).join('.')) || 'body',
    ...zodDetail(i),
  }));
}

export function parseRequestFields(f: Fields): RequestFields {
  const raw: Record<string, string> = {};
  for (const name of FIELD_NAMES) {
    const v = one(f, name);
    if (v !== undefined) raw[name] = v;
  }
  const parsed = RequestFields.safeParse(raw);
  if (!parsed.success) throw invalid(detailsOf(parsed.error));
  return parsed.data;
}

/** Chinese names are family name first without a space; others "first last". */
function fullName(first: string | undefined, last: string | undefined): string | undefined {
  const parts = [first, last].filter((s): s is string => Boolean(s));
  if (parts.length === 0) return undefined;
  const cjk = parts.every((p) => /^[\u3400-\u9fff·]+$/.test(p));
  return cjk ? [last, first].filter(Boolean).join('') : parts.join(' ');
}

function normalisePhoneInput(phone: string): string {
  const p = phone.replace(/[\s()（）]/g, '');
  const noDash = p.replace(/-/g, '');
  return /^(\+?86)?1\d{10}$/.test(noDash) ? noDash : p;
}

/** Where our case fields came from, for error messages in the client's own terms. */
const OPEN311_NAME: Record<string, string> = {
  description: 'description',
  address: 'address_string',
  lon: 'long',
  lat: 'lat',
  reporterName: 'first_name',
  reporterPhone: 'phone',
  categoryCode: 'service_code',
  requestType: 'attribute[request_type]',
  urgency: 'attribute[urgency]',
};

export function open311Path(path: string): string {
  const head = path.replace(/^body\./, '').split('.')[0] ?? path;
  return OPEN311_NAME[head] ?? head;
}

export const TRAILER = OPEN311_TRAILER;

/** Attribute answers, address_id and media_url go into the case text, where handlers read them. */
function caseText(description: string, lines: string[], serviceName: string): { text: string; room: number } {
  const body = description || `${serviceName}（通过 Open311 提交，未附描述）`;
  if (lines.length === 0) return { text: body, room: 2000 };
  const trailer = `\n\n${TRAILER}\n${lines.join('\n')}`;
  return { text: `${body}${trailer}`, room: 2000 - trailer.length };
}

/** The client's own description, without what we appended (the rule lives in the domain). */
export { clientDescription };

/** A line we appended ("media_url：https://…"), or null. */
export function trailerValue(text: string, name: 'media_url' | 'address_id'): string | null {
  const at = text.lastIndexOf(`\n\n${TRAILER}\n`);
  if (at < 0) return null;
  const line = text
    .slice(at)
    .split('\n')
    .find((l) => l.startsWith(`${name}：`));
  return line ? line.slice(name.length + 1) : null;
}

export interface ServiceForIntake {
  code: string;
  name_zh: string;
  default_urgency: Urgency;
  attributes: AttributeDef[];
}

/** GeoReport v2 fields and attribute answers → our CaseInput; every problem is reported at once. */
export function toCaseInput(f: Fields, req: RequestFields, service: ServiceForIntake): CaseInput {
  const { answers, problems } = checkAttributes(service.attributes, attributesOf(f));
  if (problems.length) {
    throw invalid(problems.map((p) => ({ path: `attribute[${p.code}]`, key: p.key, params: p.params })));
  }
  // the wish not to be published is a case field, not text for the handler
  const lines = answers.filter((a) => a.def.code !== 'keep_private').map((a) => `${a.def.label}：${a.text}`);
  if (req.address_id) lines.push(`address_id：${req.address_id}`);
  if (req.media_url) lines.push(`media_url：${req.media_url}`);
  const { text, room } = caseText(req.description ?? '', lines, service.name_zh);
  if ((req.description ?? '').length > room) {
    throw invalid([{ path: 'description', key: 'description_room', params: { max: room } }]);
  }
  const urgency = urgencyFrom(answers, service.default_urgency);
  const requestType = requestTypeFrom(answers);
  const name = fullName(req.first_name, req.last_name);
  const parsed = CaseInput.safeParse({
    ...(requestType ? { requestType } : {}),
    categoryCode: service.code,
    ...(urgency ? { urgency } : {}),
    description: text,
    ...(req.address_string ? { address: req.address_string } : {}),
    ...(req.lat !== undefined && req.long !== undefined ? { lon: req.long, lat: req.lat } : {}),
    coordSystem: 'wgs84',
    ...(name ? { reporterName: name } : {}),
    ...(req.phone ? { reporterPhone: normalisePhoneInput(req.phone) } : {}),
    anonymous: false,
    keepPrivate: keepPrivateFrom(answers),
    photoIds: [],
  });
  if (!parsed.success) throw invalid(detailsOf(parsed.error, open311Path));
  return parsed.data;
}

// ---- GET requests query ----

/** A case's public id: 32 hex digits, random (the sequential case number is never an Open311 id). */
export const PUBLIC_ID = /^[0-9a-f]{32}$/;

const DAY = 86_400_000;
const MAX_SPAN_DAYS = 90;

export interface ListQuery {
  ids: string[] | null;
  serviceCodes: string[] | null;
  statuses: ('open' | 'closed')[] | null;
  from: Date | null;
  to: Date | null;
  updatedAfter: Date | null;
  updatedBefore: Date | null;
  limit: number;
  offset: number;
  extensions: boolean;
}

type Query = Record<string, string | string[] | undefined>;

/** Values of a parameter declared several times and/or comma-delimited, as the spec allows. */
function list(q: Query, name: string): string[] | null {
  const v = q[name];
  if (v === undefined) return null;
  const items = (Array.isArray(v) ? v : [v])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : null;
}

function scalar(q: Query, name: string): string | undefined {
  const v = q[name];
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s ? s : undefined;
}

function time(q: Query, name: string, problems: ErrorDetail[]): Date | null {
  const s = scalar(q, name);
  if (s === undefined) return null;
  const t = /^\d{4}-\d{2}-\d{2}/.test(s) ? Date.parse(s) : Number.NaN;
  if (Number.isNaN(t)) {
    problems.push({ path: name, key: 'w3c_datetime' });
    return null;
  }
  return new Date(t);
}

function int(q: Query, name: string, min: number, max: number, problems: ErrorDetail[]): number | null {
  const s = scalar(q, name);
  if (s === undefined) return null;
  const n = /^\d+$/.test(s) ? Number(s) : Number.NaN;
  if (!(n >= min && n <= max)) {
    problems.push({ path: name, key: 'whole_number_range', params: { min, max } });
    return null;
  }
  return n;
}

/**
 * The spec's filters and defaults: service_request_id overrides everything; otherwise start_date/end_date span
 * at most 90 days and default to the last 90 days; at most 1000 requests. Extensions (only when asked):
 * page/page_size, updated_after/updated_before (which lift the default window, for synchronising clients),
 * extensions=true.
 */
export function parseListQuery(q: Query, now = new Date()): ListQuery {
  const problems: ErrorDetail[] = [];
  const extensions = scalar(q, 'extensions') === 'true';
  const ids = list(q, 'service_request_id');
  if (ids) {
    const bad = ids.filter((id) => !PUBLIC_ID.test(id));
    if (bad.length) throw invalid([{ path: 'service_request_id', key: 'public_ids' }]);
    if (ids.length > 1000)
      throw invalid([{ path: 'service_request_id', key: 'at_most_items', params: { max: 1000 } }]);
    return {
      ids,
      serviceCodes: null,
      statuses: null,
      from: null,
      to: null,
      updatedAfter: null,
      updatedBefore: null,
      limit: 1000,
      offset: 0,
      extensions,
    };
  }
  const statusList = list(q, 'status');
  const statuses: ('open' | 'closed')[] = [];
  for (const s of statusList ?? []) {
    if (s === 'open' || s === 'closed') statuses.push(s);
    else problems.push({ path: 'status', key: 'open_or_closed' });
  }
  let from = time(q, 'start_date', problems);
  let to = time(q, 'end_date', problems);
  const updatedAfter = time(q, 'updated_after', problems);
  const updatedBefore = time(q, 'updated_before', problems);
  const page = int(q, 'page', 1, 100_000, problems);
  const pageSize = int(q, 'page_size', 1, 1000, problems);
  if (from && to && from > to) problems.push({ path: 'start_date', key: 'after_end_date' });
  if (from && to && to.getTime() - from.getTime() > MAX_SPAN_DAYS * DAY) {
    problems.push({ path: 'end_date', key: 'range_span', params: { days: MAX_SPAN_DAYS } });
  }
  if (problems.length) throw invalid(problems);
  if (from && !to) to = new Date(from.getTime() + MAX_SPAN_DAYS * DAY);
  if (to && !from) from = new Date(to.getTime() - MAX_SPAN_DAYS * DAY);
  if (!from && !to && !updatedAfter && !updatedBefore) {
    to = now;
    from = new Date(now.getTime() - MAX_SPAN_DAYS * DAY);
  }
  const limit = pageSize ?? 1000;
  return {
    ids: null,
    serviceCodes: list(q, 'service_code'),
    statuses: statuses.length ? statuses : null,
    from,
    to,
    updatedAfter,
    updatedBefore,
    limit,
    offset: ((page ?? 1) - 1) * limit,
    extensions,
  };
}

export function forbiddenKey(): AppError {
  return new AppError('FORBIDDEN', {
    details: [{ path: 'api_key', key: 'api_key_required' }],
  });
}
