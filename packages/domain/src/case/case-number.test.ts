import { describe, expect, it } from 'vitest';
import {
  caseMonthBounds,
  caseMonthOf,
  caseNumberCeiling,
  caseNumberFloor,
  caseNumberOf,
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
