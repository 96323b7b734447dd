import { centroidOf } from '@onegrid/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { waitFor } from '../../test/wait.ts';
import { notificationListenerFor } from './notifications.live.ts';
import { notify } from './notifications.repository.ts';

let env: TestEnv;
let handler: Session;
let lead: Session;
let other: Session;
let streetUnit: string;
let otherUnit: string;

async function unitOf(username: string): Promise<string> {
  const row = await env.ownerDb
    .selectFrom('app_user')
    .select('unit_id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.unit_id;
}

interface Item {
  id: string;
  kind: string;
  title: string;
  body: string;
  caseId: string | null;
  createdAt: string;
  readAt: string | null;
}

async function list(s: Session, query = '') {
  const res = await env.app.inject({ method: 'GET', url: `/api/notifications${query}`, headers: s.headers });
  expect(res.statusCode).toBe(200);
  return res.json<{ items: Item[]; total: number; unread: number }>();
}

beforeAll(async () => {
  env = await createTestEnv();
  // Two members of one street office, and a handler of a district department.
  [handler, lead, other] = await Promise.all([
    login(env.app, 'street_handler'),
    login(env.app, 'street_lead'),
    login(env.app, 'cgw_handler'),
  ]);
  streetUnit = await unitOf('street_handler');
  otherUnit = await unitOf('cgw_handler');
});
afterAll(async () => env.close());

describe('notifications', () => {
  it('401 / 403 / 400 first', async () => {
    for (const [method, url] of [
      ['GET', '/api/notifications'],
      ['POST', '/api/notifications/read'],
      ['GET', '/api/notifications/stream'],
    ] as const) {
      expect(
        (await env.app.inject({ method, url, payload: method === 'POST' ? { all: true } : undefined }))
          .statusCode,
      ).toBe(401);
    }
    const noCsrf = await env.app.inject({
      method: 'POST',
      url: '/api/notifications/read',
      headers: { cookie: handler.cookie },
      payload: { all: true },
    });
    expect(noCsrf.statusCode).toBe(403);
    for (const payload of [{}, { ids: ['abc'] }, { all: false }]) {
      const bad = await env.app.inject({
        method: 'POST',
        url: '/api/notifications/read',
        headers: handler.headers,
        payload,
      });
      expect(bad.statusCode).toBe(400);
    }
    const badQuery = await env.app.inject({
      method: 'GET',
      url: '/api/notifications?pageSize=1000',
      headers: handler.headers,
    });
    expect(badQuery.statusCode).toBe(400);
  });

  it('lists what is addressed to the caller or the caller’s unit, and marks it read', async () => {
    await notify(env.db, [
      {
        unitId: streetUnit,
        kind: 'dispatch',
        title: '新派单：占道经营',
        body: '请签收',
        caseId: '2026112200000001',
      },
      { userId: handler.userId, unitId: streetUnit, kind: 'mention', title: '给陈宇的提醒' },
      { unitId: otherUnit, kind: 'dispatch', title: '新派单：井盖缺失' },
    ]);

    const mine = await list(handler);
    expect(mine.items.map((i) => i.title)).toEqual(['给陈宇的提醒', '新派单：占道经营']);
    expect(mine).toMatchObject({ total: 2, unread: 2 });
    const item = mine.items[1]!;
    expect(Object.keys(item).sort()).toEqual([
      'body',
      'caseId',
      'createdAt',
      'id',
      'kind',
      'params',
      'readAt',
      'title',
    ]);
    expect(item).toMatchObject({
      kind: 'dispatch',
      body: '请签收',
      caseId: '2026112200000001',
      readAt: null,
    });
    expect(item.id).toMatch(/^\d+$/);
    expect(Number.isNaN(Date.parse(item.createdAt))).toBe(false);
    // A colleague sees the unit's notification, not the one addressed to the handler.
    expect((await list(lead)).items.map((i) => i.title)).toEqual(['新派单：占道经营']);
    // Another unit's handler sees neither.
    expect((await list(other)).items.map((i) => i.title)).toEqual(['新派单：井盖缺失']);

    // Ids that are not the caller's are ignored.
    const personal = mine.items[0]!.id;
    const foreign = (await list(other)).items[0]!.id;
    const byLead = await env.app.inject({
      method: 'POST',
      url: '/api/notifications/read',
      headers: lead.headers,
      payload: { ids: [personal, foreign] },
    });
    expect(byLead.json()).toEqual({ updated: 0, unread: 1 });

    const read = await env.app.inject({
      method: 'POST',
      url: '/api/notifications/read',
      headers: handler.headers,
      payload: { ids: [personal] },
    });
    expect(read.json()).toEqual({ updated: 1, unread: 1 });
    const unread = await list(handler, '?unread=1');
    expect(unread.items.map((i) => i.title)).toEqual(['新派单：占道经营']);
    expect(unread).toMatchObject({ total: 1, unread: 1 });

    const all = await env.app.inject({
      method: 'POST',
      url: '/api/notifications/read',
      headers: handler.headers,
      payload: { all: true },
    });
    expect(all.json()).toEqual({ updated: 1, unread: 0 });
    expect(await list(handler, '?unread=1')).toMatchObject({ items: [], total: 0, unread: 0 });
    // The other unit's notification is still unread.
    expect((await list(other)).unread).toBe(1);
    // Paging.
    const page2 = await list(handler, '?page=2&pageSize=1');
    expect(page2.items.map((i) => i.title)).toEqual(['新派单：占道经营']);
    expect(page2.total).toBe(2);
  });

  it('streams a new notification of the caller’s unit as a Server-Sent Event', async () => {
    // (the handler: an overdue assignment concerns those who handle the unit's cases, see NOTICE_AUDIENCE)
    const stream = await openStream(handler);
    try {
      expect(stream.res.status).toBe(200);
      expect(stream.res.headers.get('content-type')).toContain('text/event-stream');
      expect(stream.res.headers.get('x-content-type-options')).toBe('nosniff');
      // Another unit's notification is not delivered to this stream; the unit's own is (written as the app does).
      await notify(env.db, [{ unitId: otherUnit, kind: 'dispatch', title: '别的单位的派单' }]);
      await notify(env.db, [
        { unitId: streetUnit, kind: 'overdue', title: '【已超期】占道经营', caseId: '2026112200000002' },
      ]);
      const ev = await stream.next();
      expect(ev.event).toBe('notification');
      expect(ev.item).toMatchObject({
        kind: 'overdue',
        title: '【已超期】占道经营',
        caseId: '2026112200000002',
        readAt: null,
      });
      expect(ev.id).toBe(ev.item.id);
      expect(notificationListenerFor(env.db)?.subscriberCount).toBe(1);
    } finally {
      await stream.close();
    }
    // The client went away: its subscription is gone.
    await waitFor(() => notificationListenerFor(env.db)?.subscriberCount === 0, {
      timeout: 5000,
      what: 'the subscription to end',
    });
  });

  it('a reconnecting stream first gets what it missed after Last-Event-ID', async () => {
    const before = await list(lead);
    const lastSeen = before.items[0]!.id;
    await notify(env.db, [{ unitId: streetUnit, kind: 'dispatch', title: '断线期间的派单' }]);
    const stream = await openStream(lead, lastSeen);
    try {
      expect((await stream.next()).item.title).toBe('断线期间的派单');
    } finally {
      await stream.close();
    }
  });

  it('the listener reconnects after losing its connection and catches the streams up', async () => {
    const stream = await openStream(lead);
    try {
      await notify(env.db, [{ unitId: streetUnit, kind: 'dispatch', title: '断开前' }]);
      expect((await stream.next()).item.title).toBe('断开前');
      await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                WHERE application_name = 'onegrid-notify' AND datname = current_database()`.execute(
        env.ownerDb,
      );
      // Written while the listener is down or reconnecting: delivered by the catch-up or live, exactly once.
      await notify(env.db, [{ unitId: streetUnit, kind: 'dispatch', title: '断开后' }]);
      expect((await stream.next()).item.title).toBe('断开后');
      await notify(env.db, [{ unitId: streetUnit, kind: 'dispatch', title: '重连后' }]);
      expect((await stream.next()).item.title).toBe('重连后');
    } finally {
      await stream.close();
    }
  });
});

describe('by role and assignment (defect 5: the district operator had 30+ unread 新诉求待派单)', () => {
  it('a case waiting for dispatch reaches the dispatchers of the centre, not its operators or administrators', async () => {
    const [operator, dispatcher, admin] = await Promise.all([
      login(env.app, 'operator'),
      login(env.app, 'dispatcher'),
      login(env.app, 'admin'),
    ]);
    const centre = await unitOf('operator');
    expect(await unitOf('dispatcher')).toBe(centre);
    const before = await Promise.all([operator, dispatcher, admin].map((s) => list(s)));
    await notify(env.db, [{ unitId: centre, kind: 'queued', params: { caseTitle: '路灯不亮' } }]);
    const [op, disp, adm] = (await Promise.all([operator, dispatcher, admin].map((s) => list(s)))) as [
      Awaited<ReturnType<typeof list>>,
      Awaited<ReturnType<typeof list>>,
      Awaited<ReturnType<typeof list>>,
    ];
    expect(disp.unread).toBe(before[1]!.unread + 1);
    expect(disp.items[0]).toMatchObject({ kind: 'queued', title: '新诉求待派单：路灯不亮' });
    expect(op.unread).toBe(before[0]!.unread);
    expect(op.items.some((i) => i.kind === 'queued')).toBe(false);
    expect(adm.unread).toBe(before[2]!.unread);
    // Marking all read does not touch what the caller does not read.
    await env.app.inject({
      method: 'POST',
      url: '/api/notifications/read',
      headers: operator.headers,
      payload: { all: true },
    });
    expect((await list(dispatcher)).unread).toBe(disp.unread);
  });

  it('an operator taking a call does not notify the operators; the dispatcher reads it in English when asked', async () => {
    const [operator, dispatcher] = await Promise.all([
      login(env.app, 'operator'),
      login(env.app, 'dispatcher'),
    ]);
    const grid = await env.ownerDb
      .selectFrom('grid_worker as w')
      .innerJoin('app_user as u', 'u.id', 'w.user_id')
      .innerJoin('grid as g', 'g.code', 'w.grid_code')
      .select(['g.boundary'])
      .where('u.username', '=', 'grid_worker')
      .executeTakeFirstOrThrow();
    const [lon, lat] = centroidOf(grid.boundary);
    const opBefore = (await list(operator)).unread;
    const created = await env.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: operator.headers,
      payload: {
        channel: 'hotline',
        requestType: 'complaint',
        description: '小区门口的路灯连续三天不亮，晚上出行不便',
        lon,
        lat,
        address: '测试地址',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string; status: string }>().id;
    const notes = await env.ownerDb
      .selectFrom('notification')
      .select(['kind', 'unit_id', 'user_id', 'params'])
      .where('case_id', '=', id)
      .execute();
    expect(notes.length).toBeGreaterThan(0);
    expect((await list(operator)).unread).toBe(opBefore);
    const queued = notes.find((n) => n.kind === 'queued');
    if (queued) {
      const en = await env.app.inject({
        method: 'GET',
        url: '/api/notifications',
        headers: { ...dispatcher.headers, 'accept-language': 'en-US' },
      });
      const item = en.json<{ items: Item[] }>().items.find((i) => i.caseId === id)!;
      expect(item.title).toBe(`New case to dispatch: ${String(queued.params.caseTitle)}`);
    }
  });

  it('the live stream leaves out what the reader does not read', async () => {
    const operator = await login(env.app, 'operator');
    const centre = await unitOf('operator');
    const stream = await openStream(operator);
    try {
      await notify(env.db, [{ unitId: centre, kind: 'queued', params: { caseTitle: '不给接线员' } }]);
      await notify(env.db, [{ userId: operator.userId, kind: 'mention', title: '给接线员的提醒' }]);
      expect((await stream.next()).item.title).toBe('给接线员的提醒');
    } finally {
      await stream.close();
    }
  });
});

let address: string | undefined;

/** A real HTTP stream (fetch), read event by event. */
async function openStream(s: Session, lastEventId?: string) {
  address ??= await env.app.listen({ port: 0, host: '127.0.0.1' });
  const abort = new AbortController();
  const res = await fetch(`${address}/api/notifications/stream`, {
    headers: { cookie: s.cookie, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
    signal: abort.signal,
  });
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    res,
    async next(): Promise<{ event: string; id: string; item: Item }> {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = Object.fromEntries(
            block
              .split('\n')
              .filter((l) => !l.startsWith(':'))
              .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
          );
          if (fields.event)
            return {
              event: fields.event,
              id: fields.id ?? '',
              item: JSON.parse(fields.data ?? 'null') as Item,
            };
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    },
    async close() {
      abort.abort();
      await reader.cancel().catch(() => undefined);
    },
  };
}
