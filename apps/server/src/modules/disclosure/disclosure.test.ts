import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_VILLAGE } from '../../demo/disclosure.ts';
import { DEMO_COMMUNITY, DEMO_STREET } from '../../demo/users.ts';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { tinyPng } from '../uploads/uploads.fixtures.ts';
import { notifyOverdueDisclosures } from './disclosure.jobs.ts';

/*
 * 小微权力清单 and 村(居)务公开 (issue 13): the district's items with flowcharts, a community's catalogue with what is
 * due, publishing (one in force per period; withdrawal and corrections kept), jurisdiction (another street's lead),
 * the public page (only what is in force, names masked), queries and failure reports, and the overdue sweep
 * notifying once per missed due date.
 */
let env: TestEnv;
const s: Record<string, Session> = {};
type Res = Awaited<ReturnType<TestEnv['app']['inject']>>;
const reason = (r: Res) => r.json<{ error: { params: { reason?: string } } }>().error.params.reason;
async function call(who: Session | null, method: 'GET' | 'POST', url: string, payload?: unknown) {
  return env.app.inject({ method, url, payload: payload as object, headers: who?.headers ?? {} });
}
interface Entry {
  id: string;
  title: string;
  frequency: string;
  communityCode: string;
  next: { state: string; periodKey: string | null; dueAt: string | null; overdueCount: number };
}
interface Pub {
  id: string;
  title: string;
  status: string;
  version: number;
  list: { name: string }[];
  photoIds: string[];
}

async function upload(who: Session): Promise<string> {
  const b = 'disclosureboundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${b}\r\nContent-Disposition: form-data; name="file"; filename="p.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    tinyPng(),
    Buffer.from(`\r\n--${b}--\r\n`),
  ]);
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/uploads',
    payload,
    headers: { ...who.headers, 'content-type': `multipart/form-data; boundary=${b}` },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

beforeAll(async () => {
  env = await createTestEnv();
  for (const u of [
    'admin',
    'community_lead',
    'street_lead',
    'street_lead2',
    'supervisor',
    'operator',
    'resident',
  ])
    s[u] = await login(env.app, u);
}, 120_000);
afterAll(() => env?.close());

const catalogue = async (who: Session, code = DEMO_COMMUNITY) =>
  (await call(who, 'GET', `/api/disclosure/catalogue?communityCode=${code}`)).json<{ items: Entry[] }>()
    .items;

