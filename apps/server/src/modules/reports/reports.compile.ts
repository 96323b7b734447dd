import {
  birthRange,
  type QueryCell,
  type QueryEntity,
  type ReportColumn,
  type ReportQuery,
  type SourceState,
} from '@onegrid/domain';
import { sql, type RawBuilder } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';

/**
 * The query form compiled to SQL (the meaning is the domain's evaluateQuery; reports.compile.test.ts holds both to
 * the same fixtures). Identifiers come only from the tables below — a field the domain's whitelist names maps to a
 * fixed expression here — and every value is a bound parameter. Columns over the same entity share one statement:
 * one scan of the entity's table, grouped per community and grid, each column an aggregate with its own FILTER.
 * Only counts and sums leave the database, never a person row.
 */

interface EntitySql {
  from: RawBuilder<unknown>;
  /** records alive on the reference day */
  alive: (ref: string) => RawBuilder<boolean>;
  /**
   * For an entity joined to its person: the table alone, and liveness without the join (a deceased person's record
   * found through the small partial index of the deceased). Columns that need none of the person's own fields (age,
   * gender) are counted this way — one scan of the table, no join of half a million persons.
   */
  bare?: { from: RawBuilder<unknown>; alive: (ref: string) => RawBuilder<boolean> };
  /** the person's id (tag filters), birth date (age bands) */
  personId?: RawBuilder<unknown>;
  birthDate?: RawBuilder<unknown>;
  fields: Record<string, RawBuilder<unknown>>;
  sums: Record<string, RawBuilder<unknown>>;
}

const e = (col: string) => sql.ref(`e.${col}`);
const p = (col: string) => sql.ref(`p.${col}`);
const source = { source_state: e('source_state') };

const ENTITIES: Record<QueryEntity, EntitySql> = {
  person: {
    from: sql`person e`,
    alive: () => sql<boolean>`NOT e.deceased`,
    personId: e('id'),
    birthDate: e('birth_date'),
    fields: { gender: e('gender'), ...source },
    sums: {},
  },
  residence: {
    from: sql`residence e JOIN person p ON p.id = e.person_id`,
    alive: (ref) =>
      sql<boolean>`NOT p.deceased AND (e.moved_in IS NULL OR e.moved_in <= ${ref}::date)
        AND (e.moved_out IS NULL OR e.moved_out > ${ref}::date)`,
    bare: {
      from: sql`residence e`,
      alive: (ref) =>
        sql<boolean>`NOT EXISTS (SELECT 1 FROM person d WHERE d.id = e.person_id AND d.deceased)
          AND (e.moved_in IS NULL OR e.moved_in <= ${ref}::date) AND (e.moved_out IS NULL OR e.moved_out > ${ref}::date)`,
    },
    personId: e('person_id'),
    birthDate: p('birth_date'),
    fields: {
      population_type: e('population_type'),
      hukou_status: e('hukou_status'),
      gender: p('gender'),
      ...source,
    },
    sums: {},
  },
  house: {
    from: sql`house e`,
    alive: () => sql<boolean>`TRUE`,
    fields: { use: e('use'), dangerous: e('dangerous'), ...source },
    sums: { area: e('area') },
  },
  rental: {
    from: sql`rental e`,
    alive: () => sql<boolean>`TRUE`,
    fields: { use: e('use'), hazard: e('hazard'), management_class: e('management_class'), ...source },
    sums: { occupant_actual: e('occupant_actual'), occupant_limit: e('occupant_limit'), rooms: e('rooms') },
  },
  organisation: {
    from: sql`organisation e`,
    alive: () => sql<boolean>`TRUE`,
    fields: {
      kind: e('kind'),
      key_fire: e('key_fire'),
      key_public_order: e('key_public_order'),
      key_work_safety: e('key_work_safety'),
      ...source,
    },
    sums: { employee_count: e('employee_count') },
  },
  person_tag: {
    from: sql`person_tag e JOIN person p ON p.id = e.person_id`,
    alive: (ref) =>
      sql<boolean>`NOT p.deceased AND (e.started_on IS NULL OR e.started_on <= ${ref}::date)
        AND (e.ended_on IS NULL OR e.ended_on > ${ref}::date)`,
    bare: {
      from: sql`person_tag e`,
      alive: (ref) =>
        sql<boolean>`NOT EXISTS (SELECT 1 FROM person d WHERE d.id = e.person_id AND d.deceased)
          AND (e.started_on IS NULL OR e.started_on <= ${ref}::date) AND (e.ended_on IS NULL OR e.ended_on > ${ref}::date)`,
    },
    birthDate: p('birth_date'),
    fields: { tag: e('tag'), level: e('level'), gender: p('gender'), ...source },
    sums: {},
  },
};

