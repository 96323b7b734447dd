import { describe, expect, it } from 'vitest';
import {
  caseInScope,
  caseScopeOf,
  directoryScopeOf,
  districtPathOf,
  isTargetFor,
  type ScopeActor,
} from './scope.ts';

const DISTRICT = '110000000000/110117000000/';
const STREET = `${DISTRICT}110117001000/`;
const OTHER_STREET = `${DISTRICT}110117002000/`;
const COMMUNITY = `${STREET}110117001001/`;

const actor = (over: Partial<ScopeActor>): ScopeActor => ({
  userId: 'u1',
  roles: ['handler'],
  unitId: 'unit1',
  unitKind: 'street_office',
  scopePath: STREET,
  ...over,
});

describe('caseScopeOf', () => {
  it('a resident account sees only what it reported, whatever its unit', () => {
    expect(caseScopeOf(actor({ roles: ['resident'], unitKind: 'community', scopePath: COMMUNITY }))).toEqual({
      kind: 'reporter',
      userId: 'u1',
    });
  });

  it('the security and audit administrators see no case, whatever their unit (三权分立)', () => {
    for (const roles of [['security_admin'], ['audit_admin']] as const) {
      const scope = caseScopeOf(actor({ roles: [...roles], unitKind: 'government', scopePath: DISTRICT }));
      expect(scope).toEqual({ kind: 'none' });
      expect(caseInScope(scope, { regionPath: COMMUNITY, createdBy: 'u1', assignedUnitIds: ['unit1'] })).toBe(
        false,
      );
    }
    // a role that works on cases beside them still does
    expect(caseScopeOf(actor({ roles: ['audit_admin', 'supervisor'], scopePath: DISTRICT })).kind).toBe(
      'jurisdiction',
    );
  });

  it('territorial units see their jurisdiction', () => {
    for (const unitKind of ['government', 'street_office', 'community'] as const)
      expect(caseScopeOf(actor({ unitKind }))).toEqual({
        kind: 'jurisdiction',
        path: STREET,
        unitId: 'unit1',
      });
  });

  it('departments and enterprises see only their assignments, even with a district jurisdiction', () => {
    for (const unitKind of ['department', 'enterprise'] as const)
      expect(caseScopeOf(actor({ unitKind, scopePath: DISTRICT }))).toEqual({
        kind: 'assigned',
        unitId: 'unit1',
      });
  });

  it('a supervisor sees the jurisdiction wherever it sits; staff roles outrank a resident role', () => {
    expect(
      caseScopeOf(actor({ roles: ['supervisor'], unitKind: 'department', scopePath: DISTRICT })).kind,
    ).toBe('jurisdiction');
    expect(caseScopeOf(actor({ roles: ['resident', 'grid_worker'], unitKind: 'community' })).kind).toBe(
      'jurisdiction',
    );
  });
});

describe('caseInScope', () => {
  const c = { regionPath: `${COMMUNITY}`, createdBy: 'r1', assignedUnitIds: ['water'] };
  it('jurisdiction: inside the path, or assigned elsewhere', () => {
    expect(caseInScope({ kind: 'jurisdiction', path: STREET, unitId: 'x' }, c)).toBe(true);
    expect(caseInScope({ kind: 'jurisdiction', path: OTHER_STREET, unitId: 'x' }, c)).toBe(false);
    expect(caseInScope({ kind: 'jurisdiction', path: OTHER_STREET, unitId: 'water' }, c)).toBe(true);
  });
  it('assigned: only an (even past) assignment counts', () => {
    expect(caseInScope({ kind: 'assigned', unitId: 'water' }, c)).toBe(true);
    expect(caseInScope({ kind: 'assigned', unitId: 'gas' }, c)).toBe(false);
  });
  it('reporter: only the own reports', () => {
    expect(caseInScope({ kind: 'reporter', userId: 'r1' }, c)).toBe(true);
    expect(caseInScope({ kind: 'reporter', userId: 'r2' }, c)).toBe(false);
    expect(caseInScope({ kind: 'reporter', userId: 'r2' }, { ...c, createdBy: null })).toBe(false);
  });
});

