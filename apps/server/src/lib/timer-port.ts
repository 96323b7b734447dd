import type { DbOrTx } from '../db/database.ts';

/** One assignment's deadline timers: warn at the configured share of the time, overdue at the due time. */
export interface AssignmentTimer {
  assignmentId: string;
  /** assignment.timer_version when scheduled; a job carrying an older version is stale and does nothing. */
  version: number;
  kind: 'accept' | 'resolve';
  warnAt: Date;
  dueAt: Date;
}

/**
 * Schedules timers in the database, inside the caller's transaction, so a timer exists exactly when the change
 * that needs it committed. Implementations must survive restarts and fire once across several processes.
 */
export interface TimerScheduler {
  schedule(tx: DbOrTx, timers: AssignmentTimer[]): Promise<void>;
}

/** For code paths that run without the job queue (e.g. the demo loader); nothing fires. */
export const noTimers: TimerScheduler = {
  async schedule() {},
};
