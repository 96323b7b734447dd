import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../test/harness.ts';
import { passwordFiles, startEmbeddedPostgres } from './embedded.ts';
import { assertServingRole } from './database.ts';

/**
 * Issue 8, hole 6: the app served requests as superuser `postgres` (fixed password) behind `SET ROLE`, so
 * `RESET ROLE` gave it everything. It now logs in as onegrid_app, which has nothing to fall back to.
 */
describe('the serving connection', () => {
  let env: TestEnv;
  let client: pg.Client;
  beforeAll(async () => {
    env = await createTestEnv();
    client = new pg.Client({ connectionString: env.appUrl });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await env.close();
  });

  it('cannot RESET ROLE into a superuser', async () => {
    await client.query('RESET ROLE');
    const r = await client.query<{ u: string; s: boolean; b: boolean; c: boolean }>(
      `SELECT current_user AS u, rolsuper AS s, rolbypassrls AS b, rolcreaterole AS c
         FROM pg_roles WHERE rolname = current_user`,
    );
    expect(r.rows[0]).toEqual({ u: 'onegrid_app', s: false, b: false, c: false });
    await expect(client.query('SET ROLE postgres')).rejects.toThrow(/permission denied/);
    await expect(client.query('SET SESSION AUTHORIZATION postgres')).rejects.toThrow(/permission denied/);
  });

  it('cannot run programs on the server', async () => {
    await client.query('CREATE TEMP TABLE x (t text)');
    await expect(client.query(`COPY x FROM PROGRAM 'id'`)).rejects.toThrow(/permission denied|privilege/i);
  });

  it('can insert and read audit rows but not change, delete or truncate them', async () => {
    await client.query(`INSERT INTO audit_log (action, entity) VALUES ('create', 'roles-test')`);
    expect((await client.query(`SELECT 1 FROM audit_log WHERE entity = 'roles-test'`)).rowCount).toBe(1);
    // Privileges, not only the trigger: the owner could disable a trigger, this role may not touch the table.
    for (const q of [
      `UPDATE audit_log SET entity = 'x' WHERE entity = 'roles-test'`,
      `DELETE FROM audit_log WHERE entity = 'roles-test'`,
      'TRUNCATE audit_log',
      'ALTER TABLE audit_log DISABLE TRIGGER USER',
    ])
      await expect(client.query(q), q).rejects.toThrow(/permission denied|must be owner/);
  });

  it('owns no table', async () => {
    const r = await client.query(
      `SELECT c.relname FROM pg_class c WHERE c.relowner = (SELECT oid FROM pg_roles WHERE rolname = 'onegrid_app')
         AND c.relpersistence <> 't'`,
    );
    expect(r.rows).toEqual([]);
  });

  it('a superuser serving connection is refused unless allowed', async () => {
    const owner = new pg.Pool({ connectionString: env.url, max: 1 });
    try {
      await expect(assertServingRole(owner, false)).rejects.toThrow(/superuser/);
      await expect(assertServingRole(owner, true)).resolves.toBeUndefined();
    } finally {
      await owner.end();
    }
    const app = new pg.Pool({ connectionString: env.appUrl, max: 1 });
    await expect(assertServingRole(app, false)).resolves.toBeUndefined();
    await app.end();
  });
});

describe('embedded cluster passwords', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });
  function tmp(): string {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-roles-'));
    fs.chmodSync(d, 0o755);
    dirs.push(d);
    return path.join(d, 'pg');
  }

  it('are generated per install, kept 0600, and the fixed legacy one is replaced on the next start', async () => {
    const a = tmp();
    const b = tmp();
    const pa = await startEmbeddedPostgres({ dir: a, database: 'x' });
    await pa.stop();
    const pb = await startEmbeddedPostgres({ dir: b, database: 'x' });
    const fa = passwordFiles(a);
    const fb = passwordFiles(b);
    for (const f of [fa.superuser, fa.app, fb.superuser, fb.app])
      expect(fs.statSync(f).mode & 0o777, f).toBe(0o600);
    const read = (f: string) => fs.readFileSync(f, 'utf8').trim();
    expect(read(fa.superuser)).not.toBe(read(fb.superuser));
    expect(read(fa.app)).not.toBe(read(fb.app));
    expect(read(fa.superuser)).not.toBe('onegrid-embedded');

    // An install of the old code: the superuser has the fixed password and there is no password file.
    const legacy = new pg.Client({ connectionString: pb.url('postgres') });
    await legacy.connect();
    await legacy.query(`ALTER ROLE postgres PASSWORD 'onegrid-embedded'`);
    await legacy.end();
    await pb.stop();
    fs.rmSync(fb.superuser);
    const again = await startEmbeddedPostgres({ dir: b, database: 'x' });
    try {
      const generated = read(fb.superuser);
      expect(generated).not.toBe('onegrid-embedded');
      expect(fs.statSync(fb.superuser).mode & 0o777).toBe(0o600);
      const port = again.port;
      const old = new pg.Client({
        host: '127.0.0.1',
        port,
        user: 'postgres',
        password: 'onegrid-embedded',
        database: 'x',
      });
      await expect(old.connect()).rejects.toThrow(/password authentication failed/);
      await old.end().catch(() => undefined);
      const fresh = new pg.Client({ connectionString: again.url('x') });
      await fresh.connect();
      await fresh.end();
    } finally {
      await again.stop();
    }
  });
});
