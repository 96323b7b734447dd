import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type TestEnv } from '../test/harness.ts';
import { loadDemoWhistles } from './whistles.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => env.close());

describe('demo whistles', () => {
  it('loads open, acting and closed whistles of 滨河 and 兴谷, with ratings, a late and a missing unit', async () => {
    const now = new Date('2026-11-23T02:00:00Z');
    expect(await loadDemoWhistles(env.ownerDb, now)).toBe(5);
    const rows = await env.ownerDb
      .selectFrom('whistle as w')
      .innerJoin('region as r', 'r.code', 'w.street_code')
      .select(['r.name', 'w.status', 'w.title', 'w.report_due_at', 'w.deadline_checked_at'])
      .orderBy('w.opened_at')
      .execute();
    expect(rows.map((r) => `${r.name}:${r.status}`)).toEqual([
      '兴谷街道:closed',
      '滨河街道:closed',
      '滨河街道:closed',
      '兴谷街道:acting',
      '滨河街道:open',
    ]);
    // the open one's countdown runs: its deadline is 18 minutes after the demo's now, not yet checked
    const open = rows.at(-1)!;
    expect(new Date(open.report_due_at).getTime() - now.getTime()).toBe(18 * 60_000);
    expect(open.deadline_checked_at).toBeNull();
    const summons = await env.ownerDb.selectFrom('whistle_summon').select('status').execute();
    const count = (s: string) => summons.filter((x) => x.status === s).length;
    expect([count('reported'), count('late'), count('missing'), count('summoned')]).toEqual([8, 2, 2, 2]);
    const closedUnrated = await env.ownerDb
      .selectFrom('whistle_summon as s')
      .innerJoin('whistle as w', 'w.id', 's.whistle_id')
      .leftJoin('whistle_rating as g', (j) =>
        j.onRef('g.whistle_id', '=', 's.whistle_id').onRef('g.unit_id', '=', 's.unit_id'),
      )
      .select('s.unit_id')
      .where('w.status', '=', 'closed')
      .where('g.unit_id', 'is', null)
      .execute();
    expect(closedUnrated).toEqual([]);
    // the demo street lead reads them through the API
    const lead = await login(env.app, 'street_lead');
    const list = await env.app.inject({ method: 'GET', url: '/api/whistles', headers: lead.headers });
    expect(list.json<{ total: number }>().total).toBe(3);
  });
});
