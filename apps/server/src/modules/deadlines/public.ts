// The deadline clock, for intake and dispatch, and the warning share of a deadline.
export { DeadlineClock, type Deadlines, type DeadlineSnapshot } from './deadline-clock.ts';
export { DEFAULT_WARNING_SHARE, warnAt, WARNING_SHARE_KEY } from './warning-share.ts';
