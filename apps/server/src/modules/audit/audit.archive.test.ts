import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '../../lib/audit.ts';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import { archiveAudit, verifyArchives } from './audit.archive.ts';
import { verifyAuditChain } from './audit.chain.ts';

/** 等保 audit retention: old rows are archived to a hash-stamped file, never silently deleted; chain verifiable. */
describe('audit archive', () => {
  let env: TestEnv;
  let dataDir: string;
  beforeAll(async () => {
    env = await createTestEnv();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-archive-'));
  });
  afterAll(async () => {
    await env.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const count = async () =>
    Number((await sql<{ n: string }>`SELECT count(*) AS n FROM audit_log`.execute(env.ownerDb)).rows[0]!.n);

  it('keeps rows inside the retention, archives older ones to a file and the chain continues from the anchor', async () => {
    for (let n = 0; n < 5; n++)
      await writeAudit(env.db, null, { action: 'create', entity: 'archive-test', after: { n } });
    const total = await count();
    expect(await archiveAudit(env.ownerDb, { dataDir, retentionDays: 180 })).toEqual({ archived: 0 });
    expect(await count()).toBe(total);

    // 200 days later every row so far is past the retention.
    const later = new Date(Date.now() + 200 * 86_400_000);
    const r = await archiveAudit(env.ownerDb, {
      dataDir,
      retentionDays: 180,
      now: later,
      maxRows: total - 2,
    });
    expect(r.archived).toBe(total - 2);
    const r2 = await archiveAudit(env.ownerDb, { dataDir, retentionDays: 180, now: later });
    expect(r2.archived).toBe(2);
    expect(await count()).toBe(0);
    expect(fs.statSync(r.file!).mode & 0o777).toBe(0o600);

    await writeAudit(env.db, null, { action: 'create', entity: 'archive-test', after: { n: 2 } });
    const live = await verifyAuditChain(env.db);
    expect(live).toMatchObject({ ok: true, checked: 1, anchorSeq: String(total) });
    expect(await verifyArchives(env.ownerDb, dataDir)).toEqual([
      { file: path.basename(r.file!), ok: true },
      { file: path.basename(r2.file!), ok: true },
    ]);
  });

  it('a changed archive file is found', async () => {
    const [first] = await env.ownerDb.selectFrom('audit_archive').select('file').orderBy('id').execute();
    const file = path.join(dataDir, 'audit-archive', first!.file);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 1;
    fs.writeFileSync(file, bytes);
    const checks = await verifyArchives(env.ownerDb, dataDir);
    expect(checks[0]?.ok).toBe(false);
    expect(checks[0]?.problem).toMatch(/SHA-256/);
  });

  it('the owner cannot delete live rows, even with the archiving flag set', async () => {
    expect(await count()).toBeGreaterThan(0);
    await expect(
      env.ownerDb.transaction().execute(async (tx) => {
        await sql`SELECT set_config('onegrid.audit_archiving', 'on', true)`.execute(tx);
        await sql`DELETE FROM audit_log`.execute(tx);
      }),
    ).rejects.toThrow(/insert-only/);
  });
});
