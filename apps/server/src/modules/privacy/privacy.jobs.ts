import type { PgBoss } from 'pg-boss';
import type { Db } from '../../db/database.ts';
import type { Log } from '../notifications/public.ts';
import { startSweep } from '../../lib/sweep.ts';
import { eraseExpiredContacts } from './privacy.service.ts';

/** One queue, a daily cron entry (03:30 Beijing, whichever process) plus a run at start-up. */
export const CONTACT_RETENTION_QUEUE = 'contact-retention';

export interface ContactRetentionWorker {
  stop(): Promise<void>;
}

/**
 * Erases the contact data of cases finished longer ago than the retention (PIPL: kept no longer than needed).
 * The erasure locks its rows with SKIP LOCKED and is batch-limited, so two processes never erase the same case
 * twice and what is left waits for the next run.
 */
export function startContactRetention(
  boss: PgBoss,
  opts: { db: Db; log: Log },
): Promise<ContactRetentionWorker> {
  return startSweep(boss, {
    queue: CONTACT_RETENTION_QUEUE,
    cron: '30 3 * * *',
    expireInSeconds: 900,
    log: opts.log,
    message: 'contact data past retention erased',
    field: 'erased',
    sweep: () => eraseExpiredContacts(opts.db),
  });
}
