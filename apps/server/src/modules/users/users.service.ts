import { roleConflicts, type Role } from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { inScope, requireRole, type Actor } from '../../lib/actor.ts';
import { directoryScope } from '../../lib/scope.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.ts';
import { maskPhone, type PiiCipher } from '../../lib/pii.ts';
import { clearLoginAttempts, deleteSessionsOfUser, hashPassword } from '../auth/public.ts';
import { checkNewPassword } from '../auth/auth.service.ts';
import { revealedPhone } from '../pii/reveal.service.ts';
import { findUnitRow } from '../units/public.ts';
import * as repo from './users.repository.ts';

type UserRow = NonNullable<Awaited<ReturnType<typeof repo.findUserRow>>>;

/** Allow-list of what leaves the server about a user: the phone only masked. */
function presentUser(pii: PiiCipher, u: UserRow) {
  return {
    id: u.id,
    username: u.username,
    name: u.name,
    phoneMasked: u.phone_enc ? maskPhone(pii.decrypt(u.phone_enc)) : null,
    unit: { id: u.unit_id, name: u.unit_name },
    roles: u.roles,
    active: u.active,
    locked: Boolean(u.locked_until && new Date(u.locked_until) > new Date()),
    mustChangePassword: u.must_change_password,
    totpEnabled: u.totp_enabled,
  };
}

