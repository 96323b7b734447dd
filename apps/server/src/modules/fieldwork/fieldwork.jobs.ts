import type { PgBoss } from 'pg-boss';
import type { Db } from '../../db/database.ts';
import type { Log } from '../notifications/public.ts';
import { startSweep } from '../../lib/sweep.ts';
import { purgeTracks } from './patrols.service.ts';

/** One queue, a daily cron entry (03:45 Beijing, whichever process) plus a run at start-up. */
export const TRACK_PURGE_QUEUE = 'field-track-purge';

/** Deletes patrol track points past the deployment's retention (setting field_settings.trackKeepDays). */
export function startTrackPurge(boss: PgBoss, opts: { db: Db; log: Log }) {
  return startSweep(boss, {
    queue: TRACK_PURGE_QUEUE,
    cron: '45 3 * * *',
    expireInSeconds: 900,
    log: opts.log,
    message: 'patrol track points past retention deleted',
    field: 'deleted',
    sweep: () => purgeTracks(opts.db),
  });
}
