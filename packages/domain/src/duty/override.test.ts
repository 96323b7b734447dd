import { describe, expect, it } from 'vitest';
import { isOverriddenAt } from './override.ts';

const CITY = '110000000000/';
const PINGGU = '110000000000/110117000000/';
const BINHE = '110000000000/110117000000/110117001000/';
const DONGCHENG = '110000000000/110101000000/';

const city = { categoryCode: 'roads', regionPath: CITY };
const pinggu = { categoryCode: 'roads', regionPath: PINGGU };
const binhe = { categoryCode: 'roads', regionPath: BINHE };
const all = [city, pinggu, binhe];

describe('isOverriddenAt', () => {
  it('a city-wide entry is overridden in a district that has its own entry for the category', () => {
    expect(isOverriddenAt(city, all, PINGGU)).toBe(true);
  });

  it('and applies in a district without one', () => {
    expect(isOverriddenAt(city, all, DONGCHENG)).toBe(false);
  });

  it('a street’s entry overrides the district’s (and the city’s) in that street', () => {
    expect(isOverriddenAt(pinggu, all, BINHE)).toBe(true);
    expect(isOverriddenAt(city, [city, binhe], BINHE)).toBe(true);
    expect(isOverriddenAt(binhe, all, BINHE)).toBe(false);
  });

  it('seen from the city nothing is overridden: each entry applies in its own region', () => {
    expect(isOverriddenAt(city, all, CITY)).toBe(false);
    expect(isOverriddenAt(pinggu, all, CITY)).toBe(false);
  });

  it('another category does not override', () => {
    expect(isOverriddenAt(city, [city, { categoryCode: 'lights', regionPath: PINGGU }], PINGGU)).toBe(false);
  });
});
