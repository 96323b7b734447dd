import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar/working-calendar.ts';
import {
  checkFlowchart,
  disclosurePoints,
  frequencyAllowed,
  nextDisclosure,
  nextPeriod,
  periodDueAt,
  periodOf,
  periodPublishable,
  publicationNext,
  publicList,
  requestClock,
  requestDueAt,
  requestOutcome,
  requiredFrequency,
  type FlowStep,
} from './index.ts';

const cal = new WorkingCalendar();
const at = (iso: string) => new Date(iso);

describe('flowcharts of micro-power items', () => {
  const decision: FlowStep[] = [
    { title: '党组织提议', role: 'party_branch', disclose: false },
    { title: '两委商议', role: 'joint_meeting', disclose: false },
    { title: '党员大会审议', role: 'party_branch', disclose: false },
    { title: '村民代表会议决议', role: 'representatives', disclose: false },
    { title: '决议公开', role: 'committee', disclose: true },
    { title: '实施结果公开', role: 'committee', disclose: true },
  ];

  it('lists the disclosure points with their positions', () => {
    expect(disclosurePoints(decision)).toEqual([
      { position: 5, title: '决议公开', role: 'committee' },
      { position: 6, title: '实施结果公开', role: 'committee' },
    ]);
  });

  it('四议两公开 needs both publications; others one; every flowchart two titled steps', () => {
    expect(checkFlowchart('major_decision', decision)).toBeNull();
    const oneOnly = decision.map((s, i) => (i === 5 ? { ...s, disclose: false } : s));
    expect(checkFlowchart('major_decision', oneOnly)).toBe('too_few_disclosure_points');
    expect(checkFlowchart('seal', oneOnly)).toBeNull();
    expect(checkFlowchart('seal', decision.slice(0, 1))).toBe('too_few_steps');
    expect(checkFlowchart('seal', [...decision, { title: ' ', role: 'clerk', disclose: false }])).toBe(
      'empty_step',
    );
    expect(checkFlowchart('finance', decision.slice(0, 4))).toBe('too_few_disclosure_points');
  });
});

describe('frequencies', () => {
  it('finance monthly, major matters at once, general items at least quarterly', () => {
    expect(requiredFrequency('finance')).toBe('monthly');
    expect(requiredFrequency('major_decision')).toBe('at_once');
    expect(requiredFrequency('assets')).toBe('quarterly');
    expect(frequencyAllowed('finance', 'quarterly')).toBe(false);
    expect(frequencyAllowed('finance', 'monthly')).toBe(true);
    expect(frequencyAllowed('major_decision', 'monthly')).toBe(false);
    expect(frequencyAllowed('subsidy', 'monthly')).toBe(true);
    expect(frequencyAllowed('subsidy', 'at_once')).toBe(true);
  });

  it('periods are Shanghai months and quarters', () => {
    expect(periodOf('monthly', '2026-11-30')).toBe('2026-11');
    expect(periodOf('quarterly', '2026-11-30')).toBe('2026-Q4');
    expect(nextPeriod('2026-12')).toBe('2027-01');
    expect(nextPeriod('2026-Q4')).toBe('2027-Q1');
  });
});

