import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { GeoService } from '../modules/geo/geo.service.ts';
import type { PiiCipher } from './pii.ts';
import type { TimerScheduler } from '../modules/timers/timers.ts';

/** What services need from the process: handed to every route module. No per-request state here. */
export interface AppContext {
  db: Db;
  pii: PiiCipher;
  geo: GeoService;
  timers: TimerScheduler;
  config: Pick<Config, 'cookieSecure' | 'demo'>;
}
