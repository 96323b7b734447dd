/**
 * The street's drill-down to one field record (issue 11), in both languages: from the grid worker's log to a patrol
 * with its GPS track drawn, a house call with its point, checklist, photo and the base data it updated, a quick fix
 * with its before and after photos, and a care-group visit masked until the lead states a reason.
 */
import path from 'node:path';
import { centroidOf, tagClass } from '@onegrid/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { waitFor } from '../apps/server/src/test/wait.ts';
import { shots, signedInPage, startE2e, type E2eEnv } from './harness.ts';

let env: E2eEnv;
const ids = { worker: '', patrol: '', visit: '', fix: '', masked: '' };

// A small valid PNG (1×1) for the photos.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

async function apiLogin(username: string) {
  const res = await fetch(`${env.server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo@12345' }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

beforeAll(async () => {
  env = await startE2e();
  const db = env.server.db;
  const grid = await db
    .selectFrom('grid_worker as w')
    .innerJoin('app_user as u', 'u.id', 'w.user_id')
    .innerJoin('grid as g', 'g.code', 'w.grid_code')
    .select(['g.code', 'g.boundary', 'u.id'])
    .where('u.username', '=', 'grid_worker')
    .executeTakeFirstOrThrow();
  ids.worker = grid.id;
  const [lon, lat] = centroidOf(grid.boundary) as [number, number];
  const person = await db
    .selectFrom('person')
    .select('id')
    .where('grid_code', '=', grid.code)
    .where('deceased', '=', false)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const h = await apiLogin('grid_worker');
  const post = async (url: string, body: object) => {
    const r = await fetch(`${env.server.url}${url}`, {
      method: 'POST',
      headers: { ...h, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(r.status, await r.clone().text()).toBeLessThan(300);
    return r.json() as Promise<Record<string, { id: string }>>;
  };
  const upload = async () => {
    const form = new FormData();
    form.append('file', new Blob([PNG], { type: 'image/png' }), 'p.png');
    const r = await fetch(`${env.server.url}/api/uploads`, { method: 'POST', headers: h, body: form });
    expect(r.status).toBe(201);
    return ((await r.json()) as { id: string }).id;
  };
  const start = Date.now() - 3 * 3_600_000;
  const at = (i: number) => new Date(start + i * 60_000).toISOString();
  // a walk round the grid's centre, one point coarse
  const points = Array.from({ length: 12 }, (_, i) => ({
    at: at(i),
    lon: lon + 0.0012 * Math.cos(i / 2),
    lat: lat + 0.0008 * Math.sin(i / 2),
    accuracyM: i === 7 ? 65 : 8,
  }));
  ids.patrol = (
    await post('/api/field/patrols', {
      instanceId: 'uuid:e2e-record-patrol',
      gridCode: grid.code,
      startedAt: at(0),
      endedAt: at(14),
      tracking: true,
      points,
      checkins: [{ at: at(3), lon, lat, accuracyM: 9, note: '消防通道畅通' }],
      note: '例行巡查',
    })
  ).patrol!.id;
  ids.fix = (
    await post('/api/field/quick-fixes', {
      instanceId: 'uuid:e2e-record-fix',
      patrolInstanceId: 'uuid:e2e-record-patrol',
      description: '楼道堆放杂物，已协调清理',
      beforeUploadIds: [await upload()],
      afterUploadIds: [await upload()],
      settledAt: at(6),
      lon,
      lat,
      accuracyM: 10,
    })
  ).quickFix!.id;
  ids.visit = (
    await post('/api/field/visits', {
      instanceId: 'uuid:e2e-record-visit',
      personId: person.id,
      mode: 'door',
      visitedAt: at(20),
      lon,
      lat,
      accuracyM: 14,
      checklist: { health: 'ok', safety: 'attention', living: 'ok', needs: 'not_checked' },
      note: '燃气软管老化，已提醒更换',
      uploadIds: [await upload()],
    })
  ).visit!.id;
  // a visit to a care group (P2): the street lead may reveal it, with a reason
  const tags = await db
    .selectFrom('person_tag')
    .select(['id', 'person_id', 'tag'])
    .where('grid_code', '=', grid.code)
    .where('ended_on', 'is', null)
    .where((eb) => eb.or([eb('assigned_user_id', '=', grid.id), eb('assigned_user_id', 'is', null)]))
    .execute();
  const care = tags.find((x) => tagClass(x.tag) === 'P2')!;
  ids.masked = (
    await post('/api/field/visits', {
      instanceId: 'uuid:e2e-record-care',
      personId: care.person_id,
      tagId: care.id,
      mode: 'phone',
      visitedAt: at(30),
      checklist: { health: 'attention', state_of_mind: 'ok' },
      note: '电话询问近况，腿脚不便',
    })
  ).visit!.id;
});

afterAll(async () => {
  await env?.close();
});

const signIn = (lang: 'zh-CN' | 'en-US'): Promise<Page> =>
  signedInPage(env, 'street_lead', { lang, device: { viewport: { width: 1280, height: 900 } } });

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(shots, `fieldrecord-${name}.png`), fullPage: true });

/** Waits until `n` photos have loaded (their pixels came through the field photo route). */
async function imagesLoaded(page: Page, n: number) {
  const loaded = () =>
    page
      .locator('.ant-image img')
      .evaluateAll(
        (imgs) => imgs.filter((i) => (i as unknown as { naturalWidth: number }).naturalWidth > 0).length,
      );
  await waitFor(async () => (await loaded()) >= n, { timeout: 15_000, interval: 150, what: `${n} photos` });
}

for (const lang of ['zh-CN', 'en-US'] as const) {
  it(`the street lead drills down from the worker's log to each record (${lang})`, async () => {
    const page = await signIn(lang);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const l = lang === 'zh-CN' ? 'zh' : 'en';

    // the worker's log links each patrol to its record
    await page.goto(`${env.server.url}/fieldwork/workers/${ids.worker}`);
    await page.locator(`a[href="/fieldwork/patrols/${ids.patrol}"]`).click();
    await page.waitForURL(`**/fieldwork/patrols/${ids.patrol}`);
    const track = page.getByTestId('patrol-track');
    await track.waitFor();
    expect(await track.locator('circle').count()).toBe(12);
    expect(await track.locator('rect').count()).toBe(1);
    await page.getByText('楼道堆放杂物，已协调清理').waitFor();
    await shot(page, `patrol-${l}`);

    // the quick fix of that patrol, with its photos
    await page.getByText('楼道堆放杂物，已协调清理').click();
    await page.waitForURL(`**/fieldwork/quick-fixes/${ids.fix}`);
    await imagesLoaded(page, 2);
    await shot(page, `quickfix-${l}`);

    // the house call: point with accuracy, checklist, photo
    await page.goto(`${env.server.url}/fieldwork/visits/${ids.visit}`);
    await page.getByText('燃气软管老化，已提醒更换').waitFor();
    await page
      .getByText(lang === 'zh-CN' ? '±14 米' : '±14 m')
      .first()
      .waitFor();
    await imagesLoaded(page, 1);
    await shot(page, `visit-${l}`);

    // a care-group visit: masked until a reason is given, then shown
    await page.goto(`${env.server.url}/fieldwork/visits/${ids.masked}`);
    const reason = page.getByPlaceholder(lang === 'zh-CN' ? '查看理由' : 'Reason');
    await reason.waitFor();
    await shot(page, `masked-${l}`);
    await reason.fill(
      lang === 'zh-CN' ? '核查独居老人走访情况' : 'checking the visits of elderly living alone',
    );
    await page.getByRole('button', { name: lang === 'zh-CN' ? '查看详情' : 'Show details' }).click();
    await page.getByText(lang === 'zh-CN' ? '检查项' : 'Checklist').waitFor();
    expect(await reason.count()).toBe(0);
    await shot(page, `revealed-${l}`);

    expect(errors).toEqual([]);
    await page.context().close();
  });
}
