import { describe, expect, it } from 'vitest';
import { ROLES } from '../governance.ts';
import {
  crossesRevealThreshold,
  nextSignInStep,
  dutiesOf,
  EXCLUSIVE_ROLES,
  isAcceptablePassword,
  isCommonPassword,
  passwordExpired,
  passwordProblems,
  requiresSecondFactor,
  roleConflicts,
  ROLE_DUTIES,
  validRevealReason,
} from './index.ts';

describe('password rule', () => {
  it('refuses the passwords the old rule let through', () => {
    expect(passwordProblems('password1', 'operator')).toEqual(
      expect.arrayContaining(['too_few_classes', 'common']),
    );
    expect(passwordProblems('Operator2026', 'operator')).toContain('contains_username');
    expect(passwordProblems('rotarepo#A1', 'operator')).toContain('contains_username');
  });

  it('needs 8 characters and three of four classes', () => {
    expect(passwordProblems('Ab1!', 'x')).toContain('too_short');
    expect(passwordProblems('abcdefgh12', 'x')).toContain('too_few_classes');
    expect(isAcceptablePassword('Grid#road7', 'zhangsan')).toBe(true);
    expect(isAcceptablePassword('grid#road7', 'zhangsan')).toBe(true);
    expect(isAcceptablePassword('Demo@12345', 'admin')).toBe(true);
  });

  it('refuses common passwords, Chinese favourites included, whatever their case or trailing symbols', () => {
    for (const pw of [
      'woaini1314',
      'qq123456',
      'Woaini1314!',
      'P@ssw0rd',
      'Passw0rd!',
      'Abc123456',
      '1qaz@WSX',
    ]) {
      expect(isCommonPassword(pw.toLowerCase()) || passwordProblems(pw, 'x').includes('common')).toBe(true);
    }
    expect(passwordProblems('Zhang1988!', 'x')).toContain('common');
    expect(passwordProblems('P@ssw0rd', 'x')).toContain('common');
    expect(isCommonPassword('Tq7#vLw9pz')).toBe(false);
  });

  it('expires after the configured days, never with 0', () => {
    const set = new Date('2026-01-01T00:00:00Z');
    expect(passwordExpired(set, new Date('2026-03-31T23:00:00Z'), 90)).toBe(false);
    expect(passwordExpired(set, new Date('2026-04-01T00:00:00Z'), 90)).toBe(true);
    expect(passwordExpired(set, new Date('2030-01-01T00:00:00Z'), 0)).toBe(false);
  });
});

describe('separation of duties (三权分立)', () => {
  it('no role both manages accounts and reads the audit', () => {
    for (const role of ROLES) {
      const duties = ROLE_DUTIES[role];
      expect(duties.includes('manage_accounts') && duties.includes('read_audit')).toBe(false);
    }
  });

  it('refuses security_admin with audit_admin, and admin with either', () => {
    expect(roleConflicts(['security_admin', 'audit_admin'])).toHaveLength(1);
    expect(roleConflicts(['admin', 'security_admin'])).toHaveLength(1);
    expect(roleConflicts(['admin', 'audit_admin', 'operator'])).toHaveLength(1);
    expect(roleConflicts(['admin', 'dispatcher', 'supervisor'])).toEqual([]);
  });

  it('every set of roles an account may hold carries at most one administrative duty', () => {
    // All 2^10 subsets of the roles: the exclusive pairs are exactly what keeps the duties apart.
    for (let mask = 1; mask < 1 << ROLES.length; mask++) {
      const roles = ROLES.filter((_, i) => mask & (1 << i));
      if (roleConflicts(roles).length > 0) continue;
      expect(dutiesOf(roles).size).toBeLessThanOrEqual(1);
    }
    expect(EXCLUSIVE_ROLES.length).toBe(3);
  });

  it('administrators need a second factor, others not', () => {
    expect(requiresSecondFactor(['audit_admin'])).toBe(true);
    expect(requiresSecondFactor(['operator', 'dispatcher'])).toBe(false);
  });
});

describe('phone reveal alert', () => {
  const policy = { count: 3, minutes: 10 };
  const at = (min: number) => new Date(Date.UTC(2026, 0, 1, 8, min));

  it('fires once, on the reveal that passes the limit inside the window', () => {
    expect(crossesRevealThreshold([at(0), at(1)], at(2), policy)).toBe(false);
    expect(crossesRevealThreshold([at(0), at(1), at(2)], at(3), policy)).toBe(true);
    expect(crossesRevealThreshold([at(0), at(1), at(2), at(3)], at(4), policy)).toBe(false);
  });

  it('ignores reveals older than the window', () => {
    expect(crossesRevealThreshold([at(0), at(1), at(2)], at(12), policy)).toBe(false);
  });

  it('needs a stated reason', () => {
    expect(validRevealReason('  ')).toBe(false);
    expect(validRevealReason(undefined)).toBe(false);
    expect(validRevealReason('回访核实')).toBe(true);
  });
});

describe('sign-in steps', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const fresh = {
    roles: ['operator'] as const,
    totpEnabled: false,
    mustChangePassword: false,
    passwordChangedAt: now,
  };
  const policy = { passwordMaxAgeDays: 90, enforceAdminTotp: true };
  const none = { totp: false, passwordChanged: false };

  it('asks the second factor first, then a forced change, then enrolment for administrators', () => {
    const admin = {
      ...fresh,
      roles: ['security_admin'] as const,
      mustChangePassword: true,
      totpEnabled: true,
    };
    expect(nextSignInStep(admin, none, policy, now)).toBe('totp');
    expect(nextSignInStep(admin, { ...none, totp: true }, policy, now)).toBe('change_password');
    expect(nextSignInStep(admin, { totp: true, passwordChanged: true }, policy, now)).toBeNull();
    const noTotp = { ...admin, totpEnabled: false, mustChangePassword: false };
    expect(nextSignInStep(noTotp, none, policy, now)).toBe('enrol_totp');
    expect(nextSignInStep(noTotp, none, { ...policy, enforceAdminTotp: false }, now)).toBeNull();
  });

  it('asks a change when the password expired; others sign straight in', () => {
    expect(nextSignInStep(fresh, none, policy, now)).toBeNull();
    const old = { ...fresh, passwordChangedAt: new Date('2026-01-01T00:00:00Z') };
    expect(nextSignInStep(old, none, policy, now)).toBe('change_password');
    expect(nextSignInStep(old, none, { ...policy, passwordMaxAgeDays: 0 }, now)).toBeNull();
  });
});
