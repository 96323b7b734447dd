import { buildApp } from './app.ts';
import { createDb } from './db/database.ts';
import { PiiCipher } from './lib/pii.ts';
import { GeoService } from './modules/geo/geo.service.ts';
import { ReferenceService } from './modules/reference/reference.service.ts';
import { noTimers } from './modules/timers/timers.ts';
import { noWhistleTimers } from './modules/whistles/whistles.jobs.ts';
import { classifierServiceFor } from './modules/classify/classify.service.ts';

export async function servedOpenApi(): Promise<unknown> {
  const { db } = createDb({ connectionString: 'postgres://nobody@127.0.0.1:1/none', max: 1 });
  const app = await buildApp({
    ctx: {
      db,
      pii: new PiiCipher(Buffer.alloc(32, 1)),
      geo: new GeoService(db),
      reference: new ReferenceService(db, 0),
      timers: noTimers,
      whistleTimers: noWhistleTimers,
      classifier: classifierServiceFor(db),
      config: { cookieSecure: 'auto', demo: true },
    },
    logLevel: 'silent',
  });
  await app.ready();
  const doc = app.swagger();
  await app.close();
  await db.destroy();
  return doc;
}
