import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type TestEnv } from '../test/harness.ts';
import { redactUrl } from './logging.ts';

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
});
