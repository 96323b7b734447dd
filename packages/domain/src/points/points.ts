/**
 * 积分制 (issue 13, 三治融合 · 德治): a community's points rules (积分细则) — behaviours that earn or lose points —
 * are in force only once residents adopted them by a vote; scorers record entries per household, a mistake is
 * corrected by a reversing entry (never deleted); balances, per-month caps, the 积分超市 (goods with a points price
 * and stock) and the monthly 红黑榜. Pure: the server loads, calls these rules, persists.
 */
import { maskName } from '../privacy/deidentify.ts';
import {
  tally,
  type PaperCount,
  type StoredBallot,
  type VoteRules,
  type VoteStatus,
} from '../participation/votes.ts';

export const POINTS_CATEGORIES = [
  'sanitation',
  'mutual_aid',
  'volunteer',
  'customs',
  'violation',
  'other',
] as const;
/** 环境卫生 / 邻里互助 / 志愿服务 / 移风易俗 / 违规行为 / 其他 */
export type PointsCategory = (typeof POINTS_CATEGORIES)[number];

export interface PointsRule {
  id: string;
  category: PointsCategory;
  title: string;
  /** Points an entry on this rule earns (> 0) or loses (< 0): a whole number, never 0. */
  points: number;
  /** At most this many points (in absolute value) from this rule per household per calendar month; null: no cap. */
  capPerMonth: number | null;
  /** A scorer must describe the evidence (photo, witness, sign-in sheet) to record an entry. */
  evidenceRequired: boolean;
  /** A serious negative behaviour: an entry on it puts the household on the month's 黑榜. Only for losing rules. */
  blackList: boolean;
}

export type RuleProblem = 'zero_points' | 'not_whole' | 'cap_below_points' | 'black_list_on_earning_rule';

/** The problems of one rule of a draft rule set (empty: fine). */
export function checkRule(r: Omit<PointsRule, 'id'>): RuleProblem[] {
  const out: RuleProblem[] = [];
  if (!Number.isInteger(r.points)) out.push('not_whole');
  if (r.points === 0) out.push('zero_points');
  if (r.capPerMonth !== null && r.capPerMonth < Math.abs(r.points)) out.push('cap_below_points');
  if (r.blackList && r.points > 0) out.push('black_list_on_earning_rule');
  return out;
}

// ---- adoption by a vote -------------------------------------------------------------------------------------

/** draft: no vote yet; in_vote: the linked vote is not published; adopted / rejected: its published result. */
export type RuleSetState = 'draft' | 'in_vote' | 'adopted' | 'rejected';

export interface AdoptionVote {
  status: VoteStatus;
  rules: VoteRules;
  ballots: readonly StoredBallot[];
  paper: readonly PaperCount[];
  /** The option that means "adopt these rules" (同意). */
  adoptOptionId: string;
}

/**
 * A rule set is adopted when its linked vote is published and the adopt option carried in the participation tally —
 * alone: a tie with another option (both "won") carries nothing.
 */
export function ruleSetState(vote: AdoptionVote | null): RuleSetState {
  if (!vote) return 'draft';
  if (vote.status !== 'published') return 'in_vote';
  const t = tally(vote.rules, vote.ballots, vote.paper);
  const winners = t.options.filter((o) => o.won);
  return winners.length === 1 && winners[0]!.id === vote.adoptOptionId ? 'adopted' : 'rejected';
}

/** The rule set in force: the adopted one of the highest version (a later adoption supersedes an earlier). */
export function ruleSetInForce<T extends { version: number; state: RuleSetState }>(
  sets: readonly T[],
): T | null {
  let best: T | null = null;
  for (const s of sets) if (s.state === 'adopted' && (!best || s.version > best.version)) best = s;
  return best;
}

// ---- the ledger ----------------------------------------------------------------------------------------------

export interface PointsEntry {
  id: string;
  household: string;
  ruleId: string | null;
  /** Signed points; a reversing entry carries the negation of the entry it reverses. */
  points: number;
  /** YYYY-MM-DD, the day the behaviour happened. */
  occurredOn: string;
  /** The entry this one corrects (a reversal), or null for a scoring entry. */
  reverses: string | null;
  /** The rule was flagged for the 黑榜 when the entry was made. */
  blackList: boolean;
}

export type RedemptionStatus = 'requested' | 'handed' | 'cancelled';
export interface RedemptionFacts {
  points: number;
  status: RedemptionStatus;
}

/** Scoring entries still standing: not reversals and not reversed. */
export function standingEntries<T extends PointsEntry>(entries: readonly T[]): T[] {
  const reversed = new Set(entries.filter((e) => e.reverses).map((e) => e.reverses));
  return entries.filter((e) => !e.reverses && !reversed.has(e.id));
}

export interface Balance {
  earned: number;
  lost: number;
  redeemed: number;
  balance: number;
}

/** balance = earned − lost − redeemed; a reversed entry and its reversal count for nothing; a cancelled redemption gives the points back. */
export function balanceOf(entries: readonly PointsEntry[], redemptions: readonly RedemptionFacts[]): Balance {
  let earned = 0;
  let lost = 0;
  for (const e of standingEntries(entries)) {
    if (e.points > 0) earned += e.points;
    else lost -= e.points;
  }
  const redeemed = redemptions.filter((r) => r.status !== 'cancelled').reduce((a, r) => a + r.points, 0);
  return { earned, lost, redeemed, balance: earned - lost - redeemed };
}

