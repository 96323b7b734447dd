import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { DEMO_STREET } from '../../demo/users.ts';
import { notifyOverdueRectifications } from './rating.jobs.ts';

/*
 * 好差评 (issue 13): an application for 残疾人两项补贴 (残联 and 民政局 in parallel) handed out at 滨河's street
 * centre; only its applicant rates, once (signed in as the verified resident, online by code + phone, or at the
 * window); a bad rating opens a rectification for each department, each sees only its own; the callback rates the
 * fix; an appeal upheld by the district's office excludes the rating from the statistics (kept); the public
 * aggregate carries no personal data; the overdue rectification is swept once; the assessment shows the share.
 */
let env: TestEnv;
const s: Record<string, Session> = {};
type Res = Awaited<ReturnType<TestEnv['app']['inject']>>;
async function call(
  who: string | null,
  method: 'GET' | 'POST',
  url: string,
  payload?: unknown,
): Promise<Res> {
  return env.app.inject({ method, url, payload: payload as object, headers: who ? s[who]!.headers : {} });
}
const reason = (r: Res) => r.json<{ error: { params: { reason: string } } }>().error.params.reason;

interface Detail {
  id: string;
  trackingCode: string;
  status: string;
  stages: { id: string; unit: { id: string; name: string } }[];
}
interface RatingDetail {
  ratings: {
    id: string;
    kind: string;
    level: string;
    excluded: boolean;
    canAppeal: boolean;
    comment: string | null;
  }[];
  rectification: string | null;
  rectifications: { id: string; unit: { id: string; name: string }; state: string }[];
  canRate: boolean;
  canCallback: boolean;
  myRectificationIds: string[];
}

const PHONE = '13700001234';
const COMMENT = '窗口态度很差，让我跑了三趟';
let personId: string;
let allowanceId: string;

/** An application at 滨河's street centre for 残疾人两项补贴, both departments approve, handed out unless told. */
async function handedOut(handOut = true): Promise<Detail> {
  const r = await call('street_handler', 'POST', '/api/services/applications', {
    itemId: allowanceId,
    applicantPersonId: personId,
    materials: ['id_card', 'disability_cert', 'form', 'hukou_book', 'bank_card'].map((code) => ({
      code,
      state: 'verified',
    })),
  });
  expect(r.statusCode).toBe(201);
  const d = r.json<Detail>();
  for (const st of d.stages) {
    const who = st.unit.name === '平谷区民政局' ? 'mzj_handler' : 'cl_handler';
    for (const action of ['accept', 'approve'])
      expect((await call(who, 'POST', `/api/services/stages/${st.id}/action`, { action })).statusCode).toBe(
        200,
      );
  }
  if (handOut)
    expect(
      (await call('street_handler', 'POST', `/api/services/applications/${d.id}/hand-out`)).statusCode,
    ).toBe(200);
  return d;
}
const detail = async (who: string, id: string) =>
  (await call(who, 'GET', `/api/services/applications/${id}/rating`)).json<RatingDetail>();

beforeAll(async () => {
  env = await createTestEnv();
  for (const u of [
    'street_handler',
    'street_lead2',
    'street_admin',
    'mzj_handler',
    'cl_handler',
    'cgw_handler',
    'admin',
    'supervisor',
    'resident',
  ])
    s[u] = await login(env.app, u);
  const cat = (await call('street_handler', 'GET', '/api/services/catalogue')).json<{
    items: { id: string; code: string }[];
  }>();
  allowanceId = cat.items.find((i) => i.code === 'FW-004')!.id;
  // the signed-in resident is verified as the applicant; the applicant's phone is in the base data
  const user = await env.ownerDb
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'resident')
    .executeTakeFirstOrThrow();
  const v = await env.ownerDb
    .selectFrom('resident_verification')
    .select('person_id')
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  if (v) personId = v.person_id;
  else {
    const p = await env.ownerDb
      .selectFrom('person as p')
      .innerJoin('region as r', 'r.code', 'p.community_code')
      .select(['p.id', 'p.community_code'])
      .where('p.street_code', '=', DEMO_STREET)
      .where('p.id_enc', 'is not', null)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('resident_verification as x')
              .select('x.user_id')
              .whereRef('x.person_id', '=', 'p.id'),
          ),
        ),
      )
      .orderBy('p.id')
      .limit(1)
      .executeTakeFirstOrThrow();
    personId = p.id;
    await env.ownerDb
      .insertInto('resident_verification')
      .values({ user_id: user.id, person_id: p.id, community_code: p.community_code!, method: 'staff' })
      .execute();
  }
  await env.ownerDb
    .updateTable('person')
    .set({ phone_hash: env.ctx.pii.blindIndex(PHONE) })
    .where('id', '=', personId)
    .execute();
});
afterAll(async () => env?.close());

