// The deadline clock, for intake and dispatch.
export { deadlineSnapshot, deadlinesFor, deadlinesFrom, type Deadlines } from './deadline-clock.ts';
