import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PiiCipher } from '../../lib/pii.ts';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import { TEST_SECRET } from '../../test/constants.ts';
import { rotatePiiBatch } from './pii.rotation.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

interface Row {
  id: string;
  phone_enc: string | null;
  phone_hash: string | null;
}
const users = async () =>
  (await sql<Row>`SELECT id::text, phone_enc, phone_hash FROM app_user ORDER BY id`.execute(env.ownerDb))
    .rows;

it('rotation to a new key and SM4 re-encrypts every value in batches; plain values and blind indexes stay', async () => {
  const before = await users();
  expect(before.filter((u) => u.phone_enc).length).toBeGreaterThan(3);
  const plain = before.map((u) => (u.phone_enc ? env.pii.decrypt(u.phone_enc) : null));

  const rotated = new PiiCipher({
    keys: [Buffer.from(TEST_SECRET, 'hex'), crypto.randomBytes(32)],
    algorithm: 'sm4-gcm',
  });
  let rounds = 0;
  while ((await rotatePiiBatch(env.db, rotated, 3)) > 0) rounds++;
  expect(rounds).toBeGreaterThan(1);

  const after = await users();
  for (const [i, u] of after.entries()) {
    if (!u.phone_enc) continue;
    expect(u.phone_enc.startsWith(rotated.currentPrefix)).toBe(true);
    expect(rotated.decrypt(u.phone_enc)).toBe(plain[i]);
    expect(u.phone_hash).toBe(before[i]!.phone_hash);
    expect(rotated.blindIndex(plain[i]!)).toBe(u.phone_hash);
  }
  // The old cipher (old key only) cannot read the new values.
  const sample = after.find((u) => u.phone_enc)!;
  expect(() => env.pii.decrypt(sample.phone_enc!)).toThrow();
  // Rotation is audited.
  const audit = await sql<{
    n: string;
  }>`SELECT count(*) AS n FROM audit_log WHERE entity = 'pii_key'`.execute(env.ownerDb);
  expect(Number(audit.rows[0]!.n)).toBeGreaterThan(0);
});
