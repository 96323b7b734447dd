import type { DbOrTx } from '../db/database.ts';
import type { Actor } from './actor.ts';

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'view_pii'
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'import'
  // identity and sessions (等保 2.0): a lock starting, a second factor, a password change, a session ended
  | 'lockout'
  | 'login_totp'
  | 'totp_failed'
  | 'password_change'
  | 'totp_enable'
  | 'totp_disable'
  | 'session_end'
  | 'pii_alert'
  // a file of data leaving the system (一表通 consolidated tables)
  | 'export';

export type AuditActor = Pick<Actor, 'userId' | 'username' | 'scopePath' | 'ip' | 'requestId'> | null;
export interface AuditEntry {
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** The audit_log row of an entry. */
export function auditValues(actor: AuditActor, entry: AuditEntry) {
  return {
    actor_id: actor?.userId || null,
    actor_username: actor?.username ?? null,
    actor_scope: actor?.scopePath ?? null,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId ?? null,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    ip: actor?.ip ?? null,
    request_id: actor?.requestId ?? null,
  };
}

/** Audit rows are written with the same handle as the change, so they commit or roll back together. */
export async function writeAudit(db: DbOrTx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await db.insertInto('audit_log').values(auditValues(actor, entry)).execute();
}

/** Shallow diff of two records, for compact audit rows. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): { before: Partial<T>; after: Partial<T> } | null {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (after[key] === undefined) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return Object.keys(a).length ? { before: b, after: a } : null;
}
