import { z } from 'zod';
import { addDuration } from '../calendar/deadline.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { Role } from '../governance.ts';
import type { ApplicationStatus } from './index.ts';

/**
 * 好差评 for one-window services (国办发〔2019〕51号: 一次一评 / 一事一评; 差评 核实、整改、回访; 申诉复核 排除误评和
 * 恶意差评; 结果公开). Five levels, the last two are 差评. The applicant rates an application once after the result was
 * handed out or refused, within a number of working days; a bad rating opens a rectification (整改) for the units
 * that handled it, due on the working calendar; the unit records what it did, the applicant is called back (回访)
 * and rates the fix (a second, last rating). A unit may appeal (申诉) a rating as mistaken or malicious; the
 * district's service office reviews it, and an upheld appeal excludes the rating from the statistics — the rating
 * stays on record. Pure rules shared by server and web.
 */

export const ServiceRatingLevel = z.enum([
  'very_satisfied',
  'satisfied',
  'basically_satisfied',
  'unsatisfied',
  'very_unsatisfied',
]);
export type ServiceRatingLevel = z.infer<typeof ServiceRatingLevel>;
export const SERVICE_RATING_LEVELS = ServiceRatingLevel.options;

/** The official wording of the five levels (非常满意 … 非常不满意). */
export const SERVICE_RATING_ZH: Record<ServiceRatingLevel, string> = {
  very_satisfied: '非常满意',
  satisfied: '满意',
  basically_satisfied: '基本满意',
  unsatisfied: '不满意',
  very_unsatisfied: '非常不满意',
};

/** 差评: 不满意 and 非常不满意. */
export function isBadRating(level: ServiceRatingLevel): boolean {
  return level === 'unsatisfied' || level === 'very_unsatisfied';
}
/** 好评: 非常满意, 满意, 基本满意. */
export function isGoodRating(level: ServiceRatingLevel): boolean {
  return !isBadRating(level);
}

/** Where the rating came from: the window's device (the applicant's own choice), online by code + phone, the portal. */
export const RatingSource = z.enum(['window', 'online', 'resident', 'callback']);
export type RatingSource = z.infer<typeof RatingSource>;

/** first: the rating of the service; after_fix: the applicant's rating of the rectification (回访). */
export const RatingKind = z.enum(['first', 'after_fix']);
export type RatingKind = z.infer<typeof RatingKind>;

/** Working days after hand-out or refusal during which the applicant may rate (a local choice; 济南 uses 3). */
export const RATE_WITHIN_WORKING_DAYS = 10;
/** Working days a unit has to rectify a bad rating (local practice: 5 in 德州, 7 or 15 elsewhere). */
export const RECTIFY_WORKING_DAYS = 5;

/** An application can be rated once it is over: handed out (approved or refused at merge) or refused at intake. */
export function ratable(status: ApplicationStatus): boolean {
  return status === 'handed_out' || status === 'rejected';
}

/** The last moment the applicant may rate an application closed at `closedAt`. */
export function ratingCloses(closedAt: Date, cal: WorkingCalendar, days = RATE_WITHIN_WORKING_DAYS): Date {
  return addDuration(closedAt, { value: days, unit: 'working_days' }, cal);
}

export type RectificationState = 'open' | 'done' | 'closed' | 'void';

export type RateBlock =
  'not_done' | 'already_rated' | 'window_closed' | 'not_rated' | 'fix_not_done' | 'fix_already_rated';

/**
 * Whether the applicant may rate now. A first rating: the application is over, not yet rated, within the window
 * after it closed. A rating of the fix (after_fix): there is a bad first rating whose rectification the unit has
 * recorded as done, and the fix is not rated yet. Answers the reason it may not, or null.
 */
export function rateBlock(
  a: {
    status: ApplicationStatus;
    closedAt: Date | null;
    ratings: readonly { kind: RatingKind }[];
    rectification: RectificationState | null;
  },
  kind: RatingKind,
  now: Date,
  cal: WorkingCalendar,
  days = RATE_WITHIN_WORKING_DAYS,
): RateBlock | null {
  if (kind === 'first') {
    if (!ratable(a.status) || !a.closedAt) return 'not_done';
    if (a.ratings.some((r) => r.kind === 'first')) return 'already_rated';
    if (now.getTime() > ratingCloses(a.closedAt, cal, days).getTime()) return 'window_closed';
    return null;
  }
  if (!a.ratings.some((r) => r.kind === 'first')) return 'not_rated';
  if (a.ratings.some((r) => r.kind === 'after_fix')) return 'fix_already_rated';
  if (a.rectification !== 'done') return 'fix_not_done';
  return null;
}

/** A bad first rating opens a rectification; a rating of the fix, or a good rating, does not. */
export function needsRectification(kind: RatingKind, level: ServiceRatingLevel): boolean {
  return kind === 'first' && isBadRating(level);
}

