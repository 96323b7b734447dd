/**
 * Household visits (走访) by rule: how often a grid worker visits a tagged person, by tag and level, and when the
 * next visit is due. Visits follow the natural calendar: the sources below count weeks and months, not working
 * days, and a person in crisis is not visited later because of a holiday. A rule may say otherwise
 * (`calendar: 'working'`), and then its day counts skip the days the working calendar marks as holidays.
 *
 * The defaults come from practice; each cites where it was read (see also ../shared/research/base-data-and-field-work.md §3).
 * A deployment overrides any of them (the `visit_rule` table); a tag with no rule is not scheduled.
 */
import { z } from 'zod';
import { TagType } from '../basedata/codes.ts';
import { DAY_MS, HOUR_MS, dayNumberOf, dayStartMs } from '../calendar/time.ts';

export const IntervalUnit = z.enum(['day', 'week', 'month']);
export type IntervalUnit = z.infer<typeof IntervalUnit>;

export const Interval = z.object({ unit: IntervalUnit, count: z.number().int().min(1).max(366) });
export type Interval = z.infer<typeof Interval>;

export const VisitRule = z.object({
  tag: TagType,
  /** the tag's level this rule is for; null: every level of the tag without a rule of its own */
  level: z.string().min(1).max(20).nullable(),
  /** the longest time between two visits */
  every: Interval,
  /** the first visit after the tag starts is due within this (default: `every`) */
  firstWithin: Interval.nullable().default(null),
  /** after a major change in the person's life (重大变故) a visit is due within this many hours */
  afterChangeWithinHours: z.number().int().min(1).max(720).nullable().default(null),
  /** natural days (the default) or working days for day counts */
  calendar: z.enum(['natural', 'working']).default('natural'),
  /** where the default was read: a citation a reviewer can follow */
  source: z.string().max(500),
});
export type VisitRule = z.infer<typeof VisitRule>;

const SFJ_CLASSES =
  '社区矫正分类管理: 严管 每周报到1次、每周个别教育1次 (省级《社区矫正对象分类管理办法》, http://51haodu.com/t/cFFoeE5KT0Rycw==)';
const SFJ_OLDER =
  '普管/宽管 less often than 严管; the provincial text read gives no figure, so the older A–E scheme is used: 初入矫 每月报到, 剥夺政治权利 每3个月书面汇报 (https://www.wendadaohang.com/zd/13A553AKn.html)';
const MENTAL =
  '严重精神障碍患者管理服务规范 (国家基本公共卫生服务规范): 危险性 0 级 稳定 3 个月随访; 1–2 级 基本稳定 2 个月; 3–5 级 不稳定 2 周内 (https://m.qiqiwenku.com/ppt/342679.html)';
const DRUG =
  '社区戒毒/社区康复 期限 3 年: 第一年每月 1 次, 第二年每两个月 1 次, 第三年每三个月 1 次 (仙游县, https://m.52fuqing.com/newsshow-148318.html)';
const ELDERLY =
  '内蒙古《关于建立特殊困难老年人探访关爱制度的意见》(2022): 高风险 每周≥1次, 重大变故后24小时内走访到位; 重点 每月≥1次; 一般 每季度≥1次 (http://szb.northnews.cn/bfxb/html/2022-06/23/content_37070_184039.htm)';

const week = (count = 1): Interval => ({ unit: 'week', count });
const month = (count = 1): Interval => ({ unit: 'month', count });
const day = (count: number): Interval => ({ unit: 'day', count });

const rule = (
  r: Omit<VisitRule, 'firstWithin' | 'afterChangeWithinHours' | 'calendar'> & Partial<VisitRule>,
): VisitRule => VisitRule.parse(r);

/** The defaults from practice, one row per tag and level; a deployment edits them. */
export const DEFAULT_VISIT_RULES: readonly VisitRule[] = [
  rule({ tag: 'community_correction', level: 'strict', every: week(), source: SFJ_CLASSES }),
  rule({ tag: 'community_correction', level: 'ordinary', every: month(), source: SFJ_OLDER }),
  rule({ tag: 'community_correction', level: 'lenient', every: month(3), source: SFJ_OLDER }),
  rule({ tag: 'severe_mental', level: '0', every: month(3), source: MENTAL }),
  rule({ tag: 'severe_mental', level: '1', every: month(2), source: MENTAL }),
  rule({ tag: 'severe_mental', level: '2', every: month(2), source: MENTAL }),
  ...(['3', '4', '5'] as const).map((level) =>
    rule({ tag: 'severe_mental', level, every: day(14), source: MENTAL }),
  ),
  rule({ tag: 'drug_user', level: 'year1', every: month(1), source: DRUG }),
  rule({ tag: 'drug_user', level: 'year2', every: month(2), source: DRUG }),
  rule({ tag: 'drug_user', level: 'year3', every: month(3), source: DRUG }),
  ...(['elderly_alone', 'elderly_empty_nest'] as const).flatMap((tag) => [
    rule({ tag, level: 'high_risk', every: week(), afterChangeWithinHours: 24, source: ELDERLY }),
    rule({ tag, level: 'key', every: month(), source: ELDERLY }),
    rule({ tag, level: 'general', every: month(3), source: ELDERLY }),
  ]),
];

/**
 * The rule for a tag at a level: the rule of that level, else the tag's rule for every level (level null), else
 * none (the tag is not scheduled).
 */
export function visitRuleFor(
  rules: readonly VisitRule[],
  tag: TagType,
  level: string | null,
): VisitRule | null {
  return (
    rules.find((r) => r.tag === tag && r.level !== null && r.level === level) ??
    rules.find((r) => r.tag === tag && r.level === null) ??
    null
  );
}