/** A query's filters and age band as one SQL condition (TRUE when it has none). */
export function whereOf(q: ReportQuery, ref: string): RawBuilder<boolean> {
  const ent = ENTITIES[q.entity];
  const parts: RawBuilder<boolean>[] = [];
  for (const f of q.filters) {
    if (f.field === 'tag' && q.entity !== 'person_tag') {
      parts.push(sql<boolean>`EXISTS (SELECT 1 FROM person_tag t WHERE t.person_id = ${ent.personId}
        AND t.tag = ANY(${f.values.map(String)}::text[])
        AND (t.started_on IS NULL OR t.started_on <= ${ref}::date)
        AND (t.ended_on IS NULL OR t.ended_on > ${ref}::date))`);
      continue;
    }
    const col = ent.fields[f.field];
    // The domain's schema refuses unknown fields before this; a second guard costs nothing.
    if (!col) throw new Error(`field not whitelisted: ${q.entity}.${f.field}`);
    if (typeof f.values[0] === 'boolean') parts.push(sql<boolean>`${col} = ${f.values[0]}`);
    else parts.push(sql<boolean>`${col} = ANY(${f.values.map(String)}::text[])`);
  }
  if (q.ageBand) {
    const r = birthRange(q.ageBand, ref);
    if (r.bornOnOrBefore) parts.push(sql<boolean>`${ent.birthDate} <= ${r.bornOnOrBefore}::date`);
    if (r.bornAfter) parts.push(sql<boolean>`${ent.birthDate} > ${r.bornAfter}::date`);
  }
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` AND `)})` : sql<boolean>`TRUE`;
}

export type QueryColumnRef = { key: string; query: ReportQuery };
/** column key → community code → its cell (communities without a counted record are absent) */
export type QueryResults = Map<string, Map<string, QueryCell>>;

/** Whether a query reads its person's own fields (age band, gender), so its statement must join the person. */
export function readsPerson(q: ReportQuery): boolean {
  return !!ENTITIES[q.entity].bare && (!!q.ageBand || q.filters.some((f) => f.field === 'gender'));
}

/**
 * Columns over one entity in one statement, for the given communities on the reference day. `joined`: the
 * statement joins the person (its columns read the person's fields); then `only` is the one column it counts, its
 * condition also in WHERE so that PostgreSQL reads only the persons it asks for (say, those over 80).
 */
async function runEntity(
  db: DbOrTx,
  entity: QueryEntity,
  cols: readonly QueryColumnRef[],
  communities: readonly string[],
  ref: string,
  out: QueryResults,
  joined: boolean,
): Promise<void> {
  const ent = ENTITIES[entity];
  const from = joined || !ent.bare ? ent.from : ent.bare.from;
  const alive = joined || !ent.bare ? ent.alive(ref) : ent.bare.alive(ref);
  const only = joined && cols.length === 1 ? whereOf(cols[0]!.query, ref) : sql<boolean>`TRUE`;
  const selects: RawBuilder<unknown>[] = [];
  cols.forEach((c, i) => {
    const w = whereOf(c.query, ref);
    const agg = c.query.aggregate;
    const amount = agg.fn === 'sum' ? ent.sums[agg.field] : null;
    if (agg.fn === 'sum' && !amount) throw new Error(`sum not whitelisted: ${entity}.${agg.field}`);
    const counted = amount ? sql<boolean>`${w} AND ${amount} IS NOT NULL` : w;
    selects.push(
      amount
        ? sql`COALESCE(SUM(${amount}) FILTER (WHERE ${counted}), 0)::float8 AS ${sql.ref(`v${i}`)}`
        : sql`COUNT(*) FILTER (WHERE ${counted})::int AS ${sql.ref(`v${i}`)}`,
      sql`COUNT(*) FILTER (WHERE ${counted})::int AS ${sql.ref(`n${i}`)}`,
      sql`COUNT(*) FILTER (WHERE ${counted} AND e.source_state = 'entered')::int AS ${sql.ref(`se${i}`)}`,
      sql`COUNT(*) FILTER (WHERE ${counted} AND e.source_state = 'claimed')::int AS ${sql.ref(`sc${i}`)}`,
      sql`COUNT(*) FILTER (WHERE ${counted} AND e.source_state = 'verified')::int AS ${sql.ref(`sv${i}`)}`,
    );
  });
  const { rows } = await sql<Record<string, number | string | null>>`
    SELECT e.community_code AS community, e.grid_code AS grid, ${sql.join(selects)}
    FROM ${from}
    WHERE e.community_code = ANY(${[...communities]}::text[]) AND ${alive} AND ${only}
    GROUP BY e.community_code, e.grid_code
  `.execute(db);
  cols.forEach((c, i) => {
    const byCommunity = out.get(c.key)!;
    for (const r of rows) {
      const n = Number(r[`n${i}`]);
      if (!n) continue;
      const community = String(r.community);
      const value = Number(r[`v${i}`]);
      let cell = byCommunity.get(community);
      if (!cell) {
        cell = { value: 0, count: 0, sources: { entered: 0, claimed: 0, verified: 0 } };
        if (c.query.groupBy === 'grid') cell.byGrid = {};
        byCommunity.set(community, cell);
      }
      cell.value += value;
      cell.count += n;
      const s: Record<SourceState, number> = {
        entered: Number(r[`se${i}`]),
        claimed: Number(r[`sc${i}`]),
        verified: Number(r[`sv${i}`]),
      };
      cell.sources.entered += s.entered;
      cell.sources.claimed += s.claimed;
      cell.sources.verified += s.verified;
      if (cell.byGrid) {
        const g = r.grid === null ? '-' : String(r.grid);
        cell.byGrid[g] = (cell.byGrid[g] ?? 0) + value;
      }
    }
  });
}

/**
 * Every queried column of a template for the given communities: one statement per entity the columns name, plus
 * one per column that reads the person's age or gender. Outside a transaction the statements run at once, each on
 * its own connection of the pool; in one, one after another.
 */
export async function runQueries(
  db: DbOrTx,
  columns: readonly ReportColumn[],
  communities: readonly string[],
  ref: string,
): Promise<QueryResults> {
  const out: QueryResults = new Map();
  const byEntity = new Map<QueryEntity, QueryColumnRef[]>();
  for (const c of columns) {
    if (c.kind !== 'query') continue;
    out.set(c.key, new Map());
    const list = byEntity.get(c.query.entity) ?? [];
    list.push({ key: c.key, query: c.query });
    byEntity.set(c.query.entity, list);
  }
  if (!communities.length) return out;
  const statements: (() => Promise<void>)[] = [];
  for (const [entity, cols] of byEntity) {
    const bare = cols.filter((c) => !readsPerson(c.query));
    if (bare.length) statements.push(() => runEntity(db, entity, bare, communities, ref, out, false));
    for (const c of cols)
      if (readsPerson(c.query))
        statements.push(() => runEntity(db, entity, [c], communities, ref, out, true));
  }
  // a transaction's connection runs one statement at a time
  if (db.isTransaction) for (const run of statements) await run();
  else await Promise.all(statements.map((run) => run()));
  return out;
}

/** The communities under a region path (a jurisdiction), optionally only those of some streets. */
export async function communitiesUnder(
  db: DbOrTx,
  path: string,
  streetCodes?: readonly string[],
): Promise<{ code: string; name: string; parent_code: string | null }[]> {
  let q = db
    .selectFrom('region')
    .select(['code', 'name', 'parent_code'])
    .where('level', '=', 'community')
    .where('path', 'like', `${path}%`);
  if (streetCodes?.length) q = q.where('parent_code', 'in', [...streetCodes]);
  return q.orderBy('sort').orderBy('code').execute();
}
