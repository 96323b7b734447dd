import { describe, expect, it } from 'vitest';
import { ROLES, type Role, type UnitKind } from '../governance.ts';
import { baseTerritoryOf, classView, recordVisible, type BaseRelation } from './access.ts';
import { tagClass } from './classes.ts';

const rel = (r: Partial<BaseRelation> = {}): BaseRelation => ({
  inJurisdiction: false,
  responsibleUnit: false,
  assignedWorker: false,
  ...r,
});
const viewer = (roles: Role[], unitKind: UnitKind) => ({ roles, unitKind });

describe('classView: base data by privacy class', () => {
  it('P3 is never granted by role or jurisdiction, only to the responsible department and the assigned worker', () => {
    for (const role of ROLES) {
      for (const kind of ['government', 'street_office', 'community', 'department'] as UnitKind[]) {
        expect(classView(viewer([role], kind), 'P3', rel({ inJurisdiction: true }))).toBe('hidden');
      }
    }
    expect(classView(viewer(['handler'], 'department'), 'P3', rel({ responsibleUnit: true }))).toBe(
      'revealable',
    );
    expect(classView(viewer(['grid_worker'], 'community'), 'P3', rel({ assignedWorker: true }))).toBe(
      'revealable',
    );
    // Assignment makes no one but the grid worker see it.
    expect(classView(viewer(['street_lead'], 'street_office'), 'P3', rel({ assignedWorker: true }))).toBe(
      'hidden',
    );
  });

  it('a department sees only the persons of the tags it is responsible for (数据按用途)', () => {
    const dept = viewer(['handler'], 'department');
    for (const cls of ['P1', 'P2', 'P3'] as const) expect(classView(dept, cls, rel())).toBe('hidden');
    expect(classView(dept, 'P1', rel({ responsibleUnit: true }))).toBe('full');
    expect(classView(dept, 'P2', rel({ responsibleUnit: true }))).toBe('revealable');
    expect(classView(dept, 'P0', rel())).toBe('full');
  });

  it('territorial staff see their jurisdiction by role, nothing outside it', () => {
    const gw = viewer(['grid_worker'], 'community');
    expect(classView(gw, 'P1', rel({ inJurisdiction: true }))).toBe('full');
    expect(classView(gw, 'P2', rel({ inJurisdiction: true }))).toBe('revealable');
    expect(classView(gw, 'P1', rel())).toBe('hidden');
    expect(classView(viewer(['operator'], 'government'), 'P1', rel({ inJurisdiction: true }))).toBe('masked');
    expect(classView(viewer(['operator'], 'government'), 'P2', rel({ inJurisdiction: true }))).toBe('masked');
  });

  it('the three administrators do not read the population (三权分立); residents see none of it', () => {
    for (const role of ['admin', 'security_admin', 'audit_admin', 'resident'] as Role[]) {
      for (const cls of ['P1', 'P2', 'P3'] as const) {
        expect(
          classView(viewer([role], 'government'), cls, rel({ inJurisdiction: true, responsibleUnit: true })),
        ).toBe('hidden');
      }
    }
    expect(classView(viewer(['admin'], 'government'), 'P0', rel())).toBe('full');
    expect(classView(viewer(['resident'], 'community'), 'P0', rel())).toBe('hidden');
  });

  it('several roles see the most any of them sees', () => {
    expect(
      classView(viewer(['operator', 'street_lead'], 'street_office'), 'P1', rel({ inJurisdiction: true })),
    ).toBe('full');
  });

  it('special-population tags are P3, care groups P2', () => {
    expect(tagClass('community_correction')).toBe('P3');
    expect(tagClass('severe_mental')).toBe('P3');
    expect(tagClass('dibao')).toBe('P2');
    expect(tagClass('disabled')).toBe('P2');
  });
});

describe('classView: the people lane', () => {
  it('the assigned grid worker sees the person (P1) and may reveal P2/P3, even outside their grids', () => {
    const gw = viewer(['grid_worker'], 'community');
    expect(classView(gw, 'P1', rel({ assignedWorker: true }))).toBe('full');
    expect(classView(gw, 'P2', rel({ assignedWorker: true }))).toBe('revealable');
    expect(classView(gw, 'P3', rel({ assignedWorker: true }))).toBe('revealable');
    expect(recordVisible(gw, rel({ assignedWorker: true }))).toBe(true);
    expect(recordVisible(gw, rel())).toBe(false);
  });

  it('a department without a responsible tag sees no person at all; with one it does', () => {
    const dept = viewer(['handler'], 'department');
    expect(recordVisible(dept, rel({ inJurisdiction: true }))).toBe(false);
    expect(recordVisible(dept, rel({ responsibleUnit: true }))).toBe(true);
  });

  it('grid-only users hold their grids; other territorial staff their jurisdiction; departments none', () => {
    expect(baseTerritoryOf(viewer(['grid_worker'], 'community'))).toBe('grids');
    expect(baseTerritoryOf(viewer(['grid_worker', 'street_lead'], 'community'))).toBe('jurisdiction');
    expect(baseTerritoryOf(viewer(['street_lead'], 'street_office'))).toBe('jurisdiction');
    expect(baseTerritoryOf(viewer(['handler'], 'department'))).toBe('none');
  });
});
