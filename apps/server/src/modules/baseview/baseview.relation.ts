import {
  baseRelation,
  classView,
  tagClass,
  type BaseRelation,
  type FieldView,
  type PrivacyClass,
  type TagType,
} from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { baseScopeOf, type BaseScope } from '../basedata/public.ts';

/**
 * The viewer of base data: the base-data module's scope (the territory the domain's `baseTerritoryOf` gives them —
 * a grid-only worker's own grids, other territorial staff's streets and communities). Staff who read no base data
 * at all hold none.
 */
export type Viewer = BaseScope;

export async function viewerOf(db: DbOrTx, actor: Actor): Promise<Viewer> {
  if (readsBase(actor)) return baseScopeOf(db, actor);
  const none = new Set<string>();
  return {
    actor,
    viewer: { roles: actor.roles, unitKind: actor.unitKind },
    regions: none,
    grids: none,
    territory: 'none',
    held: { kind: 'none' },
  };
}

/**
 * How a viewer stands to a base record: the domain's `baseRelation` over the record's place (community or street,
 * grid) and its running tag's responsible unit and assigned worker; `classView` then decides what is shown.
 */
export function relationTo(
  viewer: Viewer,
  rec: {
    streetCode?: string | null;
    communityCode: string | null;
    gridCode: string | null;
    responsibleUnitId?: string | null;
    assignedUserId?: string | null;
  },
): BaseRelation {
  return baseRelation(
    { userId: viewer.actor.userId, unitId: viewer.actor.unitId, territory: viewer.held },
    { streetCode: rec.streetCode ?? null, communityCode: rec.communityCode, gridCode: rec.gridCode },
    [
      {
        responsibleUnitId: rec.responsibleUnitId ?? null,
        assignedUserId: rec.assignedUserId ?? null,
        endedOn: null,
      },
    ],
    new Date().toISOString().slice(0, 10),
  );
}

export function viewOf(actor: Actor, cls: PrivacyClass, rel: BaseRelation): FieldView {
  return classView({ roles: actor.roles, unitKind: actor.unitKind }, cls, rel);
}

/** The view of one (running) tag row: its class by its type, the relation by its place, department and worker. */
export function tagView(
  viewer: Viewer,
  t: {
    tag: TagType;
    community_code: string | null;
    grid_code: string | null;
    responsible_unit_id: string | null;
    assigned_user_id: string | null;
  },
): FieldView {
  return viewOf(
    viewer.actor,
    tagClass(t.tag),
    relationTo(viewer, {
      communityCode: t.community_code,
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
