import type { BaseRelation } from './access.ts';

/**
 * How a viewer stands to a base record (the `BaseRelation` that `classView` reads): the one rule behind the
 * base-data module's scope and the base views (place facts, caller look-up, whistle surroundings). The server
 * loads the viewer's territory once per request and the record's place and tags with each row; this decides.
 */

/**
 * The territory a viewer holds (`baseTerritoryOf`): a user who is only a grid worker holds their assigned grids;
 * other staff of a territorial unit hold the streets and communities of their jurisdiction; everyone else none.
 */
export type BaseTerritory =
  | { kind: 'grids'; grids: ReadonlySet<string> }
  | { kind: 'jurisdiction'; regions: ReadonlySet<string> }
  | { kind: 'none' };

/** Where a record lies: its street, community and grid codes (any may be unknown). */
export interface BasePlace {
  streetCode: string | null;
  communityCode: string | null;
  gridCode: string | null;
}

/** A tag of the record's person: the department responsible, the worker assigned, when it ended. */
export interface TagHolding {
  responsibleUnitId: string | null;
  assignedUserId: string | null;
  /** null while it runs; a tag ended on or before `today` grants nothing */
  endedOn: string | null;
}

export interface RelationViewer {
  userId: string;
  unitId: string;
  territory: BaseTerritory;
}

/**
 * The place lies in the territory: a grid-only worker's own grid; for a jurisdiction the record's community (or,
 * without one, its street) among the jurisdiction's regions.
 */
export function placeInTerritory(territory: BaseTerritory, place: BasePlace): boolean {
  switch (territory.kind) {
    case 'grids':
      return place.gridCode !== null && territory.grids.has(place.gridCode);
    case 'jurisdiction': {
      const code = place.communityCode ?? place.streetCode;
      return code !== null && territory.regions.has(code);
    }
    case 'none':
      return false;
  }
}

/** A tag grants its department and worker their view until the day it ends. */
export function tagRunning(tag: Pick<TagHolding, 'endedOn'>, today: string): boolean {
  return tag.endedOn === null || tag.endedOn > today;
}

/**
 * How the viewer stands to a record at `place` whose person carries `tags` (for one tag's own view, pass that tag
 * alone): in their territory; responsible for a running tag (数据按用途); assigned to a running tag.
 */
export function baseRelation(
  viewer: RelationViewer,
  place: BasePlace,
  tags: readonly TagHolding[],
  today: string,
): BaseRelation {
  const running = tags.filter((t) => tagRunning(t, today));
  return {
    inJurisdiction: placeInTerritory(viewer.territory, place),
    responsibleUnit: running.some(
      (t) => t.responsibleUnitId !== null && t.responsibleUnitId === viewer.unitId,
    ),
    assignedWorker: running.some((t) => t.assignedUserId !== null && t.assignedUserId === viewer.userId),
  };
}
