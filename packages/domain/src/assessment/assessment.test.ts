import { describe, expect, it } from 'vitest';
import {
  assessmentSettingsFrom,
  computeRates,
  DEFAULT_ASSESSMENT_SETTINGS,
  rankByScore,
  ZERO_COUNTS,
  type AssessmentSettings,
} from './rates.ts';
import {
  callbackUnit,
  caseRateFacts,
  countFacts,
  monthOf,
  monthPeriod,
  peerGroupOf,
  previousPeriod,
  responseOutcome,
  type LeadAssignmentFacts,
} from './facts.ts';

const d = (s: string) => new Date(s);

describe('three rates', () => {
  it('computes response, resolution and satisfaction and the default 10/45/45 composite by hand', () => {
    // 8 of 10 on time; 6 of 8 callbacks resolved; 4 satisfied, 2 basic, 2 unsatisfied.
    const r = computeRates(
      {
        responseHit: 8,
        responseMiss: 2,
        callbacks: 8,
        resolved: 6,
        satisfied: 4,
        basicallySatisfied: 2,
        unsatisfied: 2,
      },
      DEFAULT_ASSESSMENT_SETTINGS,
    );
    expect(r.responseRate).toBe(80);
    expect(r.resolutionRate).toBe(75);
    // (4·100 + 2·80 + 2·0) / 8 = 70
    expect(r.satisfactionRate).toBe(70);
    // 0.1·80 + 0.45·75 + 0.45·70 = 8 + 33.75 + 31.5 = 73.25
    expect(r.composite).toBe(73.25);
  });

  it('uses configured rating scores and weights', () => {
    const settings: AssessmentSettings = {
      ...DEFAULT_ASSESSMENT_SETTINGS,
      weights: { response: 0.2, resolution: 0.3, satisfaction: 0.5 },
      ratingScores: { satisfied: 100, basically_satisfied: 60, unsatisfied: 10 },
    };
    const r = computeRates(
      {
        ...ZERO_COUNTS,
        responseHit: 1,
        responseMiss: 1,
        callbacks: 3,
        resolved: 3,
        satisfied: 1,
        basicallySatisfied: 1,
        unsatisfied: 1,
      },
      settings,
    );
    expect(r.satisfactionRate).toBe(56.67); // (100 + 60 + 10) / 3
    // 0.2·50 + 0.3·100 + 0.5·56.666… = 10 + 30 + 28.333… = 68.33
    expect(r.composite).toBe(68.33);
  });

  it('judges a unit without callbacks on what it has, and gives nothing a score without data', () => {
    const r = computeRates({ ...ZERO_COUNTS, responseHit: 3, responseMiss: 1 }, DEFAULT_ASSESSMENT_SETTINGS);
    expect(r).toMatchObject({
      responseRate: 75,
      resolutionRate: null,
      satisfactionRate: null,
      composite: 75,
    });
    expect(computeRates(ZERO_COUNTS, DEFAULT_ASSESSMENT_SETTINGS).composite).toBeNull();
  });

  it('adds department whistle figures only with a weight above 0', () => {
    const counts = { ...ZERO_COUNTS, responseHit: 1, callbacks: 1, resolved: 1, satisfied: 1 };
    const whistle = { summoned: 4, onTime: 2, ratingAverage: 3 };
    expect(computeRates(counts, DEFAULT_ASSESSMENT_SETTINGS, whistle)).toMatchObject({
      composite: 100,
      reportInRate: 50,
      streetRatingScore: 50,
    });
    const withAddOns = {
      ...DEFAULT_ASSESSMENT_SETTINGS,
      departmentAddOns: { reportInPunctuality: 0.25, streetRatings: 0.25 },
    };
    // (1.0·100 + 0.25·50 + 0.25·50) / 1.5 = 125 / 1.5 = 83.33
    expect(computeRates(counts, withAddOns, whistle).composite).toBe(83.33);
  });

  it('falls back to the defaults part by part for a stored value that does not parse', () => {
    expect(assessmentSettingsFrom(undefined)).toEqual(DEFAULT_ASSESSMENT_SETTINGS);
    const s = assessmentSettingsFrom({
      weights: { response: 0.5, resolution: 0.5, satisfaction: 0 },
      ratingScores: 'x',
    });
    expect(s.weights.response).toBe(0.5);
    expect(s.ratingScores).toEqual(DEFAULT_ASSESSMENT_SETTINGS.ratingScores);
  });

  it('ranks by descending score with ties sharing a rank and no rank without a score', () => {
    expect(rankByScore([90, 95, 90, null, 80], (x) => x)).toEqual([2, 1, 2, null, 4]);
  });
});

