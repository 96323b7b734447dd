/**
 * 每月一题 (issue 12): recurring problems across the district ranked for a month — cases and distinct reporters per
 * category group × place or population, with the counts of the previous months for the trend. Pure: the caller
 * gives the cases of the month and of the months before.
 */
import { localDay } from './cluster.ts';
import { reporterKey } from './heat.ts';
import type { PlaceMatch } from './places.ts';

export interface TopicCase {
  id: string;
  group: string;
  place: PlaceMatch | null;
  at: number;
  reporter: string | null;
}

export interface MonthlyTopic {
  /** `group|placeKey`: what a proactive task links to and its effect counts. */
  key: string;
  group: string;
  place: PlaceMatch;
  cases: number;
  reporters: number;
  /** Cases in each previous month, nearest first. */
  previous: number[];
  /** Cases this month minus the mean of the previous months. */
  trend: number;
  /** Seen in at least one previous month. */
  recurring: boolean;
}

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function topicKey(group: string, placeKey: string): string {
  return `${group}|${placeKey}`;
}

/** 'YYYY-MM' shifted by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const n = y * 12 + (m - 1) + delta;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** Local month ('YYYY-MM') of an instant. */
export function localMonthOf(ms: number, tzOffsetMinutes = 480): string {
  return localDay(ms, tzOffsetMinutes).slice(0, 7);
}

/**
 * Topics of `month` ranked by distinct reporters, then cases, then trend; only cases with a place or population
 * count (a topic is a problem somewhere or of someone). `previousMonths` (default 3) months before give the trend.
 */
export function rankMonthly(
  cases: readonly TopicCase[],
  month: string,
  { previousMonths = 3, tzOffsetMinutes = 480, limit = 50 } = {},
): MonthlyTopic[] {
  const prevIndex = new Map<string, number>();
  for (let i = 1; i <= previousMonths; i++) prevIndex.set(shiftMonth(month, -i), i - 1);
  const topics = new Map<
    string,
    { group: string; place: PlaceMatch; ids: number; reporters: Set<string>; previous: number[] }
  >();
  for (const c of cases) {
    if (!c.place) continue;
    const m = localMonthOf(c.at, tzOffsetMinutes);
    const prev = prevIndex.get(m);
    if (m !== month && prev === undefined) continue;
    const key = topicKey(c.group, c.place.key);
    let t = topics.get(key);
    if (!t)
      topics.set(
        key,
        (t = {
          group: c.group,
          place: c.place,
          ids: 0,
          reporters: new Set(),
          previous: new Array<number>(previousMonths).fill(0),
        }),
      );
    if (m === month) {
      t.ids++;
      t.reporters.add(reporterKey(c));
    } else t.previous[prev!]!++;
  }
  const out: MonthlyTopic[] = [];
  for (const [key, t] of topics) {
    if (t.ids === 0) continue;
    const mean = previousMonths ? t.previous.reduce((s, n) => s + n, 0) / previousMonths : 0;
    out.push({
      key,
      group: t.group,
      place: t.place,
      cases: t.ids,
      reporters: t.reporters.size,
      previous: t.previous,
      trend: Math.round((t.ids - mean) * 100) / 100,
      recurring: t.previous.some((n) => n > 0),
    });
  }
  out.sort(
    (a, b) =>
      b.reporters - a.reporters || b.cases - a.cases || b.trend - a.trend || a.key.localeCompare(b.key),
  );
  return out.slice(0, limit);
}
