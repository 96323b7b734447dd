import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { ReadRouter } from '../db/read-replica.ts';
import type { WhistleFiguresSource } from '../modules/assessment/assessment.service.ts';
import type { AddressService } from '../modules/addresses/addresses.service.ts';
import type { ClassifierService } from '../modules/classify/classify.service.ts';
import type { DeadlineClock } from '../modules/deadlines/deadline-clock.ts';
import type { GeoService } from '../modules/geo/geo.service.ts';
import type { Notifier } from '../modules/notifications/notifier.ts';
import type { ReferenceService } from '../modules/reference/reference.service.ts';
import type { PiiCipher } from './pii.ts';
import type { TimerScheduler } from './timer-port.ts';
import type { WhistleScheduler } from '../modules/whistles/whistles.jobs.ts';

/**
 * What services need from the process: handed to every route module. No per-request state here. The process's
 * caches of reference data live here too (reference, deadlines, classifier, geo), each reloaded when the data
 * changes (lib/versioned-cache.ts); never in module globals.
 */

export interface AppContext {
  db: Db;
  /** Dashboards and rankings read through this (a streaming replica when close enough behind); `db` when absent. */
  read?: ReadRouter;
  pii: PiiCipher;
  geo: GeoService;
  /** Categories, duty list and units in memory, for intake. */
  reference: ReferenceService;
  /** Deadline policies, working calendar and warning share in memory (reloaded on the reference version). */
  deadlines: DeadlineClock;
  timers: TimerScheduler;
  /** Report-in deadline jobs of whistles. */
  whistleTimers: WhistleScheduler;
  /** Suggests leaf categories for a text, best first; the report form's category list. */
  classifier: ClassifierService;
  /** The address library in memory (geocoding, reverse geocoding, map layers); made on first use when absent. */
  addresses?: AddressService;
  /** Departments' whistle figures for the ranking; the whistle tables when absent (a test may supply its own). */
  whistleFigures?: WhistleFiguresSource;
  /** Messages out of the app: SMS to residents (tracking codes, attached calls); no gateway: DevOutbox. */
  notifier: Notifier;
  /** uploads: limits of photo storage (the defaults of config.ts when absent); mapTiles: the optional tile layer */
  config: Pick<Config, 'cookieSecure' | 'demo'> &
    Partial<Pick<Config, 'uploads' | 'mapTiles' | 'slotWarnBytes'>>;
}