/** Days the working calendar counts as working (for rules on working days); natural rules never ask. */
export interface WorkdayTest {
  isWorkdayNumber(dayNumber: number): boolean;
}

/**
 * The Shanghai day `interval` after `fromDay`. Months keep the day of the month, clamped to the month's last day
 * (31 January + 1 month = 28/29 February). Working-day rules count day and week intervals in working days
 * (a week = 5 working days); months stay calendar months.
 */
export function addInterval(
  fromDay: number,
  interval: Interval,
  calendar: 'natural' | 'working' = 'natural',
  workdays?: WorkdayTest,
): number {
  if (interval.unit === 'month') {
    const d = new Date(fromDay * DAY_MS);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + interval.count;
    const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    return Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / DAY_MS;
  }
  if (calendar === 'working') {
    if (!workdays) throw new Error('a working-day visit rule needs the working calendar');
    let left = interval.unit === 'week' ? interval.count * 5 : interval.count;
    let day = fromDay;
    while (left > 0) {
      day += 1;
      if (workdays.isWorkdayNumber(day)) left -= 1;
    }
    return day;
  }
  return fromDay + (interval.unit === 'week' ? interval.count * 7 : interval.count);
}

export type VisitDueReason = 'first' | 'interval' | 'major_change';
export type VisitState = 'upcoming' | 'due' | 'overdue';

export interface VisitDue {
  /** the instant by which the visit must be made: the end of the due day, or the hour after a major change */
  dueAt: Date;
  reason: VisitDueReason;
  state: VisitState;
}

export interface VisitSubject {
  /** the day the tag started (its first visit is counted from here) */
  tagStartedOn: number | null;
  /** the last visit made, if any */
  lastVisitAt: Date | null;
  /** the last major change reported for the person (重大变故), if any */
  majorChangeAt?: Date | null;
}

/** How long before the due instant a visit counts as due (shown on the worker's list). */
export function dueWindowDays(every: Interval): number {
  if (every.unit === 'day') return Math.min(3, Math.max(1, Math.floor(every.count / 4)));
  if (every.unit === 'week') return Math.min(7, 2 * every.count);
  return 7;
}

/**
 * When a tagged person's next visit is due and how urgent it is now. The first visit is counted from the tag's
 * start (within `firstWithin`, default `every`); later ones from the last visit's day; a major change after the
 * last visit makes a visit due within `afterChangeWithinHours`, if the rule has it and that comes sooner.
 */
export function nextVisit(
  rule: VisitRule,
  subject: VisitSubject,
  now: Date,
  workdays?: WorkdayTest,
): VisitDue {
  const today = dayNumberOf(now);
  let reason: VisitDueReason;
  let dueDay: number;
  if (subject.lastVisitAt) {
    reason = 'interval';
    dueDay = addInterval(dayNumberOf(subject.lastVisitAt), rule.every, rule.calendar, workdays);
  } else {
    reason = 'first';
    dueDay = addInterval(
      subject.tagStartedOn ?? today,
      rule.firstWithin ?? rule.every,
      rule.calendar,
      workdays,
    );
  }
  // the end of the due day: a visit that day is on time
  let dueAt = new Date(dayStartMs(dueDay + 1));
  const change = subject.majorChangeAt;
  if (
    rule.afterChangeWithinHours !== null &&
    change &&
    (!subject.lastVisitAt || change > subject.lastVisitAt)
  ) {
    const byChange = new Date(+change + rule.afterChangeWithinHours * HOUR_MS);
    if (byChange < dueAt) {
      dueAt = byChange;
      reason = 'major_change';
    }
  }
  const windowMs = dueWindowDays(rule.every) * DAY_MS;
  const state: VisitState = now >= dueAt ? 'overdue' : +dueAt - +now <= windowMs ? 'due' : 'upcoming';
  return { dueAt, reason, state };
}

/**
 * The rules in force: the defaults, each replaced by the deployment's rule for the same tag and level, plus the
 * deployment's rules for tags and levels the defaults lack. A stored rule switched off removes the default too.
 */
export function effectiveVisitRules(
  defaults: readonly VisitRule[],
  stored: readonly (VisitRule & { active: boolean })[],
): VisitRule[] {
  const key = visitRuleKey;
  const byKey = new Map(defaults.map((r) => [key(r), r] as const));
  for (const r of stored) {
    if (r.active) {
      const { active: _active, ...rule } = r;
      byKey.set(key(r), rule);
    } else byKey.delete(key(r));
  }
  return [...byKey.values()];
}

/** A rule's identity: its tag and level (null: every level of the tag without a rule of its own). */
export function visitRuleKey(r: Pick<VisitRule, 'tag' | 'level'>): string {
  return `${r.tag}|${r.level ?? ''}`;
}

const UNIT_DAYS: Record<IntervalUnit, { min: number; max: number }> = {
  day: { min: 1, max: 1 },
  week: { min: 7, max: 7 },
  month: { min: 28, max: 31 },
};

/**
 * Whether a rule's first visit may come later than the interval itself allows — then it is refused: a first visit
 * is due sooner than, or as soon as, the ones after it. Only a first window certainly longer counts (a month is
 * 28 to 31 days: "within a month" against "every four weeks" is let pass).
 */
export function firstVisitTooLate(r: Pick<VisitRule, 'every' | 'firstWithin'>): boolean {
  if (!r.firstWithin) return false;
  return (
    r.firstWithin.count * UNIT_DAYS[r.firstWithin.unit].min > r.every.count * UNIT_DAYS[r.every.unit].max
  );
}