describe('micro-power items', () => {
  it('the district defines items with flowcharts; the disclosure points are marked; a bad flowchart is refused', async () => {
    const list = (await call(s.community_lead!, 'GET', '/api/disclosure/powers')).json<{
      items: { title: string; disclosurePoints: number[]; adoptedBy: string[] }[];
    }>().items;
    expect(list.length).toBeGreaterThanOrEqual(8);
    const major = list.find((i) => i.title.includes('四议两公开'))!;
    expect(major.disclosurePoints).toEqual([5, 7]);
    expect(major.adoptedBy).toEqual([DEMO_COMMUNITY]);

    const steps = [
      { title: '提出', role: 'clerk', disclose: false },
      { title: '公开', role: 'committee', disclose: true },
    ];
    const bad = await call(s.admin!, 'POST', '/api/disclosure/powers', {
      category: 'major_decision',
      title: '测试重大事项',
      basis: '测试依据',
      steps,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('flowchart_too_few_disclosure_points');
    expect(
      (
        await call(s.community_lead!, 'POST', '/api/disclosure/powers', {
          category: 'seal',
          title: '测试用印',
          basis: '测试依据',
          steps,
        })
      ).statusCode,
    ).toBe(403);
    const ok = await call(s.admin!, 'POST', '/api/disclosure/powers', {
      category: 'seal',
      title: '测试用印',
      basis: '测试依据',
      steps,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const adopted = await call(
      s.community_lead!,
      'POST',
      `/api/disclosure/powers/${ok.json<{ id: string }>().id}/adopt`,
      {
        communityCode: DEMO_COMMUNITY,
      },
    );
    expect(adopted.json<{ adoptedBy: string[] }>().adoptedBy).toEqual([DEMO_COMMUNITY]);
    // another street's lead cannot adopt it for 滨河's community (answered as not found)
    const other = await call(
      s.street_lead2!,
      'POST',
      `/api/disclosure/powers/${ok.json<{ id: string }>().id}/adopt`,
      {
        communityCode: DEMO_COMMUNITY,
      },
    );
    expect(other.statusCode).toBe(404);
  });
});

describe('the catalogue and publications', () => {
  it('the demo catalogue shows the skipped quarter as overdue and last month as owed', async () => {
    const items = await catalogue(s.community_lead!);
    const assets = items.find((e) => e.title === '集体资产资源使用情况')!;
    expect(assets.next.state).toBe('overdue');
    const finance = items.find((e) => e.title === '财务收支情况')!;
    expect(finance.frequency).toBe('monthly');
    expect(['due', 'overdue']).toContain(finance.next.state);
    // jurisdiction: the other street's lead does not see 滨河's community
    expect(
      (await call(s.street_lead2!, 'GET', `/api/disclosure/catalogue?communityCode=${DEMO_COMMUNITY}`))
        .statusCode,
    ).toBe(404);
    expect((await catalogue(s.street_lead2!, DEMO_VILLAGE)).length).toBeGreaterThan(0);
    expect((await call(s.operator!, 'GET', '/api/disclosure/catalogue')).statusCode).toBe(403);
  });

  it('finance must be monthly; a new entry owes its first month', async () => {
    const bad = await call(s.community_lead!, 'POST', '/api/disclosure/catalogue', {
      communityCode: DEMO_COMMUNITY,
      category: 'finance',
      title: '专项资金收支',
      basis: '测试',
      frequency: 'quarterly',
      channels: ['board'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('disclosure_frequency_too_low');
    const ok = await call(s.community_lead!, 'POST', '/api/disclosure/catalogue', {
      communityCode: DEMO_COMMUNITY,
      category: 'finance',
      title: '专项资金收支',
      basis: '测试',
      frequency: 'monthly',
      channels: ['board', 'online'],
      since: '2026-10-01',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Entry>().next.periodKey).toBe('2026-10');
  });

  it('publishes once per period, masks list names, keeps photos; corrections are versions; withdrawal re-opens the period', async () => {
    const entry = (await catalogue(s.community_lead!)).find((e) => e.title === '专项资金收支')!;
    const photo = await upload(s.community_lead!);
    const body = {
      entryId: entry.id,
      periodKey: '2026-10',
      title: '专项资金收支（2026年10月）',
      body: '收入 2.00 万元，支出 1.20 万元。',
      channel: 'online',
      list: [{ name: '王秀兰', amount: 800, note: '王秀兰 电话 13812345678' }],
      uploadIds: [photo],
    };
    const first = await call(s.community_lead!, 'POST', '/api/disclosure/publications', body);
    expect(first.statusCode, first.body).toBe(200);
    const pub = first.json<Pub>();
    expect(pub.list[0]!.name).toBe('王**');
    expect(JSON.stringify(pub.list)).not.toContain('13812345678');
    expect(pub.photoIds).toEqual([photo]);
    const stored = await env.ownerDb
      .selectFrom('disclosure_publication')
      .select('list')
      .where('id', '=', pub.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored.list)).not.toContain('秀兰');

    const again = await call(s.community_lead!, 'POST', '/api/disclosure/publications', {
      ...body,
      uploadIds: [],
    });
    expect(reason(again)).toBe('disclosure_already_published');
    const future = await call(s.community_lead!, 'POST', '/api/disclosure/publications', {
      ...body,
      periodKey: '2099-01',
      uploadIds: [],
    });
    expect(future.body).toContain('disclosure_future_period');
    expect(
      (
        await call(s.street_lead2!, 'POST', '/api/disclosure/publications', {
          ...body,
          periodKey: '2026-11',
          uploadIds: [],
        })
      ).statusCode,
    ).toBe(404);

    const photoUrl = `/api/public/disclosure/photos/${photo}`;
    expect((await call(null, 'GET', photoUrl)).statusCode).toBe(200);
    const fixed = await call(s.community_lead!, 'POST', `/api/disclosure/publications/${pub.id}/correct`, {
      ...body,
      body: '收入 2.00 万元，支出 1.25 万元。',
      reason: '支出合计有误',
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const v2 = fixed.json<Pub>();
    expect(v2.version).toBe(2);
    expect((await call(null, 'GET', photoUrl)).statusCode).toBe(200); // the photo moved to the new version
    expect(
      reason(
        await call(s.community_lead!, 'POST', `/api/disclosure/publications/${pub.id}/withdraw`, {
          reason: '测试',
        }),
      ),
    ).toBe('disclosure_not_in_force');
    const hist = (
      await call(s.community_lead!, 'GET', `/api/disclosure/publications?entryId=${entry.id}`)
    ).json<{
      items: Pub[];
    }>().items;
    expect(hist.map((p) => [p.version, p.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
    const owedAfter = (await catalogue(s.community_lead!)).find((e) => e.id === entry.id)!;
    expect(owedAfter.next.periodKey).toBe('2026-11');

    const w = await call(s.community_lead!, 'POST', `/api/disclosure/publications/${v2.id}/withdraw`, {
      reason: '数据需重新核对',
    });
    expect(w.json<Pub>().status).toBe('withdrawn');
    expect((await call(null, 'GET', photoUrl)).statusCode).toBe(404);
    expect((await catalogue(s.community_lead!)).find((e) => e.id === entry.id)!.next.periodKey).toBe(
      '2026-10',
    );
    // nothing was deleted
    const rows = await env.ownerDb
      .selectFrom('disclosure_publication')
      .select('id')
      .where('entry_id', '=', entry.id)
      .execute();
    expect(rows).toHaveLength(2);
  });
});

describe('the public page', () => {
  it('shows publications in force with masked lists, withdrawn ones by title and reason only, and the flowcharts', async () => {
    const res = await call(null, 'GET', `/api/public/disclosure/${DEMO_COMMUNITY}`);
    expect(res.statusCode).toBe(200);
    const page = res.json<{
      entries: Entry[];
      publications: (Pub & { body: string; withdrawnReason: string | null })[];
      powers: { title: string }[];
    }>();
    expect(page.entries.length).toBeGreaterThanOrEqual(6);
    expect(page.powers.length).toBeGreaterThanOrEqual(10);
    expect(page.publications.every((p) => p.status === 'published' || p.status === 'withdrawn')).toBe(true);
    const withdrawn = page.publications.find((p) => p.status === 'withdrawn')!;
    expect(withdrawn).toMatchObject({ body: '', list: [], withdrawnReason: '数据需重新核对' });
    const subsidy = page.publications.find((p) => p.list.length > 0)!;
    expect(subsidy.list.every((r) => /^.\*+$/.test(r.name))).toBe(true);
    expect(JSON.stringify(page)).not.toMatch(/王秀兰|李建华|1391111|1383333/);
    expect((await call(null, 'GET', '/api/public/disclosure/110117001000')).statusCode).toBe(404);
  });
});

describe("residents' queries and failure reports", () => {
  it('anonymous with a phone: routed to the community; the street sees reports; answered with the right outcome', async () => {
    const anon = await call(null, 'POST', `/api/public/disclosure/${DEMO_COMMUNITY}/requests`, {
      kind: 'report',
      reportKind: 'untrue',
      subject: '财务公开的金额与实际不符',
      body: '环境整治支出与实际施工量不符，请核实。',
      phone: '13700001111',
    });
    expect(anon.statusCode, anon.body).toBe(200);
    const { id, reference } = anon.json<{ id: string; reference: string }>();
    expect(reference).toMatch(/^GK-/);
    const stored = await env.ownerDb
      .selectFrom('disclosure_request')
      .select('phone_enc')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.phone_enc).not.toContain('13700001111');
    const notes = await env.ownerDb
      .selectFrom('notification as n')
      .innerJoin('unit as u', 'u.id', 'n.unit_id')
      .select(['u.kind'])
      .where('n.kind', '=', 'disclosure_report')
      .execute();
    expect(notes.map((n) => n.kind).sort()).toEqual(['community', 'street_office']);

    const street = (await call(s.street_lead!, 'GET', '/api/disclosure/overview')).json<{
      reports: { id: string; from: string }[];
    }>();
    const mine = street.reports.find((r) => r.id === id)!;
    expect(mine.from).not.toContain('13700001111');
    expect(
      (await call(s.street_lead2!, 'GET', '/api/disclosure/overview'))
        .json<{ reports: { id: string }[] }>()
        .reports.map((r) => r.id),
    ).not.toContain(id);

    const mismatch = await call(s.community_lead!, 'POST', `/api/disclosure/requests/${id}/answer`, {
      outcome: 'answered',
      answer: '已核实',
    });
    expect(reason(mismatch)).toBe('disclosure_outcome_mismatch');
    expect(
      (
        await call(s.street_lead2!, 'POST', `/api/disclosure/requests/${id}/answer`, {
          outcome: 'upheld',
          answer: '核实属实',
        })
      ).statusCode,
    ).toBe(404);
    const upheld = await call(s.community_lead!, 'POST', `/api/disclosure/requests/${id}/answer`, {
      outcome: 'upheld',
      answer: '经核实，环境整治支出含下季度预付款，已更正公开。',
    });
    expect(upheld.json<{ status: string; clock: string }>()).toMatchObject({
      status: 'upheld',
      clock: 'answered',
    });
    expect(
      reason(
        await call(s.community_lead!, 'POST', `/api/disclosure/requests/${id}/answer`, {
          outcome: 'upheld',
          answer: '再次',
        }),
      ),
    ).toBe('disclosure_request_closed');
  });

  it('a resident must be verified to ask as a resident; the demo has one answered and one open query', async () => {
    const res = await call(s.resident!, 'POST', '/api/my/disclosure/requests', {
      kind: 'query',
      subject: '想了解停车费',
      body: '停车费收入用在哪里了？',
    });
    expect(reason(res)).toBe('vote_not_verified');
    const list = (await call(s.community_lead!, 'GET', '/api/disclosure/requests?kind=query')).json<{
      items: { status: string }[];
    }>().items;
    expect(list.some((q) => q.status === 'answered')).toBe(true);
    expect(list.some((q) => q.status === 'open')).toBe(true);
  });
});

describe('the overdue sweep', () => {
  it("notifies the community and the street once per missed due date, and the street's overview shows the alert", async () => {
    const before = (await call(s.street_lead!, 'GET', '/api/disclosure/overview')).json<{
      overdue: { title: string; alertedAt: string | null }[];
    }>();
    const assets = before.overdue.find((o) => o.title === '集体资产资源使用情况')!;
    expect(assets.alertedAt).toBeNull();
    const now = new Date();
    const n = await notifyOverdueDisclosures(env.db, now);
    expect(n).toBeGreaterThanOrEqual(1);
    expect(await notifyOverdueDisclosures(env.db, now)).toBe(0);
    expect(await notifyOverdueDisclosures(env.db, new Date(+now + 60_000))).toBe(0);
    const notes = await env.ownerDb
      .selectFrom('notification as n')
      .innerJoin('unit as u', 'u.id', 'n.unit_id')
      .select(['u.kind', 'u.jurisdiction_code'])
      .where('n.kind', '=', 'disclosure_overdue')
      .where((eb) => eb(eb.ref('n.params', '->>').key('title'), '=', '集体资产资源使用情况'))
      .where('u.jurisdiction_code', 'in', [DEMO_COMMUNITY, DEMO_STREET])
      .execute();
    expect(notes.map((x) => x.kind).sort()).toEqual(['community', 'street_office']);
    const after = (await call(s.street_lead!, 'GET', '/api/disclosure/overview')).json<{
      overdue: { title: string; alertedAt: string | null }[];
      communities: { code: string; overdue: number }[];
    }>();
    expect(after.overdue.find((o) => o.title === '集体资产资源使用情况')!.alertedAt).not.toBeNull();
    expect(after.communities.find((c) => c.code === DEMO_COMMUNITY)!.overdue).toBeGreaterThanOrEqual(1);
    // the street lead reads the alert in their notifications
    const inbox = await call(s.street_lead!, 'GET', '/api/notifications');
    expect(inbox.body).toContain('集体资产资源使用情况');
  });
});
