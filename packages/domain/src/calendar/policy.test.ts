import { describe, expect, it } from 'vitest';
import type { Urgency } from '../governance.ts';
import {
  choosePolicy,
  deadlinesOf,
  DEFAULT_WARNING_SHARE,
  warnAt,
  warningShareFrom,
  type DeadlinePolicy,
} from './policy.ts';
import { WorkingCalendar } from './working-calendar.ts';

const policy = (categoryCode: string | null, urgency: Urgency, hours: number): DeadlinePolicy => ({
  categoryCode,
  urgency,
  accept: { value: 1, unit: 'hours' },
  respond: { value: hours, unit: 'hours' },
  resolve: { value: hours, unit: 'hours' },
});
const POLICIES = [
  policy(null, 'ordinary', 100),
  policy(null, 'urgent', 24),
  policy('01', 'ordinary', 50),
  policy('0101', 'ordinary', 10),
  policy('0102', 'urgent', 5),
];

describe('choosePolicy: own, nearest ancestor, general — of the same urgency', () => {
  // [case, chain (category then ancestors), urgency, resolve hours of the chosen policy or undefined]
  const table: [string, string[], Urgency, number | undefined][] = [
    ['the category’s own', ['0101', '01'], 'ordinary', 10],
    ['the nearest ancestor’s when the category has none', ['0102', '01'], 'ordinary', 50],
    ['the nearer of two ancestors', ['010101', '0101', '01'], 'ordinary', 10],
    ['the general one when no category in the chain has one', ['02', '0'], 'ordinary', 100],
    ['the general one for a case without a category', [], 'ordinary', 100],
    ['never another urgency’s: own urgent policy', ['0102', '01'], 'urgent', 5],
    ['never another urgency’s: general urgent over own ordinary', ['0101', '01'], 'urgent', 24],
    ['none at all for an urgency without any policy', ['0101', '01'], 'emergency', undefined],
  ];
  it.each(table)('%s', (_name, chain, urgency, hours) => {
    expect(choosePolicy(POLICIES, chain, urgency)?.resolve.value).toBe(hours);
  });
});

describe('deadlinesOf', () => {
  const cal = new WorkingCalendar();
  const start = new Date('2026-03-09T09:30:00+08:00'); // a Monday, office hours

  it('adds the chosen policy’s three durations', () => {
    expect(deadlinesOf(POLICIES, start, ['0101', '01'], 'ordinary', cal)).toEqual({
      acceptDue: new Date('2026-03-09T10:30:00+08:00'),
      respondDue: new Date('2026-03-09T19:30:00+08:00'),
      resolveDue: new Date('2026-03-09T19:30:00+08:00'),
    });
  });

  it('falls back to the Beijing defaults without a policy: emergency 2 h, accept within 2 working hours', () => {
    expect(deadlinesOf([], start, [], 'emergency', cal)).toEqual({
      acceptDue: new Date('2026-03-09T11:30:00+08:00'),
      respondDue: new Date('2026-03-09T11:30:00+08:00'),
      resolveDue: new Date('2026-03-09T11:30:00+08:00'),
    });
    // ordinary: 7 working days, the start day not counted → Wednesday of the next week, 17:30.
    expect(deadlinesOf([], start, [], 'ordinary', cal).resolveDue).toEqual(
      new Date('2026-03-18T17:30:00+08:00'),
    );
  });
});

describe('warning share', () => {
  it.each([
    [0.75, 0.75],
    ['0.5', 0.5],
    [undefined, DEFAULT_WARNING_SHARE],
    [null, DEFAULT_WARNING_SHARE],
    [0, DEFAULT_WARNING_SHARE],
    [1, DEFAULT_WARNING_SHARE],
    [-0.2, DEFAULT_WARNING_SHARE],
    ['abc', DEFAULT_WARNING_SHARE],
  ])('stored %j → %j', (stored, share) => {
    expect(warningShareFrom(stored)).toBe(share);
  });

  it('warns at the share of the time between start and due', () => {
    const s = new Date('2026-03-09T00:00:00Z');
    expect(warnAt(s, new Date('2026-03-09T10:00:00Z'), 0.8)).toEqual(new Date('2026-03-09T08:00:00Z'));
  });
});
