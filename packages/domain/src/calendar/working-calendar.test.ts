import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from './working-calendar.ts';

// Facts from the State Council's 2026 holiday notice, as shipped by chinese-days 1.5.7.
describe('WorkingCalendar — official 2026 calendar', () => {
  const cal = new WorkingCalendar();

  it('knows National Day 2026: Oct 1–7 off, make-up working days Sun Sep 20 and Sat Oct 10', () => {
    for (let d = 1; d <= 7; d++) expect(cal.isWorkday(`2026-10-0${d}`)).toBe(false);
    expect(cal.isWorkday('2026-09-20')).toBe(true);
    expect(cal.isWorkday('2026-10-10')).toBe(true);
    expect(cal.isWorkday('2026-10-11')).toBe(false); // an ordinary Sunday
    expect(cal.isWorkday('2026-10-08')).toBe(true);
    expect(cal.describe('2026-10-01')).toEqual({
      day: '2026-10-01',
      kind: 'holiday',
      source: 'official',
      name: '国庆节',
      nameEn: 'National Day',
    });
    expect(cal.describe('2026-10-10')).toMatchObject({ kind: 'workday', source: 'official', name: '国庆节' });
  });

  it('knows Spring Festival 2026: Feb 15–23 off, make-up Saturdays Feb 14 and Feb 28', () => {
    for (let d = 15; d <= 23; d++) expect(cal.isWorkday(`2026-02-${d}`)).toBe(false);
    expect(cal.isWorkday('2026-02-13')).toBe(true);
    expect(cal.isWorkday('2026-02-14')).toBe(true);
    expect(cal.isWorkday('2026-02-24')).toBe(true);
    expect(cal.isWorkday('2026-02-28')).toBe(true);
    expect(cal.describe('2026-02-17')).toMatchObject({ kind: 'holiday', source: 'official', name: '春节' });
  });

  it('describes ordinary days by the weekday rule', () => {
    expect(cal.describe('2026-03-06')).toEqual({
      day: '2026-03-06',
      kind: 'workday',
      source: 'weekday-rule',
    });
    expect(cal.describe('2026-03-07')).toEqual({
      day: '2026-03-07',
      kind: 'holiday',
      source: 'weekday-rule',
    });
  });

  it('lists only the days that differ from the Mon–Fri rule', () => {
    const october = cal.specialDays(2026).filter((d) => d.day >= '2026-09-15' && d.day < '2026-10-15');
    // Sep 26–27 and Oct 3–4 are holidays on a weekend, so they are not special.
    expect(october.map((d) => `${d.day} ${d.kind}`)).toEqual([
      '2026-09-20 workday',
      '2026-09-25 holiday',
      '2026-10-01 holiday',
      '2026-10-02 holiday',
      '2026-10-05 holiday',
      '2026-10-06 holiday',
      '2026-10-07 holiday',
      '2026-10-10 workday',
    ]);
    expect(cal.specialDays(2026).every((d) => d.source === 'official')).toBe(true);
  });

  it('falls back to the Mon–Fri rule where the package has no data', () => {
    // chinese-days 1.5.7 stops at 2026: 2027's notice is not in it yet, so Fri 2027-10-01 reads as a working day
    // until the package (or an override) says otherwise. 2099 will stay uncovered whatever the version.
    expect(cal.coversYear(2026)).toBe(true);
    expect(cal.coversYear(2099)).toBe(false);
    expect(cal.describe('2099-10-01')).toEqual({
      day: '2099-10-01',
      kind: 'workday',
      source: 'weekday-rule',
    });
    expect(cal.isWorkday('2099-10-03')).toBe(false); // Saturday
    expect(cal.specialDays(2099)).toEqual([]);
  });

  it('rejects malformed days', () => {
    expect(() => cal.isWorkday('2026-02-30')).toThrow(RangeError);
    expect(() => cal.isWorkday('2026-2-3')).toThrow(RangeError);
  });
});

describe('WorkingCalendar — overrides', () => {
  it('lets an override win over the weekday rule and over the official calendar', () => {
    const cal = new WorkingCalendar({
      overrides: [
        { day: '2026-03-07', kind: 'workday', note: '区级调休' },
        { day: '2026-10-10', kind: 'holiday', note: ' ' },
      ],
    });
    expect(cal.isWorkday('2026-03-07')).toBe(true);
    expect(cal.describe('2026-03-07')).toEqual({
      day: '2026-03-07',
      kind: 'workday',
      source: 'override',
      name: '区级调休',
    });
    expect(cal.isWorkday('2026-10-10')).toBe(false);
    expect(cal.describe('2026-10-10')).toEqual({ day: '2026-10-10', kind: 'holiday', source: 'override' });
    const special = cal.specialDays(2026);
    expect(special.find((d) => d.day === '2026-03-07')?.source).toBe('override');
    // An override is listed even where it agrees with the weekday rule (Oct 10 is a Saturday).
    expect(special.find((d) => d.day === '2026-10-10')?.source).toBe('override');
  });

  it('rejects a malformed override', () => {
    expect(() => new WorkingCalendar({ overrides: [{ day: '2026-13-01', kind: 'workday' }] })).toThrow();
  });
});

describe('WorkingCalendar — office hours', () => {
  it('defaults to 09:00–12:00 and 13:30–17:30, 7 hours a day', () => {
    const cal = new WorkingCalendar();
    expect(cal.officeMinutes).toEqual([
      [540, 720],
      [810, 1050],
    ]);
    expect(cal.officeMinutesPerDay).toBe(420);
  });

  it('rejects overlapping, unsorted or empty office hours', () => {
    const bad = [
      [],
      [{ start: '13:00', end: '12:00' }],
      [
        { start: '09:00', end: '12:00' },
        { start: '11:00', end: '17:00' },
      ],
      [{ start: '9:00', end: '12:00' }],
    ];
    for (const officeHours of bad) expect(() => new WorkingCalendar({ officeHours })).toThrow();
  });
});
