import crypto from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError } from '../../lib/errors.ts';
import * as repo from './auth.repository.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

export const SESSION_COOKIE = 'og_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

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
}

export async function login(
  db: Db,
  input: { username: string; password: string; ip: string; requestId: string },
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  const outcome = await db.transaction().execute(async (tx) => {
    const user = await repo.findUserForLogin(tx, username);
    if (!user || !user.active) {
      await verifyPassword(await getDummyHash(), input.password);
      await writeAudit(tx, null, {
        action: 'login_failed',
        entity: 'user',
        entityId: null,
        after: { username },
      });
      return { error: new AppError('INVALID_CREDENTIALS') };
    }
    const actorish = {
      userId: user.id,
      username: user.username,
      scopePath: '',
      ip: input.ip,
      requestId: input.requestId,
    };
    if (user.locked_until && new Date(user.locked_until) > new Date()) {
      await writeAudit(tx, actorish, {
        action: 'login_failed',
        entity: 'user',
        entityId: user.id,
        after: { locked: true },
      });
      return { error: new AppError('ACCOUNT_LOCKED', { params: { minutes: LOCK_MINUTES } }) };
    }
    const ok = await verifyPassword(user.password_hash, input.password);
    if (!ok) {
      const failed = user.failed_logins + 1;
      const lock = failed >= MAX_FAILED_LOGINS ? new Date(Date.now() + LOCK_MINUTES * 60_000) : null;
      await repo.recordLoginFailure(tx, user.id, lock ? 0 : failed, lock);
      await writeAudit(tx, actorish, {
        action: 'login_failed',
        entity: 'user',
        entityId: user.id,
        after: { failed, locked: Boolean(lock) },
      });
      return {
        error: lock
          ? new AppError('ACCOUNT_LOCKED', { params: { minutes: LOCK_MINUTES } })
          : new AppError('INVALID_CREDENTIALS'),
      };
    }
    await repo.resetLoginFailures(tx, user.id);
    const token = crypto.randomBytes(32).toString('base64url');
    const csrfToken = crypto.randomBytes(24).toString('base64url');
    await repo.insertSession(tx, {
      id_hash: hashToken(token),
      user_id: user.id,
      csrf_token: csrfToken,
      expires_at: new Date(Date.now() + SESSION_TTL_MS),
    });
    await writeAudit(tx, actorish, { action: 'login', entity: 'user', entityId: user.id });
    return { result: { token, csrfToken, userId: user.id } };
  });
  // Failures are committed (counter, audit) and only then reported.
  if ('error' in outcome) throw outcome.error;
  return outcome.result;
}

export async function logout(db: Db, token: string, actor: Parameters<typeof writeAudit>[1]): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await repo.deleteSession(tx, hashToken(token));
    await writeAudit(tx, actor, { action: 'logout', entity: 'user', entityId: actor?.userId ?? null });
  });
}
