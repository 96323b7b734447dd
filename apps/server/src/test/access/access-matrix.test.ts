import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Session, type TestEnv } from '../harness.ts';
import { COLUMNS, MATRIX, type Probe, type Role, type Row } from './access-matrix.ts';
import { buildFixtures, nextIp, sessionsFor, type Fixtures, type Side } from './fixtures.ts';

/**
 * Proves the access rules by construction: every route of the built app has a row in access-matrix.ts, and every
 * row's declared answer holds for every column and both sides. ACCESS_MATRIX_RECORD=<file> writes the observed
 * table there instead of failing (to review and paste, never to accept blindly).
 */
let env: TestEnv;
let fx: Fixtures;
let sessions: Map<Role, Session | null>;
let relogin: (role: Exclude<Role, 'anonymous'>) => Promise<Session>;

beforeAll(async () => {
  env = await createTestEnv();
  fx = await buildFixtures(env);
  ({ sessions, login: relogin } = await sessionsFor(env, COLUMNS));
}, 180_000);
afterAll(async () => env.close());

function letter(status: number): string {
  if (status >= 200 && status < 400) return 'A';
  if (status === 400) return 'V';
  if (status === 409 || status === 422) return 'C';
  if (status === 403) return 'F';
  if (status === 404) return 'N';
  if (status === 401) return 'U';
  return `?${status}`;
}

const sided = (probe: Probe) => Boolean(probe.params || probe.sided);

async function call(row: Row, role: Role, side: Side): Promise<number> {
  const [route, probe] = row;
  const [method, template] = route.split(' ') as [string, string];
  let url = template;
  for (const [name, fill] of Object.entries(probe.params ?? {}))
    url = url.replace(`:${name}`, encodeURIComponent(await fill(side, fx)));
  url = url.replace('*', 'nothing');
  const query = probe.query?.(side, fx);
  if (query) url += `?${new URLSearchParams(query).toString()}`;
  let session = sessions.get(role) ?? null;
  if (probe.freshSession && role !== 'anonymous') session = await relogin(role);
  const headers: Record<string, string> = { ...(session?.headers ?? {}) };
  if (probe.stream) {
    // an endless response: listen, read the status line, cut the stream
    const address = env.app.server.address() as AddressInfo | null;
    const port =
      address?.port ??
      (await env.app.listen({ port: 0, host: '127.0.0.1' }), (env.app.server.address() as AddressInfo).port);
    const abort = new AbortController();
    const res = await fetch(`http://127.0.0.1:${port}${url}`, { headers, signal: abort.signal });
    abort.abort();
    return res.status;
  }
  let payload: string | Buffer | undefined;
  if (probe.raw) {
    headers['content-type'] = probe.raw.type;
    payload = probe.raw.payload;
  } else if (probe.body) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(await probe.body(side, fx));
  }
  const res = await env.app.inject({
    method: method as 'GET',
    url,
    headers,
    remoteAddress: nextIp(),
    ...(payload !== undefined ? { payload } : {}),
  });
  return res.statusCode;
}

describe('the access matrix', () => {
  it('declares every route of the app, and only those', () => {
    const declared = MATRIX.map((r) => r[0]);
    const actual = [...env.app.routeTable];
    expect(
      actual.filter((r) => !declared.includes(r)),
      'routes without a row',
    ).toEqual([]);
    expect(
      declared.filter((r) => !actual.includes(r)),
      'rows without a route',
    ).toEqual([]);
    expect(new Set(declared).size, 'one row per route').toBe(declared.length);
  });

  it('every row has one token per column', () => {
    for (const [route, probe, tokens] of MATRIX) {
      const t = tokens.trim().split(/\s+/);
      expect(t.length, route).toBe(COLUMNS.length);
      for (const x of t) expect(x, route).toMatch(sided(probe) ? /^[AVCFNU]{1,2}$/ : /^[AVCFNU]$/);
    }
  });

  it('answers every column on both sides as declared', async () => {
    const record = process.env.ACCESS_MATRIX_RECORD;
    const mismatches: string[] = [];
    const observedRows: string[] = [];
    for (const row of MATRIX) {
      const [route, probe, tokens] = row;
      const expected = tokens.trim().split(/\s+/);
      const observed: string[] = [];
      for (const [i, role] of COLUMNS.entries()) {
        const mine = letter(await call(row, role, fx.mine));
        const theirs = sided(probe) ? letter(await call(row, role, fx.theirs)) : mine;
        const token = mine === theirs ? mine : `${mine}${theirs}`;
        observed.push(token);
        const want = expected[i] ?? '';
        const wantPair = want.length === 1 ? `${want}${want}` : want;
        if (`${mine}${theirs}` !== wantPair)
          mismatches.push(`${route} as ${role}: declared ${want}, got ${token}`);
      }
      observedRows.push(
        `  ['${route}', …, '${observed
          .map((t) => t.padEnd(2))
          .join(' ')
          .trimEnd()}'],`,
      );
    }
    if (record) {
      fs.writeFileSync(record, observedRows.join('\n'));
      return;
    }
    expect(mismatches).toEqual([]);
  }, 600_000);
});
