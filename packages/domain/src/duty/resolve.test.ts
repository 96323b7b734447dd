import { describe, expect, it } from 'vitest';
import {
  type DutyEntry,
  type DutyParty,
  type Location,
  type ResolveDutyInput,
  resolveDuty,
} from './resolve.ts';

// Beijing, Chaoyang district (110105), street 001 and its community 001; street 002 is a neighbour.
const PROVINCE = '110000000000';
const CITY = '110100000000';
const DISTRICT = '110105000000';
const STREET = '110105001000';
const COMMUNITY = '110105001001';
const GRID = '110105001001003';
const OTHER_STREET = '110105002000';

const LEAF = 'road.pothole';
const PARENT = 'road';
const ROOT = 'city';

const here: Location = {
  gridCode: GRID,
  communityCode: COMMUNITY,
  streetCode: STREET,
  districtCode: DISTRICT,
};
const nowhere: Location = { gridCode: null, communityCode: null, streetCode: null, districtCode: null };

const fixed = (role: DutyParty['role'], unitId: string): DutyParty => ({ role, unitId, localStreet: false });
const local = (role: DutyParty['role']): DutyParty => ({ role, unitId: null, localStreet: true });
const entry = (id: string, regionCode: string, categoryCode: string, parties: DutyParty[]): DutyEntry => ({
  id,
  regionCode,
  categoryCode,
  parties,
});

const streetOffices: Record<string, string> = { [STREET]: 'u-street-001', [OTHER_STREET]: 'u-street-002' };
const governments: Record<string, string> = { [DISTRICT]: 'u-gov-chaoyang' };

function resolve(entries: DutyEntry[], overrides: Partial<ResolveDutyInput> = {}) {
  return resolveDuty({
    categoryCode: LEAF,
    categoryAncestors: [PARENT, ROOT],
    location: here,
    entries,
    streetOfficeOf: (code) => streetOffices[code],
    districtGovernmentOf: (code) => (code === null ? 'u-gov-default' : governments[code]),
    ...overrides,
  });
}

describe('resolveDuty — choosing the entry', () => {
  it('prefers the deepest region, even over a more exact category', () => {
    const r = resolve([
      entry('street-leaf', STREET, LEAF, [fixed('lead', 'u-a')]),
      entry('community-root', COMMUNITY, ROOT, [fixed('lead', 'u-b')]),
      entry('city-leaf', CITY, LEAF, [fixed('lead', 'u-c')]),
    ]);
    expect(r).toMatchObject({ source: 'duty', dutyId: 'community-root', dutyRegionCode: COMMUNITY });
    expect(r.lead).toEqual({ unitId: 'u-b', via: 'fixed' });
    expect(r.reasons).toContain('matched_ancestor_category:city');
  });

  it('within one region prefers the leaf, then the nearest ancestor', () => {
    const entries = [
      entry('root', DISTRICT, ROOT, [fixed('lead', 'u-root')]),
      entry('parent', DISTRICT, PARENT, [fixed('lead', 'u-parent')]),
      entry('leaf', DISTRICT, LEAF, [fixed('lead', 'u-leaf')]),
    ];
    expect(resolve(entries).dutyId).toBe('leaf');
    expect(resolve(entries.slice(0, 2)).dutyId).toBe('parent');
    expect(resolve(entries.slice(0, 1)).dutyId).toBe('root');
    expect(resolve(entries).reasons).toEqual([
      'matched_duty:leaf',
      `matched_region:${DISTRICT}`,
      `matched_category:${LEAF}`,
    ]);
  });

  it('walks up street, district, city and province', () => {
    const levels = [STREET, DISTRICT, CITY, PROVINCE];
    for (let i = 0; i < levels.length; i++) {
      const entries = levels.slice(i).map((code) => entry(code, code, LEAF, [fixed('lead', `u-${code}`)]));
      expect(resolve(entries).dutyId).toBe(levels[i]);
    }
  });

  it('ignores entries of other regions and other categories', () => {
    const r = resolve([
      entry('neighbour', OTHER_STREET, LEAF, [fixed('lead', 'u-x')]),
      entry('other-category', COMMUNITY, 'water.leak', [fixed('lead', 'u-y')]),
    ]);
    expect(r.source).toBe('local_fallback');
    expect(r.dutyId).toBeNull();
  });

  it('breaks a tie between equally specific entries by the smallest id', () => {
    const r = resolve([
      entry('b', STREET, LEAF, [fixed('lead', 'u-b')]),
      entry('a', STREET, LEAF, [fixed('lead', 'u-a')]),
    ]);
    expect(r.dutyId).toBe('a');
    expect(r.reasons).toContain('tie_broken_by_id:a,b');
  });

  it('derives community, street and district from a grid code alone', () => {
    const r = resolve([entry('street', STREET, LEAF, [local('lead')])], {
      location: { gridCode: GRID, communityCode: null, streetCode: null, districtCode: null },
    });
    expect(r.dutyId).toBe('street');
    expect(r.lead).toEqual({ unitId: 'u-street-001', via: 'local_street' });
  });
});

