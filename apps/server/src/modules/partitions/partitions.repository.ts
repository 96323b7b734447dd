import { sql, type RawBuilder } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';

/** The tables range-partitioned by case number (one partition a month, plus a DEFAULT one). */
export const PARTITIONED = ['case', 'case_event'] as const;

/** Makes the monthly partitions of "case" and case_event from `startMonth` (YYYY-MM-01) on; names those made. */
export async function ensurePartitions(db: DbOrTx, startMonth: string, months: number): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT name FROM case_partitions_ensure(${startMonth}::date, ${months}::int) AS name`.execute(db);
  return rows.map((r) => r.name);
}

/** Makes the partitions of the months whose rows wait in a DEFAULT partition, which moves them there. */
export async function sweepDefaults(db: DbOrTx): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM case_partitions_sweep() AS name`.execute(db);
  return rows.map((r) => r.name);
}

export interface PartitionRow {
  parent: string;
  name: string;
  bound: string;
  rows: number;
}

/** The partitions attached now, with their bounds and estimated row counts. */
export async function listPartitions(db: DbOrTx): Promise<PartitionRow[]> {
  const { rows } = await sql<PartitionRow>`
    SELECT p.relname AS parent, c.relname AS name, pg_get_expr(c.relpartbound, c.oid) AS bound,
           greatest(c.reltuples, 0)::bigint::int AS rows
      FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
     WHERE p.relname IN ('case', 'case_event') AND p.relnamespace = 'public'::regnamespace
     ORDER BY p.relname, c.relname`.execute(db);
  return rows;
}

/** Months kept in the archive schema. */
export async function listArchived(
  db: DbOrTx,
): Promise<{ month: string; archived_at: Date; tables: string[] }[]> {
  const exists = await sql<{ t: string | null }>`SELECT to_regclass('archive.manifest')::text AS t`.execute(
    db,
  );
  if (!exists.rows[0]?.t) return [];
  const { rows } = await sql<{ month: string; archived_at: Date; tables: string[] }>`
    SELECT month, archived_at, tables FROM archive.manifest ORDER BY month`.execute(db);
  return rows;
}

/** Cases of a partition that are not finished (an open case must not leave the live tables). */
export async function openCasesIn(db: DbOrTx, part: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM ${sql.table(part)}
     WHERE status NOT IN ('closed', 'void', 'merged')`.execute(db);
  return rows[0]!.n;
}

export async function relationExists(db: DbOrTx, qualified: string): Promise<boolean> {
  const { rows } = await sql<{ t: string | null }>`SELECT to_regclass(${qualified})::text AS t`.execute(db);
  return rows[0]?.t != null;
}

export async function isPartitionOf(db: DbOrTx, parent: string, part: string): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM pg_inherits i
     WHERE i.inhparent = ${`public."${parent}"`}::regclass AND i.inhrelid = to_regclass(${`public.${part}`})`.execute(
    db,
  );
  return rows[0]!.n > 0;
}

/** Tables that keep a case number without a foreign key into "case" (their rows leave with their month). */
export const CASE_NUMBER_WITHOUT_FK = [{ table: 'assignment', columns: ['case_id'], refColumns: ['id'] }];

/**
 * Foreign keys into `table` from other tables: (table, columns) → `refColumns` of `table` — one column, or the
 * district and the parent's key (district_code, case_id) → (district_code, id) since 20261214_0102. Read from the
 * catalogue, so a table added later is followed too.
 */
