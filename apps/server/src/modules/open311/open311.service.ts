import type { AppContext } from '../../lib/context.ts';
import type { DbOrTx } from '../../db/database.ts';
import { AppError, invalid } from '../../lib/errors.ts';
import type { Lang } from '../../lib/i18n.ts';
import { beijingTime } from '../../lib/time.ts';
import type { ApiKeyRow } from '../apikeys/apikeys.service.ts';
import { createCase } from '../cases/intake.service.ts';
import { caseByToken } from '../cases/public.service.ts';
import { attributesFor } from './open311.attributes.ts';
import { w3cTime, type XmlValue } from './open311.format.ts';
import { parseRequestFields, PUBLIC_ID, toCaseInput, type Fields, type ListQuery } from './open311.input.ts';
import { presentAttribute, presentRequest, publishedOf, statusesOf } from './open311.presenter.ts';
import type { RequestRow } from './open311.repository.ts';
import * as repo from './open311.repository.ts';

const missing = (what: string): AppError =>
  new AppError('NOT_FOUND', {
    params: { entity: what },
    details: [{ key: 'not_found', params: { entity: what } }],
  });

/** When the published interface last changed (discovery "changeset"). */
const CHANGESET = '2026-11-22T00:00:00+08:00';
const SPEC = 'http://wiki.open311.org/GeoReport_v2';

export function discovery(baseUrl: string, demo: boolean): Record<string, XmlValue> {
  return {
    changeset: w3cTime(CHANGESET),
    contact: '12345 政务服务便民热线 · 12345 citizen service hotline',
    key_service: 'API keys are issued by the platform administrators (系统管理 → API 密钥)',
    endpoints: [
      {
        specification: SPEC,
        url: baseUrl,
        changeset: w3cTime(CHANGESET),
        type: demo ? 'test' : 'production',
        formats: ['text/xml', 'application/json'],
      },
    ],
  };
}

export async function listServices(db: DbOrTx, lang: Lang): Promise<Record<string, XmlValue>[]> {
  const rows = await repo.listServiceCategories(db);
  return rows.map((c) => {
    const name = lang === 'zh-CN' ? c.name_zh : c.name_en;
    const group = (lang === 'zh-CN' ? c.group_zh : c.group_en) ?? null;
    return {
      service_code: c.service_code,
      service_name: name,
      description: group ? `${group}${lang === 'zh-CN' ? '：' : ': '}${name}` : name,
      metadata: attributesFor(c).length > 0,
      type: 'realtime',
      keywords: c.keywords.join(', '),
      group,
    };
  });
}

export async function serviceDefinition(db: DbOrTx, serviceCode: string, lang: Lang) {
  const c = await repo.findServiceCategory(db, serviceCode);
  if (!c) throw missing(`service_code ${serviceCode}`);
  return {
    service_code: c.service_code,
    attributes: attributesFor(c).map((a, i) => presentAttribute(a, i + 1, lang)),
  };
}

/** After the case is saved: its public id, where it went and by when, in the client's language. */
async function noticeFor(db: DbOrTx, id: string, lang: Lang): Promise<{ publicId: string; notice: string }> {
  const o = await repo.intakeOutcome(db, id);
  return { publicId: o?.public_id ?? '', notice: noticeText(o, lang) };
}

function noticeText(o: Awaited<ReturnType<typeof repo.intakeOutcome>>, lang: Lang): string {
  if (o?.lead_unit_name && o.status !== 'registered') {
    const due = o.resolve_due_at ? beijingTime(new Date(o.resolve_due_at)) : null;
    return lang === 'zh-CN'
      ? `已受理，已派至${o.lead_unit_name}办理${due ? `，预计 ${due} 前办结` : ''}。`
      : `Received and assigned to ${o.lead_unit_name}${due ? `; expected to be resolved by ${due} (Beijing time)` : ''}.`;
  }
  return lang === 'zh-CN'
    ? '已受理，派单员将确认分类后派至承办单位。'
    : 'Received; a dispatcher will confirm the category and assign it.';
}

