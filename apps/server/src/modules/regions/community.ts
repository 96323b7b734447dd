import type { Role } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import { inScope, requireRole, type Actor } from '../../lib/actor.ts';
import { notFound } from '../../lib/errors.ts';

/** A community or village (region level `community`), as the self-governance modules address one. */
export interface Community {
  code: string;
  name: string;
  path: string;
  parent_code: string | null;
}

/** The community with this code, or 404 `region` (also when the code names a region of another level). */
export async function findCommunity(db: DbOrTx, code: string): Promise<Community> {
  const r = await db
    .selectFrom('region')
    .select(['code', 'name', 'path', 'parent_code'])
    .where('code', '=', code)
    .where('level', '=', 'community')
    .executeTakeFirst();
  if (!r) throw notFound('region');
  return r;
}

/**
 * Staff of the community or above it: the caller holds one of `roles` (else 403) and their jurisdiction holds the
 * community's path (else the thing asked for, `entity`, is answered as not found — as everywhere else).
 */
export function requireCommunityStaff(
  actor: Actor,
  c: { path: string },
  roles: readonly Role[],
  entity = 'region',
): void {
  requireRole(actor, ...roles);
  if (!inScope(actor, c.path)) throw notFound(entity);
}

/**
 * The preamble of a staff request about one community: the role first (403), then the community (`code`, or the
 * caller's own scope when none is given; 404 when unknown or outside the jurisdiction).
 */
export async function staffCommunity(
  db: DbOrTx,
  actor: Actor,
  code: string | undefined,
  roles: readonly Role[],
  entity = 'region',
): Promise<Community> {
  requireRole(actor, ...roles);
  const c = await findCommunity(db, code ?? actor.scopeCode);
  requireCommunityStaff(actor, c, roles, entity);
  return c;
}
