// What other modules use of timers: the scheduler's port (ctx.timers) and the warning share of a deadline.
export type { AssignmentTimer, TimerScheduler } from './timers.ts';
export { DEFAULT_WARNING_SHARE, deadlineWarningShare, warnAt } from './warning-share.ts';
