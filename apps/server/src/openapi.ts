import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from './app.ts';
import { createDb } from './db/database.ts';
import { PiiCipher } from './lib/pii.ts';
import { GeoService } from './modules/geo/geo.service.ts';
import { ReferenceService } from './modules/reference/reference.service.ts';
import { noTimers } from './lib/timer-port.ts';
import { DeadlineClock } from './modules/deadlines/deadline-clock.ts';
import { noWhistleTimers } from './modules/whistles/whistles.jobs.ts';
import { ClassifierService } from './modules/classify/classify.service.ts';
import { DevOutbox } from './modules/notifications/notifier.ts';

/** Where the web's API types are generated to (checked in; `npm run api:types`). */
export const API_TYPES_FILE = 'apps/web/src/api/schema.d.ts';

/**
 * The OpenAPI document the server serves at /docs/json, from an app that is built but neither listens nor touches
 * a database (building routes needs none; the pool never connects).
 */
export async function servedOpenApi(): Promise<Record<string, unknown>> {
  const { db } = createDb({ connectionString: 'postgres://openapi@127.0.0.1:1/none', max: 1 });
  const app = await buildApp({
    ctx: {
      db,
      pii: new PiiCipher(Buffer.alloc(32, 1)),
      geo: new GeoService(db),
      reference: new ReferenceService(db, 0),
      timers: noTimers,
      whistleTimers: noWhistleTimers,
      deadlines: new DeadlineClock(db, 0),
      classifier: new ClassifierService(db, 0),
      notifier: new DevOutbox(),
      config: { cookieSecure: 'auto', demo: true },
    },
    logLevel: 'silent',
  });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await db.destroy();
  }
}

const HEADER = `/**
 * The HTTP API's types, generated from the served OpenAPI document by openapi-typescript.
 * Do not edit: change the route's response schema (apps/server/src/modules/<module>/*.responses.ts) and run
 * \`npm run api:types\`. A test fails when this file is out of date.
 */
`;

/** The text of apps/web/src/api/schema.d.ts for the current routes. */
export async function apiTypesSource(): Promise<string> {
  const doc = await servedOpenApi();
  const ast = await openapiTS(doc as never, { silent: true, alphabetize: true });
  return HEADER + astToString(ast);
}
