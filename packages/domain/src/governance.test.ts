import { describe, expect, it } from 'vitest';
import { caseDistrict, districtOfCode, districtOfPath, writerDistrict } from './governance.ts';

describe('the district a place lies in (distribution by district)', () => {
  it('is the first 6 digits of a street, community or grid code, padded to 12', () => {
    expect(districtOfCode('110117001000')).toBe('110117000000');
    expect(districtOfCode('110117001001')).toBe('110117000000');
    expect(districtOfCode('110117001001005')).toBe('110117000000');
    expect(districtOfCode('110117000000')).toBe('110117000000');
  });

  it('is a city’s own code for a city-level place', () => {
    expect(districtOfCode('110000000000')).toBe('110000000000');
    expect(districtOfPath('110000000000/')).toBe('110000000000');
  });

  it('of a path is that of its last code, with or without the trailing slash', () => {
    expect(districtOfPath('110000000000/110117000000/110117001000/110117001001/')).toBe('110117000000');
    expect(districtOfPath('110000000000/110117000000')).toBe('110117000000');
    expect(() => districtOfPath('/')).toThrow();
  });

  it('of a case is its district, or the city’s for a city-level case without a place', () => {
    expect(caseDistrict({ district_code: '110117000000', region_path: '110000000000/110117000000/' })).toBe(
      '110117000000',
    );
    expect(caseDistrict({ district_code: null, region_path: '110000000000/' })).toBe('110000000000');
  });

  it('of a row without a place is its writer’s unit’s, or the city’s for a writer without a unit', () => {
    // a street office's clerk: the district the street lies in
    expect(writerDistrict('110000000000/110117000000/110117001000/', '110000000000')).toBe('110117000000');
    // the city's 12345 centre: the city's own code
    expect(writerDistrict('110000000000/', '110000000000')).toBe('110000000000');
    // a resident or an API key: the city's
    expect(writerDistrict(null, '110000000000')).toBe('110000000000');
    expect(writerDistrict(undefined, '110000000000')).toBe('110000000000');
  });
});
