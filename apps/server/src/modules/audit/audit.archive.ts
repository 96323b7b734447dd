import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { AUDIT_GENESIS_HASH, AuditChainVerifier, type StoredAuditRow } from '@onegrid/domain/audit-chain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/**
 * Audit retention (等保 2.0 level 3: audit records kept ≥ 6 months, protected, never silently deleted). Rows older
 * than the retention are moved, in chain order, to a gzip file under DATA_DIR/audit-archive (one JSON row per line,
 * with their hashes), stamped with the file's SHA-256 in `audit_archive` together with the chain anchor (first
 * prev_hash, last seq and hash) — then, in the same transaction, removed from audit_log; the database lets the owner
 * remove only rows an archive record covers. The live chain continues from the last archive's anchor, so both the
 * live log and the archives stay verifiable. A segment whose chain is broken is not archived (the break stays
 * where `audit:verify` shows it).
 */
export const MIN_AUDIT_RETENTION_DAYS = 180;
const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);
const LOCK = 0x6f6e6541; // advisory lock key: one archiver at a time across instances

export function archiveDir(dataDir: string): string {
  return path.join(dataDir, 'audit-archive');
}

const ROW_SQL = sql`seq::text AS seq, id::text AS id, (extract(epoch FROM at) * 1000000)::bigint::text AS "atMicros",
  actor_id::text AS "actorId", actor_username AS "actorUsername", actor_scope AS "actorScope", action, entity,
  entity_id AS "entityId", before::text AS before, after::text AS after, ip, request_id AS "requestId",
  encode(prev_hash, 'hex') AS "prevHash", encode(hash, 'hex') AS hash, to_json(at)#>>'{}' AS at`;

export interface ArchiveResult {
  archived: number;
  file?: string;
  /** Why nothing was archived although rows were due. */
  refused?: string;
}

