import type { DbOrTx } from '../../db/database.ts';
import * as repo from './cases.repository.ts';

/**
 * The one writer of case timelines (`case_event`): the cases module's own actions, and the timers, whistles,
 * supervision and privacy modules, call these (the public file of cases for timelines).
 */
export type NewCaseEvent = repo.NewCaseEvent;
export const writeCaseEvent = (db: DbOrTx, e: NewCaseEvent): Promise<string> => repo.insertEvent(db, e);
export const writeCaseEvents = (db: DbOrTx, es: NewCaseEvent[]): Promise<string[]> =>
  repo.insertEvents(db, es);