describe('only the applicant rates, once, when it is over', () => {
  let d: Detail;
  it('refuses a rating before the hand-out', async () => {
    d = await handedOut(false);
    const r = await call('resident', 'POST', `/api/my/services/applications/${d.id}/rating`, {
      level: 'satisfied',
    });
    expect(r.statusCode).toBe(409);
    expect(reason(r)).toBe('service_rating_not_done');
    expect((await detail('street_handler', d.id)).canRate).toBe(false);
  });

  it('lists the application on the resident’s 我的办件 and lets them rate it once', async () => {
    await call('street_handler', 'POST', `/api/services/applications/${d.id}/hand-out`);
    const mine = (await call('resident', 'GET', '/api/my/services/applications')).json<{
      verified: boolean;
      items: { id: string; next: string | null; status: string }[];
    }>();
    expect(mine.verified).toBe(true);
    expect(mine.items.find((i) => i.id === d.id)).toMatchObject({ status: 'handed_out', next: 'first' });
    expect((await call('street_handler', 'GET', '/api/my/services/applications')).statusCode).toBe(403);
    const r = await call('resident', 'POST', `/api/my/services/applications/${d.id}/rating`, {
      level: 'unsatisfied',
      comment: COMMENT,
    });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ kind: 'first' });
    const again = await call('street_handler', 'POST', `/api/services/applications/${d.id}/rating`, {
      kind: 'first',
      level: 'very_satisfied',
    });
    expect(again.statusCode).toBe(409);
    expect(reason(again)).toBe('service_rating_already');
  });

  it('refuses anyone else: a wrong phone online, another street’s staff, a department', async () => {
    const other = await handedOut();
    const wrong = await call(null, 'POST', `/api/public/services/track/${other.trackingCode}/rating`, {
      phone: '13900000000',
      level: 'very_unsatisfied',
    });
    expect(wrong.statusCode).toBe(404);
    for (const who of ['street_lead2', 'cgw_handler'])
      expect(
        (
          await call(who, 'POST', `/api/services/applications/${other.id}/rating`, {
            kind: 'first',
            level: 'satisfied',
          })
        ).statusCode,
      ).toBe(404);
    expect(
      (
        await call('mzj_handler', 'POST', `/api/services/applications/${other.id}/rating`, {
          kind: 'first',
          level: 'satisfied',
        })
      ).statusCode,
    ).toBe(403);
    const state = await call(null, 'GET', `/api/public/services/track/${other.trackingCode}/rating`);
    expect(state.json()).toMatchObject({ next: 'first', ratings: [] });
    const ok = await call(null, 'POST', `/api/public/services/track/${other.trackingCode}/rating`, {
      phone: PHONE,
      level: 'very_satisfied',
    });
    expect(ok.statusCode).toBe(201);
    const third = await handedOut();
    const w = await call('street_handler', 'POST', `/api/services/applications/${third.id}/rating`, {
      kind: 'first',
      level: 'satisfied',
    });
    expect(w.statusCode).toBe(201);
    expect((await detail('street_handler', third.id)).rectification).toBeNull();
  });

  describe('a bad rating goes to rectification and back', () => {
    it('opens one rectification per department; each sees only its own', async () => {
      const all = await detail('street_handler', d.id);
      expect(all.rectification).toBe('open');
      expect(all.rectifications.map((r) => r.unit.name).sort()).toEqual(
        ['平谷区民政局', '平谷区残疾人联合会'].sort(),
      );
      expect(all.ratings[0]!.comment).toBe(COMMENT);
      const mz = await detail('mzj_handler', d.id);
      expect(mz.rectifications.map((r) => r.unit.name)).toEqual(['平谷区民政局']);
      expect(mz.myRectificationIds).toHaveLength(1);
      const list = (await call('mzj_handler', 'GET', '/api/services/rectifications?pageSize=200')).json<{
        items: { unit: { name: string } }[];
      }>();
      expect(list.items.length).toBeGreaterThan(0);
      expect(list.items.every((r) => r.unit.name === '平谷区民政局')).toBe(true);
      expect((await call('cgw_handler', 'GET', `/api/services/applications/${d.id}/rating`)).statusCode).toBe(
        404,
      );
      const cl = all.rectifications.find((r) => r.unit.name === '平谷区残疾人联合会')!;
      expect(
        (
          await call('mzj_handler', 'POST', `/api/services/rectifications/${cl.id}/record`, {
            action: '已整改',
          })
        ).statusCode,
      ).toBe(404);
      const notes = await env.ownerDb
        .selectFrom('notification')
        .select('unit_id')
        .where('kind', '=', 'service_rectification')
        .execute();
      expect(notes.length).toBeGreaterThanOrEqual(2);
    });

    it('rates the fix only after every unit recorded what it did, then closes', async () => {
      const early = await call('street_handler', 'POST', `/api/services/applications/${d.id}/rating`, {
        kind: 'after_fix',
        level: 'satisfied',
      });
      expect(reason(early)).toBe('service_rating_fix_early');
      for (const who of ['mzj_handler', 'cl_handler']) {
        const [id] = (await detail(who, d.id)).myRectificationIds;
        const r = await call(who, 'POST', `/api/services/rectifications/${id}/record`, {
          action: '已向申请人当面致歉并说明材料要求，窗口增设一次性告知提示',
        });
        expect(r.statusCode).toBe(200);
      }
      expect((await detail('street_handler', d.id)).canCallback).toBe(true);
      const cb = await call('street_handler', 'POST', `/api/services/applications/${d.id}/rating`, {
        kind: 'after_fix',
        level: 'basically_satisfied',
        comment: '回访：申请人认可整改',
      });
      expect(cb.statusCode).toBe(201);
      const after = await detail('street_handler', d.id);
      expect(after.rectification).toBe('closed');
      expect(after.ratings.map((r) => r.kind)).toEqual(['first', 'after_fix']);
      const twice = await call('resident', 'POST', `/api/my/services/applications/${d.id}/rating`, {
        level: 'satisfied',
      });
      expect(reason(twice)).toBe('service_rating_already');
    });

    it('takes an appeal once from a unit that handled it; the district’s office upholds and the rating is excluded, kept', async () => {
      const first = (await detail('mzj_handler', d.id)).ratings.find((r) => r.kind === 'first')!;
      expect(first.canAppeal).toBe(true);
      expect(
        (
          await call('cgw_handler', 'POST', `/api/services/ratings/${first.id}/appeal`, {
            ground: 'malicious',
            reason: '与本部门无关的评价',
          })
        ).statusCode,
      ).toBe(404);
      const a = await call('mzj_handler', 'POST', `/api/services/ratings/${first.id}/appeal`, {
        ground: 'mistaken',
        reason: '申请人反映的问题属其他窗口，非本部门办理环节',
      });
      expect(a.statusCode).toBe(201);
      const again = await call('cl_handler', 'POST', `/api/services/ratings/${first.id}/appeal`, {
        ground: 'malicious',
        reason: '重复申诉测试',
      });
      expect(reason(again)).toBe('service_appeal_already');
      const before = (await call('admin', 'GET', '/api/services/ratings/overview')).json<{
        total: { count: number; excluded: number };
      }>();
      const appeals = (await call('admin', 'GET', '/api/services/appeals?state=pending')).json<{
        items: { id: string; ratingId: string }[];
        canReview: boolean;
      }>();
      expect(appeals.canReview).toBe(true);
      const mine = appeals.items.find((x) => x.ratingId === first.id)!;
      expect(
        (
          await call('street_admin', 'POST', `/api/services/appeals/${mine.id}/review`, {
            decision: 'upheld',
          })
        ).statusCode,
      ).toBe(403);
      const ok = await call('admin', 'POST', `/api/services/appeals/${mine.id}/review`, {
        decision: 'upheld',
        note: '经核实属误评',
      });
      expect(ok.statusCode).toBe(200);
      expect(
        reason(
          await call('supervisor', 'POST', `/api/services/appeals/${mine.id}/review`, {
            decision: 'dismissed',
          }),
        ),
      ).toBe('service_appeal_decided');
      const kept = (await detail('street_handler', d.id)).ratings.find((r) => r.kind === 'first')!;
      expect(kept).toMatchObject({ level: 'unsatisfied', excluded: true });
      const after = (await call('admin', 'GET', '/api/services/ratings/overview')).json<{
        total: { count: number; excluded: number };
      }>();
      expect(after.total.excluded).toBe(before.total.excluded + 1);
      expect(after.total.count).toBe(before.total.count - 1);
    });
  });
});

