import crypto from 'node:crypto';
import { nextSignInStep, passwordProblems, type SignInStep } from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { writeAudit, type AuditActor } from '../../lib/audit.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import type { PiiCipher } from '../../lib/pii.ts';
import * as repo from './auth.repository.ts';
import { loadAuthSettings } from './auth.settings.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { checkTotp } from './totp.ts';

export const SESSION_COOKIE = 'og_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/**
 * Lockout (documented in README, "Sign-in protection"): failures are counted per typed username AND client
 * address. Five failures within 15 minutes lock that username from that address for 15 minutes — someone
 * elsewhere cannot lock a real user out, and an unknown username locks exactly like a real one, so the lock
 * reveals nothing. Independently, one address with 30 failures within 15 minutes, whatever usernames it typed,
 * is refused (429) until its window passes: spraying one password over many accounts is slowed down too.
 * Every answer to a failed or locked attempt is the same 401 with the same message.
 */
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;
export const MAX_FAILURES_PER_IP = 30;
/** Wrong second-factor codes a pending session may send before it is ended. */
export const MAX_STEP_FAILURES = 5;

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('base64url');
}

// Verifying against a real hash for unknown users keeps the response time the same (no username probing).
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-0');
  return dummyHash;
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  userId: string;
  step: SignInStep | null;
}

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
  requestId: string;
}

function clientActor(
  user: { id: string; username: string } | null,
  username: string,
  c: ClientInfo,
): NonNullable<AuditActor> {
  return {
    userId: user?.id ?? '',
    username: user?.username ?? username,
    scopePath: '',
    ip: c.ip,
    requestId: c.requestId,
  };
}

export async function login(
  db: Db,
  input: { username: string; password: string; demo: boolean } & ClientInfo,
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  const ua = input.userAgent?.slice(0, 300) ?? null;
  const settings = await loadAuthSettings(db);
  const outcome = await db.transaction().execute(async (tx) => {
    const now = new Date();
    const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MINUTES * 60_000);
    if ((await repo.recentFailuresFromIp(tx, input.ip, windowStart)) >= MAX_FAILURES_PER_IP) {
      await writeAudit(tx, clientActor(null, username, input), {
        action: 'login_failed',
        entity: 'user',
        after: { username, reason: 'address_throttled', userAgent: ua },
      });
      return { error: new AppError('RATE_LIMITED') };
    }
    const attempt = await repo.lockLoginAttempt(tx, username, input.ip);
    const user = await repo.findUserForLogin(tx, username);
    const audit = clientActor(user ?? null, username, input);
    const locked = attempt.locked_until !== null && attempt.locked_until > now;
    // The hash is always verified, so a locked or unknown username costs the same time as a real one.
    const ok = await verifyPassword(user?.password_hash ?? (await getDummyHash()), input.password);
    if (locked || !ok || !user || !user.active) {
      // An expired lock or an old window starts the count again; a live lock is left as it is.
      const fresh = !locked && (attempt.window_start < windowStart || attempt.locked_until !== null);
      const failures = (fresh ? 0 : attempt.failures) + 1;
      const lockNow = !locked && failures >= MAX_FAILURES;
      const lockedUntil = lockNow
        ? new Date(now.getTime() + LOCK_MINUTES * 60_000)
        : locked
          ? attempt.locked_until
          : null;
      await repo.saveLoginAttempt(tx, username, input.ip, {
        failures,
        window_start: fresh ? now : attempt.window_start,
        locked_until: lockedUntil,
      });
      await writeAudit(tx, audit, {
        action: 'login_failed',
        entity: 'user',
        entityId: user?.id ?? null,
        after: { username, failures, locked: locked || lockNow, userAgent: ua },
      });
      if (lockNow) {
        // Shown to the security administrator as "locked" (from some address); it does not block other addresses.
        if (user) await repo.updateIdentity(tx, user.id, { locked_until: lockedUntil });
        await writeAudit(tx, audit, {
          action: 'lockout',
          entity: 'user',
          entityId: user?.id ?? null,
          after: { username, minutes: LOCK_MINUTES, userAgent: ua },
        });
      }
      return { error: new AppError('INVALID_CREDENTIALS') };
    }
    await repo.clearLoginAttempts(tx, username, input.ip);
    const step = nextSignInStep(
      {
        roles: user.roles,
        totpEnabled: user.totp_secret_enc !== null,
        mustChangePassword: user.must_change_password,
        passwordChangedAt: user.password_changed_at,
      },
      { totp: false, passwordChanged: false },
      { passwordMaxAgeDays: settings.passwordMaxAgeDays, enforceAdminTotp: !input.demo },
      now,
    );
    const token = crypto.randomBytes(32).toString('base64url');
    const csrfToken = crypto.randomBytes(24).toString('base64url');
    await repo.insertSession(tx, {
      id_hash: hashToken(token),
      user_id: user.id,
      csrf_token: csrfToken,
      expires_at: new Date(now.getTime() + SESSION_TTL_MS),
      ip: input.ip,
      user_agent: ua,
      step,
    });
    await writeAudit(tx, audit, {
      action: 'login',
      entity: 'user',
      entityId: user.id,
      after: { userAgent: ua, ...(step ? { step } : {}) },
    });
    return { result: { token, csrfToken, userId: user.id, step } };
  });
  // Failures are committed (counter, audit) and only then reported.
  if ('error' in outcome) throw outcome.error;
  return outcome.result;
}

