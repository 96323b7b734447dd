import {
  classView,
  isStaff,
  tagClass,
  worksOnCases,
  type BaseRelation,
  type FieldView,
  type PrivacyClass,
  type TagType,
} from '@onegrid/domain';
import type { Actor } from '../../lib/actor.ts';

/**
 * How a viewer stands to a base record, computed from the record's place (its community's or street's region
 * path), its tags' responsible unit and assigned worker; the domain's `classView` decides what is shown. Nothing
 * here decides a view by itself.
 */
export function relationTo(
  actor: Actor,
  rec: { path: string | null; responsibleUnitId?: string | null; assignedUserId?: string | null },
): BaseRelation {
  return {
    inJurisdiction: rec.path !== null && rec.path.startsWith(actor.scopePath),
    responsibleUnit: !!rec.responsibleUnitId && rec.responsibleUnitId === actor.unitId,
    assignedWorker: !!rec.assignedUserId && rec.assignedUserId === actor.userId,
  };
}

export function viewOf(actor: Actor, cls: PrivacyClass, rel: BaseRelation): FieldView {
  return classView({ roles: actor.roles, unitKind: actor.unitKind }, cls, rel);
}

/** The view of one tag row (its class by its type, the relation by its place, department and worker). */
export function tagView(
  actor: Actor,
  t: {
    tag: TagType;
    path: string | null;
    responsible_unit_id: string | null;
    assigned_user_id: string | null;
  },
): FieldView {
  return viewOf(
    actor,
    tagClass(t.tag),
    relationTo(actor, {
      path: t.path,
      responsibleUnitId: t.responsible_unit_id,
      assignedUserId: t.assigned_user_id,
    }),
  );
}

/** Staff who work with the base at all: not residents, not the security and audit administrators. */
export function readsBase(actor: Actor): boolean {
  return isStaff(actor) && (worksOnCases(actor) || actor.roles.includes('admin'));
}