describe('directoryScopeOf', () => {
  it('residents see no staff, departments their own unit, territorial units their jurisdiction', () => {
    expect(directoryScopeOf(actor({ roles: ['resident'] }))).toEqual({ kind: 'none' });
    expect(directoryScopeOf(actor({ unitKind: 'enterprise', scopePath: DISTRICT }))).toEqual({
      kind: 'unit',
      unitId: 'unit1',
    });
    expect(directoryScopeOf(actor({ roles: ['admin'] }))).toEqual({ kind: 'jurisdiction', path: STREET });
  });
});

describe('targets of a dispatch or a whistle', () => {
  const place = `${COMMUNITY}`;
  it('territorial units must cover the place', () => {
    expect(isTargetFor({ kind: 'street_office', jurisdictionPath: STREET, active: true }, place)).toBe(true);
    expect(isTargetFor({ kind: 'community', jurisdictionPath: COMMUNITY, active: true }, place)).toBe(true);
    expect(isTargetFor({ kind: 'street_office', jurisdictionPath: OTHER_STREET, active: true }, place)).toBe(
      false,
    );
    expect(
      isTargetFor(
        { kind: 'community', jurisdictionPath: `${OTHER_STREET}110117002001/`, active: true },
        place,
      ),
    ).toBe(false);
    expect(isTargetFor({ kind: 'government', jurisdictionPath: DISTRICT, active: true }, place)).toBe(true);
  });
  it('a place known only to its street (a whistle) or district takes the territorial units inside it', () => {
    expect(isTargetFor({ kind: 'community', jurisdictionPath: COMMUNITY, active: true }, STREET)).toBe(true);
    expect(
      isTargetFor({ kind: 'street_office', jurisdictionPath: OTHER_STREET, active: true }, DISTRICT),
    ).toBe(true);
    expect(
      isTargetFor(
        { kind: 'community', jurisdictionPath: `${OTHER_STREET}110117002001/`, active: true },
        STREET,
      ),
    ).toBe(false);
  });
  it('a social organisation is a target where it sits (its community or street), not in another street', () => {
    expect(isTargetFor({ kind: 'social_org', jurisdictionPath: COMMUNITY, active: true }, place)).toBe(true);
    expect(isTargetFor({ kind: 'social_org', jurisdictionPath: STREET, active: true }, place)).toBe(true);
    expect(isTargetFor({ kind: 'social_org', jurisdictionPath: COMMUNITY, active: true }, STREET)).toBe(true);
    expect(isTargetFor({ kind: 'social_org', jurisdictionPath: OTHER_STREET, active: true }, place)).toBe(
      false,
    );
    expect(isTargetFor({ kind: 'social_org', jurisdictionPath: COMMUNITY, active: false }, place)).toBe(
      false,
    );
  });
  it('departments and enterprises of the same district (or the city above) are targets, others not', () => {
    expect(isTargetFor({ kind: 'department', jurisdictionPath: DISTRICT, active: true }, place)).toBe(true);
    expect(isTargetFor({ kind: 'enterprise', jurisdictionPath: '110000000000/', active: true }, place)).toBe(
      true,
    );
    expect(
      isTargetFor(
        { kind: 'department', jurisdictionPath: '110000000000/110105000000/', active: true },
        place,
      ),
    ).toBe(false);
  });
  it('an inactive unit is no target', () => {
    expect(isTargetFor({ kind: 'department', jurisdictionPath: DISTRICT, active: false }, place)).toBe(false);
  });
  it('districtPathOf finds the district segment', () => {
    expect(districtPathOf(COMMUNITY)).toBe(DISTRICT);
    expect(districtPathOf(DISTRICT)).toBe(DISTRICT);
    expect(districtPathOf('110000000000/')).toBeNull();
  });
});