export async function referencesInto(
  db: DbOrTx,
  table: string,
): Promise<{ table: string; columns: string[]; refColumns: string[] }[]> {
  const { rows } = await sql<{ table: string; columns: string[]; refColumns: string[] }>`
    SELECT r.relname AS table,
           array(SELECT a.attname::text FROM unnest(f.conkey) WITH ORDINALITY k(n, o)
                   JOIN pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = k.n ORDER BY k.o) AS columns,
           array(SELECT a.attname::text FROM unnest(f.confkey) WITH ORDINALITY k(n, o)
                   JOIN pg_attribute a ON a.attrelid = f.confrelid AND a.attnum = k.n ORDER BY k.o) AS "refColumns"
      FROM pg_constraint f
      JOIN pg_class r ON r.oid = f.conrelid
     WHERE f.contype = 'f' AND f.confrelid = ${`public."${table}"`}::regclass AND f.conparentid = 0
       AND f.conrelid <> f.confrelid AND NOT r.relispartition
     ORDER BY r.relname, f.conname`.execute(db);
  return rows;
}

export async function countWhere(db: DbOrTx, table: string, where: RawBuilder<boolean>): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${where}`.execute(db);
  return rows[0]!.n;
}

/** Moves the rows of `table` matching `where` (literals only: it runs in CREATE TABLE AS) into archive.<into>. */
export async function moveToArchive(db: DbOrTx, table: string, where: RawBuilder<boolean>, into: string) {
  await sql`CREATE TABLE ${sql.table(`archive.${into}`)} AS SELECT * FROM ${sql.table(table)} WHERE ${where}`.execute(
    db,
  );
  const r = await sql`DELETE FROM ${sql.table(table)} WHERE ${where}`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

/** Puts archived rows back into their table and drops the archive copy; returns how many. */
export async function moveFromArchive(db: DbOrTx, from: string, table: string) {
  // generated columns are computed again, not copied
  const { rows } = await sql<{ name: string }>`
    SELECT attname AS name FROM pg_attribute
     WHERE attrelid = ${`public."${table}"`}::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
     ORDER BY attnum`.execute(db);
  const cols = sql.join(rows.map((r) => sql.ref(r.name)));
  const r = await sql`INSERT INTO ${sql.table(table)} (${cols})
    SELECT ${cols} FROM ${sql.table(`archive.${from}`)}`.execute(db);
  await sql`DROP TABLE ${sql.table(`archive.${from}`)}`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

export async function detachPartition(db: DbOrTx, parent: string, part: string) {
  await sql`ALTER TABLE ${sql.table(parent)} DETACH PARTITION ${sql.table(part)}`.execute(db);
  await sql`ALTER TABLE ${sql.table(part)} SET SCHEMA archive`.execute(db);
}

export async function attachPartition(db: DbOrTx, parent: string, part: string, lo: string, hi: string) {
  await sql`ALTER TABLE ${sql.table(`archive.${part}`)} SET SCHEMA public`.execute(db);
  await sql`ALTER TABLE ${sql.table(parent)} ATTACH PARTITION ${sql.table(part)}
    FOR VALUES FROM (${sql.lit(lo)}) TO (${sql.lit(hi)})`.execute(db);
}

export async function ensureManifest(db: DbOrTx) {
  await sql`CREATE TABLE IF NOT EXISTS archive.manifest (
    month text PRIMARY KEY,
    archived_at timestamptz NOT NULL DEFAULT now(),
    -- "table.column=archive_table" of every table whose rows were moved out with the month
    tables text[] NOT NULL,
    counts jsonb NOT NULL
  )`.execute(db);
}

export async function writeManifest(
  db: DbOrTx,
  month: string,
  tables: string[],
  counts: Record<string, number>,
) {
  await sql`INSERT INTO archive.manifest (month, tables, counts)
    VALUES (${month}, ${tables}::text[], ${JSON.stringify(counts)}::jsonb)`.execute(db);
}

export async function findManifest(db: DbOrTx, month: string) {
  if (!(await relationExists(db, 'archive.manifest'))) return undefined;
  const { rows } = await sql<{ tables: string[] }>`
    SELECT tables FROM archive.manifest WHERE month = ${month}`.execute(db);
  return rows[0];
}

export async function deleteManifest(db: DbOrTx, month: string) {
  await sql`DELETE FROM archive.manifest WHERE month = ${month}`.execute(db);
}
