import { centroidOf } from '@onegrid/domain';
import type { Db } from '../../db/database.ts';
import { login, type Session, type TestEnv } from '../../test/harness.ts';

/** The demo's streets: 滨河 (street_lead, street_handler, street_admin) and 兴谷 (street_lead2). */
export const BINHE = '110117001000';
export const XINGGU = '110117002000';
export const CGW = '平谷区城市管理委员会';
export const WATER = '平谷区自来水公司';
export const CGZF = '平谷区城市管理综合行政执法局';

export interface WhistleDetail {
  id: string;
  status: string;
  kind: string;
  title: string;
  caseId: string | null;
  reportDueAt: string;
  reportInMinutes: number;
  gridCode: string | null;
  actionRecord: string | null;
  outcome: string | null;
  street: { code: string; name: string };
  summons: {
    unit: { id: string; name: string };
    status: string;
    late: boolean;
    reportedAt: string | null;
    reportedBy: string | null;
    reportLon: number | null;
    rating: { punctuality: number; cooperation: number; effect: number } | null;
  }[];
  events: {
    action: string;
    note: string | null;
    actorName: string | null;
    bySystem: boolean;
    noteKey?: string;
    noteParams?: Record<string, string | number>;
  }[];
  can: { reportIn: boolean; recordAction: boolean; rate: boolean; close: boolean; void: boolean };
}

export async function unitId(owner: Db, name: string): Promise<string> {
  const row = await owner.selectFrom('unit').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

/** The centre of the first grid of a street (inside it). */
export async function pointIn(owner: Db, streetCode: string): Promise<{ lon: number; lat: number }> {
  const grid = await owner
    .selectFrom('grid')
    .select('boundary')
    .where('code', 'like', `${streetCode.slice(0, 9)}%`)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const [lon, lat] = centroidOf(grid.boundary);
  return { lon: lon!, lat: lat! };
}

/**
 * A new user of a unit, created through the API by an administrator (as the users module does), signed in.
 * The unit decides the jurisdiction: a community committee's unit makes a community-level user.
 */
/** A new account made by the security administrator (三权分立), past its first-sign-in password change. */
export async function newUserOf(
  env: TestEnv,
  unitId: string,
  over: { username: string; roles: string[]; name?: string },
): Promise<Session> {
  const password = 'Passw0rd!x';
  const security = await login(env.app, 'security_admin');
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/users',
    headers: security.headers,
    payload: { name: '测试用户', ...over, unitId, password },
  });
  if (res.statusCode !== 201) throw new Error(`create ${over.username}: ${res.statusCode} ${res.body}`);
  await env.ownerDb
    .updateTable('app_user')
    .set({ must_change_password: false })
    .where('username', '=', over.username)
    .execute();
  return login(env.app, over.username, password);
}

export function whistleApi(env: TestEnv) {
  const send = (method: 'GET' | 'POST' | 'PUT', url: string, s: Session | null, payload?: object) =>
    env.app.inject({ method, url, headers: s ? s.headers : {}, ...(payload ? { payload } : {}) });
  return {
    settings: (s: Session | null) => send('GET', '/api/whistles/settings', s),
    defaults: (s: Session | null) => send('GET', '/api/whistles/defaults', s),
    saveSettings: (s: Session | null, body: object) => send('PUT', '/api/whistles/settings', s, body),
    open: (s: Session | null, body: object) => send('POST', '/api/whistles', s, body),
    get: (s: Session | null, id: string) => send('GET', `/api/whistles/${id}`, s),
    list: (s: Session | null, query = '') => send('GET', `/api/whistles${query}`, s),
    stats: (s: Session | null, query = '') => send('GET', `/api/whistles/stats${query}`, s),
    reportIn: (s: Session | null, id: string, body: object = {}) =>
      send('POST', `/api/whistles/${id}/report-in`, s, body),
    action: (s: Session | null, id: string, body: object) =>
      send('POST', `/api/whistles/${id}/actions`, s, body),
    rate: (s: Session | null, id: string, body: object) =>
      send('POST', `/api/whistles/${id}/ratings`, s, body),
    close: (s: Session | null, id: string, body: object = {}) =>
      send('POST', `/api/whistles/${id}/close`, s, body),
    void: (s: Session | null, id: string, body: object) => send('POST', `/api/whistles/${id}/void`, s, body),
  };
}
