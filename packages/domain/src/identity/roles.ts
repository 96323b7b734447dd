import type { Role } from '../governance.ts';

/**
 * 三权分立 (GB/T 22239-2019 level 3, separation of duties): what each administrative role may do. The system
 * administrator runs the structure (units, grids, categories, duties, deadlines, calendar); the security
 * administrator runs accounts, roles, passwords and sessions; the audit administrator reads and verifies the
 * audit log. Services check these capabilities, not role names, for the three duties.
 */
export type AdminDuty = 'manage_structure' | 'manage_accounts' | 'read_audit';

export const ROLE_DUTIES: Readonly<Record<Role, readonly AdminDuty[]>> = {
  resident: [],
  grid_worker: [],
  operator: [],
  dispatcher: [],
  handler: [],
  street_lead: [],
  supervisor: [],
  admin: ['manage_structure'],
  security_admin: ['manage_accounts'],
  audit_admin: ['read_audit'],
};

/** The roles that hold one of the three administrative duties: they need a second factor. */
export const ADMIN_ROLES: readonly Role[] = ['admin', 'security_admin', 'audit_admin'];

/** Pairs of roles one account may not hold together. */
export const EXCLUSIVE_ROLES: readonly (readonly [Role, Role])[] = [
  ['security_admin', 'audit_admin'],
  ['admin', 'security_admin'],
  ['admin', 'audit_admin'],
];

export function dutiesOf(roles: readonly Role[]): Set<AdminDuty> {
  return new Set(roles.flatMap((r) => ROLE_DUTIES[r]));
}

export function hasDuty(roles: readonly Role[], duty: AdminDuty): boolean {
  return roles.some((r) => ROLE_DUTIES[r].includes(duty));
}

/** The pairs of exclusive roles a set of roles holds together; empty when the set is allowed. */
export function roleConflicts(roles: readonly Role[]): [Role, Role][] {
  return EXCLUSIVE_ROLES.filter(([a, b]) => roles.includes(a) && roles.includes(b)).map(([a, b]) => [a, b]);
}

export function requiresSecondFactor(roles: readonly Role[]): boolean {
  return roles.some((r) => ADMIN_ROLES.includes(r));
}
