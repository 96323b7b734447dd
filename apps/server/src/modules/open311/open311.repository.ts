import { notWithheld } from '../replyquality/public.ts';
import { caseNumberFloor, UNPUBLISHED_REQUEST_TYPES, type CaseStatus } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';

/** Leaf categories that are Open311 services, with their group. */
export async function listServiceCategories(db: DbOrTx) {
  return db
    .selectFrom('category as c')
    .leftJoin('category as p', 'p.code', 'c.parent_code')
    .select([
      'c.code',
      'c.parent_code',
      'c.name_zh',
      'c.name_en',
      'c.service_code',
      'c.keywords',
      'c.default_urgency',
      'p.name_zh as group_zh',
      'p.name_en as group_en',
    ])
    .where('c.is_leaf', '=', true)
    .where('c.active', '=', true)
    .where('c.service_code', 'is not', null)
    .orderBy('p.sort')
    .orderBy('c.sort')
    .orderBy('c.code')
    .execute();
}

export async function findServiceCategory(db: DbOrTx, serviceCode: string) {
  return db
    .selectFrom('category')
    .select(['code', 'parent_code', 'name_zh', 'name_en', 'service_code', 'default_urgency'])
    .where('service_code', '=', serviceCode)
    .where('is_leaf', '=', true)
    .where('active', '=', true)
    .orderBy('code')
    .executeTakeFirst();
}

export interface RequestFilter {
  /** Public ids (never case numbers). */
  ids: string[] | null;
  serviceCodes: string[] | null;
  statuses: CaseStatus[] | null;
  from: Date | null;
  to: Date | null;
  updatedAfter: Date | null;
  updatedBefore: Date | null;
  limit: number;
  offset: number;
}

/** Case numbers start with the Shanghai date of creation: bounds on the number let PostgreSQL skip partitions. */
const firstIdOf = caseNumberFloor;

/** The case numbers of public ids (case_public_id, kept by a trigger on "case"). */
export async function caseNumbersOfPublicIds(db: DbOrTx, publicIds: string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('case_public_id')
    .select('case_id')
    .where('public_id', 'in', publicIds)
    .execute();
  return rows.map((r) => r.case_id);
}

/**
 * Published cases as Open311 requests, newest first: the SQL keeps to what publicView (packages/domain) may
 * publish, so pages stay full; publicView then decides each row. No creator, no tracking hash; the reporter's
 * name is read only to mask it in the text.
 */
export async function searchRequests(db: DbOrTx, f: RequestFilter) {
  let q = db
    .selectFrom('case as c')
    .leftJoin('category as cat', 'cat.code', 'c.category_code')
    .leftJoin('unit as lu', 'lu.id', 'c.lead_unit_id')
    .leftJoin('region as st', 'st.code', 'c.street_code')
    .leftJoin('region as cm', 'cm.code', 'c.community_code')
    .select([
      'c.id',
      'c.public_id',
      'c.keep_private',
      'c.hidden_at',
      'c.reporter_name_enc',
      'cat.public as category_public',
      'cat.facility as category_facility',
      'c.status',
      'c.request_type',
      'c.channel',
      'c.urgency',
      'c.category_code',
      'cat.service_code',
      'cat.name_zh as category_name_zh',
      'cat.name_en as category_name_en',
      'c.description',
      'c.answer',
      'c.address',
      'c.lon',
      'c.lat',
      'c.created_at',
      'c.updated_at',
      'c.closed_at',
      'c.resolve_due_at',
      'c.parent_id',
      'lu.name as lead_unit_name',
      'st.name as street_name',
      'cm.name as community_name',
    ])
    .where('cat.public', '=', true)
    .where('c.request_type', 'not in', UNPUBLISHED_REQUEST_TYPES)
    .where('c.keep_private', '=', false)
    .where('c.hidden_at', 'is', null)
    .where('c.status', 'not in', ['void', 'merged']);
  if (f.ids) {
    // public id → number first (an unpartitioned lookup), so that the case is read from its month's partition only
    const numbers = f.ids.length ? await caseNumbersOfPublicIds(db, f.ids) : [];
    q = q.where('c.public_id', 'in', f.ids).where('c.id', 'in', numbers.length ? numbers : ['0']);
  } else {
    if (f.serviceCodes) q = q.where('cat.service_code', 'in', f.serviceCodes);
    if (f.statuses) q = q.where('c.status', 'in', f.statuses);
    if (f.from) q = q.where('c.created_at', '>=', f.from).where('c.id', '>=', firstIdOf(f.from));
    if (f.to) {
      const dayAfter = new Date(f.to.getTime() + 86_400_000);
      q = q.where('c.created_at', '<=', f.to).where('c.id', '<', firstIdOf(dayAfter));
    }
    if (f.updatedAfter) q = q.where('c.updated_at', '>', f.updatedAfter);
    if (f.updatedBefore) q = q.where('c.updated_at', '<', f.updatedBefore);
  }
  return q.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(f.limit).offset(f.offset).execute();
}

export type RequestRow = Awaited<ReturnType<typeof searchRequests>>[number];

/** The latest result reported by each case's lead unit. */
export async function leadResults(db: DbOrTx, caseIds: string[]): Promise<Map<string, string>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('assignment')
    .select(['case_id', 'result'])
    .distinctOn('case_id')
    .where('case_id', 'in', caseIds)
    .where('role', '=', 'lead')
    .where('result', 'is not', null)
    .where(notWithheld('assignment'))
    .orderBy('case_id')
    .orderBy('reported_at', 'desc')
    .execute();
  return new Map(rows.filter((r) => r.result !== null).map((r) => [String(r.case_id), r.result ?? '']));
}

/** What a client is told right after creating a request. */
export async function intakeOutcome(db: DbOrTx, id: string) {
  return db
    .selectFrom('case as c')
    .leftJoin('unit as lu', 'lu.id', 'c.lead_unit_id')
    .select(['c.status', 'c.public_id', 'c.resolve_due_at', 'lu.name as lead_unit_name'])
    .where('c.id', '=', id)
    .executeTakeFirst();
}
