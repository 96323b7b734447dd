import { sql, type Insertable, type Updateable } from 'kysely';
import type { SummonStatus, WhistleStatus } from '@onegrid/domain';
import type { DbOrTx, Tx } from '../../db/database.ts';
import type {
  WhistleEventTable,
  WhistleRatingTable,
  WhistleSummonTable,
  WhistleTable,
} from '../../db/schema.ts';

/** Repositories only query; the handle (pool or transaction) comes first. */

export async function lockWhistle(tx: Tx, id: string) {
  return tx.selectFrom('whistle').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findWhistle(db: DbOrTx, id: string) {
  return db.selectFrom('whistle').selectAll().where('id', '=', id).executeTakeFirst();
}
export type WhistleRow = NonNullable<Awaited<ReturnType<typeof findWhistle>>>;

export async function insertWhistle(tx: Tx, values: Insertable<WhistleTable>): Promise<string> {
  const row = await tx.insertInto('whistle').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateWhistle(tx: Tx, id: string, values: Updateable<WhistleTable>): Promise<void> {
  await tx
    .updateTable('whistle')
    .set({ ...values, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/**
 * The whistle's district (its generated district_code), read as a child row is written: summons, ratings and
 * events are stored with their whistle (docs/distribution.md).
 */
function whistleDistrictOf(whistleId: string) {
  return sql<string>`(SELECT district_code FROM whistle WHERE id = ${whistleId})`;
}

type Child<T> = Omit<Insertable<T>, 'district_code'>;

export async function insertSummons(tx: Tx, rows: Child<WhistleSummonTable>[]): Promise<void> {
  if (rows.length)
    await tx
      .insertInto('whistle_summon')
      .values(rows.map((r) => ({ ...r, district_code: whistleDistrictOf(r.whistle_id) })))
      .execute();
}

export async function updateSummon(
  tx: Tx,
  whistleId: string,
  unitId: string,
  values: Updateable<WhistleSummonTable>,
): Promise<void> {
  await tx
    .updateTable('whistle_summon')
    .set(values)
    .where('whistle_id', '=', whistleId)
    .where('unit_id', '=', unitId)
    .execute();
}

/** The summons with their unit, reporter and rating, in the order they were summoned (then by name). */
export async function summonsOf(db: DbOrTx, whistleId: string) {
  return db
    .selectFrom('whistle_summon as s')
    .innerJoin('unit as u', 'u.id', 's.unit_id')
    .leftJoin('app_user as r', 'r.id', 's.reported_by')
    .leftJoin('whistle_rating as g', (j) =>
      j.onRef('g.whistle_id', '=', 's.whistle_id').onRef('g.unit_id', '=', 's.unit_id'),
    )
    .leftJoin('app_user as gb', 'gb.id', 'g.rated_by')
    .select([
      's.unit_id',
      'u.name as unit_name',
      'u.kind as unit_kind',
      's.status',
      's.summoned_at',
      's.due_at',
      's.reported_at',
      'r.name as reported_by_name',
      's.report_lon',
      's.report_lat',
      's.report_accuracy',
      's.report_note',
      's.late',
      's.missed_at',
      'g.punctuality',
      'g.cooperation',
      'g.effect',
      'g.comment',
      'g.rated_at',
      'gb.name as rated_by_name',
    ])
    .where('s.whistle_id', '=', whistleId)
    .orderBy('u.name')
    .execute();
}
export type SummonRow = Awaited<ReturnType<typeof summonsOf>>[number];

export async function upsertRating(tx: Tx, row: Child<WhistleRatingTable>): Promise<void> {
  await tx
    .insertInto('whistle_rating')
    .values({ ...row, district_code: whistleDistrictOf(row.whistle_id) })
    .onConflict((oc) =>
      oc.columns(['district_code', 'whistle_id', 'unit_id']).doUpdateSet({
        punctuality: row.punctuality,
        cooperation: row.cooperation,
        effect: row.effect,
        comment: row.comment ?? null,
        rated_by: row.rated_by,
        rated_at: sql`now()`,
      }),
    )
    .execute();
}

export async function insertEvents(tx: Tx, rows: Child<WhistleEventTable>[]): Promise<void> {
  if (rows.length)
    await tx
      .insertInto('whistle_event')
      .values(rows.map((r) => ({ ...r, district_code: whistleDistrictOf(r.whistle_id) })))
      .execute();
}

export async function eventsOf(db: DbOrTx, whistleId: string) {
  return db
    .selectFrom('whistle_event as e')
    .leftJoin('unit as u', 'u.id', 'e.unit_id')
    .select([
      'e.id',
      'e.at',
      'e.action',
      'e.actor_id',
      'e.actor_name',
      'u.name as unit_name',
      'e.note',
      'e.data',
    ])
    .where('e.whistle_id', '=', whistleId)
    .orderBy('e.id')
    .execute();
}

/** Summons still expected at the deadline become missing; returns their units. */
export async function markMissing(tx: Tx, whistleId: string, at: Date) {
  return tx
    .updateTable('whistle_summon as s')
    .from('unit as u')
    .set({ status: 'missing', missed_at: at })
    .whereRef('u.id', '=', 's.unit_id')
    .where('s.whistle_id', '=', whistleId)
    .where('s.status', '=', 'summoned')
    .returning(['s.unit_id', 'u.name as unit_name'])
    .execute();
}

export async function uncountSummons(tx: Tx, whistleId: string): Promise<void> {
  await tx
    .updateTable('whistle_summon')
    .set({ counted: false })
    .where('whistle_id', '=', whistleId)
    .execute();
}

/** A street (region of level street) and its office. */
export async function findStreet(db: DbOrTx, code: string) {
  return db
    .selectFrom('region as r')
    .innerJoin('unit as u', (j) =>
      j
        .onRef('u.jurisdiction_code', '=', 'r.code')
        .on('u.kind', '=', 'street_office')
        .on('u.active', '=', true),
    )
    .select(['r.code', 'r.name', 'r.path', 'u.id as unit_id', 'u.name as unit_name'])
    .where('r.code', '=', code)
    .where('r.level', '=', 'street')
    .executeTakeFirst();
}

export async function findRegionName(db: DbOrTx, code: string): Promise<string | undefined> {
  const row = await db.selectFrom('region').select('name').where('code', '=', code).executeTakeFirst();
  return row?.name;
}

/** What a whistle opened from a case takes from it. */
export async function findCaseForWhistle(db: DbOrTx, caseId: string) {
  return db
    .selectFrom('case')
    .select(['id', 'title', 'region_path', 'street_code', 'address', 'lon', 'lat', 'status'])
    .where('id', '=', caseId)
    .executeTakeFirst();
}

export async function activeUnits(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('unit')
    .select(['id', 'name', 'kind', 'jurisdiction_path', 'active'])
    .where('id', 'in', ids)
    .where('active', '=', true)
    .execute();
}

export interface WhistleFilter {
  /** whistles inside this region path (jurisdiction), or null for none by region */
  scopePrefix: string | null;
  /** whistles that summoned this unit, or that this (street office) unit blew */
  unitId: string | null;
  /** whistles this user blew (a community-level lead's, whose street is above its jurisdiction) */
  openedBy: string | null;
  status?: string;
  caseId?: string;
  from?: string;
  to?: string;
}

function filtered(db: DbOrTx, f: WhistleFilter) {
  let q = db.selectFrom('whistle as w').where((eb) => {
    const ors = [];
    if (f.scopePrefix) ors.push(eb('w.region_path', 'like', f.scopePrefix));
    if (f.openedBy) ors.push(eb('w.opened_by', '=', f.openedBy));
    if (f.unitId) {
      ors.push(eb('w.street_unit_id', '=', f.unitId));
      ors.push(
        eb.exists(
          eb
            .selectFrom('whistle_summon as m')
            .select('m.unit_id')
            .whereRef('m.whistle_id', '=', 'w.id')
            .where('m.unit_id', '=', f.unitId),
        ),
      );
    }
    return ors.length ? eb.or(ors) : eb.val(false);
  });
  if (f.status === 'active') q = q.where('w.status', 'in', ['open', 'acting']);
  else if (f.status) q = q.where('w.status', '=', f.status as WhistleStatus);
  if (f.caseId) q = q.where('w.case_id', '=', f.caseId);
  if (f.from) q = q.where('w.opened_at', '>=', new Date(f.from));
  if (f.to) q = q.where('w.opened_at', '<', new Date(f.to));
  return q;
}

export async function listWhistles(db: DbOrTx, f: WhistleFilter, page: { limit: number; offset: number }) {
  const counts = (status: SummonStatus | 'all') =>
    sql<number>`(SELECT count(*)::int FROM whistle_summon s WHERE s.whistle_id = w.id${
      status === 'all' ? sql`` : sql` AND s.status = ${status}`
    })`;
  const [items, total] = await Promise.all([
    filtered(db, f)
      .innerJoin('region as r', 'r.code', 'w.street_code')
      .select([
        'w.id',
        'w.kind',
        'w.title',
        'w.status',
        'w.street_code',
        'r.name as street_name',
        'w.case_id',
        'w.address',
        'w.report_due_at',
        'w.opened_at',
        'w.closed_at',
        counts('all').as('summoned'),
        counts('reported').as('reported'),
        counts('late').as('late'),
        counts('missing').as('missing'),
      ])
      // the open ones by nearest deadline; everything else (the history) newest first
      .$if(f.status === 'active', (q) => q.orderBy('w.report_due_at'))
      .orderBy('w.opened_at', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    filtered(db, f)
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.n };
}

/**
 * Per summoned unit over [from, to): summons by status and rating averages, for whistles inside the scope.
 * Void whistles do not count (their summons are marked counted = false).
 */
export async function reportInStats(db: DbOrTx, scopePrefix: string, from: string, to: string) {
  return db
    .selectFrom('whistle_summon as s')
    .innerJoin('whistle as w', 'w.id', 's.whistle_id')
    .innerJoin('unit as u', 'u.id', 's.unit_id')
    .leftJoin('whistle_rating as g', (j) =>
      j.onRef('g.whistle_id', '=', 's.whistle_id').onRef('g.unit_id', '=', 's.unit_id'),
    )
    .select([
      's.unit_id',
      'u.name as unit_name',
      'u.kind as unit_kind',
      sql<number>`count(*) FILTER (WHERE s.status = 'summoned')::int`.as('summoned'),
      sql<number>`count(*) FILTER (WHERE s.status = 'reported')::int`.as('reported'),
      sql<number>`count(*) FILTER (WHERE s.status = 'late')::int`.as('late'),
      sql<number>`count(*) FILTER (WHERE s.status = 'missing')::int`.as('missing'),
      sql<number>`count(g.unit_id)::int`.as('ratings'),
      sql<number | null>`avg(g.punctuality)::float8`.as('punctuality'),
      sql<number | null>`avg(g.cooperation)::float8`.as('cooperation'),
      sql<number | null>`avg(g.effect)::float8`.as('effect'),
    ])
    .where('s.counted', '=', true)
    .where('s.summoned_at', '>=', new Date(from))
    .where('s.summoned_at', '<', new Date(to))
    .where('w.region_path', 'like', scopePrefix)
    .groupBy(['s.unit_id', 'u.name', 'u.kind'])
    .orderBy('u.name')
    .execute();
}

/** Whistles whose deadline has not been checked yet (to re-arm their jobs at start-up). */
export async function uncheckedDeadlines(db: DbOrTx) {
  return db
    .selectFrom('whistle')
    .select(['id', 'report_due_at'])
    .where('deadline_checked_at', 'is', null)
    .where('status', 'in', ['open', 'acting'])
    .execute();
}
