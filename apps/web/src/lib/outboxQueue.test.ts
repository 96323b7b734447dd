import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import type { CaseInput } from '../api/cases.ts';
import {
  addSent,
  editableToday,
  editBody,
  failureAction,
  failureMessage,
  flushQueue,
  singleFlight,
  type OutboxEntry,
  type OutboxStore,
  type OutboxTransport,
  type SentReport,
} from './outboxQueue.ts';

function entry(key: string, createdAt: string, photos = 0, over: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    key,
    createdAt,
    body: { requestType: 'complaint', description: `report ${key}` },
    photos: Array.from({ length: photos }, () => new Blob(['jpeg'])),
    photoIds: Array.from({ length: photos }, () => null),
    state: 'pending',
    attempts: 0,
    ...over,
  };
}

/** The outbox in memory, with copies in and out as IndexedDB does (structured clone). */
function memoryStore(entries: OutboxEntry[]) {
  const rows = new Map(entries.map((e) => [e.key, structuredClone(e)]));
  const store: OutboxStore = {
    list: async () => [...rows.values()].map((e) => structuredClone(e)),
    put: async (e) => rows.set(e.key, structuredClone(e)),
    remove: async (key) => rows.delete(key),
  };
  return { store, rows };
}

type Step = (kind: 'upload' | 'create', key: string) => Error | null;

/** A server that records each call and fails the ones `step` names. */
function fakeServer(step: Step = () => null, photoPrefix = 'photo') {
  const calls: string[] = [];
  const created: { key: string; body: CaseInput }[] = [];
  let uploads = 0;
  let current = '';
  const transport: OutboxTransport = {
    upload: async () => {
      calls.push(`upload:${current}`);
      const err = step('upload', current);
      if (err) throw err;
      return { id: `${photoPrefix}-${++uploads}` };
    },
    create: async (body, key) => {
      calls.push(`create:${key}`);
      const err = step('create', key);
      if (err) throw err;
      created.push({ key, body: body as CaseInput });
      return { id: `case-${key}` };
    },
  };
  return { transport, calls, created, setCurrent: (k: string) => (current = k) };
}

const offline = () => new ApiError(0, 'NETWORK', 'Failed to fetch');
const invalid = () => new ApiError(400, 'VALIDATION', '输入有误', [{ path: 'description', message: '太短' }]);
const now = () => new Date('2026-03-01T06:00:00Z');

