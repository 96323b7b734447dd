import { describe, expect, it } from 'vitest';
import { ownRowsBy, tagCountScope } from './counts.ts';

const street = { roles: ['street_lead'] as const, unitKind: 'street_office' as const };
const operator = { roles: ['operator'] as const, unitKind: 'government' as const };
const dept = { roles: ['handler'] as const, unitKind: 'department' as const };
const worker = { roles: ['grid_worker'] as const, unitKind: 'community' as const };
const admin = { roles: ['admin'] as const, unitKind: 'government' as const };

describe('tagCountScope: who may count a tag in an area', () => {
  it('care groups (P2): territorial staff in jurisdiction count all; departments only their own rows', () => {
    expect(tagCountScope(street, 'dibao', true)).toBe('all');
    expect(tagCountScope(operator, 'elderly_alone', true)).toBe('all');
    expect(tagCountScope(street, 'dibao', false)).toBe('own');
    expect(tagCountScope(dept, 'disabled', true)).toBe('own');
    expect(ownRowsBy(dept, 'disabled')).toEqual({ responsible: true, assigned: false });
  });

  it('special populations (P3) are never counted by role, nor folded: only the responsible unit and assigned worker', () => {
    expect(tagCountScope(street, 'community_correction', true)).toBe('own');
    expect(ownRowsBy(street, 'community_correction')).toEqual({ responsible: true, assigned: false });
    expect(tagCountScope(worker, 'severe_mental', true)).toBe('own');
    expect(ownRowsBy(worker, 'severe_mental')).toEqual({ responsible: true, assigned: true });
    expect(tagCountScope(operator, 'drug_user', true)).toBe('own');
  });

  it('the administrators count no tag at all', () => {
    expect(tagCountScope(admin, 'dibao', true)).toBe('none');
    expect(tagCountScope(admin, 'community_correction', true)).toBe('none');
  });
});
