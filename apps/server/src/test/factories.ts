import type { Role } from '@onegrid/domain';
import { centroidOf } from '@onegrid/domain';
import type { Db } from '../db/database.ts';
import { login, type Session, type TestEnv } from './harness.ts';

/**
 * Test users and places the demo data lacks (a street-level dispatcher, a handler of another street …), written
 * straight into the test database: no administrator's API is involved, so the tests do not depend on who manages
 * accounts. They share the demo users' password.
 */
export async function newUser(
  env: TestEnv,
  over: { username: string; roles: Role[]; unitId: string; name?: string },
): Promise<Session & { unitId: string }> {
  const template = await env.ownerDb
    .selectFrom('app_user')
    .select('password_hash')
    .where('username', '=', 'operator')
    .executeTakeFirstOrThrow();
  await env.ownerDb
    .insertInto('app_user')
    .values({
      username: over.username,
      name: over.name ?? '测试用户',
      unit_id: over.unitId,
      roles: over.roles,
      password_hash: template.password_hash,
    })
    .execute();
  return { ...(await login(env.app, over.username)), unitId: over.unitId };
}

/** The unit of a region (a street office, a community committee) or of a name. */
export async function unitOf(owner: Db, by: { jurisdictionCode: string; kind: string } | { name: string }) {
  let q = owner.selectFrom('unit').select(['id', 'name', 'jurisdiction_path']);
  q =
    'name' in by
      ? q.where('name', '=', by.name)
      : q.where('jurisdiction_code', '=', by.jurisdictionCode).where('kind', '=', by.kind as never);
  return q.orderBy('name').executeTakeFirstOrThrow();
}

/** The centre of the first grid under a region code prefix (a street's 9 digits, a community's 12). */
export async function pointUnder(owner: Db, codePrefix: string) {
  const grid = await owner
    .selectFrom('grid')
    .select(['code', 'boundary'])
    .where('code', 'like', `${codePrefix}%`)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const [lon, lat] = centroidOf(grid.boundary);
  return { lon: lon!, lat: lat!, gridCode: grid.code };
}
