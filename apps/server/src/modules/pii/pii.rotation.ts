import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { PiiCipher } from '../../lib/pii.ts';

/**
 * Key rotation and algorithm change for personal data at rest: every encrypted value not yet under the current key
 * and algorithm (`PiiCipher.currentPrefix`) is decrypted and encrypted again, in small batches locked with
 * `FOR UPDATE SKIP LOCKED` (requests editing a row are never waited on; several instances share the work). Blind
 * indexes are left alone: their key does not rotate. A new encrypted column is added to this list.
 */
export const ENCRYPTED_COLUMNS: readonly {
  table: string;
  idType: 'uuid' | 'bigint';
  columns: readonly string[];
}[] = [
  { table: 'app_user', idType: 'uuid', columns: ['phone_enc'] },
  { table: 'case', idType: 'bigint', columns: ['reporter_name_enc', 'reporter_phone_enc'] },
  { table: 'case_caller', idType: 'uuid', columns: ['name_enc', 'phone_enc'] },
  { table: 'disclosure_request', idType: 'uuid', columns: ['phone_enc'] },
];

/** Re-encrypts up to `batch` rows of each table; returns how many rows changed (0 when all are current). */
export async function rotatePiiBatch(db: Db, pii: PiiCipher, batch = 200): Promise<number> {
  const patterns = pii.currentPrefixes.map((p) => `${p}%`);
  let changed = 0;
  for (const { table, idType, columns } of ENCRYPTED_COLUMNS) {
    const stale = sql.join(
      columns.map(
        (c) => sql`(${sql.ref(c)} IS NOT NULL AND NOT ${sql.ref(c)} LIKE ANY(${patterns}::text[]))`,
      ),
      sql` OR `,
    );
    const n = await db.transaction().execute(async (tx) => {
      const rows = await sql<Record<string, string | null>>`
        SELECT id::text AS id, ${sql.join(columns.map((c) => sql.ref(c)))} FROM ${sql.table(table)}
         WHERE ${stale} LIMIT ${batch} FOR UPDATE SKIP LOCKED`.execute(tx);
      for (const row of rows.rows) {
        const set = columns.map((c) => {
          const v = row[c];
          const next = v && !pii.isCurrent(v) ? pii.encrypt(pii.decrypt(v)) : v;
          return sql`${sql.ref(c)} = ${next}`;
        });
        await sql`UPDATE ${sql.table(table)} SET ${sql.join(set)} WHERE id = ${sql`CAST(${row.id} AS ${sql.raw(idType)})`}`.execute(
          tx,
        );
      }
      if (rows.rows.length)
        await writeAudit(tx, null, {
          action: 'update',
          entity: 'pii_key',
          entityId: table,
          after: { reencrypted: rows.rows.length, to: pii.currentPrefix.slice(0, -1) },
        });
      return rows.rows.length;
    });
    changed += n;
  }
  return changed;
}

/** Re-encrypts in the background until nothing is left, a batch at a time; then stops. */
export function startPiiRotation(opts: {
  db: Db;
  pii: PiiCipher;
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
  batch?: number;
}): { stop(): Promise<void>; done: Promise<number> } {
  let stopped = false;
  const done = (async () => {
    let total = 0;
    while (!stopped) {
      const n = await rotatePiiBatch(opts.db, opts.pii, opts.batch);
      total += n;
      if (n === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    if (total) opts.log.info({ rows: total, to: opts.pii.currentPrefix }, 'personal data re-encrypted');
    return total;
  })().catch((err: unknown) => {
    opts.log.error({ err }, 'personal-data re-encryption failed');
    return 0;
  });
  return {
    done,
    async stop() {
      stopped = true;
      await done;
    },
  };
}