/** When a rectification opened at `at` is due: RECTIFY_WORKING_DAYS working days on the calendar. */
export function rectificationDue(at: Date, cal: WorkingCalendar, days = RECTIFY_WORKING_DAYS): Date {
  return addDuration(at, { value: days, unit: 'working_days' }, cal);
}

export type RectificationStep = 'record' | 'callback' | 'void';
const RECT_MOVES: Record<RectificationState, Partial<Record<RectificationStep, RectificationState>>> = {
  open: { record: 'done', void: 'void' },
  done: { callback: 'closed', void: 'void' },
  closed: {},
  void: {},
};
/**
 * open → (the unit records what it did) done → (the callback records the applicant's rating of the fix) closed;
 * an upheld appeal voids an open or done rectification. Null when the step is not open now.
 */
export function rectificationAfter(
  state: RectificationState,
  step: RectificationStep,
): RectificationState | null {
  return RECT_MOVES[state][step] ?? null;
}

/** Overdue: still open (the unit has not recorded its action) past its due. */
export function rectificationOverdue(r: { state: RectificationState; dueAt: Date }, now: Date): boolean {
  return r.state === 'open' && now.getTime() > r.dueAt.getTime();
}

// ---------------------------------------------------------------- appeals (申诉复核)

export const AppealGround = z.enum(['mistaken', 'malicious', 'outside_duty']);
export type AppealGround = z.infer<typeof AppealGround>;
export const AppealDecision = z.enum(['upheld', 'dismissed']);
export type AppealDecision = z.infer<typeof AppealDecision>;
export type AppealState = 'pending' | AppealDecision;

export type AppealBlock = 'not_bad' | 'already_appealed' | 'excluded';
/** A unit may appeal a bad rating once (a rating of the fix included); not one already excluded. */
export function appealBlock(r: {
  level: ServiceRatingLevel;
  excluded: boolean;
  appeals: readonly { state: AppealState }[];
}): AppealBlock | null {
  if (!isBadRating(r.level)) return 'not_bad';
  if (r.excluded) return 'excluded';
  if (r.appeals.length > 0) return 'already_appealed';
  return null;
}

/** Who reviews appeals: the district's (or the city's) service office — its administrators and supervisors. */
export function canReviewAppeals(actor: { roles: readonly Role[]; scopeLevel: string }): boolean {
  return (
    (actor.scopeLevel === 'district' || actor.scopeLevel === 'city') &&
    actor.roles.some((r) => r === 'admin' || r === 'supervisor')
  );
}

/** What an upheld appeal does: the rating is excluded from statistics (never deleted), its rectification voided. */
export function appealEffect(decision: AppealDecision): { exclude: boolean; voidRectification: boolean } {
  return decision === 'upheld'
    ? { exclude: true, voidRectification: true }
    : { exclude: false, voidRectification: false };
}

// ---------------------------------------------------------------- statistics (公开 / 考核)

export interface RatingFact {
  level: ServiceRatingLevel;
  excluded: boolean;
  /** the keys it counts for: units that handled it, items, the window, the month … */
  keys: readonly string[];
}

export interface RatingAggregate {
  key: string;
  /** ratings counted (excluded ones not) */
  count: number;
  good: number;
  bad: number;
  /** ratings excluded by an upheld appeal */
  excluded: number;
  levels: Record<ServiceRatingLevel, number>;
  /** 好评率, percent to 0.1; null with nothing counted */
  goodShare: number | null;
}

/** 好评率 as published and fed to the assessment: good / counted, percent to one decimal. */
export function goodShare(good: number, count: number): number | null {
  return count === 0 ? null : Math.round((good / count) * 1000) / 10;
}

/**
 * Ratings folded per key (unit, item, window or month): counted, good, bad, the excluded apart, the share good.
 * Excluded ratings stay visible as a count and weigh nothing. Keys in the order first met.
 */
export function aggregateRatings(facts: readonly RatingFact[]): RatingAggregate[] {
  const out = new Map<string, RatingAggregate>();
  for (const f of facts)
    for (const key of new Set(f.keys)) {
      let a = out.get(key);
      if (!a) {
        a = {
          key,
          count: 0,
          good: 0,
          bad: 0,
          excluded: 0,
          levels: Object.fromEntries(SERVICE_RATING_LEVELS.map((l) => [l, 0])) as Record<
            ServiceRatingLevel,
            number
          >,
          goodShare: null,
        };
        out.set(key, a);
      }
      if (f.excluded) {
        a.excluded++;
        continue;
      }
      a.count++;
      a.levels[f.level]++;
      if (isBadRating(f.level)) a.bad++;
      else a.good++;
    }
  for (const a of out.values()) a.goodShare = goodShare(a.good, a.count);
  return [...out.values()];
}
