import { centroidOf } from '@onegrid/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';

/**
 * Issue 9, defect 4: a grid worker found the cases waiting for their on-site verification only through the
 * notification bell. GET /api/cases?view=verify lists them (and the inbox summary counts them as toVerify).
 */
let env: TestEnv;
let operator: Session;
let dispatcher: Session;
let handler: Session;
let gridWorker: Session;
let myGrids: string[];
let point: { lon: number; lat: number };

beforeAll(async () => {
  env = await createTestEnv();
  operator = await login(env.app, 'operator');
  dispatcher = await login(env.app, 'dispatcher');
  handler = await login(env.app, 'street_handler');
  gridWorker = await login(env.app, 'grid_worker');
  const grids = await env.ownerDb
    .selectFrom('grid_worker as w')
    .innerJoin('grid as g', 'g.code', 'w.grid_code')
    .select(['g.code', 'g.boundary'])
    .where('w.user_id', '=', gridWorker.userId)
    .orderBy('g.code')
    .execute();
  myGrids = grids.map((g) => g.code);
  const [lon, lat] = centroidOf(grids[0]!.boundary);
  point = { lon: lon!, lat: lat! };
});
afterAll(async () => env.close());

const call = async <T>(s: Session, method: 'GET' | 'POST', url: string, payload?: object) => {
  const r = await env.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
  expect(r.statusCode, `${url}: ${r.body}`).toBeLessThan(300);
  return r.json<T>();
};

interface Page {
  total: number;
  items: { id: string; status: string; grid: { code: string } | null }[];
}

/** A case in the grid worker's grid, dispatched to the street office and reported done by its handler. */
async function reportedCase(): Promise<string> {
  const { id } = await call<{ id: string }>(operator, 'POST', '/api/cases', {
    requestType: 'help',
    description: '想咨询一下这个事情应该找哪个部门办理比较好',
    ...point,
  });
  const category = await env.ownerDb
    .selectFrom('category')
    .select('code')
    .where('is_leaf', '=', true)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const street = await env.ownerDb
    .selectFrom('app_user')
    .select('unit_id')
    .where('id', '=', handler.userId)
    .executeTakeFirstOrThrow();
  await call(dispatcher, 'POST', `/api/cases/${id}/actions/dispatch`, {
    leadUnitId: street.unit_id,
    categoryCode: category.code,
  });
  await call(handler, 'POST', `/api/cases/${id}/actions/accept`, {});
  const done = await call<{ status: string }>(handler, 'POST', `/api/cases/${id}/actions/report`, {
    result: '已到现场处理完毕',
  });
  expect(done.status).toBe('reported');
  return id;
}

describe('待核查: the grid worker’s verification list', () => {
  it('lists the reported cases of the worker’s grids, counts them in the inbox summary, and no one else’s', async () => {
    const id = await reportedCase();
    const mine = await call<Page>(gridWorker, 'GET', '/api/cases?view=verify&pageSize=200');
    expect(mine.items.map((c) => c.id)).toContain(id);
    for (const c of mine.items) {
      expect(c.status).toBe('reported');
      expect(myGrids).toContain(c.grid?.code);
    }
    const summary = await call<{ toVerify: number }>(gridWorker, 'GET', '/api/cases/inbox/summary');
    expect(summary.toVerify).toBe(mine.total);

    // the same case in a grid of the community that is not this worker's: no longer theirs to verify
    const other = await env.ownerDb
      .selectFrom('grid')
      .select('code')
      .where('code', 'not in', myGrids)
      .orderBy('code')
      .executeTakeFirstOrThrow();
    await env.ownerDb.updateTable('case').set({ grid_code: other.code }).where('id', '=', id).execute();
    const after = await call<Page>(gridWorker, 'GET', '/api/cases?view=verify&pageSize=200');
    expect(after.items.map((c) => c.id)).not.toContain(id);
    expect(after.total).toBe(mine.total - 1);

    // a handler has no verification list
    const theirs = await call<Page>(handler, 'GET', '/api/cases?view=verify');
    expect(theirs.total).toBe(0);
    expect((await call<{ toVerify: number }>(handler, 'GET', '/api/cases/inbox/summary')).toVerify).toBe(0);
  });
});
