import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { writeAudit } from '../lib/audit.ts';
import { PiiCipher } from '../lib/pii.ts';
import { verifyAuditChain } from '../modules/audit/audit.chain.ts';
import { createTestEnv, type TestEnv } from '../test/harness.ts';
import { backupDatabase, restoreDatabase } from './backup.ts';
import { createDb } from './database.ts';
import { prepareSchema } from './maintenance.ts';

/** 等保 data backup and recovery: npm run backup / npm run restore. */
let env: TestEnv;
let dir: string;
let targetUrl: string;
beforeAll(async () => {
  env = await createTestEnv();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-backup-'));
  const server = inject('pgServerUrl');
  const name = `restore_${crypto.randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  targetUrl = `${server}/${name}`;
});
afterAll(async () => {
  await env.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const snapshot = async (url: string) => {
  const { db } = createDb({ connectionString: url, max: 1, appRole: false });
  try {
    const users =
      await sql`SELECT id, username, phone_enc, phone_hash, roles FROM app_user ORDER BY id`.execute(db);
    const audit = await sql`SELECT id, seq, hash, after FROM audit_log ORDER BY seq`.execute(db);
    const units = await sql<{ n: string }>`SELECT count(*) AS n FROM unit`.execute(db);
    return { users: users.rows, audit: audit.rows, units: units.rows[0]!.n };
  } finally {
    await db.destroy();
  }
};

it('a backup is encrypted, and restoring it into an empty or a used database gives the same data back', async () => {
  await writeAudit(env.db, null, { action: 'create', entity: 'backup-test', after: { 名: '备份', n: 1 } });
  const file = path.join(dir, 'b.ogbk');
  await backupDatabase(env.url, file, env.pii);
  expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  const bytes = fs.readFileSync(file);
  expect(bytes.includes(Buffer.from('backup-test'))).toBe(false);
  expect(bytes.includes(Buffer.from('app_user'))).toBe(false);

  const before = await snapshot(env.url);
  for (let round = 0; round < 2; round++) {
    await restoreDatabase(targetUrl, file, env.pii, prepareSchema);
    expect(await snapshot(targetUrl)).toEqual(before);
  }
  // The restored audit chain verifies, and new rows continue it (sequences restored too).
  const { db } = createDb({ connectionString: targetUrl, max: 1, appRole: false });
  try {
    await writeAudit(db, null, { action: 'create', entity: 'after-restore' });
    const v = await verifyAuditChain(db);
    expect(v.ok).toBe(true);
    expect(v.checked).toBe(before.audit.length + 1);
  } finally {
    await db.destroy();
  }
  // The template now holds the demo base data (一标三实): the backup and two restores move more rows.
}, 120_000);

it('another key cannot read the backup', async () => {
  const file = path.join(dir, 'c.ogbk');
  await backupDatabase(env.url, file, env.pii);
  const other = new PiiCipher(crypto.randomBytes(32));
  await expect(restoreDatabase(targetUrl, file, other, prepareSchema)).rejects.toThrow(/not in the key ring/);
});
