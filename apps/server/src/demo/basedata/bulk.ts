import type pg from 'pg';
// COPY … FROM STDIN lives with the database code: repositories load in bulk with it too.
export { copyRows } from '../../db/copy.ts';

/**
 * Bulk-load mode for a set of tables: drops their secondary indexes and the foreign keys from or to them, and
 * returns a function that re-creates them exactly as they were (whatever migrations of any lane defined). Building
 * an index once and validating a foreign key with one join is far cheaper than maintaining them row by row. Primary
 * keys and unique constraints stay. Call inside the loading transaction.
 */
export async function suspendIndexes(
  client: pg.ClientBase,
  tables: readonly string[],
): Promise<() => Promise<void>> {
  const fks = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def
       FROM pg_constraint
      WHERE contype = 'f' AND (conrelid::regclass::text = ANY($1) OR confrelid::regclass::text = ANY($1))`,
    [tables],
  );
  const indexes = await client.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def
       FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype IN ('p', 'u', 'x'))`,
    [tables],
  );
  for (const fk of fks.rows) await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT "${fk.name}"`);
  for (const ix of indexes.rows) await client.query(`DROP INDEX "${ix.name}"`);
  return async () => {
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    for (const ix of indexes.rows) await client.query(ix.def);
    for (const fk of fks.rows)
      await client.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT "${fk.name}" ${fk.def}`);
  };
}
