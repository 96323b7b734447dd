import { z } from 'zod';
import type { UnitKind } from '../governance.ts';
import { dayNumberOf, formatDay, parseDay } from '../calendar/time.ts';
import { RatingLevel, ZERO_COUNTS, type RateCounts } from './rates.ts';

/**
 * The facts behind the rates, and the rules that classify each: the single source of 响应率/解决率/满意率 outcomes.
 * The server's incremental fold (assessment.fold.ts) and its naive recompute (assessment.recompute.ts) apply the
 * same rules in SQL; assessment.facts.test.ts generates random case histories, writes them to a real database,
 * and checks both against these functions.
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

/** A lead assignment as the response rule sees it. */
export interface LeadAssignmentFacts extends ResponseFacts {
  id: string;
  unitId: string;
  createdAt: Date;
}

/** A callback (回访) event of the case. */
export interface CallbackEventFacts {
  eventId: string;
  at: Date;
  resolved: boolean | null;
  /** As recorded; anything but a rating level (or none) is not counted. */
  rating: string | null;
}

/** The history of one case, as far as the rates look at it. */
export interface CaseRateHistory {
  leads: readonly LeadAssignmentFacts[];
  callbacks: readonly CallbackEventFacts[];
}

/** 响应率: one per lead assignment, counted on the Shanghai day the assignment was made, for its unit. */
export interface ResponseFact {
  assignmentId: string;
  unitId: string;
  day: string;
  outcome: FactOutcome;
}

/** 解决率 / 满意率: one per rated callback, counted on its Shanghai day, for the lead unit that handled the case. */
export interface CallbackFact {
  eventId: string;
  unitId: string;
  day: string;
  resolved: boolean;
  rating: RatingLevel;
}

const shanghaiDay = (t: Date) => formatDay(dayNumberOf(t));

/**
 * The unit a callback is attributed to: the lead assignment made last before (or at) the callback — the unit that
 * handled the case when the resident was asked. Undefined when the case never had a lead (closed at intake).
 */
export function callbackUnit(leads: readonly LeadAssignmentFacts[], at: Date): string | undefined {
  let best: LeadAssignmentFacts | undefined;
  for (const a of leads) {
    if (a.createdAt.getTime() > at.getTime()) continue;
    if (!best || a.createdAt.getTime() >= best.createdAt.getTime()) best = a;
  }
  return best?.unitId;
}

/**
 * The rate facts of one case at `now`: every lead assignment's response outcome (open and excluded ones included,
 * they count for nothing), and every rated callback with its unit. A callback without a rating level, or of a case
 * without a lead, is not counted; an unrecorded `resolved` is not resolved.
 */
export function caseRateFacts(
  h: CaseRateHistory,
  now: Date,
): { responses: ResponseFact[]; callbacks: CallbackFact[] } {
  const responses = h.leads.map((a) => ({
    assignmentId: a.id,
    unitId: a.unitId,
    day: shanghaiDay(a.createdAt),
    outcome: responseOutcome(a, now),
  }));
  const callbacks: CallbackFact[] = [];
  for (const cb of h.callbacks) {
    const rating = RatingLevel.safeParse(cb.rating);
    const unitId = callbackUnit(h.leads, cb.at);
    if (!rating.success || unitId === undefined) continue;
    callbacks.push({
      eventId: cb.eventId,
      unitId,
      day: shanghaiDay(cb.at),
      resolved: cb.resolved === true,
      rating: rating.data,
    });
  }
  return { responses, callbacks };
}

/** The counts behind each unit's rates for a period, from the facts (what the daily counters must sum to). */
export function countFacts(
  facts: { responses: readonly ResponseFact[]; callbacks: readonly CallbackFact[] },
  period: Period,
): Map<string, RateCounts> {
  const out = new Map<string, RateCounts>();
  const inPeriod = (day: string) => day >= period.from && day <= period.to;
  const of = (unitId: string) => {
    let c = out.get(unitId);
    if (!c) out.set(unitId, (c = { ...ZERO_COUNTS }));
    return c;
  };
  for (const r of facts.responses) {
    if (!inPeriod(r.day)) continue;
    if (r.outcome === 'hit') of(r.unitId).responseHit += 1;
    if (r.outcome === 'miss') of(r.unitId).responseMiss += 1;
  }
  for (const cb of facts.callbacks) {
    if (!inPeriod(cb.day)) continue;
    const c = of(cb.unitId);
    c.callbacks += 1;
    if (callbackOutcome('resolution', cb) === 'hit') c.resolved += 1;
    if (cb.rating === 'satisfied') c.satisfied += 1;
    if (cb.rating === 'basically_satisfied') c.basicallySatisfied += 1;
    if (cb.rating === 'unsatisfied') c.unsatisfied += 1;
  }
  return out;
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
    case 'social_org':
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
