import { districtOf } from '@onegrid/domain';
import type { SourceState } from '@onegrid/domain';
import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { conflict, notFound } from '../../lib/errors.ts';

/**
 * The one way a base record changes (persons, residences, houses, rentals, organisations, tags): under a row lock,
 * checked against the version the client read (optimistic concurrency), version + 1, and a base_change row of who
 * changed which stored values from what to what, when. Creations write version 1 the same way.
 */
export type BaseEntity = 'person' | 'residence' | 'house' | 'rental' | 'organisation' | 'person_tag';

type Row = Record<string, unknown> & { id: string; version: number };

export async function recordCreated(
  db: DbOrTx,
  actor: Actor | null,
  entity: BaseEntity,
  row: Record<string, unknown> & { id: string },
  reason: string | null = null,
): Promise<void> {
  await db
    .insertInto('base_change')
    .values({
      entity,
      entity_id: row.id,
      district_code: districtOfRow(row),
      version: 1,
      actor_id: actor?.userId ?? null,
      reason,
      before: null,
      after: JSON.stringify(storedValues(row)),
    })
    .execute();
}

/**
 * A change lies in the district of the record as it is after the change (its street's, else its community's or
 * grid's; docs/distribution.md). A record that moves to another district takes its later changes there.
 */
function districtOfRow(row: Record<string, unknown>): string {
  const place = (column: string) => {
    const v = row[column];
    return typeof v === 'string' ? v : null;
  };
  return districtOf(place('street_code'), place('community_code'), place('grid_code'));
}

/** The row as stored, without the bookkeeping columns. */
function storedValues(row: Record<string, unknown>): Record<string, unknown> {
  const { created_at: _c, updated_at: _u, version: _v, ...rest } = row;
  return rest;
}

export async function lockRow(db: DbOrTx, entity: BaseEntity, id: string): Promise<Row> {
  const r = await sql<Row>`SELECT * FROM ${sql.table(entity)} WHERE id = ${id} FOR UPDATE`.execute(db);
  const row = r.rows[0];
  if (!row) throw notFound(entity);
  return row;
}

/**
 * Applies `patch` (column → value) to the locked row. `expected`: the version the client read (409 stale_version
 * when another change came first). A patch that changes nothing writes nothing and keeps the version.
 */
export async function versionedUpdate(
  db: DbOrTx,
  actor: Actor | null,
  entity: BaseEntity,
  id: string,
  patch: Record<string, unknown>,
  opts: {
    expected?: number | undefined;
    reason?: string | null;
    locked?: Row;
    /** A change of a dependent row (a hazard, an employee): recorded and versioned though no column changes. */
    note?: Record<string, unknown>;
  } = {},
): Promise<Row> {
  const before = opts.locked ?? (await lockRow(db, entity, id));
  if (opts.expected !== undefined && before.version !== opts.expected)
    throw conflict('stale_version', { version: before.version });
  const changed: Record<string, unknown> = {};
  const was: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    if (JSON.stringify(normal(before[k])) !== JSON.stringify(normal(v))) {
      changed[k] = v;
      was[k] = before[k];
    }
  }
  if (Object.keys(changed).length === 0 && !opts.note) return before;
  const sets = Object.entries(changed).map(([k, v]) => sql`${sql.ref(k)} = ${v}`);
  sets.push(sql`version = version + 1`, sql`updated_at = now()`);
  const r = await sql<Row>`
    UPDATE ${sql.table(entity)} SET ${sql.join(sets)}
    WHERE id = ${id} RETURNING *`.execute(db);
  const after = r.rows[0]!;
  await db
    .insertInto('base_change')
    .values({
      entity,
      entity_id: id,
      district_code: districtOfRow(after),
      version: after.version,
      actor_id: actor?.userId ?? null,
      reason: opts.reason ?? null,
      before: JSON.stringify(was),
      after: JSON.stringify({ ...changed, ...opts.note }),
    })
    .execute();
  return after;
}

function normal(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'number') return String(v);
  return v;
}

/** 录入 → 认领 → 已核实: the state, who set it and when, as a versioned change. */
export async function setSourceState(
  db: DbOrTx,
  actor: Actor,
  entity: BaseEntity,
  id: string,
  state: SourceState,
  expected?: number,
): Promise<Row> {
  return versionedUpdate(
    db,
    actor,
    entity,
    id,
    { source_state: state, state_by: actor.userId, state_at: new Date().toISOString() },
    { expected, reason: `source_state:${state}` },
  );
}

/** The change history of one record, newest first. */
export async function historyOf(db: DbOrTx, entity: BaseEntity, id: string) {
  return db
    .selectFrom('base_change as b')
    .leftJoin('app_user as u', 'u.id', 'b.actor_id')
    .select(['b.version', 'b.at', 'b.reason', 'b.before', 'b.after', 'u.name as actor_name'])
    .where('b.entity', '=', entity)
    .where('b.entity_id', '=', id)
    .orderBy('b.version', 'desc')
    .orderBy('b.id', 'desc')
    .limit(200)
    .execute();
}
