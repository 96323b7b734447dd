import { describe, expect, it } from 'vitest';
import type { StoredBallot, VoteRules } from '../participation/votes.ts';
import {
  balanceOf,
  checkRedemption,
  checkRule,
  checkScore,
  householdLabel,
  monthlyBoard,
  previousMonth,
  redemptionStep,
  reversalOf,
  ruleSetInForce,
  ruleSetState,
  type PointsEntry,
  type PointsRule,
} from './points.ts';

const rules: VoteRules = {
  kind: 'choice',
  maxChoices: 1,
  budgetLimit: null,
  options: [
    { id: 'yes', cost: null },
    { id: 'no', cost: null },
  ],
};
const ballot = (voter: string, choice: string): StoredBallot => ({
  voter,
  channel: 'online',
  choices: [choice],
  castAt: 0,
  changes: 0,
});

describe('adoption by a vote', () => {
  const vote = (
    status: 'open' | 'published',
    ballots: StoredBallot[],
    paper = [] as { optionId: string; count: number }[],
  ) => ({
    status,
    rules,
    ballots,
    paper,
    adoptOptionId: 'yes',
  });
  it('is a draft without a vote and in the vote until the result is published', () => {
    expect(ruleSetState(null)).toBe('draft');
    expect(ruleSetState(vote('open', [ballot('a', 'yes')]))).toBe('in_vote');
  });
  it('is adopted when "adopt" carried in the published tally, paper ballots included', () => {
    expect(
      ruleSetState(
        vote('published', [ballot('a', 'yes'), ballot('b', 'no')], [{ optionId: 'yes', count: 2 }]),
      ),
    ).toBe('adopted');
  });
  it('is rejected when "adopt" lost, tied, or nobody voted', () => {
    expect(ruleSetState(vote('published', [ballot('a', 'no'), ballot('b', 'no'), ballot('c', 'yes')]))).toBe(
      'rejected',
    );
    expect(ruleSetState(vote('published', [ballot('a', 'no'), ballot('b', 'yes')]))).toBe('rejected');
    expect(ruleSetState(vote('published', []))).toBe('rejected');
  });
  it('one resident counts once even with two stored ballots', () => {
    expect(ruleSetState(vote('published', [ballot('a', 'yes'), ballot('a', 'yes'), ballot('b', 'no')]))).toBe(
      'rejected',
    );
  });
  it('the latest adopted version is in force; a rejected later version changes nothing', () => {
    const sets = [
      { version: 1, state: 'adopted' as const },
      { version: 2, state: 'adopted' as const },
      { version: 3, state: 'rejected' as const },
      { version: 4, state: 'in_vote' as const },
    ];
    expect(ruleSetInForce(sets)?.version).toBe(2);
    expect(ruleSetInForce([{ version: 1, state: 'draft' as const }])).toBeNull();
  });
});

describe('rules', () => {
  it('refuses zero, fractional points, a cap below one entry, and the 黑榜 flag on an earning rule', () => {
    const base = {
      category: 'sanitation' as const,
      title: 'x',
      capPerMonth: null,
      evidenceRequired: false,
      blackList: false,
    };
    expect(checkRule({ ...base, points: 0 })).toContain('zero_points');
    expect(checkRule({ ...base, points: 1.5 })).toContain('not_whole');
    expect(checkRule({ ...base, points: 10, capPerMonth: 5 })).toContain('cap_below_points');
    expect(checkRule({ ...base, points: 5, blackList: true })).toContain('black_list_on_earning_rule');
    expect(checkRule({ ...base, points: -20, blackList: true, capPerMonth: 40 })).toEqual([]);
  });
});

const clean: PointsRule = {
  id: 'clean',
  category: 'sanitation',
  title: '门前三包',
  points: 5,
  capPerMonth: 10,
  evidenceRequired: false,
  blackList: false,
};
const litter: PointsRule = {
  id: 'litter',
  category: 'violation',
  title: '高空抛物',
  points: -20,
  capPerMonth: null,
  evidenceRequired: true,
  blackList: true,
};
let n = 0;
const entry = (
  household: string,
  rule: PointsRule,
  occurredOn: string,
  extra: Partial<PointsEntry> = {},
): PointsEntry => ({
  id: `e${++n}`,
  household,
  ruleId: rule.id,
  points: rule.points,
  occurredOn,
  reverses: null,
  blackList: rule.blackList,
  ...extra,
});

