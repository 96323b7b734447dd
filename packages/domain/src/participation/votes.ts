/**
 * Residents' votes (issue 13, 三治融合 · 自治): one vote per verified resident of the community, changed as often as
 * the resident likes until the vote closes; paper ballots counted as totals and added to the online count; for a
 * participatory budget, the chosen projects must fit the spending limit and the winners are funded in order of votes
 * while the money lasts. Pure: the server loads ballots, calls these rules, persists.
 */

import { ageOn, birthRange } from '../basedata/age.ts';

export type VoteKind = 'choice' | 'budget';
export type VoteStatus = 'draft' | 'open' | 'closed' | 'published';
/** How a ballot came in: a resident online, staff entering it on a resident's behalf in person, or a paper ballot. */
export type BallotChannel = 'online' | 'staff' | 'paper';

export interface VoteOption {
  id: string;
  /** A budget project's cost in yuan; null for a plain choice. */
  cost: number | null;
}

export interface VoteRules {
  kind: VoteKind;
  options: readonly VoteOption[];
  /** At most this many options on one ballot (1 for a yes/no or single choice). */
  maxChoices: number;
  /** A budget vote's spending limit for one ballot and for the winners (yuan); null for a plain choice. */
  budgetLimit: number | null;
}

export interface VoteWindow {
  status: VoteStatus;
  opensAt: number;
  closesAt: number;
}

/** Why a ballot is refused (message keys `vote_<reason>`). */
export type BallotRefusal =
  | 'not_open'
  | 'empty'
  | 'unknown_option'
  | 'repeated_option'
  | 'too_many_choices'
  | 'over_budget'
  | 'voted_on_paper'
  | 'paper_after_online';

export function isOpenAt(w: VoteWindow, now: number): boolean {
  return w.status === 'open' && now >= w.opensAt && now < w.closesAt;
}

/** The choices on one ballot, checked against the vote's rules (null: valid). */
export function checkChoices(rules: VoteRules, choices: readonly string[]): BallotRefusal | null {
  if (choices.length === 0) return 'empty';
  const byId = new Map(rules.options.map((o) => [o.id, o]));
  if (choices.some((c) => !byId.has(c))) return 'unknown_option';
  if (new Set(choices).size !== choices.length) return 'repeated_option';
  if (choices.length > rules.maxChoices) return 'too_many_choices';
  if (rules.kind === 'budget' && rules.budgetLimit !== null) {
    const total = choices.reduce((a, c) => a + (byId.get(c)!.cost ?? 0), 0);
    if (total > rules.budgetLimit) return 'over_budget';
  }
  return null;
}

export interface StoredBallot {
  /** The verified resident (a base-data person): one ballot each. */
  voter: string;
  channel: BallotChannel;
  /** Empty for a paper ballot: its choices are in the paper totals, not tied to the voter. */
  choices: readonly string[];
  castAt: number;
  /** How many times the resident changed it. */
  changes: number;
}

export type CastDecision =
  { ok: true; ballot: StoredBallot; changed: boolean } | { ok: false; reason: BallotRefusal };

/**
 * A resident's ballot against the one already stored for them: a new ballot, or a change while the vote is open
 * (the last one counts). A resident handed a paper ballot cannot vote online too, and one who voted online is not
 * handed a paper ballot.
 */
export function castBallot(
  rules: VoteRules,
  window: VoteWindow,
  existing: StoredBallot | undefined,
  next: { voter: string; channel: BallotChannel; choices: readonly string[] },
  now: number,
): CastDecision {
  if (!isOpenAt(window, now)) return { ok: false, reason: 'not_open' };
  if (existing?.channel === 'paper') return { ok: false, reason: 'voted_on_paper' };
  if (next.channel === 'paper') {
    if (existing) return { ok: false, reason: 'paper_after_online' };
    return { ok: true, changed: false, ballot: { ...next, choices: [], castAt: now, changes: 0 } };
  }
  const refusal = checkChoices(rules, next.choices);
  if (refusal) return { ok: false, reason: refusal };
  return {
    ok: true,
    changed: Boolean(existing),
    ballot: {
      voter: next.voter,
      channel: next.channel,
      choices: [...next.choices],
      castAt: now,
      changes: existing ? existing.changes + 1 : 0,
    },
  };
}

export interface PaperCount {
  optionId: string;
  count: number;
}

/**
 * Paper totals must be whole, for known options, and fit the paper ballots handed out: no option more often than
 * there were paper voters, and no more marks in all than paper voters × choices per ballot.
 */
