import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatMinute,
  shanghaiDateToIso,
  shanghaiDayStartIso,
  shanghaiWallTimeToIso,
} from './time.ts';

// The browser's own zone must not matter; the test process runs in whatever zone the machine has, so every
// expectation here is written in UTC and Beijing time only.
describe('times in Asia/Shanghai', () => {
  it('shows an instant as Beijing wall time (UTC+8), across the date line of UTC', () => {
    expect(formatDateTime('2026-03-01T06:05:09Z')).toBe('2026-03-01 14:05:09');
    expect(formatDateTime('2026-03-01T16:30:00Z')).toBe('2026-03-02 00:30:00');
    expect(formatDateTime('2026-12-31T23:59:59.999+08:00')).toBe('2026-12-31 23:59:59');
    expect(formatMinute('2026-03-01T16:30:59Z')).toBe('2026-03-02 00:30');
  });

  it('shows a dash for no time and the raw text for an unreadable one', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime('')).toBe('—');
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(formatMinute(null)).toBe('—');
  });

  it('reads a picked wall time and a picked day as Beijing time', () => {
    const picked = dayjs('2026-03-02 08:30:00');
    expect(shanghaiWallTimeToIso(picked)).toBe('2026-03-02T00:30:00.000Z');
    expect(shanghaiDayStartIso(picked)).toBe('2026-03-01T16:00:00.000Z');
  });

  it('turns a calendar day into the instant it starts at; whole-day ranges end at the next midnight', () => {
    expect(shanghaiDateToIso('2026-03-01')).toBe('2026-02-28T16:00:00.000Z');
    expect(shanghaiDateToIso('2026-03-01', 1)).toBe('2026-03-01T16:00:00.000Z');
    expect(shanghaiDateToIso('2026-12-31', 1)).toBe('2026-12-31T16:00:00.000Z');
  });
});

it('runs in a zone far from Beijing (vitest.config.ts), so the cases above prove the zone is ignored', () => {
  expect(new Date('2026-03-01T06:00:00Z').getTimezoneOffset()).not.toBe(-480);
});