describe('scoring, caps and reversal', () => {
  it('refuses a rule not in force and a missing evidence', () => {
    expect(checkScore(clean, false, { household: 'h1', evidence: '', occurredOn: '2026-11-03' }, [])).toBe(
      'rule_not_in_force',
    );
    expect(checkScore(litter, true, { household: 'h1', evidence: '  ', occurredOn: '2026-11-03' }, [])).toBe(
      'evidence_required',
    );
    expect(
      checkScore(litter, true, { household: 'h1', evidence: '监控截图', occurredOn: '2026-11-03' }, []),
    ).toBeNull();
  });
  it('caps a rule per household per month; a reversed entry frees its points; another month starts again', () => {
    const one = entry('h1', clean, '2026-11-02');
    const two = entry('h1', clean, '2026-11-09');
    const others = [entry('h2', clean, '2026-11-02'), entry('h2', clean, '2026-11-03')];
    const at = { household: 'h1', evidence: '', occurredOn: '2026-11-20' };
    expect(checkScore(clean, true, at, [one, ...others])).toBeNull();
    expect(checkScore(clean, true, at, [one, two])).toBe('over_cap');
    const undo = entry('h1', clean, '2026-11-10', { points: -5, reverses: two.id });
    expect(checkScore(clean, true, at, [one, two, undo])).toBeNull();
    expect(
      checkScore(clean, true, { household: 'h1', evidence: '', occurredOn: '2026-12-01' }, [one, two]),
    ).toBeNull();
  });
  it('reverses an entry once, by its negation; a reversal is not reversed', () => {
    const one = entry('h1', litter, '2026-11-02');
    expect(reversalOf(one, [one])).toEqual({ ok: true, points: 20 });
    const undo = entry('h1', litter, '2026-11-03', { points: 20, reverses: one.id });
    expect(reversalOf(one, [one, undo])).toEqual({ ok: false, reason: 'already_reversed' });
    expect(reversalOf(undo, [one, undo])).toEqual({ ok: false, reason: 'is_reversal' });
  });
});

describe('balance', () => {
  it('is earned − lost − redeemed; reversed entries and cancelled redemptions count for nothing', () => {
    const a = entry('h1', clean, '2026-11-02');
    const b = entry('h1', clean, '2026-11-03');
    const c = entry('h1', { ...clean, points: 30 }, '2026-11-04');
    const d = entry('h1', litter, '2026-11-05');
    const undoB = entry('h1', clean, '2026-11-06', { points: -5, reverses: b.id });
    const bal = balanceOf(
      [a, b, c, d, undoB],
      [
        { points: 6, status: 'handed' },
        { points: 3, status: 'requested' },
        { points: 100, status: 'cancelled' },
      ],
    );
    expect(bal).toEqual({ earned: 35, lost: 20, redeemed: 9, balance: 6 });
  });
});

describe('积分超市', () => {
  const soap = { active: true, price: 10, stock: 2 };
  it('checks stock and balance against the quantity', () => {
    expect(checkRedemption(20, soap, 2)).toBeNull();
    expect(checkRedemption(19, soap, 2)).toBe('insufficient_balance');
    expect(checkRedemption(100, soap, 3)).toBe('out_of_stock');
    expect(checkRedemption(100, { ...soap, active: false }, 1)).toBe('good_inactive');
  });
  it('hands out or cancels only a requested redemption', () => {
    expect(redemptionStep('requested', 'cancel')).toEqual({ ok: true, to: 'cancelled' });
    expect(redemptionStep('requested', 'hand')).toEqual({ ok: true, to: 'handed' });
    expect(redemptionStep('handed', 'cancel')).toEqual({ ok: false });
    expect(redemptionStep('cancelled', 'hand')).toEqual({ ok: false });
  });
});

describe('红黑榜', () => {
  it('ranks the month’s net points (ties at the edge), keeps black-listed households off red', () => {
    const es = [
      entry('h1', { ...clean, points: 30 }, '2026-11-02'),
      entry('h2', { ...clean, points: 20 }, '2026-11-02'),
      entry('h3', { ...clean, points: 20 }, '2026-11-09'),
      entry('h4', { ...clean, points: 10 }, '2026-11-09'),
      entry('h5', { ...clean, points: 50 }, '2026-11-09'),
      entry('h5', litter, '2026-11-10'),
      entry('h6', { ...clean, points: 99 }, '2026-10-30'),
    ];
    const b = monthlyBoard(es, '2026-11', 2);
    expect(b.red).toEqual([
      { household: 'h1', points: 30 },
      { household: 'h2', points: 20 },
      { household: 'h3', points: 20 },
    ]);
    expect(b.black).toEqual([{ household: 'h5', entries: 1 }]);
  });
  it('an ordinary deduction or a reversed serious entry names nobody on the black list', () => {
    const serious = entry('h1', litter, '2026-11-02');
    const es = [
      serious,
      entry('h1', litter, '2026-11-03', { points: 20, reverses: serious.id }),
      entry('h2', { ...clean, points: -5 }, '2026-11-02'),
    ];
    const b = monthlyBoard(es, '2026-11');
    expect(b.black).toEqual([]);
    expect(b.red).toEqual([]);
  });
  it('the month before', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-12')).toBe('2026-11');
  });
});

describe('published household label', () => {
  const place = { building: '3号楼', unit: '2单元', room: '301' };
  it('is the place and the masked head of household, the building only on the black list', () => {
    expect(householdLabel(place, '王建国')).toBe('3号楼2单元301 王**');
    expect(householdLabel(place, '王建国', true)).toBe('3号楼 王**');
    expect(householdLabel({ building: null, unit: null, room: null }, null)).toBe('—');
  });
});
