import { isCommonPassword } from './common-passwords.ts';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Why a password is refused; each is a message key on the server and in the console. */
export type PasswordProblem = 'too_short' | 'too_long' | 'too_few_classes' | 'contains_username' | 'common';

/** Lower case, upper case, digits, anything else (等保 2.0: at least three of these four). */
export function passwordClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
}

/**
 * The password rule of GB/T 22239-2019 level 3 as OneGrid applies it: 8–128 characters, three of four
 * character classes, not containing the username (either way round, any case), not a common password. The
 * common-password check ignores case and a trailing run of symbols, so `Password1!` counts as `password1`.
 */
export function passwordProblems(password: string, username: string): PasswordProblem[] {
  const out: PasswordProblem[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) out.push('too_short');
  if (password.length > PASSWORD_MAX_LENGTH) out.push('too_long');
  if (passwordClasses(password) < 3) out.push('too_few_classes');
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && (lower.includes(name) || lower.split('').reverse().join('').includes(name))) {
    out.push('contains_username');
  }
  const bare = lower.replace(/[^a-z\d]+$/, '');
  if (isCommonPassword(lower) || isCommonPassword(bare)) out.push('common');
  return out;
}

export function isAcceptablePassword(password: string, username: string): boolean {
  return passwordProblems(password, username).length === 0;
}

/** Whether a password set at `changedAt` has expired; maxAgeDays 0 turns expiry off. */
export function passwordExpired(changedAt: Date, now: Date, maxAgeDays: number): boolean {
  if (maxAgeDays <= 0) return false;
  return now.getTime() - changedAt.getTime() >= maxAgeDays * 86_400_000;
}
