import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

describe('the cached deadline clock (ctx.deadlines)', () => {
  it("gives a category without its own policy its nearest ancestor's, and sees a change of the policy", async () => {
    // A root category, a child without a policy and a leaf under it: the leaf's deadline is the root's.
    await env.ownerDb
      .insertInto('category')
      .values([
        {
          code: 'T_ROOT',
          parent_code: null,
          name_zh: '测试根',
          name_en: 'Test root',
          is_leaf: false,
          sort: 900,
        },
        {
          code: 'T_MID',
          parent_code: 'T_ROOT',
          name_zh: '测试中',
          name_en: 'Test mid',
          is_leaf: false,
          sort: 901,
        },
        {
          code: 'T_LEAF',
          parent_code: 'T_MID',
          name_zh: '测试叶',
          name_en: 'Test leaf',
          is_leaf: true,
          sort: 902,
        },
      ])
      .execute();
    const policy = (resolveHours: number) => ({
      category_code: 'T_ROOT',
      urgency: 'ordinary' as const,
      accept_value: 1,
      accept_unit: 'hours' as const,
      respond_value: 2,
      respond_unit: 'hours' as const,
      resolve_value: resolveHours,
      resolve_unit: 'hours' as const,
    });
    await env.ownerDb.insertInto('deadline_policy').values(policy(7)).execute();
    const start = new Date('2026-11-23T02:00:00Z');
    const leaf = await env.ctx.deadlines.forCategory(start, 'T_LEAF', 'ordinary');
    expect(leaf.resolveDue.toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(leaf.acceptDue.toISOString()).toBe('2026-11-23T03:00:00.000Z');
    await env.ownerDb
      .updateTable('deadline_policy')
      .set({ resolve_value: 9 })
      .where('category_code', '=', 'T_ROOT')
      .execute();
    const changed = await env.ctx.deadlines.forCategory(start, 'T_LEAF', 'ordinary');
    expect(changed.resolveDue.toISOString()).toBe('2026-11-23T11:00:00.000Z');
  });
});
