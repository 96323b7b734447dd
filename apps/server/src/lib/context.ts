import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { GeoService } from '../modules/geo/geo.service.ts';
import type { ReferenceService } from '../modules/reference/reference.service.ts';
import type { PiiCipher } from './pii.ts';
import type { SmsSender } from './sms.ts';
import type { TimerScheduler } from '../modules/timers/timers.ts';
import type { WhistleScheduler } from '../modules/whistles/whistles.jobs.ts';

/** What services need from the process: handed to every route module. No per-request state here. */
/** Suggests leaf categories for a text, best first (the classifier module implements it). */
export interface CategorySuggester {
  suggest(text: string, limit?: number): Promise<{ code: string; confidence: number }[]>;
}

export interface AppContext {
  db: Db;
  pii: PiiCipher;
  geo: GeoService;
  /** Categories, duty list and units in memory, for intake. */
  reference: ReferenceService;
  timers: TimerScheduler;
  /** Report-in deadline jobs of whistles. */
  whistleTimers: WhistleScheduler;
  classifier: CategorySuggester;
  /** Text messages to residents (the tracking-link recovery code); lib/sms.ts. */
  sms?: SmsSender;
  /** uploads: limits of photo storage (the defaults of config.ts when absent) */
  config: Pick<Config, 'cookieSecure' | 'demo'> & Partial<Pick<Config, 'uploads'>>;
}
