import { describe, expect, it } from 'vitest';
import {
  caseMonthBounds,
  caseMonthOf,
  caseNumberCeiling,
  caseNumberFloor,
  caseNumberOf,
  partitionRangesOfDays,
} from './case-number.ts';

describe('case numbers', () => {
  it('start with the Shanghai date of receipt, not the UTC one', () => {
    // 2026-12-06 16:30 UTC is 2026-12-07 00:30 in Shanghai
    expect(caseNumberOf(new Date('2026-12-06T16:30:00Z'), 42n)).toBe('2026120700000042');
    expect(caseNumberOf(new Date('2026-12-06T15:59:59Z'), 100_000_007n)).toBe('2026120600000007');
  });

  it('bound every number of a time range, so a query may add them without losing a case', () => {
    const from = new Date('2026-11-30T16:00:00Z'); // 2026-12-01 00:00 Shanghai
    const to = new Date('2026-12-31T15:59:59Z');
    expect(caseNumberFloor(from)).toBe('2026120100000000');
    expect(caseNumberCeiling(to)).toBe('2026123200000000');
    for (const at of [from, to, new Date('2026-12-15T03:00:00Z')]) {
      const id = BigInt(caseNumberOf(at, 99_999_999n));
      expect(id >= BigInt(caseNumberFloor(from)) && id < BigInt(caseNumberCeiling(to))).toBe(true);
      expect(BigInt(caseNumberOf(at, 0n)) >= BigInt(caseNumberFloor(from))).toBe(true);
    }
    // a case of the last second before `from` falls below the floor
    expect(
      BigInt(caseNumberOf(new Date(from.getTime() - 1000), 99_999_999n)) < BigInt(caseNumberFloor(from)),
    ).toBe(true);
  });

  it('name their month, and months have the partition bounds', () => {
    expect(caseMonthOf('2026120700000042')).toBe('2026-12');
    expect(caseMonthOf('42')).toBeUndefined();
    expect(caseMonthOf('2026130100000000')).toBeUndefined();
    expect(caseMonthBounds('2026-12')).toEqual({ lo: '2026120100000000', hi: '2027010100000000' });
    expect(caseMonthBounds('2027-02')).toEqual({ lo: '2027020100000000', hi: '2027030100000000' });
    expect(() => caseMonthBounds('2027-13')).toThrow();
  });
});

describe('partitionRangesOfDays', () => {
  it('gives each month once, with its partition bounds, in the order first met', () => {
    expect(partitionRangesOfDays(['20261207', '20261201', '20231130', '20261231'])).toEqual([
      { lo: '2026120100000000', hi: '2027010100000000' },
      { lo: '2023110100000000', hi: '2023120100000000' },
    ]);
    expect(partitionRangesOfDays([])).toEqual([]);
  });

  it('keeps a number that is no date to its own day’s range (it sits in the DEFAULT partition)', () => {
    expect(partitionRangesOfDays(['20261300', '7'])).toEqual([
      { lo: '2026130000000000', hi: '2026130100000000' },
      { lo: '700000000', hi: '800000000' },
    ]);
    // every number of such a day lies in its range, the way the fold bounds its reads
    const [r] = partitionRangesOfDays(['20261300']);
    expect(BigInt('2026130012345678') >= BigInt(r!.lo) && BigInt('2026130012345678') < BigInt(r!.hi)).toBe(
      true,
    );
  });
});
