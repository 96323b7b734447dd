import {
  baseTerritoryOf,
  classView,
  tagClass,
  type BaseRelation,
  type FieldView,
  type PrivacyClass,
  type TagType,
} from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';

/**
 * The viewer of base data: the actor, and for a user whose territory is their grids (the domain's `baseTerritoryOf`:
 * a user who is only a grid worker) the grids assigned to them, not their community's whole jurisdiction.
 */
export type Viewer = Actor & { workerGrids: ReadonlySet<string> | null };

export async function viewerOf(db: DbOrTx, actor: Actor): Promise<Viewer> {
  if (baseTerritoryOf({ roles: actor.roles, unitKind: actor.unitKind }) !== 'grids') {
    return { ...actor, workerGrids: null };
  }
  const rows = await db
    .selectFrom('grid_worker')
    .select('grid_code')
    .where('user_id', '=', actor.userId)
    .execute();
  return { ...actor, workerGrids: new Set(rows.map((r) => r.grid_code)) };
}

/**
 * How a viewer stands to a base record, computed from the record's place (its community's or street's region
 * path), its tags' responsible unit and assigned worker; the domain's `classView` decides what is shown. Nothing
 * here decides a view by itself.
 */
export function relationTo(
  actor: Viewer,
  rec: {
    path: string | null;
    gridCode: string | null;
    responsibleUnitId?: string | null;
    assignedUserId?: string | null;
  },
): BaseRelation {
  const inside = actor.workerGrids
    ? rec.gridCode !== null && actor.workerGrids.has(rec.gridCode)
    : rec.path !== null && rec.path.startsWith(actor.scopePath);
  return {
    inJurisdiction: inside,
    responsibleUnit: !!rec.responsibleUnitId && rec.responsibleUnitId === actor.unitId,
    assignedWorker: !!rec.assignedUserId && rec.assignedUserId === actor.userId,
  };
}

export function viewOf(actor: Actor, cls: PrivacyClass, rel: BaseRelation): FieldView {
  return classView({ roles: actor.roles, unitKind: actor.unitKind }, cls, rel);
}

/** The view of one tag row (its class by its type, the relation by its place, department and worker). */
export function tagView(
  actor: Viewer,
  t: {
    tag: TagType;
    path: string | null;
    grid_code: string | null;
    responsible_unit_id: string | null;
    assigned_user_id: string | null;
  },
): FieldView {
  return viewOf(
    actor,
    tagClass(t.tag),
    relationTo(actor, {
      path: t.path,
      gridCode: t.grid_code,
      responsibleUnitId: t.responsible_unit_id,
      assignedUserId: t.assigned_user_id,
    }),
  );
}

/** Staff who work with the base at all: whoever the access table shows public (P0) base data. */
export function readsBase(actor: Actor): boolean {
  const none = { inJurisdiction: false, responsibleUnit: false, assignedWorker: false };
  return classView({ roles: actor.roles, unitKind: actor.unitKind }, 'P0', none) !== 'hidden';
}
