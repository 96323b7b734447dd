import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type TestEnv } from '../test/harness.ts';
import { logContext, prettyLogs, redactUrl } from './logging.ts';

// Hole 13 (logs): request logs held tracking tokens (t=) and api_key values.
describe('redactUrl', () => {
  it('keeps the path and harmless parameters, drops secret values', () => {
    expect(redactUrl('/api/public/cases/2026120600000001?t=abcDEF123&lang=en')).toBe(
      '/api/public/cases/2026120600000001?t=[REDACTED]&lang=en',
    );
    expect(redactUrl('/open311/v2/requests.json?api_key=k1&service_code=9')).toBe(
      '/open311/v2/requests.json?api_key=[REDACTED]&service_code=9',
    );
    expect(redactUrl('/x?API%5FKEY=k1&q=t')).toBe('/x?API%5FKEY=[REDACTED]&q=t');
    expect(redactUrl('/x?q=%E4%BD%A0')).toBe('/x?q=%E4%BD%A0');
    expect(redactUrl('/plain')).toBe('/plain');
  });
});

describe('request logs', () => {
  let env: TestEnv;
  const lines: string[] = [];
  beforeAll(async () => {
    env = await createTestEnv({ logStream: { write: (line) => void lines.push(line) } });
  });
  afterAll(async () => env.close());

  it('hold no tracking token, API key, cookie, CSRF token or authorization header', async () => {
    const session = await login(env.app, 'operator');
    const secrets = {
      token: 'TrackingTokenSecret12345',
      apiKey: 'ApiKeySecretValue98765',
      bearer: 'BearerSecret55555',
    };
    await env.app.inject({ method: 'GET', url: `/api/public/cases/2026120600000001?t=${secrets.token}` });
    await env.app.inject({
      method: 'GET',
      url: `/api/public/uploads/00000000-0000-4000-8000-000000000000?case=2026120600000001&t=${secrets.token}`,
    });
    await env.app.inject({ method: 'GET', url: `/open311/v2/requests.json?api_key=${secrets.apiKey}` });
    await env.app.inject({
      method: 'POST',
      url: `/open311/v2/requests.json?api_key=${secrets.apiKey}`,
      headers: { authorization: `Bearer ${secrets.bearer}` },
      payload: { service_code: 'x' },
    });
    await env.app.inject({ method: 'GET', url: '/api/cases?q=x', headers: session.headers });

    const log = lines.join('');
    expect(log).toContain('/api/public/cases/2026120600000001?t=[REDACTED]'); // the requests were logged
    expect(log).toContain('api_key=[REDACTED]');
    for (const secret of [
      secrets.token,
      secrets.apiKey,
      secrets.bearer,
      session.csrf,
      session.cookie.split('=')[1]!,
    ])
      expect(log).not.toContain(secret);
  });

  it("carry the request id: the caller's X-Request-Id when it is a plain token, echoed in the answer", async () => {
    const sent = 'nginx-7f3a9c1e2b4d';
    const res = await env.app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-request-id': sent },
    });
    expect(res.headers['x-request-id']).toBe(sent);
    const mine = lines
      .map((l) => JSON.parse(l) as { reqId?: string; msg?: string })
      .filter((l) => l.reqId === sent);
    // the incoming line and the completed line, both under the caller's id
    expect(mine.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);

    // A header that is not a plain token (a log-injection attempt) is replaced by a fresh id.
    const bad = await env.app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-request-id': 'x\n{"level":60}' },
    });
    const fresh = bad.headers['x-request-id'] as string;
    expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.some((l) => (JSON.parse(l) as { reqId?: string }).reqId === fresh)).toBe(true);
  });

  it('written by a job handler carry its queue and job id', () => {
    logContext.run({ queue: 'assignment-timer', jobId: 'job-123' }, () =>
      env.app.log.info({ n: 1 }, 'a job line'),
    );
    const line = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.msg === 'a job line');
    expect(line).toMatchObject({ queue: 'assignment-timer', jobId: 'job-123', n: 1 });
  });
});

describe('prettyLogs', () => {
  it('reads lines at a terminal in development, JSON in production or through a pipe', () => {
    expect(prettyLogs({}, true)).toBe(true);
    expect(prettyLogs({}, false)).toBe(false);
    expect(prettyLogs({ NODE_ENV: 'production' }, true)).toBe(false);
    expect(prettyLogs({ NODE_ENV: 'production', LOG_PRETTY: '1' }, false)).toBe(true);
    expect(prettyLogs({ LOG_PRETTY: '0' }, true)).toBe(false);
  });
});
