import type { Db, DbOrTx } from '../../db/database.ts';
import { AppError } from '../../lib/errors.ts';
import { requireRole, type Actor } from '../../lib/actor.ts';
import { verifyAuditChain } from './audit.chain.ts';
import { searchAudit } from './audit.repository.ts';

export async function listAudit(
  db: DbOrTx,
  actor: Actor,
  f: {
    actor?: string | undefined;
    entity?: string | undefined;
    entityId?: string | undefined;
    action?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  // 三权分立: only the audit administrator reads the audit log (not the system or security administrator).
  requireRole(actor, 'audit_admin');
  // An audit administrator reads the rows of actors inside the jurisdiction; rows without a jurisdiction (sign-in
  // attempts, the demo load) only at district or city level.
  const { items, total } = await searchAudit(db, {
    scopePath: actor.scopePath,
    includeAnonymous: actor.scopeLevel === 'district' || actor.scopeLevel === 'city',
    actor: f.actor,
    entity: f.entity,
    entityId: f.entityId,
    action: f.action,
    from: f.from ? new Date(f.from) : undefined,
    to: f.to ? new Date(f.to) : undefined,
    limit: f.pageSize,
    offset: (f.page - 1) * f.pageSize,
  });
  const names = await namesFor(db, items);
  return {
    total,
    items: items.map((a) => ({
      id: a.id,
      at: a.at,
      actorUsername: a.actor_username,
      // Names, not codes and UUIDs (issue 9): who acted, in which unit, on what.
      actorName: a.actor_username ? (names.users.get(a.actor_username)?.name ?? null) : null,
      actorUnit: a.actor_username ? (names.users.get(a.actor_username)?.unit ?? null) : null,
      entityName: a.entity_id ? (names.entities.get(`${a.entity}:${a.entity_id}`) ?? null) : null,
      action: a.action,
      entity: a.entity,
      entityId: a.entity_id,
      before: a.before,
      after: a.after,
      ip: a.ip,
    })),
  };
}

/** Walks the whole hash chain, so only for those who read the district's audit log (rows without jurisdiction). */
export async function verifyAudit(db: Db, actor: Actor) {
  requireRole(actor, 'audit_admin');
  if (actor.scopeLevel !== 'district' && actor.scopeLevel !== 'city') throw new AppError('FORBIDDEN');
  return verifyAuditChain(db);
}

/** The names of the actors and entities of a page of audit rows: one query per kind of entity on the page. */
async function namesFor(
  db: DbOrTx,
  rows: readonly { actor_username: string | null; entity: string; entity_id: string | null }[],
) {
  const usernames = [...new Set(rows.map((r) => r.actor_username).filter((u): u is string => !!u))];
  const idsOf = (...entities: string[]) => [
    ...new Set(rows.filter((r) => entities.includes(r.entity) && r.entity_id).map((r) => r.entity_id!)),
  ];
  const uuid = (ids: string[]) => ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const users = new Map<string, { name: string; unit: string }>();
  const entities = new Map<string, string>();
  if (usernames.length) {
    const found = await db
      .selectFrom('app_user as u')
      .innerJoin('unit as n', 'n.id', 'u.unit_id')
      .select(['u.username', 'u.name', 'n.name as unit'])
      .where('u.username', 'in', usernames)
      .execute();
    for (const u of found) users.set(u.username, { name: u.name, unit: u.unit });
  }
  const userIds = uuid(idsOf('user', 'users', 'session'));
  if (userIds.length) {
    const found = await db.selectFrom('app_user').select(['id', 'name']).where('id', 'in', userIds).execute();
    for (const u of found) for (const e of ['user', 'users', 'session']) entities.set(`${e}:${u.id}`, u.name);
  }
  const unitIds = uuid(idsOf('unit', 'units'));
  if (unitIds.length) {
    const found = await db.selectFrom('unit').select(['id', 'name']).where('id', 'in', unitIds).execute();
    for (const u of found) for (const e of ['unit', 'units']) entities.set(`${e}:${u.id}`, u.name);
  }
  const caseIds = idsOf('case', 'case_contact', 'case_publication').filter((id) => /^\d{1,18}$/.test(id));
  if (caseIds.length) {
    const found = await db.selectFrom('case').select(['id', 'title']).where('id', 'in', caseIds).execute();
    for (const c of found)
      for (const e of ['case', 'case_contact', 'case_publication']) entities.set(`${e}:${c.id}`, c.title);
  }
  const gridCodes = idsOf('grid');
  if (gridCodes.length) {
    const found = await db
      .selectFrom('grid')
      .select(['code', 'name'])
      .where('code', 'in', gridCodes)
      .execute();
    for (const g of found) entities.set(`grid:${g.code}`, g.name);
  }
  const categoryCodes = idsOf('category', 'categories');
  if (categoryCodes.length) {
    const found = await db
      .selectFrom('category')
      .select(['code', 'name_zh'])
      .where('code', 'in', categoryCodes)
      .execute();
    for (const c of found)
      for (const e of ['category', 'categories']) entities.set(`${e}:${c.code}`, c.name_zh);
  }
  return { users, entities };
}
