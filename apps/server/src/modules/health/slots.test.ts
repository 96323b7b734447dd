import { describe, expect, it } from 'vitest';
import { slotWarnings, type SlotState } from './slots.ts';

const slot = (over: Partial<SlotState>): SlotState => ({
  slot: 's',
  active: true,
  retainedBytes: 1000,
  walStatus: 'reserved',
  ...over,
});

describe('slotWarnings', () => {
  it('an active slot keeping little WAL is fine', () => {
    expect(slotWarnings([slot({})], 1_000_000)).toEqual([]);
  });

  it('warns of a slot nobody streams from, however little it keeps', () => {
    expect(slotWarnings([slot({ slot: 'gone', active: false })], 1_000_000)).toEqual([
      { slot: 'gone', reasons: ['inactive'], retainedBytes: 1000 },
    ]);
  });

  it('warns of a slot keeping more than the bound, or about to lose WAL, active or not', () => {
    expect(slotWarnings([slot({ retainedBytes: 2_000_000 })], 1_000_000)).toEqual([
      { slot: 's', reasons: ['retains_wal'], retainedBytes: 2_000_000 },
    ]);
    expect(slotWarnings([slot({ walStatus: 'unreserved' })], 1_000_000)[0]?.reasons).toEqual(['retains_wal']);
    expect(slotWarnings([slot({ active: false, retainedBytes: 2_000_000 })], 1_000_000)[0]?.reasons).toEqual([
      'inactive',
      'retains_wal',
    ]);
  });

  it('says when a slot was lost (past max_slot_wal_keep_size): its standby can no longer stream', () => {
    expect(
      slotWarnings([slot({ active: false, walStatus: 'lost', retainedBytes: null })], 1_000_000)[0]?.reasons,
    ).toEqual(['inactive', 'lost']);
  });
});
