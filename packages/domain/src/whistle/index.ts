import { z } from 'zod';

/**
 * 街乡吹哨、部门报到 (DESIGN.md §4 Whistle): a street/town lead summons departments to a matter it cannot solve
 * alone; each summoned unit must report in on site before a deadline; afterwards the street rates each unit.
 */

/** 疑难问题 / 联合执法 / 应急处置 */
export const WhistleKind = z.enum(['difficult', 'joint_enforcement', 'emergency']);
export type WhistleKind = z.infer<typeof WhistleKind>;

/** open: waiting for report-ins; acting: the joint action is under way; closed: settled and rated; void. */
export const WhistleStatus = z.enum(['open', 'acting', 'closed', 'void']);
export type WhistleStatus = z.infer<typeof WhistleStatus>;

/** summoned: not yet on site; reported: on time; late: after the deadline; missing: not there at the deadline. */
export const SummonStatus = z.enum(['summoned', 'reported', 'late', 'missing']);
export type SummonStatus = z.infer<typeof SummonStatus>;

/** Pinggu's practice: departments report in within 30 minutes. */
export const DEFAULT_REPORT_IN_MINUTES = 30;
/** setting key of the default report-in deadline in minutes (an integer, 5–240). */
export const REPORT_IN_MINUTES_KEY = 'whistle_report_in_minutes';
export const MIN_REPORT_IN_MINUTES = 5;
export const MAX_REPORT_IN_MINUTES = 240;

/** The configured default when it is a valid number of minutes, otherwise 30. */
export function reportInMinutesFrom(value: unknown): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= MIN_REPORT_IN_MINUTES && n <= MAX_REPORT_IN_MINUTES
    ? n
    : DEFAULT_REPORT_IN_MINUTES;
}

/**
 * setting key: whether a street lead whose jurisdiction is a community (社区) may blow for the community's street
 * ("a street/town lead, or community if enabled"). A boolean, off unless set.
 */
export const COMMUNITY_ENABLED_KEY = 'whistle_community_enabled';
export const DEFAULT_COMMUNITY_ENABLED = false;

/** The configured switch when it is a boolean (or its JSON text), otherwise off. */
export function communityEnabledFrom(value: unknown): boolean {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return DEFAULT_COMMUNITY_ENABLED;
}

export const ReportInMinutes = z.number().int().min(MIN_REPORT_IN_MINUTES).max(MAX_REPORT_IN_MINUTES);

/** The whistle settings as the API reads and writes them (both rows of the `setting` table at once). */
export const WhistleSettings = z.object({
  reportInMinutes: ReportInMinutes,
  communityMayWhistle: z.boolean(),
});
export type WhistleSettings = z.infer<typeof WhistleSettings>;

/** A report-in at `at` for a deadline `dueAt`: exactly at the deadline still counts as on time. */
export function reportInStatus(at: Date, dueAt: Date): 'reported' | 'late' {
  return at.getTime() <= dueAt.getTime() ? 'reported' : 'late';
}

/** Which statuses a summoned unit may report in from: before the deadline, or after it was marked missing. */
export function canReportIn(status: SummonStatus): boolean {
  return status === 'summoned' || status === 'missing';
}

/** What a user may do to a whistle in a status (checked by server and client alike). */
export const WhistleOperation = z.enum(['report_in', 'record_action', 'rate', 'close', 'void']);
export type WhistleOperation = z.infer<typeof WhistleOperation>;

const ALLOWED: Record<WhistleStatus, readonly WhistleOperation[]> = {
  open: ['report_in', 'record_action', 'rate', 'void'],
  acting: ['report_in', 'record_action', 'rate', 'close', 'void'],
  closed: [],
  void: [],
};

export function whistleAllows(status: WhistleStatus, op: WhistleOperation): boolean {
  return ALLOWED[status].includes(op);
}

/** 报到及时 / 协同配合 / 解决效果, each 1–5. */
export const RatingScore = z.number().int().min(1).max(5);
export const WhistleRatingInput = z.object({
  punctuality: RatingScore,
  cooperation: RatingScore,
  effect: RatingScore,
});
export type WhistleRatingInput = z.infer<typeof WhistleRatingInput>;

/** A unit is rated once its report-in is settled (on site, late or missing), never while still expected. */
export function canRate(status: SummonStatus): boolean {
  return status !== 'summoned';
}

export interface ReportInCounts {
  /** summons whose report-in is settled (reported, late or missing); those still expected do not count yet */
  summoned: number;
  /** reported + late */
  reportedIn: number;
  /** reported before the deadline */
  onTime: number;
  late: number;
  missing: number;
}

export interface ReportInRates extends ReportInCounts {
  /** reportedIn / summoned, null without summons */
  reportInRate: number | null;
  /** onTime / summoned, null without summons */
  onTimeRate: number | null;
}

/** Counts of one unit's summons by status → its report-in rate and on-time rate (the assessment's inputs). */
export function reportInRates(byStatus: Partial<Record<SummonStatus, number>>): ReportInRates {
  const onTime = byStatus.reported ?? 0;
  const late = byStatus.late ?? 0;
  const missing = byStatus.missing ?? 0;
  const summoned = onTime + late + missing;
  const reportedIn = onTime + late;
  return {
    summoned,
    reportedIn,
    onTime,
    late,
    missing,
    reportInRate: summoned ? reportedIn / summoned : null,
    onTimeRate: summoned ? onTime / summoned : null,
  };
}
