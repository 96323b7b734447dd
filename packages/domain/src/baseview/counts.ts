import { classView, type BaseViewer } from '../basedata/access.ts';
import { tagClass } from '../basedata/classes.ts';
import type { TagType } from '../basedata/codes.ts';

/**
 * Which rows of a tag a viewer may count in an area (live counts on grid, community and street pages):
 * - all: every tag row in the area — the viewer sees the tag of anyone there (classView by jurisdiction alone);
 * - own: only the rows their unit is responsible for or they are assigned to (数据按用途);
 * - none: no figure at all.
 *
 * A count is itself a disclosure: "1 person under community correction" in a grid of 300 households names them.
 * So a tag is counted only where its class is visible to the viewer for each person counted — a restricted (P3)
 * tag is never counted by role, and it is never folded into a total ("其他重点人群") either: a folded 1 is as
 * telling as an unfolded one. Care groups (P2) are counted for territorial staff in their jurisdiction (the
 * operator's masked view of P2 still shows that a household is cared for, so a total of them is no more).
 */
export type TagCountScope = 'all' | 'own' | 'none';

export function tagCountScope(viewer: BaseViewer, tag: TagType, inJurisdiction: boolean): TagCountScope {
  const cls = tagClass(tag);
  const byPlace = classView(viewer, cls, { inJurisdiction, responsibleUnit: false, assignedWorker: false });
  if (byPlace !== 'hidden') return 'all';
  const responsible = classView(viewer, cls, {
    inJurisdiction,
    responsibleUnit: true,
    assignedWorker: false,
  });
  const assigned = classView(viewer, cls, { inJurisdiction, responsibleUnit: false, assignedWorker: true });
  return responsible !== 'hidden' || assigned !== 'hidden' ? 'own' : 'none';
}

/** For `own`: which relations make a row the viewer's (the responsible unit, the assigned worker). */
export function ownRowsBy(viewer: BaseViewer, tag: TagType): { responsible: boolean; assigned: boolean } {
  const cls = tagClass(tag);
  const rel = { inJurisdiction: false, responsibleUnit: false, assignedWorker: false };
  return {
    responsible: classView(viewer, cls, { ...rel, responsibleUnit: true }) !== 'hidden',
    assigned: classView(viewer, cls, { ...rel, assignedWorker: true }) !== 'hidden',
  };
}
