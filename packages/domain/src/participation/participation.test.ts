import { describe, expect, it } from 'vitest';
import {
  agendaNoticeGiven,
  canDecide,
  castBallot,
  checkChoices,
  checkPaperCounts,
  eligibleVoter,
  proposalQualified,
  tally,
  topicNext,
  voteStatusAt,
  votingAgeBornBy,
  type StoredBallot,
  type VoteRules,
  type VoteWindow,
} from './index.ts';

const DAY = 86_400_000;
const choice: VoteRules = {
  kind: 'choice',
  options: [
    { id: 'a', cost: null },
    { id: 'b', cost: null },
    { id: 'c', cost: null },
  ],
  maxChoices: 1,
  budgetLimit: null,
};
const budget: VoteRules = {
  kind: 'budget',
  options: [
    { id: 'lights', cost: 30_000 },
    { id: 'benches', cost: 20_000 },
    { id: 'garden', cost: 60_000 },
    { id: 'ramp', cost: 15_000 },
  ],
  maxChoices: 3,
  budgetLimit: 80_000,
};
const open: VoteWindow = { status: 'open', opensAt: 0, closesAt: 10 * DAY };
const ballot = (
  voter: string,
  choices: string[],
  channel: StoredBallot['channel'] = 'online',
): StoredBallot => ({
  voter,
  choices,
  channel,
  castAt: 0,
  changes: 0,
});

describe('a ballot', () => {
  it('is checked against the options, the number of choices and the budget', () => {
    expect(checkChoices(choice, ['a'])).toBeNull();
    expect(checkChoices(choice, [])).toBe('empty');
    expect(checkChoices(choice, ['z'])).toBe('unknown_option');
    expect(checkChoices(choice, ['a', 'b'])).toBe('too_many_choices');
    expect(checkChoices(budget, ['lights', 'lights'])).toBe('repeated_option');
    expect(checkChoices(budget, ['lights', 'benches', 'ramp'])).toBeNull();
    expect(checkChoices(budget, ['lights', 'garden'])).toBe('over_budget');
  });

  it('counts once per resident and may be changed until the vote closes', () => {
    const first = castBallot(
      choice,
      open,
      undefined,
      { voter: 'p1', channel: 'online', choices: ['a'] },
      DAY,
    );
    expect(first).toMatchObject({ ok: true, changed: false });
    const stored = first.ok ? first.ballot : undefined;
    const again = castBallot(
      choice,
      open,
      stored,
      { voter: 'p1', channel: 'online', choices: ['b'] },
      2 * DAY,
    );
    expect(again).toMatchObject({ ok: true, changed: true, ballot: { choices: ['b'], changes: 1 } });
    const late = castBallot(
      choice,
      open,
      stored,
      { voter: 'p1', channel: 'online', choices: ['c'] },
      10 * DAY,
    );
    expect(late).toEqual({ ok: false, reason: 'not_open' });
    const closed = castBallot(
      choice,
      { ...open, status: 'closed' },
      undefined,
      {
        voter: 'p2',
        channel: 'online',
        choices: ['a'],
      },
      DAY,
    );
    expect(closed).toEqual({ ok: false, reason: 'not_open' });
  });

  it('keeps paper and online apart: a paper voter cannot vote online, nor the reverse', () => {
    const paper = castBallot(choice, open, undefined, { voter: 'p1', channel: 'paper', choices: [] }, DAY);
    expect(paper).toMatchObject({ ok: true, ballot: { channel: 'paper', choices: [] } });
    const online = castBallot(
      choice,
      open,
      ballot('p1', [], 'paper'),
      { voter: 'p1', channel: 'online', choices: ['a'] },
      DAY,
    );
    expect(online).toEqual({ ok: false, reason: 'voted_on_paper' });
    const handed = castBallot(
      choice,
      open,
      ballot('p2', ['a']),
      { voter: 'p2', channel: 'paper', choices: [] },
      DAY,
    );
    expect(handed).toEqual({ ok: false, reason: 'paper_after_online' });
  });
});