describe('resolveDuty — parties', () => {
  it('replaces 属地 parties with the street office of the location', () => {
    const r = resolve([
      entry('d', CITY, LEAF, [
        local('lead'),
        fixed('coordinate', 'u-urban-mgmt'),
        fixed('assist', 'u-water'),
      ]),
    ]);
    expect(r).toEqual({
      source: 'duty',
      dutyId: 'd',
      dutyRegionCode: CITY,
      lead: { unitId: 'u-street-001', via: 'local_street' },
      coordinators: [{ unitId: 'u-urban-mgmt', via: 'fixed' }],
      assists: [{ unitId: 'u-water', via: 'fixed' }],
      reasons: ['matched_duty:d', `matched_region:${CITY}`, `matched_category:${LEAF}`],
    });
  });

  it('drops an unresolvable 属地 co-party with a note and keeps the lead', () => {
    const r = resolve([entry('d', DISTRICT, LEAF, [fixed('lead', 'u-dept'), local('assist')])], {
      streetOfficeOf: () => undefined,
    });
    expect(r.source).toBe('duty');
    expect(r.lead).toEqual({ unitId: 'u-dept', via: 'fixed' });
    expect(r.assists).toEqual([]);
    expect(r.reasons).toContain('local_street_unresolved:assist');
  });

  it('falls through to the district government when a 属地 lead cannot be resolved', () => {
    const r = resolve([entry('d', DISTRICT, LEAF, [local('lead'), fixed('assist', 'u-water')])], {
      streetOfficeOf: () => undefined,
    });
    expect(r.source).toBe('district_fallback');
    expect(r.dutyId).toBe('d');
    expect(r.lead).toEqual({ unitId: 'u-gov-chaoyang', via: 'fixed' });
    expect(r.assists).toEqual([{ unitId: 'u-water', via: 'fixed' }]);
    expect(r.reasons).toEqual(
      expect.arrayContaining(['local_street_unresolved:lead', 'lead_unresolved', 'district_fallback']),
    );
  });

  it('lets the street office lead when the entry names no lead', () => {
    const r = resolve([entry('d', DISTRICT, LEAF, [fixed('assist', 'u-water')])]);
    expect(r.source).toBe('local_fallback');
    expect(r.lead).toEqual({ unitId: 'u-street-001', via: 'local_street' });
    expect(r.assists).toEqual([{ unitId: 'u-water', via: 'fixed' }]);
    expect(r.reasons).toContain('no_lead_in_entry');
  });

  it('drops a fixed party without a unit', () => {
    const r = resolve([entry('d', DISTRICT, LEAF, [{ role: 'lead', unitId: null, localStreet: false }])]);
    expect(r.source).toBe('local_fallback');
    expect(r.reasons).toEqual(expect.arrayContaining(['party_without_unit:lead', 'lead_unresolved']));
  });

  it('demotes a second lead to coordinator', () => {
    const r = resolve([entry('d', DISTRICT, LEAF, [fixed('lead', 'u-a'), fixed('lead', 'u-b')])]);
    expect(r.lead?.unitId).toBe('u-a');
    expect(r.coordinators).toEqual([{ unitId: 'u-b', via: 'fixed' }]);
    expect(r.reasons).toContain('extra_lead_demoted:u-b');
  });

  it('never lists a unit twice, and never the lead as a co-unit', () => {
    const r = resolve([
      entry('d', DISTRICT, LEAF, [
        local('lead'),
        fixed('assist', 'u-street-001'), // the lead again, via 属地
        fixed('assist', 'u-water'),
        fixed('coordinate', 'u-water'), // coordinator wins over assist
        fixed('coordinate', 'u-police'),
        fixed('coordinate', 'u-police'),
      ]),
    ]);
    expect(r.lead).toEqual({ unitId: 'u-street-001', via: 'local_street' });
    expect(r.coordinators.map((u) => u.unitId)).toEqual(['u-water', 'u-police']);
    expect(r.assists).toEqual([]);
    expect(r.reasons).toEqual(
      expect.arrayContaining([
        'duplicate_unit_dropped:u-street-001',
        'duplicate_unit_dropped:u-water',
        'duplicate_unit_dropped:u-police',
      ]),
    );
  });
});

describe('resolveDuty — fallbacks', () => {
  it('sends a case without an entry to the street office of the location (属地兜底)', () => {
    const r = resolve([]);
    expect(r).toEqual({
      source: 'local_fallback',
      dutyId: null,
      dutyRegionCode: null,
      lead: { unitId: 'u-street-001', via: 'local_street' },
      coordinators: [],
      assists: [],
      reasons: ['no_duty_entry', 'local_fallback'],
    });
  });

  it('uses the district government when the street has no office', () => {
    const r = resolve([], { streetOfficeOf: () => undefined });
    expect(r.source).toBe('district_fallback');
    expect(r.lead).toEqual({ unitId: 'u-gov-chaoyang', via: 'fixed' });
    expect(r.reasons).toEqual(['no_duty_entry', `street_office_unresolved:${STREET}`, 'district_fallback']);
  });

  it('uses the default district government when there is no location, ignoring city-wide entries', () => {
    const r = resolve([entry('city', CITY, LEAF, [fixed('lead', 'u-c')])], { location: nowhere });
    expect(r.source).toBe('district_fallback');
    expect(r.dutyId).toBeNull();
    expect(r.lead).toEqual({ unitId: 'u-gov-default', via: 'fixed' });
    expect(r.reasons).toEqual(['no_location', 'no_duty_entry', 'district_fallback']);
  });

  it('uses the district government of a location known only to the district', () => {
    const r = resolve([], { location: { ...nowhere, districtCode: DISTRICT } });
    expect(r.lead).toEqual({ unitId: 'u-gov-chaoyang', via: 'fixed' });
  });

  it('returns no lead when not even a district government is known', () => {
    const r = resolve([], { location: nowhere, districtGovernmentOf: () => undefined });
    expect(r.source).toBe('district_fallback');
    expect(r.lead).toBeNull();
    expect(r.reasons).toContain('district_government_unresolved');
  });
});
