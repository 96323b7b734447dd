import {
  CARE_TAGS,
  HouseUse,
  SPECIAL_TAGS,
  ownRowsBy,
  tagCountScope,
  type TagCountScope,
  type TagType,
} from '@onegrid/domain';
import { sql, type Expression, type SqlBool } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { readsBase, viewerOf } from './baseview.relation.ts';

/**
 * Live counts of the base (一标三实) for a grid, community, street or district, straight from the tables by their
 * denormalised codes (the indexes of 20261206_2600_baseview): no stored figure to go stale. Aggregates only; tag
 * counts follow the domain's `tagCountScope` (a P3 count only to whom P3 of those persons is visible).
 */
export type CountsTarget = { region: string } | { grid: string };

export interface BaseCounts {
  scope: { kind: 'region' | 'grid'; code: string; name: string; level: string };
  population: { total: number; registered: number; floating: number; unsettled: number; overseas: number };
  households: number;
  houses: { total: number; dangerous: number; byUse: Record<HouseUse, number> };
  rentals: { total: number; serious: number; general: number };
  organisations: {
    total: number;
    units: number;
    places: number;
    keyAny: number;
    keyFire: number;
    keyPublicOrder: number;
    keyWorkSafety: number;
  };
  tags: { tag: TagType; group: 'care' | 'special'; count: number; scope: Exclude<TagCountScope, 'none'> }[];
}

type Col = 'street_code' | 'community_code' | 'grid_code';
interface Filter {
  col: Col;
  values: string[];
}

async function resolve(db: DbOrTx, actor: Actor, target: CountsTarget) {
  if (!readsBase(actor)) throw forbidden();
  if ('grid' in target) {
    const g = await db
      .selectFrom('grid')
      .select(['code', 'name', 'region_path'])
      .where('code', '=', target.grid)
      .executeTakeFirst();
    if (!g || !g.region_path.startsWith(actor.scopePath)) throw notFound('grid');
    const filter: Filter = { col: 'grid_code', values: [g.code] };
    return { scope: { kind: 'grid' as const, code: g.code, name: g.name, level: 'grid' }, filter };
  }
  const r = await db
    .selectFrom('region')
    .select(['code', 'name', 'level', 'path'])
    .where('code', '=', target.region)
    .executeTakeFirst();
  if (!r || !r.path.startsWith(actor.scopePath)) throw notFound('region');
  let filter: Filter;
  if (r.level === 'community') filter = { col: 'community_code', values: [r.code] };
  else if (r.level === 'street') filter = { col: 'street_code', values: [r.code] };
  else {
    const streets = await db
      .selectFrom('region')
      .select('code')
      .where('level', '=', 'street')
      .where('path', 'like', `${r.path}%`)
      .execute();
    filter = { col: 'street_code', values: streets.map((s) => s.code) };
  }
  return { scope: { kind: 'region' as const, code: r.code, name: r.name, level: r.level }, filter };
}

function where(f: Filter, alias: string): Expression<SqlBool> {
  const col = sql.ref(`${alias}.${f.col}`);
  if (f.values.length === 0) return sql<SqlBool>`FALSE`;
  return f.values.length === 1
    ? sql<SqlBool>`${col} = ${f.values[0]}`
    : sql<SqlBool>`${col} = ANY(${f.values}::text[])`;
}

const n = (v: unknown) => Number(v ?? 0);

