import { ROLE_ACTORS, type Actor as CaseActor } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { canSeeCase, jurisdictionPathOf } from '../../lib/scope.ts';
import type { Assignment, Case } from './case-types.ts';
import { isGridWorkerOf } from './cases.repository.ts';

type OpenAssignment = Pick<Assignment, 'unit_id' | 'role' | 'status'>;

const OPEN: readonly string[] = ['pending', 'accepted', 'reported'];

/** How this user stands to this case: the relations the state machine's `by` lists speak of. */
export async function relationsOf(
  db: DbOrTx,
  actor: Actor,
  c: Pick<Case, 'region_path' | 'grid_code'>,
  assignments: readonly OpenAssignment[],
): Promise<CaseActor[]> {
  const out = new Set<CaseActor>();
  const mine = assignments.filter((a) => a.unit_id === actor.unitId && OPEN.includes(a.status));
  const roleActors = new Set(actor.roles.flatMap((r) => ROLE_ACTORS[r] ?? []));
  if (mine.some((a) => a.role === 'lead') && roleActors.has('lead_unit')) out.add('lead_unit');
  if (mine.some((a) => a.role === 'assist') && roleActors.has('assist_unit')) out.add('assist_unit');
  if (hasRole(actor, 'grid_worker') && c.grid_code && (await isGridWorkerOf(db, actor.userId, c.grid_code)))
    out.add('grid_worker');
  // Desk relations (dispatch, supervise) hold over a jurisdiction only, never over a department's assignments.
  const path = jurisdictionPathOf(actor);
  if (path !== null && c.region_path.startsWith(path)) {
    for (const r of ['dispatcher', 'operator', 'supervisor'] as const) if (roleActors.has(r)) out.add(r);
  }
  return [...out];
}

/** Whether the caller sees this case at all (the domain's caseScopeOf); callers answer 404 when not. */
export function canSee(
  actor: Actor,
  c: Pick<Case, 'region_path' | 'created_by'>,
  assignments: readonly Pick<Assignment, 'unit_id'>[],
): boolean {
  return canSeeCase(actor, c, assignments);
}