describe('due dates on the working calendar', () => {
  it("a month's finance is due on the 10th working day after it ends", () => {
    // December 2026 begins on a Tuesday; no holidays: Tue 1 … Mon 14 is the 10th working day after 1 Dec? The start
    // day (1 Dec, a working day, 00:00) is not counted: 2,3,4,7,8,9,10,11,14,15 → 15 Dec 17:30.
    expect(periodDueAt('2026-11', 10, cal).toISOString()).toBe('2026-12-15T09:30:00.000Z');
  });

  it('National Day does not count: September is due well into October', () => {
    // 1–7 Oct 2026 are holidays; 8 Oct is the start day (not counted) → 9, 12 … the 10th working day is 22 Oct.
    const due = periodDueAt('2026-09', 10, cal);
    expect(due.toISOString()).toBe(
      cal.isWorkday('2026-10-10') ? '2026-10-21T09:30:00.000Z' : '2026-10-22T09:30:00.000Z',
    );
    expect(+due).toBeGreaterThan(+at('2026-10-15T00:00:00+08:00'));
  });

  it('the first period owed holds the adoption day; published periods move it on', () => {
    const e = {
      frequency: 'monthly' as const,
      dueWorkingDays: 10,
      since: '2026-09-15',
      publishedPeriods: [],
    };
    // on 7 Dec: September and October are past due, November is due (not yet overdue)
    const d = nextDisclosure(e, at('2026-12-07T10:00:00+08:00'), cal);
    expect(d).toMatchObject({
      state: 'overdue',
      periodKey: '2026-09',
      dueKey: 'period:2026-09',
      overdueCount: 2,
    });
    const caught = nextDisclosure(
      { ...e, publishedPeriods: ['2026-09', '2026-10'] },
      at('2026-12-07T10:00:00+08:00'),
      cal,
    );
    expect(caught).toMatchObject({ state: 'due', periodKey: '2026-11', overdueCount: 0 });
    expect(caught.dueAt?.toISOString()).toBe('2026-12-15T09:30:00.000Z');
  });

  it('a published month is followed by the running one (open), which turns overdue once its due date passes', () => {
    const e = {
      frequency: 'monthly' as const,
      dueWorkingDays: 10,
      since: '2026-11-01',
      publishedPeriods: ['2026-11'],
    };
    expect(nextDisclosure(e, at('2026-12-07T10:00:00+08:00'), cal)).toMatchObject({
      state: 'open',
      periodKey: '2026-12',
    });
    expect(nextDisclosure(e, at('2027-01-04T10:00:00+08:00'), cal)).toMatchObject({
      state: 'due',
      periodKey: '2026-12',
    });
    const late = nextDisclosure(e, at('2027-02-01T10:00:00+08:00'), cal);
    expect(late).toMatchObject({ state: 'overdue', periodKey: '2026-12', overdueCount: 1 });
  });

  it('quarterly entries owe one publication a quarter', () => {
    const e = {
      frequency: 'quarterly' as const,
      dueWorkingDays: 10,
      since: '2026-01-10',
      publishedPeriods: ['2026-Q1', '2026-Q2', '2026-Q3'],
    };
    expect(nextDisclosure(e, at('2026-12-07T10:00:00+08:00'), cal)).toMatchObject({
      state: 'open',
      periodKey: '2026-Q4',
      overdueCount: 0,
    });
    expect(
      nextDisclosure(
        { ...e, publishedPeriods: ['2026-Q1', '2026-Q3'] },
        at('2026-12-07T10:00:00+08:00'),
        cal,
      ),
    ).toMatchObject({
      state: 'overdue',
      periodKey: '2026-Q2',
      overdueCount: 1,
    });
  });

  it('at-once items: due N working days after the event; nothing owed without unpublished events', () => {
    const base = {
      frequency: 'at_once' as const,
      dueWorkingDays: 5,
      since: '2026-01-01',
      publishedPeriods: [],
    };
    expect(nextDisclosure({ ...base, events: [] }, at('2026-12-07T10:00:00+08:00'), cal).state).toBe('none');
    const events = [
      { id: 'a', occurredAt: at('2026-12-01T15:00:00+08:00'), published: true },
      { id: 'b', occurredAt: at('2026-12-04T15:00:00+08:00'), published: false }, // Friday
    ];
    const d = nextDisclosure({ ...base, events }, at('2026-12-07T10:00:00+08:00'), cal);
    // Friday 4 Dec is the start day: 7, 8, 9, 10, 11 → Friday 11 Dec 17:30
    expect(d).toMatchObject({ state: 'due', eventId: 'b', dueKey: 'event:b' });
    expect(d.dueAt?.toISOString()).toBe('2026-12-11T09:30:00.000Z');
    expect(nextDisclosure({ ...base, events }, at('2026-12-14T09:00:00+08:00'), cal)).toMatchObject({
      state: 'overdue',
      overdueCount: 1,
    });
  });

  it('a period may be published once it has begun and not before the adoption', () => {
    const now = at('2026-12-07T10:00:00+08:00');
    expect(periodPublishable('monthly', '2026-11', '2026-01-01', now)).toBeNull();
    expect(periodPublishable('monthly', '2027-01', '2026-01-01', now)).toBe('future_period');
    expect(periodPublishable('monthly', '2025-12', '2026-01-01', now)).toBe('before_adoption');
    expect(periodPublishable('monthly', '2026-Q4', '2026-01-01', now)).toBe('bad_period');
  });
});

describe('publications, lists, queries and reports', () => {
  it('only a publication in force may be withdrawn or corrected', () => {
    expect(publicationNext('published', 'withdraw')).toBe('withdrawn');
    expect(publicationNext('published', 'correct')).toBe('superseded');
    expect(publicationNext('withdrawn', 'correct')).toBeNull();
    expect(publicationNext('superseded', 'withdraw')).toBeNull();
  });

  it('a subsidy list shows masked names and no phone numbers', () => {
    const [row] = publicList([{ name: '张三丰', amount: 1200, note: '张三丰 电话13812345678' }]);
    expect(row).toMatchObject({ name: '张**', amount: 1200 });
    expect(row!.note).not.toMatch(/三丰|13812345678/);
  });

  it('queries are answered in 20 working days, reports upheld or dismissed in 15', () => {
    // Monday 2 Nov 2026 is the start day: 3 Nov … the 20th working day is Monday 30 Nov
    const received = at('2026-11-02T10:00:00+08:00');
    expect(requestDueAt('query', received, cal).toISOString()).toBe('2026-11-30T09:30:00.000Z');
    expect(+requestDueAt('report', received, cal)).toBeLessThan(+requestDueAt('query', received, cal));
    expect(requestOutcome('query', 'open', 'answered')).toBe('answered');
    expect(requestOutcome('query', 'open', 'upheld')).toBeNull();
    expect(requestOutcome('report', 'open', 'upheld')).toBe('upheld');
    expect(requestOutcome('report', 'dismissed', 'upheld')).toBeNull();
    const due = at('2026-12-10T09:30:00Z');
    expect(requestClock(due, null, at('2026-12-11T00:00:00Z'))).toBe('overdue');
    expect(requestClock(due, at('2026-12-09T00:00:00Z'), at('2026-12-11T00:00:00Z'))).toBe('answered');
    expect(requestClock(due, at('2026-12-11T00:00:00Z'), at('2026-12-12T00:00:00Z'))).toBe('late');
  });
});