describe('flushQueue', () => {
  it('sends the oldest report first and removes each one the server accepted', async () => {
    const { store, rows } = memoryStore([
      entry('b', '2026-03-01T02:00:00Z'),
      entry('a', '2026-03-01T01:00:00Z'),
    ]);
    const server = fakeServer();
    const remembered: SentReport[] = [];
    const r = await flushQueue({
      store,
      transport: server.transport,
      remember: (s) => remembered.push(s),
      now,
    });
    expect(server.calls).toEqual(['create:a', 'create:b']);
    expect(r).toEqual({
      sent: [
        { key: 'a', id: 'case-a', at: '2026-03-01T06:00:00.000Z', description: 'report a' },
        { key: 'b', id: 'case-b', at: '2026-03-01T06:00:00.000Z', description: 'report b' },
      ],
      rejected: 0,
      offline: false,
    });
    expect(remembered.map((s) => s.key)).toEqual(['a', 'b']);
    expect(rows.size).toBe(0);
  });

  it('stops when the network is down, keeps the report with its error, and sends nothing after it', async () => {
    const { store, rows } = memoryStore([entry('a', '1'), entry('b', '2')]);
    const server = fakeServer(() => offline());
    const r = await flushQueue({ store, transport: server.transport, remember: () => {} });
    expect(r).toEqual({ sent: [], rejected: 0, offline: true });
    expect(server.calls).toEqual(['create:a']);
    expect(rows.get('a')).toMatchObject({ state: 'pending', attempts: 1, error: 'Failed to fetch' });
    expect(rows.get('b')).toMatchObject({ state: 'pending', attempts: 0 });
  });

  it('sets a report the server refuses as invalid aside, with the server’s reasons, and goes on', async () => {
    const { store, rows } = memoryStore([entry('a', '1'), entry('b', '2')]);
    const server = fakeServer((_, key) => (key === 'a' ? invalid() : null));
    const r = await flushQueue({ store, transport: server.transport, remember: () => {} });
    expect(r.rejected).toBe(1);
    expect(r.sent.map((s) => s.key)).toEqual(['b']);
    expect(rows.get('a')).toMatchObject({
      state: 'rejected',
      attempts: 1,
      error: '输入有误；description: 太短',
    });
    expect(rows.has('b')).toBe(false);
  });

  it('a server error keeps the report queued and goes on; a rejected report is not sent again', async () => {
    const { store, rows } = memoryStore([
      entry('old', '0', 0, { state: 'rejected', attempts: 1 }),
      entry('a', '1'),
      entry('b', '2'),
    ]);
    const server = fakeServer((_, key) => (key === 'a' ? new ApiError(503, 'INTERNAL', 'busy') : null));
    const r = await flushQueue({ store, transport: server.transport, remember: () => {} });
    expect(server.calls).toEqual(['create:a', 'create:b']);
    expect(r).toMatchObject({ rejected: 0, offline: false });
    expect(rows.get('a')).toMatchObject({ state: 'pending', attempts: 1 });
    expect(rows.get('old')).toMatchObject({ state: 'rejected', attempts: 1 });
  });

  it('an ended session stops the flush without calling it offline', async () => {
    const { store, rows } = memoryStore([entry('a', '1'), entry('b', '2')]);
    const server = fakeServer(() => new ApiError(401, 'UNAUTHENTICATED', 'signed out'));
    const r = await flushQueue({ store, transport: server.transport, remember: () => {} });
    expect(r).toEqual({ sent: [], rejected: 0, offline: false, signedOut: true });
    expect(server.calls).toEqual(['create:a']);
    expect(rows.get('a')).toMatchObject({ state: 'pending', attempts: 1 });
    expect(rows.get('b')?.attempts).toBe(0);
  });

  it('after a drop between photos, the next flush uploads only the missing ones and reuses the key', async () => {
    const { store, rows } = memoryStore([entry('a', '1', 3)]);
    let uploads = 0;
    const first = fakeServer((kind) => (kind === 'upload' && ++uploads === 3 ? offline() : null));
    first.setCurrent('a');
    expect((await flushQueue({ store, transport: first.transport, remember: () => {} })).offline).toBe(true);
    expect(rows.get('a')?.photoIds).toEqual(['photo-1', 'photo-2', null]);

    const second = fakeServer(() => null, 'retry');
    second.setCurrent('a');
    const r = await flushQueue({ store, transport: second.transport, remember: () => {} });
    expect(second.calls).toEqual(['upload:a', 'create:a']);
    expect(second.created).toEqual([
      {
        key: 'a',
        body: expect.objectContaining({ photoIds: ['photo-1', 'photo-2', 'retry-1'] }) as CaseInput,
      },
    ]);
    expect(r.sent).toHaveLength(1);
    expect(rows.size).toBe(0);
  });
});

