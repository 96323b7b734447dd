import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type TestEnv } from '../test/harness.ts';
import { DEMO_TEMPLATES, loadDemoReports } from './reports.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => env.close());

describe('一表通 demo', () => {
  it('ten and more approved templates of real departments, each sent once, instances in every state', async () => {
    const out = await loadDemoReports(env.ownerDb);
    expect(out.templates).toBe(DEMO_TEMPLATES.length);
    const approved = await env.ownerDb
      .selectFrom('report_template')
      .select(['id', 'status'])
      .where('status', '=', 'approved')
      .execute();
    expect(approved.length).toBeGreaterThanOrEqual(10);
    const states = await env.ownerDb.selectFrom('report_instance').select(['status']).distinct().execute();
    expect(states.map((s) => s.status).sort()).toEqual(['accepted', 'draft', 'returned', 'submitted']);
    // the demo community's staff have drafts to fill, and some are overdue
    const lead = await login(env.app, 'community_lead');
    const res = await env.app.inject({ method: 'GET', url: '/api/reports/instances', headers: lead.headers });
    const items = res.json<{ items: { status: string; overdue: boolean }[] }>().items;
    expect(items.length).toBe(approved.length);
    expect(items.every((i) => i.status === 'draft')).toBe(true);
    expect(items.some((i) => i.overdue)).toBe(true);
    const admin = await login(env.app, 'admin');
    const savings = await env.app.inject({
      method: 'GET',
      url: '/api/reports/savings',
      headers: admin.headers,
    });
    const s = savings.json<{
      totals: { auto: number; manual: number; corrected: number; askedAgain: number };
    }>();
    expect(s.totals.auto).toBeGreaterThan(0);
    expect(s.totals.manual).toBeGreaterThan(0);
    expect(s.totals.corrected).toBeGreaterThan(0);
    expect(s.totals.askedAgain).toBeGreaterThan(0);
  });
});
