import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar/working-calendar.ts';
import {
  aggregateRatings,
  appealBlock,
  appealEffect,
  canReviewAppeals,
  goodShare,
  isBadRating,
  needsRectification,
  rateBlock,
  ratingCloses,
  rectificationAfter,
  rectificationDue,
  rectificationOverdue,
  SERVICE_RATING_LEVELS,
  SERVICE_RATING_ZH,
} from './rating.ts';

const cal = new WorkingCalendar();
const bj = (s: string) => new Date(`${s}+08:00`);

describe('five levels (好差评)', () => {
  it('has the five official levels, the last two bad', () => {
    expect(SERVICE_RATING_LEVELS.map((l) => SERVICE_RATING_ZH[l])).toEqual([
      '非常满意',
      '满意',
      '基本满意',
      '不满意',
      '非常不满意',
    ]);
    expect(SERVICE_RATING_LEVELS.filter(isBadRating)).toEqual(['unsatisfied', 'very_unsatisfied']);
  });

  it('a bad first rating opens a rectification; a good one or a rating of the fix does not', () => {
    expect(needsRectification('first', 'unsatisfied')).toBe(true);
    expect(needsRectification('first', 'basically_satisfied')).toBe(false);
    expect(needsRectification('after_fix', 'very_unsatisfied')).toBe(false);
  });
});

describe('who rates when', () => {
  // Monday 2026-11-02 10:00 handed out
  const closedAt = bj('2026-11-02T10:00:00');
  const base = { status: 'handed_out' as const, closedAt, ratings: [], rectification: null };

  it('rates once, after hand-out or refusal, within the working days after', () => {
    expect(rateBlock({ ...base, status: 'handling', closedAt: null }, 'first', closedAt, cal)).toBe(
      'not_done',
    );
    expect(rateBlock({ ...base, status: 'merged', closedAt: null }, 'first', closedAt, cal)).toBe('not_done');
    expect(rateBlock(base, 'first', bj('2026-11-03T09:00:00'), cal)).toBeNull();
    expect(rateBlock({ ...base, status: 'rejected' }, 'first', bj('2026-11-03T09:00:00'), cal)).toBeNull();
    expect(
      rateBlock({ ...base, ratings: [{ kind: 'first' }] }, 'first', bj('2026-11-03T09:00:00'), cal),
    ).toBe('already_rated');
    // 10 working days after Monday 11-02 → Monday 11-16 17:30
    expect(ratingCloses(closedAt, cal).toISOString()).toBe(bj('2026-11-16T17:30:00').toISOString());
    expect(rateBlock(base, 'first', bj('2026-11-16T17:00:00'), cal)).toBeNull();
    expect(rateBlock(base, 'first', bj('2026-11-17T09:00:00'), cal)).toBe('window_closed');
  });

  it('re-rates only after the unit recorded its fix, once', () => {
    const now = bj('2026-11-20T10:00:00');
    expect(rateBlock(base, 'after_fix', now, cal)).toBe('not_rated');
    const rated = { ...base, ratings: [{ kind: 'first' as const }] };
    expect(rateBlock({ ...rated, rectification: 'open' }, 'after_fix', now, cal)).toBe('fix_not_done');
    // the rating window does not bind the callback: the fix may take longer
    expect(rateBlock({ ...rated, rectification: 'done' }, 'after_fix', now, cal)).toBeNull();
    expect(
      rateBlock(
        { ...rated, ratings: [{ kind: 'first' }, { kind: 'after_fix' }], rectification: 'closed' },
        'after_fix',
        now,
        cal,
      ),
    ).toBe('fix_already_rated');
  });
});

describe('rectification (整改)', () => {
  it('is due on the working calendar, skipping the National Day week', () => {
    // Wednesday 2026-09-30 10:00 + 5 working days: 10-01..10-07 off, then 10-08, 10-09, 10-10 (Sat, 调休), 10-12, 10-13
    const due = rectificationDue(bj('2026-09-30T10:00:00'), cal);
    expect(due.toISOString()).toBe(bj('2026-10-13T17:30:00').toISOString());
  });

  it('moves open → done → closed; an upheld appeal voids it', () => {
    expect(rectificationAfter('open', 'record')).toBe('done');
    expect(rectificationAfter('open', 'callback')).toBeNull();
    expect(rectificationAfter('done', 'callback')).toBe('closed');
    expect(rectificationAfter('done', 'void')).toBe('void');
    expect(rectificationAfter('closed', 'void')).toBeNull();
  });

  it('is overdue only while the unit has not acted', () => {
    const dueAt = bj('2026-11-06T17:30:00');
    const later = bj('2026-11-09T09:00:00');
    expect(rectificationOverdue({ state: 'open', dueAt }, later)).toBe(true);
    expect(rectificationOverdue({ state: 'done', dueAt }, later)).toBe(false);
    expect(rectificationOverdue({ state: 'open', dueAt }, bj('2026-11-06T17:00:00'))).toBe(false);
  });
});

describe('appeals (申诉复核)', () => {
  it('a unit appeals a bad rating once; an upheld appeal excludes it, a dismissed one does nothing', () => {
    expect(appealBlock({ level: 'satisfied', excluded: false, appeals: [] })).toBe('not_bad');
    expect(appealBlock({ level: 'unsatisfied', excluded: false, appeals: [] })).toBeNull();
    expect(appealBlock({ level: 'unsatisfied', excluded: false, appeals: [{ state: 'dismissed' }] })).toBe(
      'already_appealed',
    );
    expect(appealBlock({ level: 'unsatisfied', excluded: true, appeals: [] })).toBe('excluded');
    expect(appealEffect('upheld')).toEqual({ exclude: true, voidRectification: true });
    expect(appealEffect('dismissed')).toEqual({ exclude: false, voidRectification: false });
  });

  it("is reviewed by the district's service office", () => {
    expect(canReviewAppeals({ roles: ['admin'], scopeLevel: 'district' })).toBe(true);
    expect(canReviewAppeals({ roles: ['supervisor'], scopeLevel: 'city' })).toBe(true);
    expect(canReviewAppeals({ roles: ['admin'], scopeLevel: 'street' })).toBe(false);
    expect(canReviewAppeals({ roles: ['handler'], scopeLevel: 'district' })).toBe(false);
  });
});

describe('aggregates (公开, 考核)', () => {
  it('counts per key, keeps excluded ratings apart, shares good to 0.1 %', () => {
    const out = aggregateRatings([
      { level: 'very_satisfied', excluded: false, keys: ['u1', 'i1'] },
      { level: 'basically_satisfied', excluded: false, keys: ['u1', 'u2', 'i1'] },
      { level: 'unsatisfied', excluded: false, keys: ['u1', 'i2'] },
      { level: 'very_unsatisfied', excluded: true, keys: ['u1', 'u1', 'i2'] },
    ]);
    const u1 = out.find((a) => a.key === 'u1')!;
    expect(u1).toMatchObject({ count: 3, good: 2, bad: 1, excluded: 1, goodShare: 66.7 });
    expect(u1.levels).toMatchObject({ very_satisfied: 1, basically_satisfied: 1, unsatisfied: 1 });
    expect(u1.levels.very_unsatisfied).toBe(0);
    expect(out.find((a) => a.key === 'u2')).toMatchObject({ count: 1, goodShare: 100 });
    expect(out.find((a) => a.key === 'i2')).toMatchObject({ count: 1, bad: 1, excluded: 1, goodShare: 0 });
    expect(out.map((a) => a.key)).toEqual(['u1', 'i1', 'u2', 'i2']);
    expect(goodShare(0, 0)).toBeNull();
  });
});
