import { z } from 'zod';

export const Health = z.object({ status: z.string(), database: z.string(), version: z.string() });
export const Live = z.object({ status: z.literal('live'), uptimeSeconds: z.number().int() });
const Check = z.enum(['ok', 'unavailable', 'pending', 'none']);
export const Ready = z.object({
  ready: z.boolean(),
  database: Check,
  migrations: Check,
  pendingMigrations: z.array(z.string()),
  jobQueue: Check,
  replica: Check,
  replicaLagSeconds: z.number().nullable(),
  /** A replication slot inactive or keeping too much WAL on the primary: a warning, not a failure. */
  replicationSlots: z.enum(['ok', 'warning', 'none', 'unavailable']),
  slotWarnings: z.array(
    z.object({
      slot: z.string(),
      reasons: z.array(z.enum(['inactive', 'retains_wal', 'lost'])),
      retainedBytes: z.number().nullable(),
    }),
  ),
  /** Why not ready, one code per failed check (empty when ready); `draining` says it for a shutdown. */
  reasons: z.array(
    z.enum([
      'database_unavailable',
      'migrations_unavailable',
      'migrations_pending',
      'job_queue_missing',
      'job_queue_no_grant',
    ]),
  ),
  /** The process is shutting down (SIGTERM): the balancer should send its requests elsewhere. */
  draining: z.literal(true).optional(),
});
