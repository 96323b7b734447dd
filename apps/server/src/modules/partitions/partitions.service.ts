import { caseMonthBounds, shanghaiDayOf } from '@onegrid/domain';
import { sql, type RawBuilder } from 'kysely';
import type { Db, Tx } from '../../db/database.ts';
import * as repo from './partitions.repository.ts';

export { listArchived, listPartitions } from './partitions.repository.ts';

/** First day ("YYYY-MM-01") of the Shanghai month of an instant. */
function monthStartOf(now: Date): string {
  return `${shanghaiDayOf(now).slice(0, 7)}-01`;
}

/**
 * What the scheduled job does: the partitions of this month and `monthsAhead` more exist, and rows that landed in
 * a DEFAULT partition (a month nobody made in time, or an imported old case) are moved into their own month's.
 * Idempotent; the database functions take an advisory lock, so several servers may run it at once.
 */
export async function maintainPartitions(
  db: Db,
  now: Date,
  monthsAhead: number,
): Promise<{ created: string[]; swept: string[] }> {
  return db.transaction().execute(async (tx) => {
    const created = await repo.ensurePartitions(tx, monthStartOf(now), monthsAhead + 1);
    const swept = await repo.sweepDefaults(tx);
    return { created, swept };
  });
}

/** A refusal of the operator command (the command line prints it; no HTTP route reaches these functions). */
export class PartitionRefused extends Error {}

const partName = (parent: string, month: string) => `${parent}_${month.replace('-', '')}`;

function checkMonth(month: string) {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new PartitionRefused(`not a month (YYYY-MM): ${month}`);
}

/**
 * Archives a month (operators, `npm run partitions -- archive YYYY-MM`, as the owner role): its partitions of
 * "case" and case_event are detached and kept in the schema `archive`, and the rows of other tables that point at
 * those cases (assignment, every table with a foreign key into "case", and those pointing at these, read from the
 * catalogue) are moved to archive tables beside them, all in one transaction. Refuses a month with unfinished cases, the current month and later ones.
 * Undone by restoreMonth. The serving role cannot read the archive schema.
 *
 * DETACH … CONCURRENTLY cannot be used while the tables have a DEFAULT partition, so the detach is the plain one:
 * it holds the parent's lock only for the catalogue change, but waits for running queries on "case" to finish;
 * lock_timeout makes it give up (and roll everything back) rather than queue every request behind it.
 */
export async function archiveMonth(
  owner: Db,
  month: string,
  now: Date,
): Promise<{ month: string; counts: Record<string, number> }> {
  checkMonth(month);
  if (month >= shanghaiDayOf(now).slice(0, 7))
    throw new PartitionRefused(`${month} is this month or later: only past months are archived`);
  const { lo, hi } = caseMonthBounds(month);
  return owner.transaction().execute(async (tx) => {
    await sql`SET LOCAL lock_timeout = '10s'`.execute(tx);
    if (!(await repo.isPartitionOf(tx, 'case', partName('case', month))))
      throw new PartitionRefused(`no attached partition for ${month} (archived already, or never made)`);
    const open = await repo.openCasesIn(tx, partName('case', month));
    if (open > 0) throw new PartitionRefused(`${month} has ${open} unfinished cases: close them first`);
    await sql`CREATE SCHEMA IF NOT EXISTS archive`.execute(tx);
    await repo.ensureManifest(tx);
    const counts: Record<string, number> = {};
    const tables: string[] = [];
    const inMonth = (column: string) =>
      sql<boolean>`${sql.ref(column)} >= ${sql.lit(lo)} AND ${sql.ref(column)} < ${sql.lit(hi)}`;
    for (const ref of [...repo.CASE_NUMBER_WITHOUT_FK, ...(await repo.referencesInto(tx, 'case'))])
      // the case number's column (a composite key's second, after district_code): the month is a range of numbers
      await moveOut(
        tx,
        ref.table,
        inMonth(ref.columns[ref.refColumns.indexOf('id')]!),
        month,
        { tables, counts },
        0,
      );
    for (const parent of repo.PARTITIONED) {
      counts[parent] = await repo.countWhere(tx, partName(parent, month), sql<boolean>`true`);
      await repo.detachPartition(tx, parent, partName(parent, month));
    }
    await repo.writeManifest(tx, month, tables, counts);
    return { month, counts };
  });
}

/**
 * Moves the rows of `table` matching `where` to the archive, after the rows of other tables that point at them
 * (recursively), so that no foreign key is broken and no ON DELETE CASCADE fires.
 */
async function moveOut(
  tx: Tx,
  table: string,
  where: RawBuilder<boolean>,
  month: string,
  out: { tables: string[]; counts: Record<string, number> },
  depth: number,
): Promise<void> {
  if (depth > 5) throw new PartitionRefused(`foreign keys into ${table} nest too deep to archive`);
  if ((await repo.countWhere(tx, table, where)) === 0) return;
  for (const ref of await repo.referencesInto(tx, table)) {
    const cols = (names: string[]) => sql.join(names.map((n) => sql.ref(n)));
    const pointing = sql<boolean>`(${cols(ref.columns)}) IN (
      SELECT ${cols(ref.refColumns)} FROM ${sql.table(table)} WHERE ${where})`;
    await moveOut(tx, ref.table, pointing, month, out, depth + 1);
  }
  const into = `${table}_${month.replace('-', '')}_${out.tables.length + 1}`;
  out.counts[table] = (out.counts[table] ?? 0) + (await repo.moveToArchive(tx, table, where, into));
  out.tables.push(`${table}=${into}`);
}

/** Puts an archived month back: re-attaches its partitions and returns the moved rows to their tables. */
export async function restoreMonth(owner: Db, month: string): Promise<{ month: string; rows: number }> {
  checkMonth(month);
  const { lo, hi } = caseMonthBounds(month);
  return owner.transaction().execute(async (tx) => {
    await sql`SET LOCAL lock_timeout = '10s'`.execute(tx);
    const manifest = await repo.findManifest(tx, month);
    if (!manifest) throw new PartitionRefused(`${month} is not in the archive`);
    // the cases first: the moved rows point at them
    for (const parent of repo.PARTITIONED)
      await repo.attachPartition(tx, parent, partName(parent, month), lo, hi);
    let rows = 0;
    // parents before the rows that point at them: the reverse of the order they left in
    for (const entry of [...manifest.tables].reverse()) {
      const [table, from] = entry.split('=') as [string, string];
      rows += await repo.moveFromArchive(tx, from, table);
    }
    await repo.deleteManifest(tx, month);
    return { month, rows };
  });
}