describe('the count', () => {
  it('adds paper totals to one ballot per resident and picks the most voted', () => {
    const t = tally(
      choice,
      [
        ballot('p1', ['a']),
        ballot('p2', ['b']),
        ballot('p3', ['b'], 'staff'),
        ballot('p3', ['a']),
        ballot('p4', [], 'paper'),
        ballot('p5', [], 'paper'),
      ],
      [{ optionId: 'a', count: 2 }],
    );
    expect(t.voters).toEqual({ online: 2, staff: 1, paper: 2, total: 5 });
    expect(t.options).toEqual([
      { id: 'a', online: 1, paper: 2, votes: 3, won: true },
      { id: 'b', online: 2, paper: 0, votes: 2, won: false },
      { id: 'c', online: 0, paper: 0, votes: 0, won: false },
    ]);
  });

  it('lets every option tied at the edge win, and none without votes', () => {
    const t = tally(choice, [ballot('p1', ['a']), ballot('p2', ['b'])], []);
    expect(t.options.filter((o) => o.won).map((o) => o.id)).toEqual(['a', 'b']);
    expect(tally(choice, [], []).options.some((o) => o.won)).toBe(false);
  });

  it('funds budget projects by votes while the money lasts, skipping one that no longer fits', () => {
    const t = tally(
      budget,
      [
        ballot('p1', ['garden', 'ramp']),
        ballot('p2', ['garden', 'lights']),
        ballot('p3', ['lights', 'benches']),
        ballot('p4', ['lights', 'ramp']),
        ballot('p5', ['benches']),
      ],
      [],
    );
    // lights 3, garden 2, benches 2 (cheaper than garden: first), ramp 2 (cheapest of the three: first)
    // ramp 15k → lights 30k (45k) → benches 20k (65k) → garden 60k does not fit
    expect(
      t.options
        .filter((o) => o.won)
        .map((o) => o.id)
        .sort(),
    ).toEqual(['benches', 'lights', 'ramp']);
    expect(t.spent).toBe(65_000);
  });

  it('refuses paper totals that do not fit the paper ballots handed out', () => {
    expect(
      checkPaperCounts(choice, 3, [
        { optionId: 'a', count: 2 },
        { optionId: 'b', count: 1 },
      ]),
    ).toBeNull();
    expect(
      checkPaperCounts(choice, 3, [
        { optionId: 'a', count: 2 },
        { optionId: 'b', count: 2 },
      ]),
    ).toBe('more_than_paper_voters');
    expect(checkPaperCounts(choice, 3, [{ optionId: 'a', count: 4 }])).toBe('more_than_paper_voters');
    expect(checkPaperCounts(choice, 3, [{ optionId: 'a', count: 1.5 }])).toBe('bad_count');
    expect(checkPaperCounts(choice, 3, [{ optionId: 'x', count: 1 }])).toBe('unknown_option');
  });

  it('qualifies a proposal at its support threshold', () => {
    expect(proposalQualified(9, 10)).toBe(false);
    expect(proposalQualified(10, 10)).toBe(true);
    expect(proposalQualified(10, 0)).toBe(false);
  });
});

describe('who may vote', () => {
  const adult = {
    deceased: false,
    birthDate: '1980-05-01',
    residences: [{ communityCode: 'C1', movedOut: null }],
  };
  it('is an adult living in the community', () => {
    expect(eligibleVoter(adult, 'C1', '2026-12-07')).toBeNull();
    expect(eligibleVoter(adult, 'C2', '2026-12-07')).toBe('not_resident');
    expect(
      eligibleVoter(
        { ...adult, residences: [{ communityCode: 'C1', movedOut: '2025-01-01' }] },
        'C1',
        '2026-12-07',
      ),
    ).toBe('not_resident');
    expect(eligibleVoter({ ...adult, deceased: true }, 'C1', '2026-12-07')).toBe('deceased');
    // eighteen on the day of the birthday, not the day before
    expect(eligibleVoter({ ...adult, birthDate: '2008-12-07' }, 'C1', '2026-12-07')).toBeNull();
    expect(eligibleVoter({ ...adult, birthDate: '2008-12-08' }, 'C1', '2026-12-07')).toBe('under_age');
  });
});

describe('the status a reader sees', () => {
  it('is closed once an open vote is past its closing time, whatever is stored', () => {
    expect(voteStatusAt('open', 10 * DAY, 10 * DAY - 1)).toBe('open');
    expect(voteStatusAt('open', 10 * DAY, 10 * DAY)).toBe('closed');
    expect(voteStatusAt('draft', 10 * DAY, 11 * DAY)).toBe('draft');
    expect(voteStatusAt('published', 10 * DAY, 11 * DAY)).toBe('published');
  });
});

describe('the voting age in a query', () => {
  it('is the birth day bound that agrees with eligibleVoter, leap days included', () => {
    expect(votingAgeBornBy('2026-12-07')).toBe('2008-12-07');
    const person = (birthDate: string) => ({
      deceased: false,
      birthDate,
      residences: [{ communityCode: 'C1', movedOut: null }],
    });
    for (const today of ['2026-12-07', '2026-02-28', '2026-03-01', '2028-02-29']) {
      const bound = votingAgeBornBy(today);
      expect(eligibleVoter(person(bound), 'C1', today)).toBeNull();
      const after = new Date(Date.parse(`${bound}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
      expect(eligibleVoter(person(after), 'C1', today)).toBe('under_age');
    }
  });
});

describe('deliberation', () => {
  it('moves a topic from raised to done', () => {
    expect(topicNext('raised', 'schedule')).toBe('scheduled');
    expect(topicNext('scheduled', 'decide')).toBe('decided');
    expect(topicNext('decided', 'start')).toBe('implementing');
    expect(topicNext('implementing', 'finish')).toBe('done');
    expect(topicNext('raised', 'decide')).toBeNull();
    expect(topicNext('done', 'decline')).toBeNull();
  });
  it('asks the agenda be public three days ahead, and a quorum, minutes and a decision', () => {
    expect(agendaNoticeGiven(0, 3 * DAY)).toBe(true);
    expect(agendaNoticeGiven(0, 3 * DAY - 1)).toBe(false);
    expect(agendaNoticeGiven(null, 3 * DAY)).toBe(false);
    const m = { invited: 20, present: 11, minutes: '讨论了加装电梯', decision: '同意' };
    expect(canDecide(m)).toBeNull();
    expect(canDecide({ ...m, present: 10 })).toBe('no_quorum');
    expect(canDecide({ ...m, minutes: ' ' })).toBe('no_minutes');
    expect(canDecide({ ...m, decision: '' })).toBe('no_decision');
  });
});
