import {
  baseRelation,
  baseTerritoryOf,
  classView,
  placeInTerritory as placeHeld,
  recordVisible,
  type BasePlace,
  type BaseRelation,
  type BaseTerritory,
  type BaseViewer,
  type FieldView,
  type PrivacyClass,
} from '@onegrid/domain';
import { sql, type RawBuilder } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { forbidden } from '../../lib/errors.ts';

/**
 * The one translation of the domain's base-data access table (packages/domain/src/basedata/access.ts) to the
 * server: the viewer's territory (codes of the regions or grids they hold), the relation of a record to the viewer,
 * and the SQL condition every list of persons filters with. Nothing else decides who sees base data.
 */
export interface BaseScope {
  actor: Actor;
  viewer: BaseViewer;
  /** Street and community codes of the jurisdiction ('grids' territory: none). */
  regions: ReadonlySet<string>;
  /** Grid codes held by a grid-only user. */
  grids: ReadonlySet<string>;
  territory: 'grids' | 'jurisdiction' | 'none';
  /** The same territory as the domain's relation rule takes it. */
  held: BaseTerritory;
}

/** The viewer's scope; 403 for those who see no base data at all (residents, security and audit administrators). */
export async function baseScopeOf(db: DbOrTx, actor: Actor): Promise<BaseScope> {
  const viewer: BaseViewer = { roles: actor.roles, unitKind: actor.unitKind };
  if (classView(viewer, 'P0', NO_REL) === 'hidden') throw forbidden();
  const territory = baseTerritoryOf(viewer);
  let regions = new Set<string>();
  let grids = new Set<string>();
  if (territory === 'jurisdiction') {
    const rows = await db
      .selectFrom('region')
      .select('code')
      .where('path', 'like', `${actor.scopePath}%`)
      .where('level', 'in', ['street', 'community'])
      .execute();
    regions = new Set(rows.map((r) => r.code));
  } else if (territory === 'grids') {
    const rows = await db
      .selectFrom('grid_worker')
      .select('grid_code')
      .where('user_id', '=', actor.userId)
      .execute();
    grids = new Set(rows.map((r) => r.grid_code));
  }
  const held: BaseTerritory =
    territory === 'grids'
      ? { kind: 'grids', grids }
      : territory === 'jurisdiction'
        ? { kind: 'jurisdiction', regions }
        : { kind: 'none' };
  return { actor, viewer, regions, grids, territory, held };
}

export interface Placed {
  street_code: string | null;
  community_code: string | null;
  grid_code: string | null;
}
export interface TagLink {
  responsible_unit_id: string | null;
  assigned_user_id: string | null;
  ended_on: string | null;
}

const today = () => new Date().toISOString().slice(0, 10);
const place = (rec: Placed): BasePlace => ({
  streetCode: rec.street_code,
  communityCode: rec.community_code,
  gridCode: rec.grid_code,
});

export function inJurisdiction(scope: BaseScope, rec: Placed): boolean {
  return placeHeld(scope.held, place(rec));
}

/** How the viewer stands to a record placed at `rec` with these (person's) tags: the domain's `baseRelation`. */
export function relationOf(scope: BaseScope, rec: Placed, tags: readonly TagLink[] = []): BaseRelation {
  return baseRelation(
    { userId: scope.actor.userId, unitId: scope.actor.unitId, territory: scope.held },
    place(rec),
    tags.map((t) => ({
      responsibleUnitId: t.responsible_unit_id,
      assignedUserId: t.assigned_user_id,
      endedOn: t.ended_on,
    })),
    today(),
  );
}

/** The relation to one tag: its own responsible unit and worker, the person's place. */
export function tagRelationOf(scope: BaseScope, rec: Placed, tag: TagLink): BaseRelation {
  return relationOf(scope, rec, [tag]);
}

export function viewOf(scope: BaseScope, cls: PrivacyClass, rel: BaseRelation): FieldView {
  return classView(scope.viewer, cls, rel);
}

export function visible(scope: BaseScope, rel: BaseRelation): boolean {
  return recordVisible(scope.viewer, rel);
}

const NO_REL: BaseRelation = { inJurisdiction: false, responsibleUnit: false, assignedWorker: false };

/** SQL: the place columns of `alias` lie in the viewer's territory (FALSE without one). */
export function placeInTerritory(scope: BaseScope, alias: string): RawBuilder<boolean> {
  const col = (c: string) => sql.ref(`${alias}.${c}`);
  if (scope.territory === 'grids') {
    const codes = [...scope.grids];
    return codes.length ? sql<boolean>`${col('grid_code')} = ANY(${codes}::text[])` : sql<boolean>`FALSE`;
  }
  if (scope.territory === 'jurisdiction') {
    const codes = [...scope.regions];
    return codes.length
      ? sql<boolean>`COALESCE(${col('community_code')}, ${col('street_code')}) = ANY(${codes}::text[])`
      : sql<boolean>`FALSE`;
  }
  return sql<boolean>`FALSE`;
}

/**
 * SQL: the person row `alias` is visible (its P1 data is not hidden), mirroring `recordVisible` over the
 * relations: in the territory, a live tag the viewer's unit is responsible for, a live tag assigned to the viewer.
 */
export function personVisibleSql(scope: BaseScope, alias = 'p'): RawBuilder<boolean> {
  const parts: RawBuilder<boolean>[] = [];
  if (recordVisible(scope.viewer, { ...NO_REL, inJurisdiction: true }))
    parts.push(placeInTerritory(scope, alias));
  const id = sql.ref(`${alias}.id`);
  const live = sql`(vt.ended_on IS NULL OR vt.ended_on > current_date)`;
  if (recordVisible(scope.viewer, { ...NO_REL, responsibleUnit: true }))
    parts.push(
      sql<boolean>`EXISTS (SELECT 1 FROM person_tag vt WHERE vt.person_id = ${id} AND vt.responsible_unit_id = ${scope.actor.unitId} AND ${live})`,
    );
  if (recordVisible(scope.viewer, { ...NO_REL, assignedWorker: true }))
    parts.push(
      sql<boolean>`EXISTS (SELECT 1 FROM person_tag vt WHERE vt.person_id = ${id} AND vt.assigned_user_id = ${scope.actor.userId} AND ${live})`,
    );
  if (parts.length === 0) return sql<boolean>`FALSE`;
  return sql<boolean>`(${sql.join(parts, sql` OR `)})`;
}

/** Writing base data (create, update, move, verify, tags) in a place: territorial staff who see its P1 in full. */
export function mayWriteAt(scope: BaseScope, rec: Placed): boolean {
  return classView(scope.viewer, 'P1', { ...NO_REL, inJurisdiction: inJurisdiction(scope, rec) }) === 'full';
}