export async function listUsers(
  db: DbOrTx,
  pii: PiiCipher,
  actor: Actor,
  f: {
    unitId?: string | undefined;
    role?: Role | undefined;
    q?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  // The staff directory per the domain's directoryScopeOf: none for residents, the own unit for departments.
  const scope = directoryScope(actor);
  if (scope.kind === 'none') throw new AppError('FORBIDDEN');
  if (scope.kind === 'unit' && f.unitId && f.unitId !== scope.unitId) return { total: 0, items: [] };
  // A query that looks like a phone number searches the blind index, never the plaintext.
  const phoneLike = f.q && /^\+?[\d\s-]{7,}$/.test(f.q) ? pii.blindIndex(f.q) : undefined;
  const { items, total } = await repo.searchUsers(db, {
    scopePath: actor.scopePath,
    unitId: scope.kind === 'unit' ? scope.unitId : f.unitId,
    role: f.role,
    q: f.q,
    phoneHash: phoneLike,
    limit: f.pageSize,
    offset: (f.page - 1) * f.pageSize,
  });
  return { total, items: items.map((u) => presentUser(pii, u)) };
}

async function getUserInScope(db: DbOrTx, actor: Actor, id: string) {
  const scope = directoryScope(actor);
  if (scope.kind === 'none') throw new AppError('FORBIDDEN');
  const u = await repo.findUserRow(db, id);
  const visible =
    u && (scope.kind === 'unit' ? u.unit_id === scope.unitId : u.jurisdiction_path.startsWith(scope.path));
  if (!u || !visible) throw notFound('user');
  return u;
}

export async function getUser(db: DbOrTx, pii: PiiCipher, actor: Actor, id: string) {
  const u = await getUserInScope(db, actor, id);
  return { ...presentUser(pii, u), grids: await repo.userGrids(db, id) };
}

/** The unmasked phone, for the security administrator, with a stated reason; every view is audited. */
export async function revealPhone(db: Db, pii: PiiCipher, actor: Actor, id: string, reason: string) {
  requireRole(actor, 'security_admin');
  return revealedPhone(db, actor, { entity: 'user', entityId: id, reason }, async (tx) => {
    const u = await getUserInScope(tx, actor, id);
    return { phone: u.phone_enc ? pii.decrypt(u.phone_enc) : null };
  });
}

export interface UserInput {
  username: string;
  name: string;
  phone?: string | null | undefined;
  unitId: string;
  roles: Role[];
  password: string;
  active?: boolean | undefined;
}

async function checkUnit(tx: DbOrTx, actor: Actor, unitId: string) {
  const unit = await findUnitRow(tx, unitId);
  if (!unit || !inScope(actor, unit.jurisdiction_path)) throw notFound('unit');
}

/** 三权分立: security_admin with audit_admin, or admin with either, is refused. */
function checkRoles(roles: readonly Role[]) {
  const conflicts = roleConflicts(roles);
  if (conflicts.length > 0) {
    throw new AppError('ROLE_CONFLICT', {
      params: { roles: conflicts[0]!.join(' + ') },
      details: conflicts.map((c) => ({
        path: 'roles',
        key: 'roles_together' as const,
        params: { roles: c.join('+') },
      })),
    });
  }
}

export async function createUserTx(
  tx: DbOrTx,
  pii: PiiCipher,
  actor: Actor,
  input: UserInput,
): Promise<string> {
  requireRole(actor, 'security_admin');
  checkRoles(input.roles);
  checkNewPassword(input.password, input.username);
  await checkUnit(tx, actor, input.unitId);
  if (await repo.findUserIdByUsername(tx, input.username)) throw conflict('username_exists');
  const { id } = await repo.insertUser(tx, {
    username: input.username,
    name: input.name,
    phone_enc: input.phone ? pii.encrypt(input.phone) : null,
    phone_hash: input.phone ? pii.blindIndex(input.phone) : null,
    unit_id: input.unitId,
    roles: input.roles,
    password_hash: await hashPassword(input.password),
    active: input.active ?? true,
    // The administrator chose this password: the user replaces it at first sign-in.
    must_change_password: true,
  });
  await writeAudit(tx, actor, {
    action: 'create',
    entity: 'user',
    entityId: id,
    after: {
      username: input.username,
      name: input.name,
      unitId: input.unitId,
      roles: input.roles,
      phone: maskPhone(input.phone),
    },
  });
  return id;
}

export async function createUser(db: Db, pii: PiiCipher, actor: Actor, input: UserInput) {
  return db.transaction().execute((tx) => createUserTx(tx, pii, actor, input));
}

export interface UserPatch {
  name?: string | undefined;
  phone?: string | null | undefined;
  unitId?: string | undefined;
  roles?: Role[] | undefined;
  active?: boolean | undefined;
  password?: string | undefined;
  unlock?: boolean | undefined;
  /** Recovery: removes the user's second factor (they enrol again at next sign-in if required). */
  resetTotp?: boolean | undefined;
}

export async function updateUserTx(tx: DbOrTx, pii: PiiCipher, actor: Actor, id: string, patch: UserPatch) {
  requireRole(actor, 'security_admin');
  const u = await repo.lockUser(tx, id);
  if (!u || !inScope(actor, u.jurisdiction_path)) throw notFound('user');
  if (patch.unitId && patch.unitId !== u.unit_id) await checkUnit(tx, actor, patch.unitId);
  if (patch.roles) checkRoles(patch.roles);
  if (patch.password !== undefined) checkNewPassword(patch.password, u.username);
  if (
    id === actor.userId &&
    (patch.active === false || (patch.roles && !patch.roles.includes('security_admin')))
  ) {
    throw invalid([{ path: 'roles', key: 'cannot_deactivate_self' }]);
  }
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const set: Parameters<typeof repo.updateUser>[2] = {};
  if (patch.name !== undefined && patch.name !== u.name) {
    [before.name, after.name, set.name] = [u.name, patch.name, patch.name];
  }
  if (patch.phone !== undefined) {
    const old = u.phone_enc ? pii.decrypt(u.phone_enc) : null;
    if (old !== patch.phone) {
      before.phone = maskPhone(old);
      after.phone = maskPhone(patch.phone);
      set.phone_enc = patch.phone ? pii.encrypt(patch.phone) : null;
      set.phone_hash = patch.phone ? pii.blindIndex(patch.phone) : null;
    }
  }
  if (patch.unitId !== undefined && patch.unitId !== u.unit_id) {
    [before.unitId, after.unitId, set.unit_id] = [u.unit_id, patch.unitId, patch.unitId];
  }
  if (patch.roles !== undefined && JSON.stringify(patch.roles) !== JSON.stringify(u.roles)) {
    [before.roles, after.roles, set.roles] = [u.roles, patch.roles, patch.roles];
  }
  if (patch.active !== undefined && patch.active !== u.active) {
    [before.active, after.active, set.active] = [u.active, patch.active, patch.active];
  }
  if (patch.password !== undefined) {
    // An administrator's reset: the user must replace it at the next sign-in.
    after.password = 'reset';
    set.password_hash = await hashPassword(patch.password);
    set.must_change_password = true;
  }
  if (patch.unlock) {
    after.unlocked = true;
    set.failed_logins = 0;
    set.locked_until = null;
    await clearLoginAttempts(tx, u.username);
  }
  if (patch.resetTotp && u.totp_enabled) {
    after.totp = 'reset';
    set.totp_secret_enc = null;
    set.totp_pending_enc = null;
    set.totp_last_step = null;
  }
  if (Object.keys(set).length === 0) return;
  await repo.updateUser(tx, id, set);
  // A changed password, role, unit or deactivation ends the user's sessions.
  if (set.password_hash || set.roles || set.unit_id || set.active === false || after.totp)
    await deleteSessionsOfUser(tx, id);
  await writeAudit(tx, actor, { action: 'update', entity: 'user', entityId: id, before, after });
}

export async function updateUser(db: Db, pii: PiiCipher, actor: Actor, id: string, patch: UserPatch) {
  await db.transaction().execute((tx) => updateUserTx(tx, pii, actor, id, patch));
}
