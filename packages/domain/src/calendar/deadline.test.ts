import { describe, expect, it } from 'vitest';
import type { DurationUnit } from '../governance.ts';
import { addDuration } from './deadline.ts';
import { WorkingCalendar } from './working-calendar.ts';

// Every expectation below was worked out by hand from the 2026 notice (chinese-days 1.5.7) and the default office
// hours 09:00–12:00, 13:30–17:30. Times are written in +08:00 so the tests read like the wall clock.
const cal = new WorkingCalendar();
const at = (shanghai: string) => new Date(`${shanghai}:00+08:00`);
const add = (start: string, value: number, unit: DurationUnit, c = cal) =>
  addDuration(at(start), { value, unit }, c).toISOString();
const iso = (shanghai: string) => at(shanghai).toISOString();

describe('addDuration — natural time', () => {
  it('adds 2 clock hours across midnight on a holiday', () => {
    expect(add('2026-10-01T23:30', 2, 'hours')).toBe(iso('2026-10-02T01:30'));
  });

  it('adds 24 hours and 7 days as plain clock time', () => {
    expect(add('2026-03-06T10:00', 24, 'hours')).toBe(iso('2026-03-07T10:00'));
    expect(add('2026-09-30T10:00', 7, 'days')).toBe(iso('2026-10-07T10:00'));
  });
});

describe('addDuration — working hours', () => {
  it('stays inside one office period', () => {
    expect(add('2026-03-09T09:30', 2, 'working_hours')).toBe(iso('2026-03-09T11:30'));
  });

  it('ends exactly at noon rather than at the afternoon start', () => {
    expect(add('2026-03-09T11:00', 1, 'working_hours')).toBe(iso('2026-03-09T12:00'));
  });

  it('skips the lunch break', () => {
    // 11:00–12:00 is one hour, the second starts at 13:30.
    expect(add('2026-03-09T11:00', 2, 'working_hours')).toBe(iso('2026-03-09T14:30'));
    // A start inside the break begins at 13:30.
    expect(add('2026-03-09T12:30', 1, 'working_hours')).toBe(iso('2026-03-09T14:30'));
  });

  it('begins at 09:00 when started before office hours', () => {
    expect(add('2026-03-09T07:00', 1, 'working_hours')).toBe(iso('2026-03-09T10:00'));
  });

  it('carries over lunch and a weekend', () => {
    // Fri 11–12 (1 h) + 13:30–17:30 (4 h) leaves 2 h for Monday: 09:00 → 11:00.
    expect(add('2026-03-06T11:00', 7, 'working_hours')).toBe(iso('2026-03-09T11:00'));
  });

  it('starts on Monday morning when given a Friday evening', () => {
    expect(add('2026-03-06T19:00', 1, 'working_hours')).toBe(iso('2026-03-09T10:00'));
  });

  it('uses the Spring Festival make-up Saturday and skips the nine days off', () => {
    // Fri Feb 13 16:00–17:30 (1.5 h), then Sat Feb 14 is a working day: 09:00 + 1.5 h.
    expect(add('2026-02-13T16:00', 3, 'working_hours')).toBe(iso('2026-02-14T10:30'));
    // Sat Feb 14 16:00–17:30 (1.5 h); Feb 15–23 off; Tue Feb 24 09–12 (3 h) and 13:30 + 3.5 h.
    expect(add('2026-02-14T16:00', 8, 'working_hours')).toBe(iso('2026-02-24T17:00'));
  });

  it('uses a Saturday that an override made a working day', () => {
    const withOverride = new WorkingCalendar({ overrides: [{ day: '2026-03-07', kind: 'workday' }] });
    // Fri 17:00–17:30 (0.5 h), then Sat 09:00 + 1.5 h.
    expect(add('2026-03-06T17:00', 2, 'working_hours', withOverride)).toBe(iso('2026-03-07T10:30'));
    expect(add('2026-03-06T17:00', 2, 'working_hours')).toBe(iso('2026-03-09T10:30'));
  });

  it('honours custom office hours', () => {
    const summer = new WorkingCalendar({
      officeHours: [
        { start: '08:30', end: '12:00' },
        { start: '14:30', end: '18:00' },
      ],
    });
    expect(add('2026-03-09T11:00', 2, 'working_hours', summer)).toBe(iso('2026-03-09T15:30'));
    expect(add('2026-03-09T10:00', 1, 'working_days', summer)).toBe(iso('2026-03-10T18:00'));
  });
});

describe('addDuration — working days', () => {
  it('does not count the start day', () => {
    expect(add('2026-03-06T10:00', 1, 'working_days')).toBe(iso('2026-03-09T17:30'));
  });

  it('counts from the next working day after office hours (Friday evening)', () => {
    expect(add('2026-03-06T19:00', 1, 'working_days')).toBe(iso('2026-03-10T17:30'));
    expect(add('2026-03-06T17:30', 1, 'working_days')).toBe(iso('2026-03-10T17:30'));
    expect(add('2026-03-06T17:29', 1, 'working_days')).toBe(iso('2026-03-09T17:30'));
  });

  it('counts 7 working days across National Day 2026', () => {
    // Start day Wed Sep 30 not counted; Oct 1–7 off; Oct 8 (1), 9 (2), Sat Oct 10 make-up (3), 12 (4), 13 (5),
    // 14 (6), 15 (7).
    expect(add('2026-09-30T10:00', 7, 'working_days')).toBe(iso('2026-10-15T17:30'));
  });

  it('treats a request received on a holiday as received on the next working day', () => {
    // Received Oct 3 → start day Thu Oct 8 → one working day later is Fri Oct 9.
    expect(add('2026-10-03T10:00', 1, 'working_days')).toBe(iso('2026-10-09T17:30'));
  });

  it('counts across Spring Festival 2026', () => {
    // Start day Fri Feb 13; Sat Feb 14 make-up (1); Feb 15–23 off; Tue Feb 24 (2).
    expect(add('2026-02-13T10:00', 2, 'working_days')).toBe(iso('2026-02-24T17:30'));
  });

  it('lets an override make a Saturday count', () => {
    const withOverride = new WorkingCalendar({ overrides: [{ day: '2026-03-07', kind: 'workday' }] });
    expect(add('2026-03-06T10:00', 1, 'working_days', withOverride)).toBe(iso('2026-03-07T17:30'));
    // Friday evening: the overridden Saturday becomes the start day, so Monday is the first working day after it.
    expect(add('2026-03-06T19:00', 1, 'working_days', withOverride)).toBe(iso('2026-03-09T17:30'));
  });

  it('uses the Mon–Fri rule in a year the package does not cover', () => {
    // Thu 2099-01-01 has no official data, so it is a plain working day.
    expect(add('2099-01-01T10:00', 1, 'working_days')).toBe(iso('2099-01-02T17:30'));
    expect(add('2099-01-02T10:00', 1, 'working_days')).toBe(iso('2099-01-05T17:30'));
  });
});

describe('addDuration — input checks', () => {
  it('rejects negative and fractional working days and invalid dates', () => {
    expect(() => addDuration(at('2026-03-06T10:00'), { value: -1, unit: 'hours' }, cal)).toThrow(RangeError);
    expect(() => addDuration(at('2026-03-06T10:00'), { value: 1.5, unit: 'working_days' }, cal)).toThrow(
      RangeError,
    );
    expect(() => addDuration(new Date(Number.NaN), { value: 1, unit: 'hours' }, cal)).toThrow(RangeError);
  });
});