describe('statistics', () => {
  it('publishes figures per unit, item and month with no personal data nor residents’ words', async () => {
    const r = await call(null, 'GET', '/api/public/services/ratings');
    expect(r.statusCode).toBe(200);
    const body = r.json<{ total: { count: number; goodShare: number | null }; units: { name: string }[] }>();
    expect(body.total.count).toBeGreaterThan(0);
    expect(body.units.map((u) => u.name)).toContain('平谷区民政局');
    expect(r.body).not.toContain(COMMENT);
    expect(r.body).not.toContain('回访');
    expect(r.body).not.toMatch(/\*|1[3-9]\d{9}|\d{17}[\dX]/);
    expect(r.body).not.toContain(personId);
  });

  it('gives a department its own figures and the assessment its share good', async () => {
    const mz = (await call('mzj_handler', 'GET', '/api/services/ratings/overview')).json<{
      units: { name: string }[];
      windows: unknown[];
    }>();
    expect(mz.units.map((u) => u.name)).toContain('平谷区民政局');
    const ranking = (await call('admin', 'GET', '/api/assessment/ranking?group=department')).json<{
      rows: { name: string; serviceRating: { count: number; goodShare: number | null } | null }[];
    }>();
    const row = ranking.rows.find((x) => x.name === '平谷区民政局')!;
    expect(row.serviceRating!.count).toBeGreaterThan(0);
    expect(row.serviceRating!.goodShare).not.toBeNull();
  });
});

describe('supervision of overdue rectifications', () => {
  it('notifies the unit and the window once', async () => {
    const d = await handedOut();
    await call('street_handler', 'POST', `/api/services/applications/${d.id}/rating`, {
      kind: 'first',
      level: 'very_unsatisfied',
    });
    const later = new Date(Date.now() + 30 * 86_400_000);
    expect(await notifyOverdueRectifications(env.db, later)).toBeGreaterThanOrEqual(2);
    expect(await notifyOverdueRectifications(env.db, later)).toBe(0);
    const notes = await env.ownerDb
      .selectFrom('notification')
      .select('unit_id')
      .where('kind', '=', 'service_rectification_overdue')
      .execute();
    const units = new Set(notes.map((n) => n.unit_id));
    for (const st of d.stages) expect(units.has(st.unit.id)).toBe(true);
  });
});