describe('response outcome of a lead assignment', () => {
  const due = d('2026-11-10T10:00:00Z');
  const now = d('2026-11-10T12:00:00Z');
  const base = { status: 'pending' as const, acceptedAt: null, respondedAt: null, acceptDueAt: due };
  it('hit on time (exactly at the deadline too), miss when late', () => {
    expect(responseOutcome({ ...base, status: 'accepted', acceptedAt: due }, now)).toBe('hit');
    expect(responseOutcome({ ...base, status: 'accepted', acceptedAt: d('2026-11-10T10:00:01Z') }, now)).toBe(
      'miss',
    );
  });
  it('contacting the resident in time counts even when the acceptance came later', () => {
    expect(
      responseOutcome(
        {
          ...base,
          status: 'accepted',
          acceptedAt: d('2026-11-10T11:00:00Z'),
          respondedAt: d('2026-11-10T09:00:00Z'),
        },
        now,
      ),
    ).toBe('hit');
  });
  it('pending: open before the deadline, miss after it; returned or withdrawn without acceptance: excluded', () => {
    expect(responseOutcome(base, d('2026-11-10T09:00:00Z'))).toBe('open');
    expect(responseOutcome(base, now)).toBe('miss');
    expect(responseOutcome({ ...base, status: 'returned' }, now)).toBe('excluded');
    expect(responseOutcome({ ...base, status: 'cancelled' }, now)).toBe('excluded');
  });
});

describe('the rate facts of a case', () => {
  const lead = (id: string, unitId: string, createdAt: string, over: Partial<LeadAssignmentFacts> = {}) => ({
    id,
    unitId,
    createdAt: d(createdAt),
    status: 'pending' as const,
    acceptedAt: null,
    respondedAt: null,
    acceptDueAt: null,
    ...over,
  });
  // Returned by unit A, re-dispatched to B which accepted late; rated twice, once with a rating nobody knows.
  const history = {
    leads: [
      lead('a1', 'A', '2026-11-30T15:00:00Z', { status: 'returned', acceptDueAt: d('2026-11-30T17:00:00Z') }),
      lead('a2', 'B', '2026-12-01T02:00:00Z', {
        status: 'done',
        acceptedAt: d('2026-12-01T05:00:00Z'),
        respondedAt: d('2026-12-01T05:00:00Z'),
        acceptDueAt: d('2026-12-01T04:00:00Z'),
      }),
    ],
    callbacks: [
      { eventId: '7', at: d('2026-11-30T16:00:00Z'), resolved: null, rating: 'unsatisfied' },
      { eventId: '8', at: d('2026-12-03T01:00:00Z'), resolved: true, rating: 'basically_satisfied' },
      { eventId: '9', at: d('2026-12-03T02:00:00Z'), resolved: true, rating: 'so-so' },
      { eventId: '6', at: d('2026-11-30T14:00:00Z'), resolved: true, rating: 'satisfied' },
    ],
  };
  const facts = caseRateFacts(history, d('2026-12-05T00:00:00Z'));

  it('one response fact per lead assignment, on its Shanghai day, for its unit', () => {
    expect(facts.responses).toEqual([
      // 15:00 UTC is 23:00 in Shanghai: still 11-30; the return excludes it.
      { assignmentId: 'a1', unitId: 'A', day: '2026-11-30', outcome: 'excluded' },
      { assignmentId: 'a2', unitId: 'B', day: '2026-12-01', outcome: 'miss' },
    ]);
  });

  it('callbacks go to the lead made last before them; unknown ratings and callbacks before any lead are not counted', () => {
    expect(facts.callbacks).toEqual([
      { eventId: '7', unitId: 'A', day: '2026-12-01', resolved: false, rating: 'unsatisfied' },
      { eventId: '8', unitId: 'B', day: '2026-12-03', resolved: true, rating: 'basically_satisfied' },
    ]);
    expect(callbackUnit(history.leads, d('2026-12-01T02:00:00Z'))).toBe('B');
    expect(callbackUnit(history.leads, d('2026-12-01T01:59:59Z'))).toBe('A');
  });

  it('counts per unit and period: what the daily counters must sum to', () => {
    expect(countFacts(facts, { from: '2026-12-01', to: '2026-12-31' })).toEqual(
      new Map([
        ['A', { ...ZERO_COUNTS, callbacks: 1, unsatisfied: 1 }],
        ['B', { ...ZERO_COUNTS, responseMiss: 1, callbacks: 1, resolved: 1, basicallySatisfied: 1 }],
      ]),
    );
    // November: A's assignment is excluded, so A has nothing to count.
    expect(countFacts(facts, { from: '2026-11-01', to: '2026-11-30' })).toEqual(new Map());
  });
});

describe('peer groups and periods', () => {
  it('splits street offices into streets and towns by the region name', () => {
    expect(peerGroupOf({ kind: 'street_office', name: '滨河街道办事处', regionName: '滨河街道' })).toBe(
      'street',
    );
    expect(peerGroupOf({ kind: 'street_office', name: '马坊镇人民政府', regionName: '马坊镇' })).toBe('town');
    expect(peerGroupOf({ kind: 'street_office', name: '渔阳地区办事处', regionName: '渔阳地区' })).toBe(
      'town',
    );
    expect(peerGroupOf({ kind: 'street_office', name: '兴谷街道办事处' })).toBe('street');
    expect(peerGroupOf({ kind: 'department', name: '平谷区水务局' })).toBe('department');
    expect(peerGroupOf({ kind: 'government', name: '平谷区人民政府' })).toBeNull();
  });
  it('months in Shanghai time and the previous period of equal length', () => {
    // 2026-11-30T16:30Z is already 1 December in Beijing.
    expect(monthOf(d('2026-11-30T16:30:00Z'))).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(previousPeriod({ from: '2026-03-10', to: '2026-03-16' })).toEqual({
      from: '2026-03-03',
      to: '2026-03-09',
    });
  });
});
