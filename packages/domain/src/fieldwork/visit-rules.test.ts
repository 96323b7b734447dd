import { describe, expect, it } from 'vitest';
import { TAG_LEVELS, TagType } from '../basedata/codes.ts';
import { WorkingCalendar } from '../calendar/working-calendar.ts';
import { formatDay, parseDay } from '../calendar/time.ts';
import {
  DEFAULT_VISIT_RULES,
  addInterval,
  firstVisitTooLate,
  nextVisit,
  visitRuleFor,
  visitRuleKey,
  type IntervalUnit,
  type VisitRule,
} from './visit-rules.ts';

const at = (s: string) => new Date(s); // instants written with their +08:00 offset
const rule = (tag: TagType, level: string | null) => {
  const r = visitRuleFor(DEFAULT_VISIT_RULES, tag, level);
  if (!r) throw new Error(`no rule for ${tag}/${level}`);
  return r;
};
/** the Shanghai day on which a visit after `last` (a visit on that day) is due, under the default rule */
const dueDayAfter = (tag: TagType, level: string | null, last: string) =>
  formatDay(
    Math.floor(
      (+nextVisit(
        rule(tag, level),
        { tagStartedOn: null, lastVisitAt: at(`${last}T10:00:00+08:00`) },
        at(`${last}T12:00:00+08:00`),
      ).dueAt -
        1 +
        8 * 3_600_000) /
        86_400_000,
    ),
  );

