/**
 * What the server will let the signed-in user do, mirrored so the console hides actions that would certainly be
 * refused. The server stays the authority (apps/server/src/lib/actor.ts); these only shape the UI.
 */
import type { Me, RegionLevel } from '../api/types.ts';

/** Broadest first; a region is inside a scope only if it is at the scope's level or below. */
const LEVEL_RANK: Record<RegionLevel, number> = { city: 0, district: 1, street: 2, community: 3 };

export function isAdmin(me: Me | null): boolean {
  return me?.roles.includes('admin') ?? false;
}

/** Categories, deadline policies and the working calendar belong to administrators of a district or city. */
export function canEditGlobal(me: Me | null): boolean {
  return isAdmin(me) && (me?.scope.level === 'city' || me?.scope.level === 'district');
}

/**
 * Whether an admin may change something bound to a region the API has already shown them. Visible regions are
 * either inside the caller's scope or enclose it (e.g. the district's departments seen from a street), so a
 * region at a broader level than the scope is an enclosing one and read-only.
 */
export function managesVisibleRegion(me: Me | null, level: RegionLevel): boolean {
  return isAdmin(me) && !!me && LEVEL_RANK[level] >= LEVEL_RANK[me.scope.level];
}