describe('field records in the same queue', () => {
  function fieldServer(answer: (url: string, body: Record<string, unknown>) => unknown) {
    const calls: string[] = [];
    const keys: string[] = [];
    const submitted: { url: string; body: Record<string, unknown> }[] = [];
    let uploads = 0;
    const transport: OutboxTransport = {
      upload: async () => {
        calls.push('upload');
        return { id: `up-${++uploads}` };
      },
      create: async (_body, key) => {
        calls.push(`create:${key}`);
        return { id: `case-${key}` };
      },
      submit: async (url, body, key) => {
        calls.push(`submit:${url}`);
        keys.push(key);
        const a = answer(url, body);
        if (a instanceof Error) throw a;
        submitted.push({ url, body });
        return a;
      },
    };
    return { transport, calls, submitted, keys };
  }
  const visit = (key: string, createdAt: string, over: Partial<OutboxEntry> = {}) =>
    entry(key, createdAt, 0, {
      kind: 'visit',
      url: '/api/field/visits',
      label: `visit ${key}`,
      body: { instanceId: key, mode: 'door' },
      ...over,
    });

  it('uploads photos first, puts each id in its slot, posts the record with its instance id in the body', async () => {
    const qf = entry('q1', '1', 3, {
      kind: 'quick_fix',
      url: '/api/field/quick-fixes',
      body: { instanceId: 'q1', description: 'fixed', beforeUploadIds: [], afterUploadIds: [] },
      photoSlots: ['beforeUploadIds', 'afterUploadIds', 'afterUploadIds'],
    });
    const { store, rows } = memoryStore([qf, visit('v1', '2'), entry('f1', '3')]);
    const server = fieldServer((url) =>
      url.endsWith('visits')
        ? { outcome: 'duplicate', instanceId: 'v1', visit: { id: 'visit-9' } }
        : { outcome: 'created', instanceId: 'q1', quickFix: { id: 'qf-1' } },
    );
    const r = await flushQueue({ store, transport: server.transport, remember: () => {}, now });
    expect(server.calls).toEqual([
      'upload',
      'upload',
      'upload',
      'submit:/api/field/quick-fixes',
      'submit:/api/field/visits',
      'create:f1',
    ]);
    expect(server.submitted[0]!.body).toEqual({
      instanceId: 'q1',
      description: 'fixed',
      beforeUploadIds: ['up-1'],
      afterUploadIds: ['up-2', 'up-3'],
    });
    expect(r.sent.map((s) => [s.key, s.id, s.kind, s.duplicate ?? false])).toEqual([
      ['q1', 'qf-1', 'quick_fix', false],
      ['v1', 'visit-9', 'visit', true],
      ['f1', 'case-f1', undefined, false],
    ]);
    expect(r.sent[1]!.description).toBe('visit v1');
    expect(rows.size).toBe(0);
  });

  it('a 楼盘表 write (kind collect) is posted with its instance id as the Idempotency-Key, so a resend adds nothing', async () => {
    const room = entry('room-1', '1', 0, {
      kind: 'collect',
      url: '/api/field/buildings/b1/rooms',
      label: '添加房间 · 3层 301',
      body: { instanceId: 'room-1', parentId: 'f3', name: '301' },
    });
    const { store, rows } = memoryStore([room, visit('v1', '2')]);
    const server = fieldServer((url) =>
      url.endsWith('rooms')
        ? { addressId: 'a-301', houseId: 'h-301', version: 1 }
        : { visit: { id: 'visit-1' } },
    );
    const r = await flushQueue({ store, transport: server.transport, remember: () => {}, now });
    expect(server.keys).toEqual(['room-1', 'v1']);
    expect(r.sent.map((x) => [x.key, x.id, x.kind])).toEqual([
      ['room-1', 'room-1', 'collect'],
      ['v1', 'visit-1', 'visit'],
    ]);
    expect(rows.size).toBe(0);
  });

  it('a 409 (same instance id, other content) is set aside as a conflict with the server’s message; the rest go on', async () => {
    const { store, rows } = memoryStore([visit('v1', '1'), visit('v2', '2')]);
    const server = fieldServer((_, body) =>
      body.instanceId === 'v1'
        ? new ApiError(409, 'SUBMISSION_CONFLICT', '该记录已用其他内容提交')
        : { outcome: 'created', visit: { id: 'visit-2' } },
    );
    const r = await flushQueue({ store, transport: server.transport, remember: () => {} });
    expect(r.rejected).toBe(1);
    expect(rows.get('v1')).toMatchObject({ state: 'conflict', error: '该记录已用其他内容提交', attempts: 1 });
    expect(rows.has('v2')).toBe(false);
    // a conflict is not sent again by the next flush
    const again = await flushQueue({ store, transport: server.transport, remember: () => {} });
    expect(again.sent).toEqual([]);
    expect(server.calls.filter((c) => c.startsWith('submit'))).toHaveLength(2);
  });
});

describe('failures', () => {
  it('classifies each answer', () => {
    expect(failureAction(invalid())).toBe('reject');
    for (const status of [404, 413, 415, 422])
      expect(failureAction(new ApiError(status, 'X', 'x'))).toBe('reject');
    expect(failureAction(offline())).toBe('stop-offline');
    expect(failureAction(new ApiError(401, 'UNAUTHENTICATED', 'x'))).toBe('stop-signed-out');
    // 409: the server holds the instance id with other content — set aside for the worker, never resent blindly
    expect(failureAction(new ApiError(409, 'SUBMISSION_CONFLICT', 'x'))).toBe('conflict');
    for (const status of [403, 429, 500, 503])
      expect(failureAction(new ApiError(status, 'X', 'x'))).toBe('retry-later');
    expect(failureAction(new TypeError('boom'))).toBe('retry-later');
    expect(failureMessage('plain')).toBe('plain');
  });
});

