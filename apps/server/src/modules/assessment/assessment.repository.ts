import { sql } from 'kysely';
import type { Period, RateCounts, UnitKind } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import { saveSetting, settingValue } from '../../db/settings.ts';

export const SETTINGS_KEY = 'assessment_settings';

/** The daily counters of every unit summed over a period (one index range of assessment_unit_day). */
export async function unitCounts(db: DbOrTx, period: Period): Promise<Map<string, RateCounts>> {
  const rows = await db
    .selectFrom('assessment_unit_day')
    .select((eb) => [
      'unit_id',
      eb.fn.sum<string>('response_hit').as('hit'),
      eb.fn.sum<string>('response_miss').as('miss'),
      eb.fn.sum<string>('callbacks').as('callbacks'),
      eb.fn.sum<string>('resolved').as('resolved'),
      eb.fn.sum<string>('satisfied').as('satisfied'),
      eb.fn.sum<string>('basically_satisfied').as('basic'),
      eb.fn.sum<string>('unsatisfied').as('unsatisfied'),
    ])
    .where('day', '>=', period.from)
    .where('day', '<=', period.to)
    .groupBy('unit_id')
    .execute();
  const out = new Map<string, RateCounts>();
  for (const r of rows) {
    const c: RateCounts = {
      responseHit: Number(r.hit),
      responseMiss: Number(r.miss),
      callbacks: Number(r.callbacks),
      resolved: Number(r.resolved),
      satisfied: Number(r.satisfied),
      basicallySatisfied: Number(r.basic),
      unsatisfied: Number(r.unsatisfied),
    };
    if (c.responseHit + c.responseMiss + c.callbacks > 0) out.set(r.unit_id, c);
  }
  return out;
}

export interface RankableUnit {
  id: string;
  name: string;
  kind: UnitKind;
  jurisdictionCode: string;
  jurisdictionPath: string;
  regionName: string | null;
}

/** Active units other than governments, with the name of their jurisdiction's region (streets vs towns). */
export async function rankableUnits(db: DbOrTx): Promise<RankableUnit[]> {
  const rows = await db
    .selectFrom('unit as u')
    .leftJoin('region as r', 'r.code', 'u.jurisdiction_code')
    .select([
      'u.id',
      'u.name',
      'u.kind',
      'u.jurisdiction_code',
      'u.jurisdiction_path',
      'r.name as region_name',
    ])
    .where('u.active', '=', true)
    .where('u.kind', '!=', 'government')
    .orderBy('u.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    jurisdictionCode: r.jurisdiction_code,
    jurisdictionPath: r.jurisdiction_path,
    regionName: r.region_name,
  }));
}

export async function findUnit(db: DbOrTx, id: string) {
  return db
    .selectFrom('unit as u')
    .leftJoin('region as r', 'r.code', 'u.jurisdiction_code')
    .select(['u.id', 'u.name', 'u.kind', 'r.name as region_name'])
    .where('u.id', '=', id)
    .executeTakeFirst();
}

export interface DrillRow {
  caseId: string;
  /** The unit the fact counts for (a street's drill-down lists its office's and communities' facts). */
  unitId: string;
  title: string;
  status: string;
  categoryCode: string | null;
  day: string;
  /** Response: the accept deadline and when the unit accepted; callbacks: resolved and rating. */
  acceptDueAt: Date | null;
  acceptedAt: Date | null;
  resolved: boolean | null;
  rating: string | null;
  outcome: 'hit' | 'miss';
}

/** The response facts of a unit (or units) in a period with one outcome: exactly the rows its counters sum. */
export async function responseFacts(
  db: DbOrTx,
  unitId: string | readonly string[],
  period: Period,
  outcome: 'hit' | 'miss',
  limit: number,
): Promise<DrillRow[]> {
  const rows = await db
    .selectFrom('assessment_response as f')
    .innerJoin('case as c', 'c.id', 'f.case_id')
    .innerJoin('assignment as a', 'a.id', 'f.assignment_id')
    .select([
      'f.case_id',
      'f.unit_id',
      'c.title',
      'c.status',
      'c.category_code',
      sql<string>`f.day::text`.as('day'),
      'a.accept_due_at',
      sql<Date | null>`least(a.accepted_at, a.responded_at)`.as('accepted_at'),
    ])
    .where('f.unit_id', 'in', typeof unitId === 'string' ? [unitId] : unitId)
    .where('f.day', '>=', period.from)
    .where('f.day', '<=', period.to)
    .where('f.outcome', '=', outcome)
    .orderBy('f.day', 'desc')
    .orderBy('f.case_id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    caseId: r.case_id,
    unitId: r.unit_id,
    title: r.title,
    status: r.status,
    categoryCode: r.category_code,
    day: r.day,
    acceptDueAt: r.accept_due_at,
    acceptedAt: r.accepted_at,
    resolved: null,
    rating: null,
    outcome,
  }));
}

/** The callbacks of a unit (or units) in a period: resolution misses are unresolved, satisfaction misses not 满意. */
export async function callbackFacts(
  db: DbOrTx,
  unitId: string | readonly string[],
  period: Period,
  measure: 'resolution' | 'satisfaction',
  outcome: 'hit' | 'miss',
  limit: number,
): Promise<DrillRow[]> {
  let q = db
    .selectFrom('assessment_callback as f')
    .innerJoin('case as c', 'c.id', 'f.case_id')
    .select([
      'f.case_id',
      'f.unit_id',
      'c.title',
      'c.status',
      'c.category_code',
      sql<string>`f.day::text`.as('day'),
      'f.resolved',
      'f.rating',
    ])
    .where('f.unit_id', 'in', typeof unitId === 'string' ? [unitId] : unitId)
    .where('f.day', '>=', period.from)
    .where('f.day', '<=', period.to);
  if (measure === 'resolution') q = q.where('f.resolved', '=', outcome === 'hit');
  else q = q.where('f.rating', outcome === 'hit' ? '=' : '!=', 'satisfied');
  const rows = await q.orderBy('f.day', 'desc').orderBy('f.event_id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    caseId: r.case_id,
    unitId: r.unit_id,
    title: r.title,
    status: r.status,
    categoryCode: r.category_code,
    day: r.day,
    acceptDueAt: null,
    acceptedAt: null,
    resolved: r.resolved,
    rating: r.rating,
    outcome,
  }));
}

export async function settingsValue(db: DbOrTx): Promise<unknown> {
  return settingValue(db, SETTINGS_KEY);
}

export async function saveSettings(db: DbOrTx, value: unknown): Promise<void> {
  await saveSetting(db, SETTINGS_KEY, value);
}
