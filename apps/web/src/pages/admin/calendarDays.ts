/** The working calendar's day arithmetic, pure: dates as plain Y-M-D, weekends, the days shown, counts. */
import type { CalendarDay } from '../../api/types.ts';

export type DayKind = 'workday' | 'holiday';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Calendar dates as plain Y-M-D, independent of any time zone. */
export function ymd(y: number, m: number, d: number): string {
  return `${y}-${pad(m + 1)}-${pad(d)}`;
}

export function isWeekend(y: number, m: number, d: number): boolean {
  const wd = new Date(Date.UTC(y, m, d)).getUTCDay();
  return wd === 0 || wd === 6;
}

/** The weekday of a Y-M-D date, 0 = Monday … 6 = Sunday (Chinese calendars start on Monday). */
export function mondayIndex(y: number, m: number, d: number): number {
  return (new Date(Date.UTC(y, m, d)).getUTCDay() + 6) % 7;
}

/** The cells of a month laid out from Monday: blanks before the 1st, then the day numbers. */
export function monthCells(year: number, month: number): (number | null)[] {
  const count = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return [
    ...Array<null>(mondayIndex(year, month, 1)).fill(null),
    ...Array.from({ length: count }, (_, i) => i + 1),
  ];
}

/** One entry per date; an administrator's override wins over the official holiday table. */
export function daysByDate(days: readonly CalendarDay[]): Map<string, CalendarDay> {
  const m = new Map<string, CalendarDay>();
  for (const d of days) {
    const prev = m.get(d.date);
    if (!prev || d.source === 'override') m.set(d.date, d);
  }
  return m;
}

/** What the legend counts: official holidays, official working weekends, and overrides. */
export function calendarStats(days: Map<string, CalendarDay>): {
  holidays: number;
  workdays: number;
  overrides: number;
} {
  let holidays = 0;
  let workdays = 0;
  let overrides = 0;
  for (const d of days.values()) {
    if (d.source === 'override') overrides++;
    else if (d.kind === 'holiday') holidays++;
    else workdays++;
  }
  return { holidays, workdays, overrides };
}
