import type { Session, TestEnv } from '../../test/harness.ts';

// The whistle API as the tests call it. Streets, units and accounts come from test/factories.ts.

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
