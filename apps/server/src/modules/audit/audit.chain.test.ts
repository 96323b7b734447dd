import { auditChainHash, type StoredAuditRow } from '@onegrid/domain/audit-chain';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAudit } from '../../lib/audit.ts';
import { createTestEnv, login, type TestEnv } from '../../test/harness.ts';
import { verifyAuditChain } from './audit.chain.ts';

/**
 * Issue 8, hole 7: audit rows could be removed or edited by a superuser without a trace. Each row now carries a
 * hash chained to the previous one, computed by the database and verified with the domain's rule.
 */
let env: TestEnv | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function storedRows(e: TestEnv): Promise<StoredAuditRow[]> {
  const r = await sql<StoredAuditRow>`
    SELECT seq::text AS seq, id::text AS id, (extract(epoch FROM at) * 1000000)::bigint::text AS "atMicros",
           actor_id::text AS "actorId", actor_username AS "actorUsername", actor_scope AS "actorScope",
           action, entity, entity_id AS "entityId", before::text AS before, after::text AS after, ip,
           request_id AS "requestId", encode(prev_hash, 'hex') AS "prevHash", encode(hash, 'hex') AS hash
      FROM audit_log ORDER BY seq`.execute(e.ownerDb);
  return r.rows;
}

async function writeSome(e: TestEnv) {
  for (let i = 0; i < 3; i++)
    await writeAudit(
      e.db,
      { userId: '', username: `用户${i}`, scopePath: '110000/', ip: '::1', requestId: `r${i}` },
      {
        action: 'update',
        entity: 'grid',
        entityId: `g${i}`,
        before: { name: '旧名 "quoted" \\ back\nslash', n: i, nested: { z: 1, a: [1, 'два'] } },
        after: { name: `新名 ${'😀'.repeat(i)}`, nul: null },
      },
    );
}

describe('audit hash chain', () => {
  it('the database computes the same hashes as the domain rule, byte for byte', async () => {
    env = await createTestEnv();
    await writeSome(env);
    // The intake's one-statement write adds audit rows too.
    const s = await login(env.app, 'operator');
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: s.headers,
      payload: { requestType: 'help', categoryCode: 'C03.01', description: '链测试：楼下垃圾无人清理' },
    });
    expect(res.statusCode).toBe(201);
    const rows = await storedRows(env);
    expect(rows.length).toBeGreaterThan(4);
    for (const r of rows) expect(auditChainHash(r.prevHash!, r), `row ${r.id}`).toBe(r.hash);
    expect(await verifyAuditChain(env.db)).toMatchObject({
      ok: true,
      firstBreak: null,
      checked: rows.length,
    });
  });

  it('a row deleted as superuser (trigger disabled) is found, and the admin page route says so', async () => {
    env = await createTestEnv();
    await writeSome(env);
    const admin = await login(env.app, 'audit_admin');
    const before = await env.app.inject({ method: 'POST', url: '/api/audit/verify', headers: admin.headers });
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({ ok: true, firstBreak: null });

    const rows = await storedRows(env);
    const victim = rows[rows.length - 3]!;
    const next = rows[rows.length - 2]!;
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(env.ownerDb);
    await sql`DELETE FROM audit_log WHERE id = ${victim.id}`.execute(env.ownerDb);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(env.ownerDb);

    const res = await env.app.inject({ method: 'POST', url: '/api/audit/verify', headers: admin.headers });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ ok: boolean; firstBreak: Record<string, unknown> }>();
    expect(body.ok).toBe(false);
    expect(body.firstBreak).toMatchObject({
      reason: 'missing',
      id: next.id,
      seq: next.seq,
      expectedSeq: victim.seq,
    });
    expect(typeof body.firstBreak.at).toBe('string');
  });

  it('an edited row is found', async () => {
    env = await createTestEnv();
    await writeSome(env);
    const rows = await storedRows(env);
    const victim = rows[rows.length - 2]!;
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(env.ownerDb);
    await sql`UPDATE audit_log SET actor_username = 'nobody' WHERE id = ${victim.id}`.execute(env.ownerDb);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(env.ownerDb);
    expect((await verifyAuditChain(env.db)).firstBreak).toMatchObject({ reason: 'altered', id: victim.id });
  });

  it('the last rows deleted are found against the chain head', async () => {
    env = await createTestEnv();
    await writeSome(env);
    const rows = await storedRows(env);
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(env.ownerDb);
    await sql`DELETE FROM audit_log WHERE seq >= ${rows.at(-2)!.seq}::bigint`.execute(env.ownerDb);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(env.ownerDb);
    expect((await verifyAuditChain(env.db)).firstBreak).toMatchObject({ reason: 'truncated' });
  });

  it('only the audit administrator of a district or city verifies (三权分立)', async () => {
    env = await createTestEnv();
    for (const u of ['operator', 'admin', 'security_admin', 'street_audit']) {
      const s = await login(env.app, u);
      const res = await env.app.inject({ method: 'POST', url: '/api/audit/verify', headers: s.headers });
      expect(res.statusCode, u).toBe(403);
    }
  });
});
