import { describe, expect, it } from 'vitest';
import { Role, UnitKind } from '../governance.ts';
import { anomalyFollowUp, trackVisible, visitClass } from './access.ts';

describe('trackVisible', () => {
  it('shows a track to the worker and to the leads and supervisors over the worker, nobody else', () => {
    expect(trackVisible({ userId: 'w', roles: ['grid_worker'], unitKind: 'community' }, 'w', false)).toBe(
      true,
    );
    expect(trackVisible({ userId: 'w2', roles: ['grid_worker'], unitKind: 'community' }, 'w', true)).toBe(
      false,
    );
    expect(trackVisible({ userId: 'l', roles: ['street_lead'], unitKind: 'community' }, 'w', true)).toBe(
      true,
    );
    expect(trackVisible({ userId: 'l', roles: ['street_lead'], unitKind: 'street_office' }, 'w', false)).toBe(
      false,
    );
    expect(trackVisible({ userId: 's', roles: ['supervisor'], unitKind: 'government' }, 'w', true)).toBe(
      true,
    );
  });
  it('never shows a track to a department, an operator, a handler or an administrator (table over roles)', () => {
    for (const role of Role.options) {
      for (const unitKind of UnitKind.options) {
        const seen = trackVisible({ userId: 'x', roles: [role], unitKind }, 'w', true);
        const expected =
          (role === 'street_lead' || role === 'supervisor') &&
          ['government', 'street_office', 'community'].includes(unitKind);
        expect(seen, `${role} in a ${unitKind}`).toBe(expected);
      }
    }
  });
});

describe('visitClass', () => {
  it('is the class of the tag the visit was for', () => {
    expect(visitClass('community_correction')).toBe('P3');
    expect(visitClass('severe_mental')).toBe('P3');
    expect(visitClass('elderly_alone')).toBe('P2');
    expect(visitClass(null)).toBe('P1');
  });
});

describe('anomalyFollowUp', () => {
  it('sends an anomaly to the responsible department, else opens a case; nothing without one', () => {
    expect(anomalyFollowUp({ anomaly: true, responsibleUnitId: 'u1' })).toBe('signoff');
    expect(anomalyFollowUp({ anomaly: true, responsibleUnitId: null })).toBe('case');
    expect(anomalyFollowUp({ anomaly: true, responsibleUnitId: undefined })).toBe('case');
    expect(anomalyFollowUp({ anomaly: false, responsibleUnitId: 'u1' })).toBeNull();
  });
});
