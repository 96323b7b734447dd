// The deadline clock, for intake and dispatch.
export { deadlineSnapshot, deadlinesFor, deadlinesFrom, type Deadlines } from './deadline-clock.ts';
export { DEFAULT_WARNING_SHARE, deadlineWarningShare, forgetWarningShare, warnAt, WARNING_SHARE_KEY } from './warning-share.ts';
