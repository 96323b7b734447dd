import { z } from 'zod';
import type { UnitKind } from '../governance.ts';
import { dayNumberOf, formatDay, parseDay } from '../calendar/time.ts';
import type { RatingLevel } from './rates.ts';

/**
 * The facts behind the rates, and the rule that classifies each. The server's incremental job applies the same
 * rules in SQL; tests recompute with these functions from the raw rows and compare.
 */

/** hit: counts for the unit; miss: costs it points; open: not decided yet; excluded: not counted. */
export const FactOutcome = z.enum(['hit', 'miss', 'open', 'excluded']);
export type FactOutcome = z.infer<typeof FactOutcome>;

export interface ResponseFacts {
  status: 'pending' | 'accepted' | 'returned' | 'reported' | 'done' | 'cancelled';
  acceptedAt: Date | null;
  /** When the unit first contacted the resident (先行联系), if recorded. */
  respondedAt: Date | null;
  acceptDueAt: Date | null;
}

/**
 * 响应率 of one lead assignment:
 * - accepted or the resident contacted by the accept deadline → hit; later → miss (final either way);
 * - returned (退单) or withdrawn (cancelled) without acceptance → excluded: the dispatcher or the district judges a
 *   return, and a withdrawn dispatch was not the unit's to answer;
 * - still pending after the deadline → miss; before it → open.
 * Only lead assignments count: co-units' assignments are accepted together with the lead's.
 */
export function responseOutcome(a: ResponseFacts, now: Date): FactOutcome {
  const times = [a.acceptedAt, a.respondedAt].filter((t): t is Date => t !== null);
  if (times.length > 0) {
    const first = Math.min(...times.map((t) => t.getTime()));
    return a.acceptDueAt === null || first <= a.acceptDueAt.getTime() ? 'hit' : 'miss';
  }
  if (a.status === 'returned' || a.status === 'cancelled') return 'excluded';
  if (a.acceptDueAt !== null && a.acceptDueAt.getTime() < now.getTime()) return 'miss';
  return 'open';
}

/** The rate a drill-down asks about. */
export const Measure = z.enum(['response', 'resolution', 'satisfaction']);
export type Measure = z.infer<typeof Measure>;

/** Of one callback: resolved → resolution hit; rated below the top level → satisfaction miss (it cost points). */
export function callbackOutcome(
  measure: 'resolution' | 'satisfaction',
  cb: { resolved: boolean; rating: RatingLevel },
): 'hit' | 'miss' {
  if (measure === 'resolution') return cb.resolved ? 'hit' : 'miss';
  return cb.rating === 'satisfied' ? 'hit' : 'miss';
}

/** 同类单位: units are ranked only against their peers. */
export const PeerGroup = z.enum(['street', 'town', 'department', 'enterprise', 'community']);
export type PeerGroup = z.infer<typeof PeerGroup>;
export const PEER_GROUPS = PeerGroup.options;

/**
 * A unit's peer group. Street offices split by the kind of their region: 街道 are streets; 镇, 乡 and 地区 (which
 * double as town governments) are towns. The region's name decides; the unit's name when the region is unknown.
 */
export function peerGroupOf(unit: {
  kind: UnitKind;
  name: string;
  regionName?: string | null;
}): PeerGroup | null {
  switch (unit.kind) {
    case 'street_office': {
      const name = unit.regionName ?? unit.name.replace(/(办事处|人民政府)$/, '');
      return name.endsWith('街道') ? 'street' : 'town';
    }
    case 'department':
      return 'department';
    case 'enterprise':
      return 'enterprise';
    case 'community':
      return 'community';
    case 'government':
      return null;
  }
}

/** An inclusive range of Shanghai calendar days, 'YYYY-MM-DD'. */
export interface Period {
  from: string;
  to: string;
}

/** The month containing an instant, in Asia/Shanghai. */
export function monthOf(instant: Date): Period {
  return monthPeriod(formatDay(dayNumberOf(instant)).slice(0, 7));
}

/** 'YYYY-MM' → its first and last day. */
export function monthPeriod(month: string): Period {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new RangeError(`not a YYYY-MM month: ${month}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}` };
}

/** Number of days in a period (both ends included). */
export function periodDays(p: Period): number {
  return parseDay(p.to) - parseDay(p.from) + 1;
}

/**
 * The period to compare with: the previous calendar month when the period is exactly a month, otherwise the
 * same number of days just before it.
 */
export function previousPeriod(p: Period): Period {
  const from = parseDay(p.from);
  const isMonth = p.from.endsWith('-01') && monthPeriod(p.from.slice(0, 7)).to === p.to;
  if (isMonth) return monthPeriod(formatDay(from - 1).slice(0, 7));
  const n = periodDays(p);
  return { from: formatDay(from - n), to: formatDay(from - 1) };
}