export async function logout(db: Db, token: string, actor: AuditActor): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await repo.deleteSession(tx, hashToken(token));
    await writeAudit(tx, actor, { action: 'logout', entity: 'user', entityId: actor?.userId ?? null });
  });
}

function signInState(u: Awaited<ReturnType<typeof repo.lockUserIdentity>>) {
  return {
    roles: u.roles,
    totpEnabled: u.totp_secret_enc !== null,
    mustChangePassword: u.must_change_password,
    passwordChangedAt: u.password_changed_at,
  };
}

async function policy(db: DbOrTx, demo: boolean) {
  const s = await loadAuthSettings(db);
  return { passwordMaxAgeDays: s.passwordMaxAgeDays, enforceAdminTotp: !demo };
}

/** The second step: a code from the user's authenticator. Five wrong codes end the pending session. */
export async function verifySecondFactor(
  db: Db,
  pii: PiiCipher,
  actor: Actor,
  idHash: string,
  code: string,
  demo: boolean,
): Promise<{ step: SignInStep | null }> {
  if (actor.step !== 'totp') throw new AppError('FORBIDDEN');
  const p = await policy(db, demo);
  const outcome = await db.transaction().execute(async (tx) => {
    const u = await repo.lockUserIdentity(tx, actor.userId);
    const secret = u.totp_secret_enc ? pii.decrypt(u.totp_secret_enc) : null;
    const last = u.totp_last_step === null ? null : Number(u.totp_last_step);
    const stepUsed = secret ? await checkTotp(secret, code, last) : null;
    if (stepUsed === null) {
      const failures = await repo.countStepFailure(tx, idHash);
      await writeAudit(tx, actor, {
        action: 'totp_failed',
        entity: 'user',
        entityId: actor.userId,
        after: { failures },
      });
      if (failures >= MAX_STEP_FAILURES) await repo.deleteSession(tx, idHash);
      return { error: new AppError(failures >= MAX_STEP_FAILURES ? 'UNAUTHENTICATED' : 'TOTP_INVALID') };
    }
    await repo.updateIdentity(tx, u.id, { totp_last_step: String(stepUsed) });
    const step = nextSignInStep(signInState(u), { totp: true, passwordChanged: false }, p, new Date());
    await repo.setSessionStep(tx, idHash, step);
    await writeAudit(tx, actor, { action: 'login_totp', entity: 'user', entityId: u.id });
    return { result: { step } };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.result;
}

export function checkNewPassword(password: string, username: string): void {
  const problems = passwordProblems(password, username);
  if (problems.length > 0) {
    throw new AppError('PASSWORD_REJECTED', {
      details: problems.map((p) => ({
        path: 'password',
        key: `password_${p}` as const,
        params: { problem: p },
      })),
    });
  }
}

/** A user changes their own password: the current one proves it is them; other sessions end. */
export async function changeOwnPassword(
  db: Db,
  actor: Actor,
  idHash: string,
  input: { currentPassword: string; newPassword: string },
  demo: boolean,
): Promise<{ step: SignInStep | null }> {
  if (actor.step === 'totp') throw new AppError('FORBIDDEN');
  checkNewPassword(input.newPassword, actor.username);
  const p = await policy(db, demo);
  const newHash = await hashPassword(input.newPassword);
  const outcome = await db.transaction().execute(async (tx) => {
    const u = await repo.lockUserIdentity(tx, actor.userId);
    if (!(await verifyPassword(u.password_hash, input.currentPassword))) {
      await writeAudit(tx, actor, {
        action: 'password_change',
        entity: 'user',
        entityId: u.id,
        after: { ok: false },
      });
      return { error: new AppError('INVALID_CREDENTIALS') };
    }
    if (await verifyPassword(u.password_hash, input.newPassword)) {
      return {
        error: new AppError('PASSWORD_REJECTED', {
          details: [{ path: 'newPassword', key: 'password_unchanged', params: { problem: 'unchanged' } }],
        }),
      };
    }
    const now = new Date();
    await repo.updateIdentity(tx, u.id, {
      password_hash: newHash,
      must_change_password: false,
      password_changed_at: now,
    });
    await repo.deleteOtherSessions(tx, u.id, idHash);
    const step = actor.step
      ? nextSignInStep(
          { ...signInState(u), mustChangePassword: false, passwordChangedAt: now },
          { totp: true, passwordChanged: true },
          p,
          now,
        )
      : null;
    await repo.setSessionStep(tx, idHash, step);
    await writeAudit(tx, actor, {
      action: 'password_change',
      entity: 'user',
      entityId: u.id,
      after: { ok: true },
    });
    return { result: { step } };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.result;
}
