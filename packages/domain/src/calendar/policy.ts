import type { Duration, Urgency } from '../governance.ts';
import { addDuration } from './deadline.ts';
import type { WorkingCalendar } from './working-calendar.ts';

/** A deadline policy (DESIGN.md §4 Deadlines): for a category (null: every category) and an urgency. */
export interface DeadlinePolicy {
  categoryCode: string | null;
  urgency: Urgency;
  accept: Duration;
  respond: Duration;
  resolve: Duration;
}

/** The three deadlines of an assignment that starts now. */
export interface Deadlines {
  acceptDue: Date;
  respondDue: Date;
  resolveDue: Date;
}

const d = (value: number, unit: Duration['unit']): Duration => ({ value, unit });

/**
 * With no policy at all: the Beijing defaults of DESIGN.md §4 (emergency 2 h, water/power/gas/heat 24 h, ordinary 7
 * working days, complex 15), accepted within 2 working hours; the response is due with the resolution.
 */
export const FALLBACK_DEADLINES: Record<Urgency, Omit<DeadlinePolicy, 'categoryCode' | 'urgency'>> = {
  emergency: { accept: d(2, 'working_hours'), respond: d(2, 'hours'), resolve: d(2, 'hours') },
  urgent: { accept: d(2, 'working_hours'), respond: d(24, 'hours'), resolve: d(24, 'hours') },
  ordinary: { accept: d(2, 'working_hours'), respond: d(7, 'working_days'), resolve: d(7, 'working_days') },
  complex: { accept: d(2, 'working_hours'), respond: d(15, 'working_days'), resolve: d(15, 'working_days') },
};

/**
 * The policy for (category, urgency): the category's own, else its nearest ancestor's, else the general one
 * (category null) — always of the same urgency. `chain` is the category then its ancestors, nearest first (empty
 * when the case has no category). Undefined when none applies.
 */
export function choosePolicy<P extends Pick<DeadlinePolicy, 'categoryCode' | 'urgency'>>(
  policies: readonly P[],
  chain: readonly string[],
  urgency: Urgency,
): P | undefined {
  for (const code of chain) {
    const own = policies.find((p) => p.categoryCode === code && p.urgency === urgency);
    if (own) return own;
  }
  return policies.find((p) => p.categoryCode === null && p.urgency === urgency);
}

/** The deadlines of an assignment starting at `start`, by the chosen policy (or the fallback) and the calendar. */
export function deadlinesOf(
  policies: readonly DeadlinePolicy[],
  start: Date,
  chain: readonly string[],
  urgency: Urgency,
  calendar: WorkingCalendar,
): Deadlines {
  const p = choosePolicy(policies, chain, urgency) ?? FALLBACK_DEADLINES[urgency];
  return {
    acceptDue: addDuration(start, p.accept, calendar),
    respondDue: addDuration(start, p.respond, calendar),
    resolveDue: addDuration(start, p.resolve, calendar),
  };
}

/** DESIGN.md §4: yellow warning at 80 % of the time. */
export const DEFAULT_WARNING_SHARE = 0.8;

/** The stored warning share (setting `deadline_warning_share`): a number in (0, 1), else the default. */
export function warningShareFrom(stored: unknown): number {
  const value = Number(stored);
  return stored !== undefined && stored !== null && Number.isFinite(value) && value > 0 && value < 1
    ? value
    : DEFAULT_WARNING_SHARE;
}

/** When a deadline running from `start` to `due` warns. */
export function warnAt(start: Date, due: Date, share: number): Date {
  return new Date(start.getTime() + (due.getTime() - start.getTime()) * share);
}