/** Composite Open311 token: the case number and its private tracking token (the resident's tracking link). */
export function tokenOf(id: string, tracking: string): string {
  return `${id}-${tracking}`;
}

export async function createRequest(
  ctx: AppContext,
  fields: Fields,
  meta: { key: ApiKeyRow; ip: string; requestId: string; idempotencyKey: string | undefined; lang: Lang },
) {
  const req = parseRequestFields(fields);
  const category = await repo.findServiceCategory(ctx.db, req.service_code);
  if (!category)
    throw invalid([
      { path: 'service_code', key: 'unknown_service_code', params: { code: req.service_code } },
    ]);
  const input = toCaseInput(fields, req, {
    code: category.code,
    name_zh: category.name_zh,
    default_urgency: category.default_urgency,
    attributes: attributesFor(category),
  });
  const out = await createCase(
    ctx,
    input,
    { actor: null, channel: 'open311', apiKeyId: meta.key.id, ip: meta.ip, requestId: meta.requestId },
    meta.idempotencyKey,
  );
  const { id, token } = out.body;
  const { publicId, notice } = await noticeFor(ctx.db, id, meta.lang);
  return {
    replayed: out.replayed,
    items: [
      {
        // the public id: published only if the case is (publicView); the token is the client's private handle
        service_request_id: publicId,
        ...(token ? { token: tokenOf(id, token) } : {}),
        service_notice: notice,
        // echoed as the spec asks; we keep no account of the client's users
        account_id: req.account_id ?? null,
      },
    ],
  };
}

/** Rows as publicView publishes them; a row it refuses is left out. */
async function present(
  ctx: Pick<AppContext, 'db' | 'pii'>,
  rows: RequestRow[],
  lang: Lang,
  extensions: boolean,
): Promise<Record<string, XmlValue>[]> {
  const results = await repo.leadResults(
    ctx.db,
    rows.filter((r) => r.status === 'closed').map((r) => r.id),
  );
  const out: Record<string, XmlValue>[] = [];
  for (const r of rows) {
    const name = r.reporter_name_enc ? ctx.pii.decrypt(r.reporter_name_enc) : null;
    const v = publishedOf(r, results.get(r.id), name);
    if (v) out.push(presentRequest(r, v, lang, extensions));
  }
  return out;
}

export async function listRequests(
  ctx: Pick<AppContext, 'db' | 'pii'>,
  q: ListQuery,
  lang: Lang,
): Promise<Record<string, XmlValue>[]> {
  const rows = await repo.searchRequests(ctx.db, {
    ...q,
    statuses: q.statuses ? q.statuses.flatMap(statusesOf) : null,
  });
  return present(ctx, rows, lang, q.extensions);
}

/** One published request by its public id; a case number, an unpublished case or no case at all: the same 404. */
export async function getRequest(
  ctx: Pick<AppContext, 'db' | 'pii'>,
  id: string,
  lang: Lang,
  extensions: boolean,
) {
  if (!PUBLIC_ID.test(id)) throw missing(`service_request_id ${id}`);
  const rows = await repo.searchRequests(ctx.db, {
    ids: [id],
    serviceCodes: null,
    statuses: null,
    from: null,
    to: null,
    updatedAfter: null,
    updatedBefore: null,
    limit: 1,
    offset: 0,
  });
  const out = await present(ctx, rows, lang, extensions);
  if (out.length === 0) throw missing(`service_request_id ${id}`);
  return out;
}

export async function requestIdOfToken(db: DbOrTx, token: string) {
  const m = /^(\d{16})-([A-Za-z0-9_-]{10,100})$/.exec(token);
  if (!m) throw missing('token');
  const c = await caseByToken(db, m[1]!, m[2]).catch((err: unknown) => {
    throw err instanceof AppError && err.code === 'NOT_FOUND' ? missing('token') : err;
  });
  return [{ service_request_id: c.public_id, token }];
}