describe('sent list and single flight', () => {
  it('keeps the ten newest sent reports, a report once', () => {
    const r = (key: string): SentReport => ({ key, id: key, at: '', description: '' });
    let list: SentReport[] = [];
    for (let i = 0; i < 12; i++) list = addSent(list, r(`k${i}`));
    expect(list.map((x) => x.key)).toEqual(['k11', 'k10', 'k9', 'k8', 'k7', 'k6', 'k5', 'k4', 'k3', 'k2']);
    expect(
      addSent(list, r('k5'))
        .map((x) => x.key)
        .slice(0, 3),
    ).toEqual(['k5', 'k11', 'k10']);
    expect(addSent(list, r('k5'))).toHaveLength(10);
  });

  it('a second flush while one runs joins it; the next one starts afresh', async () => {
    let runs = 0;
    let release!: () => void;
    const flush = singleFlight(() => {
      runs++;
      return new Promise<number>((resolve) => (release = () => resolve(runs)));
    });
    const a = flush();
    const b = flush();
    expect(b).toBe(a);
    release();
    expect(await a).toBe(1);
    const c = flush();
    expect(c).not.toBe(a);
    release();
    expect(await c).toBe(2);
  });
});

describe('edit after send (修改)', () => {
  const at = (h: number) => new Date(2026, 11, 7, h, 0, 0).toISOString();
  const sentVisit = (key: string, h: number, body: Record<string, unknown> = {}): SentReport => ({
    key,
    id: `visit-${key}`,
    at: at(h),
    description: `visit ${key}`,
    kind: 'visit',
    url: '/api/field/visits',
    body: { instanceId: key, note: 'ok', uploadIds: ['up-1'], ...body },
  });

  it('offers today’s visits and quick fixes with their body, not findings, not yesterday’s, not a replaced one', async () => {
    const now = new Date(2026, 11, 7, 18, 0, 0);
    const list: SentReport[] = [
      sentVisit('v1', 9),
      sentVisit('v2', 10),
      sentVisit('v2b', 11, { replaces: 'v2', reason: 'fix' }),
      { ...sentVisit('old', 9), at: new Date(2026, 11, 6, 20, 0, 0).toISOString() },
      { key: 'f1', id: 'case-1', at: at(9), description: 'finding' },
      { key: 'v3', id: 'visit-v3', at: at(12), description: 'no body kept', kind: 'visit' },
    ];
    expect(editableToday(list, now).map((s) => s.key)).toEqual(['v1', 'v2b']);
  });

  it('the edit is the sent record with the changes, a new instance id that replaces it, and the reason', () => {
    const now = new Date(2026, 11, 7, 18, 0, 0);
    const edit = editBody(sentVisit('v1', 9), { note: '补充：煤气阀老化' }, '补充遗漏', 'v1-edit', now);
    expect(edit).toEqual({
      instanceId: 'v1-edit',
      replaces: 'v1',
      reason: '补充遗漏',
      note: '补充：煤气阀老化',
      uploadIds: ['up-1'],
      deviceAt: now.toISOString(),
    });
  });

  it('a sent visit keeps its url and body (photo ids in place); a finding keeps neither', async () => {
    const v = entry('v9', '1', 1, {
      kind: 'visit',
      url: '/api/field/visits',
      body: { instanceId: 'v9', mode: 'door', uploadIds: [] },
      photoSlots: ['uploadIds'],
    });
    const { store } = memoryStore([v, entry('f9', '2')]);
    const transport: OutboxTransport = {
      upload: async () => ({ id: 'up-9' }),
      create: async (_b, key) => ({ id: `case-${key}` }),
      submit: async () => ({ outcome: 'created', visit: { id: 'visit-9' } }),
    };
    const r = await flushQueue({ store, transport, remember: () => {} });
    expect(r.sent[0]).toMatchObject({
      url: '/api/field/visits',
      body: { instanceId: 'v9', mode: 'door', uploadIds: ['up-9'] },
    });
    expect(r.sent[1]!.body).toBeUndefined();
  });
});
