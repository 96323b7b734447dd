import { describe, expect, it } from 'vitest';
import type { SessionActorRow } from './auth.repository.ts';
import { INVALIDATING_WRITE, SessionCache } from './session-cache.ts';

const row = (expiresAt: number): SessionActorRow => ({
  id_hash: 'h',
  csrf_token: 'c',
  expires_at: new Date(expiresAt),
  last_seen_at: new Date(0),
  user_id: 'u',
  username: 'operator',
  name: '张三',
  roles: ['operator'],
  active: true,
  unit_id: 'n',
  unit_name: '区政府',
  unit_kind: 'government',
  unit_active: true,
  scope_code: '110117000000',
  scope_name: '平谷区',
  scope_level: 'district',
  scope_path: '110000000000/110117000000/',
  session_id: 's',
  step: null,
});

describe('session cache', () => {
  it('keeps a session for its time to live only, and never past the session expiry', () => {
    const cache = new SessionCache(2000);
    cache.set('a', row(10_000), 1000);
    expect(cache.get('a', 2999)).toBeDefined();
    // Another process signed it out: seen here after at most the time to live.
    expect(cache.get('a', 3000)).toBeUndefined();
    cache.set('b', row(1500), 1000);
    expect(cache.get('b', 1499)).toBeDefined();
    expect(cache.get('b', 1500)).toBeUndefined();
  });

  it('holds at most max sessions, dropping the oldest; zero time to live holds nothing', () => {
    const cache = new SessionCache(2000, 2);
    cache.set('a', row(10_000), 0);
    cache.set('b', row(10_000), 0);
    cache.set('c', row(10_000), 0);
    expect([cache.get('a', 1), cache.get('b', 1), cache.get('c', 1)].map(Boolean)).toEqual([
      false,
      true,
      true,
    ]);
    const off = new SessionCache(0);
    off.set('a', row(10_000), 0);
    expect(off.size).toBe(0);
  });

  it('requests on one session arriving together share one lookup', async () => {
    const cache = new SessionCache(2000);
    let lookups = 0;
    let release!: (r: SessionActorRow) => void;
    const lookup = () => {
      lookups++;
      return new Promise<SessionActorRow>((r) => (release = r));
    };
    const waiting = Array.from({ length: 20 }, () => cache.resolve('h', lookup));
    release(row(Date.now() + 60_000));
    const rows = await Promise.all(waiting);
    expect(lookups).toBe(1);
    expect(new Set(rows).size).toBe(1);
    // cached now: no lookup at all; another session has its own
    await cache.resolve('h', lookup);
    expect(lookups).toBe(1);
    const other = cache.resolve('h2', lookup);
    release(row(Date.now() + 60_000));
    await other;
    expect(lookups).toBe(2);
  });

  it('a lookup under way when the cache is cleared answers its caller but is not kept', async () => {
    const cache = new SessionCache(2000);
    let release!: (r: SessionActorRow) => void;
    const first = cache.resolve('h', () => new Promise<SessionActorRow>((r) => (release = r)));
    cache.clear(); // e.g. the user was deactivated by this process meanwhile
    release(row(Date.now() + 60_000));
    expect(await first).toBeDefined();
    expect(cache.get('h')).toBeUndefined();
    let fresh = 0;
    await cache.resolve('h', () => {
      fresh++;
      return Promise.resolve(row(Date.now() + 60_000));
    });
    expect(fresh).toBe(1);
  });

  it('is cleared by the writes that change who may do what', () => {
    for (const url of [
      '/api/auth/logout',
      '/api/auth/totp/verify',
      '/api/sessions/x',
      '/api/users',
      '/api/users/1',
      '/api/units/2',
      '/api/import/users',
    ])
      expect(INVALIDATING_WRITE.test(url)).toBe(true);
    for (const url of ['/api/cases', '/api/usersx', '/api/auth/login', '/api/whistles'])
      expect(INVALIDATING_WRITE.test(url)).toBe(false);
  });
});