export type ScoreRefusal = 'evidence_required' | 'over_cap' | 'rule_not_in_force';

/**
 * Whether a scorer may record an entry on `rule` for a household: the rule belongs to the set in force, evidence is
 * given when the rule asks for it, and the household's standing points on this rule in that month stay within the cap.
 */
export function checkScore(
  rule: PointsRule,
  inForce: boolean,
  entry: { household: string; evidence: string; occurredOn: string },
  entries: readonly PointsEntry[],
): ScoreRefusal | null {
  if (!inForce) return 'rule_not_in_force';
  if (rule.evidenceRequired && entry.evidence.trim().length === 0) return 'evidence_required';
  if (rule.capPerMonth !== null) {
    const month = entry.occurredOn.slice(0, 7);
    const used = standingEntries(entries)
      .filter(
        (e) => e.household === entry.household && e.ruleId === rule.id && e.occurredOn.slice(0, 7) === month,
      )
      .reduce((a, e) => a + Math.abs(e.points), 0);
    if (used + Math.abs(rule.points) > rule.capPerMonth) return 'over_cap';
  }
  return null;
}

/** The correcting entry for `target` (its negation), or why it cannot be reversed. */
export function reversalOf(
  target: PointsEntry,
  entries: readonly PointsEntry[],
): { ok: true; points: number } | { ok: false; reason: 'is_reversal' | 'already_reversed' } {
  if (target.reverses) return { ok: false, reason: 'is_reversal' };
  if (entries.some((e) => e.reverses === target.id)) return { ok: false, reason: 'already_reversed' };
  return { ok: true, points: -target.points };
}

// ---- 积分超市 ------------------------------------------------------------------------------------------------

export interface GoodFacts {
  active: boolean;
  price: number;
  stock: number;
}

export type RedemptionRefusal = 'good_inactive' | 'out_of_stock' | 'insufficient_balance';

/** A redemption of `quantity` of a good against the household's balance and the good's stock (checked under locks). */
export function checkRedemption(
  balance: number,
  good: GoodFacts,
  quantity: number,
): RedemptionRefusal | null {
  if (!good.active) return 'good_inactive';
  if (quantity > good.stock) return 'out_of_stock';
  if (good.price * quantity > balance) return 'insufficient_balance';
  return null;
}

/** A redemption can be cancelled (points and stock given back) or handed out only while requested. */
export function redemptionStep(
  status: RedemptionStatus,
  step: 'hand' | 'cancel',
): { ok: true; to: RedemptionStatus } | { ok: false } {
  if (status !== 'requested') return { ok: false };
  return { ok: true, to: step === 'hand' ? 'handed' : 'cancelled' };
}

// ---- 红黑榜 ---------------------------------------------------------------------------------------------------

export interface MonthlyBoard {
  month: string;
  /** 红榜: the households with the most net points in the month (ties at the edge all listed). */
  red: { household: string; points: number }[];
  /** 黑榜: households with a standing entry on a rule flagged for the list, and how many. */
  black: { household: string; entries: number }[];
}

/**
 * The month's 红黑榜 (month: YYYY-MM) from the entries that stand: red are the `size` households with the highest
 * positive net points (ties at the edge included), excluding any on the black list; black are households with a
 * standing entry on a 黑榜 rule that month — nobody is put there by an ordinary deduction.
 */
export function monthlyBoard(entries: readonly PointsEntry[], month: string, size = 10): MonthlyBoard {
  const inMonth = standingEntries(entries).filter((e) => e.occurredOn.slice(0, 7) === month);
  const black = new Map<string, number>();
  const net = new Map<string, number>();
  for (const e of inMonth) {
    net.set(e.household, (net.get(e.household) ?? 0) + e.points);
    if (e.blackList && e.points < 0) black.set(e.household, (black.get(e.household) ?? 0) + 1);
  }
  const ranked = [...net]
    .filter(([h, p]) => p > 0 && !black.has(h))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const edge = ranked[Math.min(size, ranked.length) - 1]?.[1] ?? Infinity;
  return {
    month,
    red: ranked.filter(([, p]) => p >= edge).map(([household, points]) => ({ household, points })),
    black: [...black]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([household, n]) => ({ household, entries: n })),
  };
}

/** The month before `month` (YYYY-MM). */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

// ---- what is published of a household ------------------------------------------------------------------------

export interface HouseholdPlace {
  /** 楼 / 单元 / 室 names from the address library (any may be missing). */
  building: string | null;
  unit: string | null;
  room: string | null;
}

/**
 * The minimal label a household is published under: its building, unit and room and the head of household's name
 * masked to the surname (王**, the trust work's `maskName`) — never an ID number, a phone or a full name. On the
 * 黑榜 (`minimal`) the room and unit are left out: the building and the masked name only.
 */
export function householdLabel(place: HouseholdPlace, headName: string | null, minimal = false): string {
  const where = minimal ? [place.building] : [place.building, place.unit, place.room];
  const head = maskName(headName);
  return [where.filter(Boolean).join(''), head].filter(Boolean).join(' ') || '—';
}
