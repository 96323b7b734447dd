import type { Role } from '../governance.ts';
import { passwordExpired } from './password.ts';
import { requiresSecondFactor } from './roles.ts';

/** A sign-in step still owed after the password: the session reaches only that step until it is done. */
export type SignInStep = 'totp' | 'change_password' | 'enrol_totp';

export interface SignInState {
  roles: readonly Role[];
  totpEnabled: boolean;
  mustChangePassword: boolean;
  passwordChangedAt: Date;
}

export interface SignInPolicy {
  /** 0 = passwords never expire */
  passwordMaxAgeDays: number;
  /** Administrators must enrol a second factor (false only in demo mode, where the console warns instead). */
  enforceAdminTotp: boolean;
}

/**
 * The step a session owes after what it has already proven: the second factor first (so an attacker holding
 * only the password learns nothing more), then a forced password change (first sign-in, administrator reset,
 * expiry), then enrolment of a second factor for administrators who have none. null = fully signed in.
 */
export function nextSignInStep(
  u: SignInState,
  done: { totp: boolean; passwordChanged: boolean },
  policy: SignInPolicy,
  now: Date,
): SignInStep | null {
  if (u.totpEnabled && !done.totp) return 'totp';
  if (
    !done.passwordChanged &&
    (u.mustChangePassword || passwordExpired(u.passwordChangedAt, now, policy.passwordMaxAgeDays))
  ) {
    return 'change_password';
  }
  if (!u.totpEnabled && policy.enforceAdminTotp && requiresSecondFactor(u.roles)) return 'enrol_totp';
  return null;
}
