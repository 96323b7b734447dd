import { describe, expect, it } from 'vitest';
import {
  canRate,
  canReportIn,
  communityEnabledFrom,
  reportInMinutesFrom,
  reportInRates,
  reportInStatus,
  whistleAllows,
  WhistleRatingInput,
  WhistleSettings,
} from './index.ts';

describe('whistle rules', () => {
  it('a report-in at the deadline is on time, a millisecond later is late', () => {
    const due = new Date('2026-11-23T02:30:00Z');
    expect(reportInStatus(due, due)).toBe('reported');
    expect(reportInStatus(new Date(due.getTime() + 1), due)).toBe('late');
  });

  it('a missing unit may still report in (then late); a reported one may not report twice', () => {
    expect(canReportIn('summoned')).toBe(true);
    expect(canReportIn('missing')).toBe(true);
    expect(canReportIn('reported')).toBe(false);
    expect(canReportIn('late')).toBe(false);
  });

  it('rates only settled report-ins and closes only from acting', () => {
    expect(canRate('summoned')).toBe(false);
    expect(canRate('missing')).toBe(true);
    expect(whistleAllows('open', 'close')).toBe(false);
    expect(whistleAllows('acting', 'close')).toBe(true);
    expect(whistleAllows('closed', 'rate')).toBe(false);
    expect(whistleAllows('void', 'report_in')).toBe(false);
  });

  it('scores are whole numbers 1–5', () => {
    expect(WhistleRatingInput.safeParse({ punctuality: 5, cooperation: 1, effect: 3 }).success).toBe(true);
    expect(WhistleRatingInput.safeParse({ punctuality: 0, cooperation: 1, effect: 3 }).success).toBe(false);
    expect(WhistleRatingInput.safeParse({ punctuality: 6, cooperation: 1, effect: 3 }).success).toBe(false);
    expect(WhistleRatingInput.safeParse({ punctuality: 4.5, cooperation: 1, effect: 3 }).success).toBe(false);
  });

  it('the default deadline is 30 minutes unless a valid setting says otherwise', () => {
    expect(reportInMinutesFrom(undefined)).toBe(30);
    expect(reportInMinutesFrom(45)).toBe(45);
    expect(reportInMinutesFrom('20')).toBe(20);
    expect(reportInMinutesFrom(2)).toBe(30);
    expect(reportInMinutesFrom(12.5)).toBe(30);
  });

  it('community whistles are off unless the setting is a true boolean', () => {
    expect(communityEnabledFrom(undefined)).toBe(false);
    expect(communityEnabledFrom(true)).toBe(true);
    expect(communityEnabledFrom('true')).toBe(true);
    expect(communityEnabledFrom(false)).toBe(false);
    expect(communityEnabledFrom(1)).toBe(false);
    expect(communityEnabledFrom('yes')).toBe(false);
  });

  it('whistle settings need both fields, minutes a whole number within 5–240', () => {
    expect(WhistleSettings.safeParse({ reportInMinutes: 45, communityMayWhistle: true }).success).toBe(true);
    for (const bad of [
      { reportInMinutes: 45 },
      { communityMayWhistle: true },
      { reportInMinutes: 4, communityMayWhistle: false },
      { reportInMinutes: 241, communityMayWhistle: false },
      { reportInMinutes: 30.5, communityMayWhistle: false },
      { reportInMinutes: 30, communityMayWhistle: 'yes' },
    ])
      expect(WhistleSettings.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('report-in and on-time rates count settled summons only', () => {
    // 3 on time, 1 late, 1 missing: 4/5 reported in, 3/5 on time.
    expect(reportInRates({ reported: 3, late: 1, missing: 1, summoned: 7 })).toEqual({
      summoned: 5,
      reportedIn: 4,
      onTime: 3,
      late: 1,
      missing: 1,
      reportInRate: 0.8,
      onTimeRate: 0.6,
    });
    expect(reportInRates({ summoned: 2 })).toMatchObject({
      summoned: 0,
      reportInRate: null,
      onTimeRate: null,
    });
  });
});