describe('the default visit rules (issue 11, from practice)', () => {
  it('社区矫正: 严管 weekly, 普管 and 宽管 less often', () => {
    expect(dueDayAfter('community_correction', 'strict', '2026-12-07')).toBe('2026-12-14');
    expect(dueDayAfter('community_correction', 'ordinary', '2026-12-07')).toBe('2027-01-07');
    expect(dueDayAfter('community_correction', 'lenient', '2026-12-07')).toBe('2027-03-07');
  });

  it('严重精神障碍 by danger level: 0 every 3 months, 1–2 every 2 months, 3–5 within 2 weeks', () => {
    expect(dueDayAfter('severe_mental', '0', '2026-01-15')).toBe('2026-04-15');
    for (const l of ['1', '2']) expect(dueDayAfter('severe_mental', l, '2026-01-15')).toBe('2026-03-15');
    for (const l of ['3', '4', '5']) expect(dueDayAfter('severe_mental', l, '2026-01-15')).toBe('2026-01-29');
  });

  it('社区戒毒 by year of the programme: monthly, then every 2, then every 3 months', () => {
    expect(dueDayAfter('drug_user', 'year1', '2026-05-31')).toBe('2026-06-30'); // clamped to the month's end
    expect(dueDayAfter('drug_user', 'year2', '2026-05-31')).toBe('2026-07-31');
    expect(dueDayAfter('drug_user', 'year3', '2026-05-31')).toBe('2026-08-31');
  });

  it('独居/空巢老人: 高风险 weekly, 重点 monthly, 一般 quarterly', () => {
    for (const tag of ['elderly_alone', 'elderly_empty_nest'] as const) {
      expect(dueDayAfter(tag, 'high_risk', '2026-12-01')).toBe('2026-12-08');
      expect(dueDayAfter(tag, 'key', '2026-12-01')).toBe('2027-01-01');
      expect(dueDayAfter(tag, 'general', '2026-12-01')).toBe('2027-03-01');
    }
  });

  it('every level of every scheduled tag has a rule, each with its source', () => {
    const scheduled = new Set(DEFAULT_VISIT_RULES.map((r) => r.tag));
    for (const tag of scheduled)
      for (const level of TAG_LEVELS[tag]) {
        const r = visitRuleFor(DEFAULT_VISIT_RULES, tag, level);
        expect(r, `${tag}/${level}`).not.toBeNull();
        expect(r!.source).toMatch(/https?:\/\//);
      }
    // tags with no public source for a frequency are not scheduled by default
    expect(visitRuleFor(DEFAULT_VISIT_RULES, 'released_prisoner', null)).toBeNull();
    expect(visitRuleFor(DEFAULT_VISIT_RULES, 'dibao', null)).toBeNull();
  });
});

describe('visitRuleFor', () => {
  const rules: VisitRule[] = [
    { ...rule('elderly_alone', 'key'), tag: 'disabled', level: null },
    { ...rule('elderly_alone', 'high_risk'), tag: 'disabled', level: '1' },
  ];
  it('takes the level’s own rule, else the tag’s rule for every level', () => {
    expect(visitRuleFor(rules, 'disabled', '1')!.every).toEqual({ unit: 'week', count: 1 });
    expect(visitRuleFor(rules, 'disabled', '3')!.every).toEqual({ unit: 'month', count: 1 });
    expect(visitRuleFor(rules, 'disabled', null)!.every).toEqual({ unit: 'month', count: 1 });
    expect(visitRuleFor(rules, 'dibao', null)).toBeNull();
  });
});

describe('nextVisit', () => {
  const strict = rule('community_correction', 'strict');
  const highRisk = rule('elderly_alone', 'high_risk');

  it('counts the first visit from the tag’s start', () => {
    const v = nextVisit(
      strict,
      { tagStartedOn: parseDay('2026-12-01'), lastVisitAt: null },
      at('2026-12-03T09:00:00+08:00'),
    );
    expect(v.reason).toBe('first');
    expect(v.dueAt).toEqual(at('2026-12-09T00:00:00+08:00')); // the end of 12-08
    expect(v.state).toBe('upcoming'); // five days ahead: outside a weekly rule's two-day window
    const soon = nextVisit(
      strict,
      { tagStartedOn: parseDay('2026-12-01'), lastVisitAt: null },
      at('2026-12-07T09:00:00+08:00'),
    );
    expect(soon.state).toBe('due');
  });

  it('is upcoming far before, due within the window, overdue once the due day has ended', () => {
    const last = at('2026-10-01T10:00:00+08:00');
    const r = rule('severe_mental', '0'); // due 2027-01-01, end of day
    expect(
      nextVisit(r, { tagStartedOn: null, lastVisitAt: last }, at('2026-12-01T10:00:00+08:00')).state,
    ).toBe('upcoming');
    expect(
      nextVisit(r, { tagStartedOn: null, lastVisitAt: last }, at('2026-12-28T10:00:00+08:00')).state,
    ).toBe('due');
    expect(
      nextVisit(r, { tagStartedOn: null, lastVisitAt: last }, at('2027-01-01T23:59:00+08:00')).state,
    ).toBe('due');
    expect(
      nextVisit(r, { tagStartedOn: null, lastVisitAt: last }, at('2027-01-02T00:00:00+08:00')).state,
    ).toBe('overdue');
  });

  it('a major change makes a high-risk elder’s visit due within 24 hours', () => {
    const v = nextVisit(
      highRisk,
      {
        tagStartedOn: null,
        lastVisitAt: at('2026-12-01T10:00:00+08:00'),
        majorChangeAt: at('2026-12-03T15:00:00+08:00'),
      },
      at('2026-12-03T16:00:00+08:00'),
    );
    expect(v.reason).toBe('major_change');
    expect(v.dueAt).toEqual(at('2026-12-04T15:00:00+08:00'));
    // a visit after the change settles it: the weekly rule counts again from that visit
    const after = nextVisit(
      highRisk,
      {
        tagStartedOn: null,
        lastVisitAt: at('2026-12-04T09:00:00+08:00'),
        majorChangeAt: at('2026-12-03T15:00:00+08:00'),
      },
      at('2026-12-04T10:00:00+08:00'),
    );
    expect(after.reason).toBe('interval');
    expect(after.dueAt).toEqual(at('2026-12-12T00:00:00+08:00'));
  });

  it('a rule without the 24-hour clause ignores major changes', () => {
    const v = nextVisit(
      rule('elderly_alone', 'general'),
      {
        tagStartedOn: null,
        lastVisitAt: at('2026-12-01T10:00:00+08:00'),
        majorChangeAt: at('2026-12-03T15:00:00+08:00'),
      },
      at('2026-12-03T16:00:00+08:00'),
    );
    expect(v.reason).toBe('interval');
  });

  it('holidays: natural rules run through them; a working-day rule skips them', () => {
    const cal = new WorkingCalendar();
    const fourteen = rule('severe_mental', '3');
    // from 2026-09-28, 14 natural days end on 10-12, National Day or not
    expect(formatDay(addInterval(parseDay('2026-09-28'), fourteen.every))).toBe('2026-10-12');
    // 14 working days skip the National Day holiday (10-01…10-07) and the weekends, and count Sat 10-10:
    // 09-29, 09-30, 10-08, 10-09, 10-10, 10-12…10-16, 10-19…10-22
    expect(formatDay(addInterval(parseDay('2026-09-28'), fourteen.every, 'working', cal))).toBe('2026-10-22');
    expect(() => addInterval(0, fourteen.every, 'working')).toThrow();
  });

  it('months clamp to the end of a shorter month, leap years included', () => {
    expect(formatDay(addInterval(parseDay('2028-01-31'), { unit: 'month', count: 1 }))).toBe('2028-02-29');
    expect(formatDay(addInterval(parseDay('2026-11-30'), { unit: 'month', count: 3 }))).toBe('2027-02-28');
  });
});

describe('effectiveVisitRules', () => {
  it('a stored rule replaces the default of its tag and level, adds new ones, and switched off removes it', async () => {
    const { effectiveVisitRules } = await import('./visit-rules.ts');
    const strict = rule('community_correction', 'strict');
    const rules = effectiveVisitRules(DEFAULT_VISIT_RULES, [
      { ...strict, every: { unit: 'day', count: 3 }, source: '本区规定', active: true },
      { ...strict, tag: 'released_prisoner', level: null, every: { unit: 'month', count: 6 }, active: true },
      { ...rule('elderly_alone', 'general'), active: false },
    ]);
    expect(visitRuleFor(rules, 'community_correction', 'strict')!.every).toEqual({ unit: 'day', count: 3 });
    expect(visitRuleFor(rules, 'community_correction', 'ordinary')!.every).toEqual({
      unit: 'month',
      count: 1,
    });
    expect(visitRuleFor(rules, 'released_prisoner', null)!.every).toEqual({ unit: 'month', count: 6 });
    expect(visitRuleFor(rules, 'elderly_alone', 'general')).toBeNull();
    expect(rules).toHaveLength(DEFAULT_VISIT_RULES.length); // one replaced, one added, one removed
  });
});

describe('firstVisitTooLate', () => {
  const r = (every: [IntervalUnit, number], first: [IntervalUnit, number] | null) => ({
    every: { unit: every[0], count: every[1] },
    firstWithin: first ? { unit: first[0], count: first[1] } : null,
  });
  it.each([
    [r(['week', 1], null), false],
    [r(['week', 1], ['day', 7]), false],
    [r(['week', 1], ['day', 8]), true],
    [r(['month', 1], ['week', 4]), false],
    [r(['week', 4], ['month', 1]), false], // a month may be 28 days
    [r(['week', 4], ['month', 2]), true],
    [r(['month', 3], ['month', 3]), false],
    [r(['month', 3], ['month', 4]), true],
    [r(['day', 14], ['week', 2]), false],
    [r(['day', 14], ['week', 3]), true],
  ])('%j → %s', (rule, tooLate) => {
    expect(firstVisitTooLate(rule)).toBe(tooLate);
  });

  it('a rule is known by its tag and level; a rule for every level by its tag alone', () => {
    expect(visitRuleKey({ tag: 'severe_mental', level: '3' })).toBe('severe_mental|3');
    expect(visitRuleKey({ tag: 'dibao', level: null })).toBe('dibao|');
  });
});
