import {
  caseNumberCeiling,
  caseNumberFloor,
  DAY_MS,
  OPEN_STATUSES,
  UNPUBLISHED_REQUEST_TYPES,
} from '@onegrid/domain';
import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { CaseScope } from '@onegrid/domain';
import { caseVisible } from '../../lib/scope.ts';

/** How many of the newest open cases a lookup compares at most (30 days of a district's open cases fit). */
export const MAX_COMPARED = 5000;

/** Blind indexes of every attached caller's phone (case_caller), one array per case. */
const callerHashes = sql<string[]>`coalesce((SELECT array_agg(cc.phone_hash) FROM case_caller cc
  WHERE cc.case_id = c.id AND cc.phone_hash IS NOT NULL), '{}')`;

/** Open cases in the actor's sight opened since `since`: what a call at intake may duplicate. Read only. */
export async function openCasesInSight(db: DbOrTx, scope: CaseScope, since: Date) {
  return (
    db
      .selectFrom('case as c')
      .leftJoin('category as k', 'k.code', 'c.category_code')
      .leftJoin('region as s', 's.code', 'c.street_code')
      .select([
        'c.id',
        'c.status',
        'c.request_type',
        'c.title',
        'c.description',
        'c.address',
        'c.lon',
        'c.lat',
        'c.created_at',
        'c.category_code',
        'k.name_zh as category_name_zh',
        'k.name_en as category_name_en',
        'k.parent_code as category_group',
        'c.street_code',
        's.name as street_name',
        'c.reporter_phone_hash',
        callerHashes.as('caller_hashes'),
      ])
      .where(caseVisible(scope))
      .where('c.status', 'in', OPEN_STATUSES)
      .where('c.created_at', '>=', since)
      // the partition key: only the months since `since` (and not the empty ones made ahead; a day of clock skew)
      .where('c.id', '>=', caseNumberFloor(since))
      .where('c.id', '<', caseNumberCeiling(Date.now() + DAY_MS))
      .orderBy('c.id', 'desc')
      .limit(MAX_COMPARED)
      .execute()
  );
}

/**
 * Open cases the public may see, as the public feed selects them (open311.repository searchRequests): a public
 * category, not a 举报, not kept private, not hidden; publicView then decides each row and de-identifies it.
 */
export async function publishedOpenCases(db: DbOrTx, since: Date) {
  return (
    db
      .selectFrom('case as c')
      .leftJoin('category as k', 'k.code', 'c.category_code')
      .select([
        'c.id',
        'c.public_id',
        'c.status',
        'c.request_type',
        'c.title',
        'c.description',
        'c.answer',
        'c.address',
        'c.lon',
        'c.lat',
        'c.created_at',
        'c.updated_at',
        'c.closed_at',
        'c.keep_private',
        'c.hidden_at',
        'c.reporter_name_enc',
        'k.public as category_public',
        'k.facility as category_facility',
        'c.category_code',
        'k.name_zh as category_name_zh',
        'k.name_en as category_name_en',
        'k.parent_code as category_group',
      ])
      .where('k.public', '=', true)
      .where('c.request_type', 'not in', UNPUBLISHED_REQUEST_TYPES)
      .where('c.keep_private', '=', false)
      .where('c.hidden_at', 'is', null)
      .where('c.status', 'in', OPEN_STATUSES)
      .where('c.created_at', '>=', since)
      // the partition key: only the months since `since` (and not the empty ones made ahead; a day of clock skew)
      .where('c.id', '>=', caseNumberFloor(since))
      .where('c.id', '<', caseNumberCeiling(Date.now() + DAY_MS))
      .orderBy('c.id', 'desc')
      .limit(MAX_COMPARED)
      .execute()
  );
}

/** The group (parent) of a leaf category; null for an unknown code. */
export async function groupOf(db: DbOrTx, code: string | undefined): Promise<string | null> {
  if (!code) return null;
  const r = await db.selectFrom('category').select('parent_code').where('code', '=', code).executeTakeFirst();
  return r?.parent_code ?? null;
}

/** Title and description of the newest cases, for learning the IDF. */
export async function corpus(db: DbOrTx, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('case')
    .select(['title', 'description'])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => `${r.title} ${r.description}`);
}

/** Decisions per week of their showing, on candidate cases in sight. */
export async function weeklyDecisions(db: DbOrTx, scope: CaseScope, since: Date) {
  return db
    .selectFrom('duplicate_decision as d')
    .innerJoin('case as c', 'c.id', 'd.candidate_id')
    .select([
      sql<string>`to_char(date_trunc('week', d.shown_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD')`.as(
        'week',
      ),
      sql<string>`count(*)`.as('shown'),
      sql<string>`count(*) FILTER (WHERE d.decision = 'confirmed')`.as('confirmed'),
      sql<string>`count(*) FILTER (WHERE d.decision = 'rejected')`.as('rejected'),
    ])
    .where(caseVisible(scope))
    .where('d.shown_at', '>=', since)
    .groupBy(sql`1`)
    .orderBy(sql`1`)
    .execute();
}

/** What the visibility check needs of one case (lib/scope canSeeCase): its path, creator and every assignment. */
export async function caseSight(db: DbOrTx, id: string) {
  const c = await db
    .selectFrom('case')
    .select(['id', 'region_path', 'created_by'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!c) return null;
  const assignments = await db.selectFrom('assignment').select('unit_id').where('case_id', '=', id).execute();
  return { ...c, assignments };
}