export async function countsFor(db: DbOrTx, actor: Actor, target: CountsTarget): Promise<BaseCounts> {
  const { scope, filter } = await resolve(db, actor, target);
  const viewer = { roles: actor.roles, unitKind: actor.unitKind };
  // The area lies in the viewer's jurisdiction (checked above) when their unit governs a territory; a user who is
  // only a grid worker holds their own grids, not the whole community.
  const { held } = await viewerOf(db, actor);
  const inJurisdiction = held.kind === 'grids' ? 'grid' in target && held.grids.has(target.grid) : true;
  const [pop, hh, houses, rentals, orgs, tags] = await Promise.all([
    db
      .selectFrom('residence as r')
      .select(['r.population_type', sql<string>`count(*)`.as('n')])
      .where('r.moved_out', 'is', null)
      .where(where(filter, 'r'))
      .groupBy('r.population_type')
      .execute(),
    db
      .selectFrom('residence as r')
      .select(sql<string>`count(DISTINCT coalesce(r.household_no, r.house_id::text))`.as('n'))
      .where('r.moved_out', 'is', null)
      .where(where(filter, 'r'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('house as h')
      .select([
        'h.use',
        sql<string>`count(*)`.as('n'),
        sql<string>`count(*) FILTER (WHERE h.dangerous)`.as('d'),
      ])
      .where(where(filter, 'h'))
      .groupBy('h.use')
      .execute(),
    db
      .selectFrom('rental as x')
      .select(['x.hazard', sql<string>`count(*)`.as('n')])
      .where(where(filter, 'x'))
      .groupBy('x.hazard')
      .execute(),
    db
      .selectFrom('organisation as o')
      .select([
        sql<string>`count(*)`.as('total'),
        sql<string>`count(*) FILTER (WHERE o.kind = 'unit')`.as('units'),
        sql<string>`count(*) FILTER (WHERE o.key_fire OR o.key_public_order OR o.key_work_safety)`.as(
          'key_any',
        ),
        sql<string>`count(*) FILTER (WHERE o.key_fire)`.as('key_fire'),
        sql<string>`count(*) FILTER (WHERE o.key_public_order)`.as('key_public_order'),
        sql<string>`count(*) FILTER (WHERE o.key_work_safety)`.as('key_work_safety'),
      ])
      .where(where(filter, 'o'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('person_tag as t')
      .select([
        't.tag',
        sql<string>`count(*)`.as('n'),
        sql<string>`count(*) FILTER (WHERE t.responsible_unit_id = ${actor.unitId})`.as('resp'),
        sql<string>`count(*) FILTER (WHERE t.assigned_user_id = ${actor.userId})`.as('asg'),
        sql<string>`count(*) FILTER (WHERE t.responsible_unit_id = ${actor.unitId}
          OR t.assigned_user_id = ${actor.userId})`.as('both'),
      ])
      .where('t.ended_on', 'is', null)
      .where(where(filter, 't'))
      .groupBy('t.tag')
      .execute(),
  ]);

  const byType = Object.fromEntries(pop.map((p) => [p.population_type, n(p.n)]));
  const byUse = Object.fromEntries(HouseUse.options.map((u) => [u, 0])) as Record<HouseUse, number>;
  for (const h of houses) byUse[h.use] = n(h.n);
  const hazard = Object.fromEntries(rentals.map((r) => [r.hazard, n(r.n)]));
  const orgTotal = n(orgs.total);

  const tagRows = new Map(tags.map((t) => [t.tag, t]));
  const outTags: BaseCounts['tags'] = [];
  for (const tag of [...CARE_TAGS, ...SPECIAL_TAGS] as TagType[]) {
    const s = tagCountScope(viewer, tag, inJurisdiction);
    if (s === 'none') continue;
    const row = tagRows.get(tag);
    let count = 0;
    if (row && s === 'all') count = n(row.n);
    else if (row) {
      const by = ownRowsBy(viewer, tag);
      count = n(
        by.responsible && by.assigned ? row.both : by.responsible ? row.resp : by.assigned ? row.asg : 0,
      );
    }
    // own rows the viewer has none of: not listed (a zero would only tell them what they know)
    if (s === 'own' && count === 0) continue;
    outTags.push({
      tag,
      group: (CARE_TAGS as readonly string[]).includes(tag) ? 'care' : 'special',
      count,
      scope: s,
    });
  }

  return {
    scope,
    population: {
      total: pop.reduce((a, p) => a + n(p.n), 0),
      registered: byType.registered ?? 0,
      floating: byType.floating ?? 0,
      unsettled: byType.unsettled ?? 0,
      overseas: byType.overseas ?? 0,
    },
    households: n(hh.n),
    houses: {
      total: houses.reduce((a, h) => a + n(h.n), 0),
      dangerous: houses.reduce((a, h) => a + n(h.d), 0),
      byUse,
    },
    rentals: {
      total: rentals.reduce((a, r) => a + n(r.n), 0),
      serious: hazard.serious ?? 0,
      general: hazard.general ?? 0,
    },
    organisations: {
      total: orgTotal,
      units: n(orgs.units),
      places: orgTotal - n(orgs.units),
      keyAny: n(orgs.key_any),
      keyFire: n(orgs.key_fire),
      keyPublicOrder: n(orgs.key_public_order),
      keyWorkSafety: n(orgs.key_work_safety),
    },
    tags: outTags,
  };
}

/**
 * Population and households per part of a region (its child regions, or its grids), for shading a map: one
 * grouped count over current residences. The same jurisdiction rule as `countsFor`.
 */
export async function populationByPart(
  db: DbOrTx,
  actor: Actor,
  region: string,
  parts: 'children' | 'grids',
): Promise<{ items: { code: string; population: number; households: number }[] }> {
  const { scope, filter } = await resolve(db, actor, { region });
  const col: Col =
    parts === 'grids' || scope.level === 'community'
      ? 'grid_code'
      : scope.level === 'street'
        ? 'community_code'
        : 'street_code';
  const rows = await db
    .selectFrom('residence as r')
    .select([
      sql<string>`${sql.ref(`r.${col}`)}`.as('code'),
      sql<string>`count(*)`.as('n'),
      sql<string>`count(DISTINCT coalesce(r.household_no, r.house_id::text))`.as('h'),
    ])
    .where('r.moved_out', 'is', null)
    .where(where(filter, 'r'))
    .where(sql.ref(`r.${col}`), 'is not', null)
    .groupBy(sql.ref(`r.${col}`))
    .execute();
  return { items: rows.map((r) => ({ code: r.code, population: n(r.n), households: n(r.h) })) };
}
