// What other modules use of timers: the scheduler's port lives in lib/timer-port.ts (ctx.timers) and the warning
// share of a deadline in the deadlines module; timers itself exports nothing to other modules.
export {};
