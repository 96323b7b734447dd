import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSESSMENT_SETTINGS, ZERO_COUNTS, type RateCounts } from './rates.ts';
import { monthOf } from './facts.ts';
import { rankTerritories, rollUpCounts, territoryOfUnit, type TerritoryUnit } from './territory.ts';

const CITY = '110000000000/';
const D1 = `${CITY}110101000000/`;
const D2 = `${CITY}110102000000/`;
const S11 = `${D1}110101001000/`;
const S12 = `${D1}110101002000/`;
const S21 = `${D2}110102001000/`;
const streets = new Map(
  [S11, S12, S21].map((path) => {
    const code = path.split('/')[2]!;
    return [code, { code, path }];
  }),
);
const districts = new Map(
  [D1, D2].map((path) => {
    const code = path.split('/')[1]!;
    return [code, { code, path }];
  }),
);
const u = (id: string, kind: TerritoryUnit['kind'], jurisdictionPath: string): TerritoryUnit => ({
  id,
  kind,
  jurisdictionPath,
});
const c = (hit: number, miss: number, over: Partial<RateCounts> = {}): RateCounts => ({
  ...ZERO_COUNTS,
  responseHit: hit,
  responseMiss: miss,
  ...over,
});

describe('which territory a unit counts for', () => {
  it('a street takes its office and its communities, not a department stationed in it', () => {
    expect(territoryOfUnit(u('a', 'street_office', S11), streets, 'street')).toBe('110101001000');
    expect(territoryOfUnit(u('b', 'community', `${S11}110101001001/`), streets, 'street')).toBe(
      '110101001000',
    );
    expect(territoryOfUnit(u('c', 'department', S11), streets, 'street')).toBeUndefined();
  });
  it('a district takes every unit inside it; a city-wide unit counts for no district', () => {
    expect(territoryOfUnit(u('d', 'department', D1), districts, 'district')).toBe('110101000000');
    expect(territoryOfUnit(u('e', 'community', `${S21}110102001001/`), districts, 'district')).toBe(
      '110102000000',
    );
    expect(territoryOfUnit(u('f', 'department', CITY), districts, 'district')).toBeUndefined();
  });
});

describe('roll-up and ranking of territories', () => {
  const units = [
    u('office11', 'street_office', S11),
    u('comm11', 'community', `${S11}110101001001/`),
    u('dept1', 'department', D1),
    u('office12', 'street_office', S12),
    u('office21', 'street_office', S21),
  ];
  const counts = new Map([
    ['office11', c(3, 1)],
    ['comm11', c(1, 1)],
    ['dept1', c(0, 4)],
    ['office12', c(2, 0)],
  ]);

  it('sums the counters of the units that count for each territory', () => {
    const byStreet = rollUpCounts(units, counts, streets, 'street');
    expect(byStreet.get('110101001000')).toEqual(c(4, 2));
    expect(byStreet.has('110102001000')).toBe(false);
    const byDistrict = rollUpCounts(units, counts, districts, 'district');
    expect(byDistrict.get('110101000000')).toEqual(c(6, 6));
  });

  it('ties share a rank and the next skips; a street without cases has no rank and comes last', () => {
    const items = [...streets.values()].map((s) => ({ ...s, name: s.code }));
    const now = new Map([
      ['110101001000', c(1, 1)],
      ['110101002000', c(1, 1)],
    ]);
    const before = new Map([['110101001000', c(1, 0)]]);
    const rows = rankTerritories(items, now, before, DEFAULT_ASSESSMENT_SETTINGS, (a, b) =>
      a.code.localeCompare(b.code),
    );
    expect(rows.map((r) => [r.item.code, r.rank, r.rates.composite])).toEqual([
      ['110101001000', 1, 50],
      ['110101002000', 1, 50],
      ['110102001000', null, null],
    ]);
    expect(rows[0]!.change).toBe(-50);
    expect(rows[0]!.previous).toEqual({ composite: 100, rank: 1 });
    expect(rows[1]!.change).toBeNull();
    const three = rankTerritories(
      items,
      new Map([
        ['110101001000', c(1, 1)],
        ['110101002000', c(1, 1)],
        ['110102001000', c(1, 3)],
      ]),
      new Map(),
      DEFAULT_ASSESSMENT_SETTINGS,
      (a, b) => a.code.localeCompare(b.code),
    );
    expect(three.map((r) => r.rank)).toEqual([1, 1, 3]);
  });

  it('the month of a ranking is the Shanghai month: 16:30 UTC on 30 November is already December', () => {
    expect(monthOf(new Date('2026-11-30T16:30:00Z'))).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthOf(new Date('2026-11-30T15:59:59Z'))).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });
});
