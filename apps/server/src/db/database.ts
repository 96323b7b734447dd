import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** A database handle: the pool or a transaction. Repositories take it as their first argument. */
export type DbOrTx = Db | Tx;

// bigint (int8) as JS number-safe string is the pg default; keep it, but parse dates as Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);

export interface CreateDbOptions {
  connectionString: string;
  max?: number;
  /** Run as the restricted application role (audit rows insert-only) when it exists. */
  appRole?: boolean;
  /** Give up connecting after this long (a read replica that is down must not hold a request up). */
  connectionTimeoutMillis?: number;
}

export function createDb(opts: CreateDbOptions): { db: Db; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: opts.connectionString,
    max: opts.max ?? 10,
    ...(opts.connectionTimeoutMillis ? { connectionTimeoutMillis: opts.connectionTimeoutMillis } : {}),
  });
  if (opts.appRole !== false) {
    pool.on('connect', (client) => {
      // SET ROLE only if the role exists and we may use it; otherwise stay as the connecting user.
      client
        .query(
          `DO $$ BEGIN
             IF pg_has_role(current_user, 'onegrid_app', 'MEMBER') THEN SET ROLE onegrid_app; END IF;
           EXCEPTION WHEN undefined_object THEN NULL; END $$`,
        )
        .catch(() => undefined);
    });
  }
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, pool };
}

/** What the serving connection logged in as (session_user: what `RESET ROLE` would return to). */
export async function servingRole(
  pool: pg.Pool,
): Promise<{ user: string; superuser: boolean; bypassRls: boolean }> {
  const r = await pool.query<{ user: string; superuser: boolean; bypass: boolean }>(
    `SELECT rolname AS user, rolsuper AS superuser, rolbypassrls AS bypass FROM pg_roles WHERE rolname = session_user`,
  );
  const row = r.rows[0]!;
  return { user: row.user, superuser: row.superuser, bypassRls: row.bypass };
}

/**
 * Refuses a serving connection that logged in as a superuser (it could `RESET ROLE` and then do anything, e.g.
 * delete audit rows or run `COPY … FROM PROGRAM`) unless explicitly allowed.
 */
export async function assertServingRole(pool: pg.Pool, allowSuperuser: boolean): Promise<void> {
  const role = await servingRole(pool);
  if ((role.superuser || role.bypassRls) && !allowSuperuser) {
    throw new Error(
      `The application's database connection logs in as "${role.user}", a superuser (or BYPASSRLS) role. ` +
        'Give the app its own role: DATABASE_URL is the owner (migrations), DATABASE_APP_URL the login role that ' +
        'serves requests (see README, "Database roles"). Set ALLOW_SUPERUSER=true to start anyway.',
    );
  }
}
