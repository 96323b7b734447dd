/**
 * Reads that may be a little behind (the command dashboard and the rankings) go to a streaming read replica when
 * there is one and it is close enough behind; everything else, and these too when the replica is gone or too far
 * behind, reads the primary. Every such answer says where it came from: the replica's lag in seconds, or
 * 'primary' (the pages show "数据延迟 N 秒").
 *
 * The replica's connection string comes from DATABASE_REPLICA_URL, or, for the embedded database, from the
 * replica the embedded cluster runs (db/physical.ts; found again when it is started or stopped later).
 */
import { sql } from 'kysely';
import type pg from 'pg';
import { z } from 'zod';
import { replicaLag } from '../lib/metrics.ts';
import { createDb, type Db } from './database.ts';

/** Seconds behind the primary, or 'primary' when the answer was read from the primary itself. */
export type DataLag = number | 'primary';

/** In a response: how old the figures may be (the pages show it next to them). */
export const DataLagSchema = z
  .union([z.number().min(0), z.literal('primary')])
  .describe("seconds the read replica was behind when it answered, or 'primary' when read from the primary")
  .meta({ id: 'DataLag' });

export interface ReadSource {
  db: Db;
  lag: DataLag;
}

export interface ReplicaStatus {
  replica: 'ok' | 'unavailable' | 'none';
  lagSeconds: number | null;
}

/**
 * How far a standby is behind: 0 when it has replayed all it has received (a primary without writes is not
 * "behind"), else the age of the last transaction it replayed. Null when it is not a standby (promoted) or has
 * replayed nothing yet. Functions any role may call.
 */
const LAG_SQL = sql<{ standby: boolean; lag: number | null }>`
  SELECT pg_is_in_recovery() AS standby,
         CASE WHEN pg_last_wal_receive_lsn() IS NOT NULL AND pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()
              THEN 0::float8
              ELSE extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp())::float8 END AS lag`;

export class ReadRouter {
  private pools = new Map<string, { db: Db; pool: pg.Pool }>();
  private warned = false;
  /** Where "replica unavailable" and "answers again" are logged (the app's logger, set once it exists). */
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void } | undefined;

  constructor(
    private readonly primary: Db,
    private readonly opts: {
      /** The replica's connection string now (undefined: no replica). */
      replicaUrl: () => string | undefined;
      /** Answers from a replica further behind than this read the primary instead. */
      maxLagMs: number;
    },
  ) {}

  private replica(url: string): Db {
    let p = this.pools.get(url);
    if (!p) {
      p = createDb({ connectionString: url, max: 5, connectionTimeoutMillis: 2000 });
      this.pools.set(url, p);
    }
    return p.db;
  }

  /** The replica's state and lag (readiness, the metrics gauge). */
  async status(): Promise<ReplicaStatus> {
    const url = this.opts.replicaUrl();
    if (!url) {
      replicaLag.set(-1);
      return { replica: 'none', lagSeconds: null };
    }
    try {
      const r = (await LAG_SQL.execute(this.replica(url))).rows[0];
      if (!r?.standby || r.lag === null) throw new Error('not a standby, or nothing replayed yet');
      const lagSeconds = Math.round(Math.max(0, r.lag) * 10) / 10;
      replicaLag.set(lagSeconds);
      if (this.warned) this.log?.info({ lagSeconds }, 'read replica answers again');
      this.warned = false;
      return { replica: 'ok', lagSeconds };
    } catch (err) {
      replicaLag.set(-1);
      if (!this.warned) this.log?.warn({ err }, 'read replica unavailable: reading the primary');
      this.warned = true;
      return { replica: 'unavailable', lagSeconds: null };
    }
  }

  /** Where a dashboard or ranking reads now: the replica when it answers within the bound, else the primary. */
  async read(): Promise<ReadSource> {
    const s = await this.status();
    const url = this.opts.replicaUrl();
    if (s.replica === 'ok' && url && s.lagSeconds !== null && s.lagSeconds * 1000 <= this.opts.maxLagMs) {
      return { db: this.replica(url), lag: s.lagSeconds };
    }
    return { db: this.primary, lag: 'primary' };
  }

  /**
   * Runs a read on the replica (as `read` chooses), and on the primary when the replica fails midway (stopped
   * between the check and the query).
   */
  async run<T>(fn: (db: Db) => Promise<T>): Promise<{ value: T; lag: DataLag }> {
    const src = await this.read();
    if (src.lag === 'primary') return { value: await fn(src.db), lag: 'primary' };
    try {
      return { value: await fn(src.db), lag: src.lag };
    } catch (err) {
      if (!isConnectionError(err)) throw err;
      return { value: await fn(this.primary), lag: 'primary' };
    }
  }

  async close(): Promise<void> {
    for (const p of this.pools.values()) await p.db.destroy().catch(() => undefined);
    this.pools.clear();
  }
}

/** Errors of a lost or refused connection (the replica stopped), as opposed to an error of the query. */
function isConnectionError(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08001', '08003'].includes(
      e.code ?? '',
    ) || /Connection terminated|timeout exceeded when trying to connect/i.test(e.message ?? '')
  );
}

/** Reads of dashboards and rankings: the router's choice, or the primary when the app has no router (tests). */
export async function readWithLag<T>(
  ctx: { db: Db; read?: ReadRouter | undefined },
  fn: (db: Db) => Promise<T>,
): Promise<{ value: T; lag: DataLag }> {
  if (!ctx.read) return { value: await fn(ctx.db), lag: 'primary' };
  return ctx.read.run(fn);
}