export function checkPaperCounts(
  rules: VoteRules,
  paperVoters: number,
  counts: readonly PaperCount[],
): 'unknown_option' | 'bad_count' | 'more_than_paper_voters' | null {
  const ids = new Set(rules.options.map((o) => o.id));
  let total = 0;
  for (const c of counts) {
    if (!ids.has(c.optionId)) return 'unknown_option';
    if (!Number.isInteger(c.count) || c.count < 0) return 'bad_count';
    if (c.count > paperVoters) return 'more_than_paper_voters';
    total += c.count;
  }
  return total > paperVoters * rules.maxChoices ? 'more_than_paper_voters' : null;
}

export interface OptionResult {
  id: string;
  online: number;
  paper: number;
  votes: number;
  /** Budget: funded within the limit; choice: among the `maxChoices` most voted (ties at the edge all win). */
  won: boolean;
}

export interface Tally {
  /** Distinct residents who voted, by channel. */
  voters: { online: number; staff: number; paper: number; total: number };
  options: OptionResult[];
  /** Budget: the money the winners take. */
  spent: number | null;
}

/**
 * Counts one ballot per resident (the stored ballot is already the last one) plus the paper totals. Winners: for a
 * budget, projects in order of votes (ties: the cheaper first), each funded if it still fits the limit; for a choice,
 * the `maxChoices` most voted, with every option tied at the edge. An option with no vote never wins.
 */
export function tally(
  rules: VoteRules,
  ballots: readonly StoredBallot[],
  paper: readonly PaperCount[],
): Tally {
  const voters = { online: 0, staff: 0, paper: 0, total: 0 };
  const online = new Map<string, number>();
  const seen = new Set<string>();
  for (const b of ballots) {
    if (seen.has(b.voter)) continue;
    seen.add(b.voter);
    voters[b.channel]++;
    voters.total++;
    for (const c of b.choices) online.set(c, (online.get(c) ?? 0) + 1);
  }
  const paperBy = new Map<string, number>();
  for (const p of paper) paperBy.set(p.optionId, (paperBy.get(p.optionId) ?? 0) + p.count);
  const options: OptionResult[] = rules.options.map((o) => {
    const on = online.get(o.id) ?? 0;
    const pa = paperBy.get(o.id) ?? 0;
    return { id: o.id, online: on, paper: pa, votes: on + pa, won: false };
  });
  const cost = new Map(rules.options.map((o) => [o.id, o.cost ?? 0]));
  const ranked = [...options].sort(
    (a, b) => b.votes - a.votes || cost.get(a.id)! - cost.get(b.id)! || (a.id < b.id ? -1 : 1),
  );
  let spent: number | null = null;
  if (rules.kind === 'budget') {
    spent = 0;
    const limit = rules.budgetLimit ?? Infinity;
    for (const o of ranked) {
      if (o.votes === 0) break;
      if (spent + cost.get(o.id)! <= limit) {
        o.won = true;
        spent += cost.get(o.id)!;
      }
    }
  } else {
    const edge = ranked[Math.min(rules.maxChoices, ranked.length) - 1]?.votes ?? 0;
    for (const o of ranked) if (o.votes > 0 && o.votes >= edge) o.won = true;
  }
  return { voters, options, spent };
}

/** A resident's proposal gathers supports (one per verified resident); at the threshold it qualifies for a vote or a meeting. */
export function proposalQualified(supports: number, threshold: number): boolean {
  return threshold > 0 && supports >= threshold;
}

/** Residents take part from this age (居民委员会组织法 第十五条: 年满十八周岁的本居住地区居民). */
export const VOTING_AGE = 18;

/**
 * Whether a base-data person may vote in a community: alive, of age on `today` (YYYY-MM-DD), and living there now
 * (a residence in the community not moved out of).
 */
export function eligibleVoter(
  person: {
    deceased: boolean;
    birthDate: string | null;
    residences: readonly { communityCode: string; movedOut: string | null }[];
  },
  communityCode: string,
  today: string,
): 'deceased' | 'under_age' | 'not_resident' | null {
  if (person.deceased) return 'deceased';
  if (!person.birthDate || ageOn(person.birthDate.slice(0, 10), today.slice(0, 10)) < VOTING_AGE)
    return 'under_age';
  if (!person.residences.some((r) => r.communityCode === communityCode && !r.movedOut)) return 'not_resident';
  return null;
}

/** The latest birth day (YYYY-MM-DD) of a person of voting age on `today`: the same rule as `eligibleVoter`, for queries. */
export function votingAgeBornBy(today: string): string {
  return birthRange({ min: VOTING_AGE }, today.slice(0, 10)).bornOnOrBefore!;
}

/**
 * The status a reader sees: an open vote past its closing time is closed, before anyone closes it (residents can no
 * longer vote, staff may publish).
 */
export function voteStatusAt(status: VoteStatus, closesAt: number, now: number): VoteStatus {
  return status === 'open' && now >= closesAt ? 'closed' : status;
}
