import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../api/types.ts';
import { calendarStats, daysByDate, isWeekend, monthCells, ymd } from './calendarDays.ts';

describe('calendar days', () => {
  it('lays a month out from Monday, with the right number of days', () => {
    const march = monthCells(2026, 2); // 2026-03-01 is a Sunday
    expect(march.slice(0, 7)).toEqual([null, null, null, null, null, null, 1]);
    expect(march.filter((d) => d !== null)).toHaveLength(31);
    expect(monthCells(2026, 5)[0]).toBe(1); // 2026-06-01 is a Monday
    expect(monthCells(2028, 1).filter((d) => d !== null)).toHaveLength(29); // leap year
  });

  it('dates are plain Y-M-D and weekends do not depend on the time zone', () => {
    expect(ymd(2026, 0, 5)).toBe('2026-01-05');
    expect(isWeekend(2026, 2, 1)).toBe(true);
    expect(isWeekend(2026, 2, 2)).toBe(false);
    expect(isWeekend(2026, 1, 28)).toBe(true);
  });

  it('an override wins over the official table for its date; the legend counts each kind', () => {
    const day = (date: string, kind: CalendarDay['kind'], source: CalendarDay['source']) =>
      ({ date, kind, source }) as CalendarDay;
    const days = daysByDate([
      day('2026-10-01', 'holiday', 'official'),
      day('2026-10-02', 'holiday', 'official'),
      day('2026-10-02', 'workday', 'override'),
      day('2026-09-27', 'workday', 'official'),
    ]);
    expect(days.get('2026-10-02')).toMatchObject({ kind: 'workday', source: 'override' });
    expect(calendarStats(days)).toEqual({ holidays: 1, workdays: 1, overrides: 1 });
  });
});
