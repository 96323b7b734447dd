import { describe, expect, it } from 'vitest';
import { districtOf } from './district.ts';

describe('districtOf', () => {
  it('takes the district (first 6 digits, padded) of a street, community or grid code', () => {
    expect(districtOf('110117001000')).toBe('110117000000');
    expect(districtOf('110117001001')).toBe('110117000000');
    expect(districtOf('110117001001003')).toBe('110117000000');
  });

  it('takes the last code of a region path, with or without the trailing slash', () => {
    expect(districtOf('110000000000/110117000000/110117001000/')).toBe('110117000000');
    expect(districtOf('110000000000/110117000000/110117001000/110117001001')).toBe('110117000000');
    // a district's own window or task: its own code
    expect(districtOf('110000000000/110117000000/')).toBe('110117000000');
    // another district of the same city
    expect(districtOf('110000000000/110105000000/110105001000/')).toBe('110105000000');
  });

  it('uses the first place known, most specific first', () => {
    expect(districtOf(null, '110117002001', '110117001001001')).toBe('110117000000');
    expect(districtOf(undefined, '', '110105001001001')).toBe('110105000000');
    expect(districtOf('110105001000', '110117001001')).toBe('110105000000');
  });

  it('is empty for a row without a known place', () => {
    expect(districtOf()).toBe('');
    expect(districtOf(null, undefined, '')).toBe('');
    expect(districtOf('/')).toBe('');
  });
});
