import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from './app.ts';
import { GeoService } from './modules/geo/geo.service.ts';
import { ReferenceService } from './modules/reference/reference.service.ts';
import { DeadlineClock } from './modules/deadlines/deadline-clock.ts';
import { noTimers } from './lib/timer-port.ts';
import { noWhistleTimers } from './modules/whistles/whistles.jobs.ts';
import { ClassifierService } from './modules/classify/classify.service.ts';
import { createTestEnv, type TestEnv } from './test/harness.ts';
import { DevOutbox } from './modules/notifications/notifier.ts';

let env: TestEnv;
let app: App;
let dist: string;
beforeAll(async () => {
  env = await createTestEnv();
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-dist-'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>console</title>');
  app = await buildApp({
    ctx: {
      db: env.db,
      pii: env.pii,
      geo: new GeoService(env.db),
      reference: new ReferenceService(env.db, 0),
      deadlines: new DeadlineClock(env.db, 0),
      timers: noTimers,
      whistleTimers: noWhistleTimers,
      classifier: new ClassifierService(env.db, 0),
      notifier: new DevOutbox(),
      config: { cookieSecure: 'auto', demo: true },
    },
    logLevel: 'silent',
    webDist: dist,
  });
});
afterAll(async () => {
  await app.close();
  await env.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('serving the console', () => {
  it('client-side routes get index.html; missing files and API paths a JSON 404; files added later are served', async () => {
    const route = await app.inject({ method: 'GET', url: '/admin/users?page=2' });
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('<title>console</title>');
    const asset = await app.inject({ method: 'GET', url: '/assets/missing.js' });
    expect(asset.statusCode).toBe(404);
    expect(asset.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'assets', 'late.js'), 'console.log(1)');
    const late = await app.inject({ method: 'GET', url: '/assets/late.js' });
    expect(late.statusCode).toBe(200);
    expect(late.headers['content-type']).toContain('javascript');
  });
});

describe('serving the installable field app', () => {
  it('the service worker, the web manifest and the shell are revalidated on every visit; hashed assets are not', async () => {
    fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {})');
    fs.writeFileSync(path.join(dist, 'manifest.webmanifest'), '{"name":"一网·网格员"}');
    fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    const sw = await app.inject({ method: 'GET', url: '/sw.js' });
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['cache-control']).toBe('no-cache');
    expect(sw.headers['content-type']).toContain('javascript');
    const manifest = await app.inject({ method: 'GET', url: '/manifest.webmanifest' });
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers['cache-control']).toBe('no-cache');
    expect(manifest.headers['content-type']).toContain('application/manifest+json');
    const shell = await app.inject({ method: 'GET', url: '/index.html' });
    expect(shell.headers['cache-control']).toBe('no-cache');
    const field = await app.inject({ method: 'GET', url: '/field/visits' });
    expect(field.statusCode).toBe(200);
    expect(field.headers['cache-control']).toBe('no-cache');
    const asset = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=3600');
  });
});
