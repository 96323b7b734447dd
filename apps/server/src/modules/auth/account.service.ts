import { requiresSecondFactor } from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { hasRole, inScope, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import type { PiiCipher } from '../../lib/pii.ts';
import * as repo from './auth.repository.ts';
import { verifyPassword } from './passwords.ts';
import { checkTotp, newTotpSecret, totpEnrolment } from './totp.ts';

/** What "my account" shows about the caller's sign-in protection. */
export async function accountSecurity(db: DbOrTx, actor: Actor, demo: boolean) {
  const u = await repo.getUserIdentity(db, actor.userId);
  return {
    totpEnabled: u.totp_secret_enc !== null,
    totpRequired: requiresSecondFactor(u.roles),
    /** Demo mode does not force administrators to enrol; the console warns them instead. */
    totpEnforced: requiresSecondFactor(u.roles) && !demo,
    passwordChangedAt: u.password_changed_at,
  };
}

/** Starts enrolment: a new secret, kept pending until a code from it is confirmed. */
export async function startTotpEnrolment(db: Db, pii: PiiCipher, actor: Actor) {
  if (actor.step === 'totp' || actor.step === 'change_password') throw new AppError('FORBIDDEN');
  const secret = newTotpSecret();
  await db.transaction().execute(async (tx) => {
    await repo.lockUserIdentity(tx, actor.userId);
    await repo.updateIdentity(tx, actor.userId, { totp_pending_enc: pii.encrypt(secret) });
  });
  return totpEnrolment(secret, actor.username);
}

/** Confirms enrolment with a code from the new secret; a session that owed enrolment is then fully signed in. */
export async function confirmTotpEnrolment(
  db: Db,
  pii: PiiCipher,
  actor: Actor,
  idHash: string,
  code: string,
) {
  if (actor.step === 'totp' || actor.step === 'change_password') throw new AppError('FORBIDDEN');
  const outcome = await db.transaction().execute(async (tx) => {
    const u = await repo.lockUserIdentity(tx, actor.userId);
    if (!u.totp_pending_enc) return { error: new AppError('TOTP_INVALID') };
    const secret = pii.decrypt(u.totp_pending_enc);
    const step = await checkTotp(secret, code, null);
    if (step === null) return { error: new AppError('TOTP_INVALID') };
    await repo.updateIdentity(tx, u.id, {
      totp_secret_enc: u.totp_pending_enc,
      totp_pending_enc: null,
      totp_last_step: String(step),
    });
    if (actor.step === 'enrol_totp') await repo.setSessionStep(tx, idHash, null);
    await writeAudit(tx, actor, { action: 'totp_enable', entity: 'user', entityId: u.id });
    return { result: { step: null } };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.result;
}

/** Turns the second factor off (the password proves it is the user); administrators outside demo may not. */
export async function disableTotp(db: Db, actor: Actor, password: string, demo: boolean) {
  if (actor.step) throw new AppError('FORBIDDEN');
  const outcome = await db.transaction().execute(async (tx) => {
    const u = await repo.lockUserIdentity(tx, actor.userId);
    if (requiresSecondFactor(u.roles) && !demo) return { error: new AppError('FORBIDDEN') };
    if (!(await verifyPassword(u.password_hash, password)))
      return { error: new AppError('INVALID_CREDENTIALS') };
    await repo.updateIdentity(tx, u.id, {
      totp_secret_enc: null,
      totp_pending_enc: null,
      totp_last_step: null,
    });
    await writeAudit(tx, actor, { action: 'totp_disable', entity: 'user', entityId: u.id });
    return { result: null };
  });
  if ('error' in outcome) throw outcome.error;
}

function presentSession(
  s: Awaited<ReturnType<typeof repo.listSessions>>[number],
  currentId: string | undefined,
) {
  return {
    id: s.id,
    user: { id: s.user_id, username: s.username, name: s.name },
    ip: s.ip,
    userAgent: s.user_agent,
    createdAt: s.created_at,
    lastSeenAt: s.last_seen_at,
    expiresAt: s.expires_at,
    pendingStep: s.step,
    current: s.id === currentId,
  };
}

export async function listOwnSessions(db: DbOrTx, actor: Actor) {
  const rows = await repo.listSessions(db, { userId: actor.userId });
  return { items: rows.map((s) => presentSession(s, actor.sessionId)) };
}

/** Every live session inside the caller's jurisdiction, for the security administrator. */
export async function listAllSessions(db: DbOrTx, actor: Actor) {
  if (!hasRole(actor, 'security_admin')) throw new AppError('FORBIDDEN');
  const rows = await repo.listSessions(db, { scopePath: actor.scopePath });
  return { items: rows.map((s) => presentSession(s, actor.sessionId)) };
}

/** Ends a session: one's own, or (security administrator) anyone's inside the jurisdiction. */
export async function endSession(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const s = await repo.findSessionById(tx, id);
    const own = s?.user_id === actor.userId;
    const allowed = s && (own || (hasRole(actor, 'security_admin') && inScope(actor, s.jurisdiction_path)));
    if (!s || !allowed) throw notFound('session');
    await repo.deleteSessionById(tx, id);
    await writeAudit(tx, actor, {
      action: 'session_end',
      entity: 'session',
      entityId: id,
      after: { userId: s.user_id, username: s.username, own },
    });
  });
}
