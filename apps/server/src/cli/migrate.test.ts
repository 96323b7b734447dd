import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { knownMigrations } from '../db/migrate.ts';

/** `npm run migrate`: an operator migrates before switching servers (README, "Upgrading several servers"). */
const CLI = path.join(import.meta.dirname, 'migrate.ts');
let url: string;
let name: string;

beforeAll(async () => {
  name = `migrate_${crypto.randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${inject('pgServerUrl')}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  url = `${inject('pgServerUrl')}/${name}`;
});
afterAll(async () => {
  const admin = new pg.Client({ connectionString: `${inject('pgServerUrl')}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

const migrate = () =>
  spawnSync(process.execPath, ['--import', 'tsx', CLI], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: 'utf8',
    timeout: 120_000,
  });

describe('npm run migrate', () => {
  it('runs the pending migrations and exits; a second run finds nothing to do', async () => {
    const first = migrate();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Ran ${knownMigrations().length} migration(s)`);
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const ran = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM kysely_migration');
    await db.end();
    expect(ran.rows[0]!.n).toBe(knownMigrations().length);

    const second = migrate();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain('Schema up to date');
  }, 180_000);
});
