import type { Duration } from '../governance.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS, dayNumberOf, dayStartMs } from './time.ts';
import type { WorkingCalendar } from './working-calendar.ts';

/**
 * When a duration that starts at `start` runs out.
 *
 * - `hours`, `days`: clock time; a day is 24 hours, holidays don't matter.
 * - `working_hours`: N hours of office time on working days. Time outside office hours (nights, the lunch break,
 *   weekends, holidays) does not count; a start outside office time begins at the next office-time start. A
 *   deadline that falls exactly on the end of an office period is that end (12:00), not the next period's start.
 * - `working_days`: the end of office hours (17:30) of the N-th working day after the start day. The start day
 *   itself is not counted — as in Chinese procedural law, 期间开始的日不计算在期间内 — so a request received on a
 *   working day during or before office hours gets the rest of that day for free. A start on a non-working day,
 *   or at/after the end of office hours, is treated as received on the next working day, which then is the start
 *   day: Friday 10:00 + 1 working day → Monday 17:30, but Friday 18:00 or Saturday + 1 → Tuesday 17:30.
 */
export function addDuration(start: Date, d: Duration, cal: WorkingCalendar): Date {
  const t0 = start.getTime();
  if (!Number.isFinite(t0)) throw new RangeError('invalid start time');
  if (!(d.value >= 0)) throw new RangeError(`duration must not be negative: ${d.value}`);
  switch (d.unit) {
    case 'hours':
      return new Date(t0 + d.value * HOUR_MS);
    case 'days':
      return new Date(t0 + d.value * DAY_MS);
    case 'working_hours':
      return new Date(addOfficeTime(t0, Math.round(d.value * HOUR_MS), cal));
    case 'working_days':
      if (!Number.isInteger(d.value)) throw new RangeError(`working days must be whole: ${d.value}`);
      return new Date(addWorkingDays(t0, d.value, cal));
  }
}

function addOfficeTime(t0: number, amountMs: number, cal: WorkingCalendar): number {
  let remaining = amountMs;
  let t = t0;
  let day = dayNumberOf(t0);
  for (;;) {
    if (cal.isWorkdayNumber(day)) {
      const base = dayStartMs(day);
      for (const [startMin, endMin] of cal.officeMinutes) {
        const periodEnd = base + endMin * MINUTE_MS;
        if (t >= periodEnd) continue;
        const from = Math.max(t, base + startMin * MINUTE_MS);
        const available = periodEnd - from;
        if (remaining <= available) return from + remaining;
        remaining -= available;
        t = periodEnd;
      }
    }
    day += 1;
    t = dayStartMs(day);
  }
}

function addWorkingDays(t0: number, n: number, cal: WorkingCalendar): number {
  let day = dayNumberOf(t0);
  if (!cal.isWorkdayNumber(day) || t0 >= cal.officeEndMs(day)) day = nextWorkday(day, cal);
  for (let i = 0; i < n; i++) day = nextWorkday(day, cal);
  return cal.officeEndMs(day);
}

function nextWorkday(day: number, cal: WorkingCalendar): number {
  let next = day + 1;
  // Terminates: overrides are finite and the Mon–Fri rule has a working day in every week.
  while (!cal.isWorkdayNumber(next)) next += 1;
  return next;
}