/** Archives rows older than `retentionDays` (at most `maxRows` per run). `db` must be the owner's connection. */
export async function archiveAudit(
  db: Db,
  opts: { dataDir: string; retentionDays: number; now?: Date; maxRows?: number },
): Promise<ArchiveResult> {
  const days = Math.max(opts.retentionDays, MIN_AUDIT_RETENTION_DAYS);
  const cutoff = new Date((opts.now ?? new Date()).getTime() - days * 86_400_000);
  const maxRows = opts.maxRows ?? 100_000;
  return db.transaction().execute(async (tx) => {
    const locked = await sql<{ ok: boolean }>`SELECT pg_try_advisory_xact_lock(${LOCK}) AS ok`.execute(tx);
    if (!locked.rows[0]!.ok) return { archived: 0 };
    const anchorRow = await tx
      .selectFrom('audit_archive')
      .select(['last_seq', sql<string>`encode(last_hash, 'hex')`.as('hash')])
      .orderBy('last_seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const anchor = anchorRow
      ? { seq: String(anchorRow.last_seq), hash: anchorRow.hash }
      : { seq: '0', hash: AUDIT_GENESIS_HASH };
    // Rows in chain order up to the first one inside the retention (seq order is commit order, near enough time
    // order; a row is archived only once every row before it in the chain is due).
    const rows = await sql<StoredAuditRow & { at: string }>`
      SELECT ${ROW_SQL} FROM audit_log
       WHERE seq > ${anchor.seq}::bigint
         AND seq < coalesce((SELECT min(seq) FROM audit_log WHERE at >= ${cutoff}), 9223372036854775807)
       ORDER BY seq LIMIT ${maxRows}`.execute(tx);
    if (rows.rows.length === 0) return { archived: 0 };
    const verifier = new AuditChainVerifier(anchor);
    for (const r of rows.rows) verifier.push(r);
    if (verifier.firstBreak)
      return {
        archived: 0,
        refused: `the chain is broken at seq ${'seq' in verifier.firstBreak ? verifier.firstBreak.seq : '?'}`,
      };
    const first = rows.rows[0]!;
    const last = rows.rows[rows.rows.length - 1]!;
    const header = { format: 'onegrid-audit-archive/1', firstSeq: first.seq, lastSeq: last.seq };
    const body = [header, ...rows.rows].map((r) => JSON.stringify(r)).join('\n') + '\n';
    const gz = await gzip(Buffer.from(body, 'utf8'));
    const dir = archiveDir(opts.dataDir);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const name = `audit-${first.seq.padStart(12, '0')}-${last.seq.padStart(12, '0')}.jsonl.gz`;
    const file = path.join(dir, name);
    const tmp = `${file}.tmp`;
    const fd = fs.openSync(tmp, 'w', 0o600);
    try {
      fs.writeSync(fd, gz);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
    await tx
      .insertInto('audit_archive')
      .values({
        first_seq: first.seq,
        last_seq: last.seq,
        first_prev_hash: Buffer.from(first.prevHash!, 'hex'),
        last_hash: Buffer.from(last.hash!, 'hex'),
        row_count: rows.rows.length,
        first_at: new Date(first.at),
        last_at: new Date(last.at),
        file: name,
        file_sha256: crypto.createHash('sha256').update(gz).digest('hex'),
      })
      .execute();
    await sql`SELECT set_config('onegrid.audit_archiving', 'on', true)`.execute(tx);
    await sql`DELETE FROM audit_log WHERE seq BETWEEN ${first.seq}::bigint AND ${last.seq}::bigint`.execute(
      tx,
    );
    await sql`SELECT set_config('onegrid.audit_archiving', 'off', true)`.execute(tx);
    return { archived: rows.rows.length, file };
  });
}

export interface ArchiveCheck {
  file: string;
  ok: boolean;
  problem?: string;
}

/**
 * Checks every archive: the file's SHA-256 is the one recorded, its rows form an unbroken chain from the recorded
 * first prev_hash to the recorded last hash, and each archive continues the one before (the first from genesis).
 */
export async function verifyArchives(db: Db, dataDir: string): Promise<ArchiveCheck[]> {
  const records = await db.selectFrom('audit_archive').selectAll().orderBy('first_seq').execute();
  const out: ArchiveCheck[] = [];
  let prev = { seq: '0', hash: AUDIT_GENESIS_HASH };
  for (const rec of records) {
    const check = (problem?: string): ArchiveCheck =>
      problem ? { file: rec.file, ok: false, problem } : { file: rec.file, ok: true };
    const firstPrev = rec.first_prev_hash.toString('hex');
    if (String(rec.first_seq) !== String(BigInt(prev.seq) + 1n) || firstPrev !== prev.hash) {
      out.push(check(`does not continue the archive before it (seq ${prev.seq})`));
    } else {
      let gz: Buffer | undefined;
      try {
        gz = fs.readFileSync(path.join(archiveDir(dataDir), rec.file));
      } catch {
        out.push(check('file missing'));
      }
      if (gz) {
        if (crypto.createHash('sha256').update(gz).digest('hex') !== rec.file_sha256) {
          out.push(check('SHA-256 differs from the recorded one (file changed)'));
        } else {
          const lines = (await gunzip(gz)).toString('utf8').trim().split('\n').slice(1);
          const v = new AuditChainVerifier({ seq: prev.seq, hash: prev.hash });
          for (const l of lines) if (!v.push(JSON.parse(l) as StoredAuditRow)) break;
          const broken = v.finish({ seq: String(rec.last_seq), hash: rec.last_hash.toString('hex') });
          out.push(check(broken ? `chain broken inside (${broken.reason})` : undefined));
        }
      }
    }
    prev = { seq: String(rec.last_seq), hash: rec.last_hash.toString('hex') };
  }
  return out;
}

/** Runs the archiver now and then every `everyMs` (default 6 h) on the owner's connection; errors are logged. */
export function startAuditArchive(opts: {
  db: Db;
  dataDir: string;
  retentionDays: number;
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
  everyMs?: number;
}): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= archiveAudit(opts.db, { dataDir: opts.dataDir, retentionDays: opts.retentionDays })
      .then((r) => {
        if (r.archived) opts.log.info({ archived: r.archived, file: r.file }, 'audit rows archived');
        if (r.refused) opts.log.error({ reason: r.refused }, 'audit archive refused');
      })
      .catch((err: unknown) => opts.log.error({ err }, 'audit archive failed'))
      .finally(() => (running = undefined));
  };
  const first = setTimeout(run, 60_000);
  const timer = setInterval(run, opts.everyMs ?? 6 * 3_600_000);
  first.unref();
  timer.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
