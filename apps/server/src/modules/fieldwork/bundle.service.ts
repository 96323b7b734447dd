import { isTerritorial, tagClass, type ChecklistFor, type TagType, allChecklists } from '@onegrid/domain';
import type { Db } from '../../db/database.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, invalid, notFound } from '../../lib/errors.ts';
import { baseScopeOf, relationOf, tagRelationOf, viewOf, type BaseScope } from '../basedata/public.ts';
import { fieldSettings } from '../fieldrules/public.ts';
import { contentHash } from './submissions.ts';
import { visitsDue } from './visits.service.ts';

type Position = [number, number];
interface Geo {
  type: string;
  coordinates: unknown;
}

/** Every [lon, lat] of a GeoJSON geometry's coordinates. */
function positions(c: unknown, out: Position[] = []): Position[] {
  if (Array.isArray(c) && typeof c[0] === 'number') out.push([c[0], c[1] as number]);
  else if (Array.isArray(c)) for (const x of c) positions(x, out);
  return out;
}

function bbox(gs: readonly Geo[]) {
  const ps = gs.flatMap((g) => positions(g.coordinates));
  return {
    minLon: Math.min(...ps.map((p) => p[0])),
    maxLon: Math.max(...ps.map((p) => p[0])),
    minLat: Math.min(...ps.map((p) => p[1])),
    maxLat: Math.max(...ps.map((p) => p[1])),
  };
}

/** The grids the bundle is for: a worker's own (or one of them); a territorial user's one grid of their territory. */
async function bundleGrids(db: Db, actor: Actor, scope: BaseScope, gridCode: string | undefined) {
  let codes: string[];
  if (hasRole(actor, 'grid_worker') && scope.territory === 'grids') {
    codes = [...scope.grids];
    if (gridCode) {
      if (!scope.grids.has(gridCode)) throw notFound('grid');
      codes = [gridCode];
    }
  } else {
    // the street's and community's own staff and supervisors; not the centre's operators or administrators
    const fieldStaff = hasRole(actor, 'street_lead', 'supervisor', 'handler');
    if (!fieldStaff || !isTerritorial(actor.unitKind) || scope.territory !== 'jurisdiction')
      throw new AppError('FORBIDDEN');
    if (!gridCode) throw invalid([{ path: 'grid', key: 'required' }]);
    codes = [gridCode];
  }
  if (codes.length === 0) return [];
  const rows = await db
    .selectFrom('grid as g')
    .innerJoin('region as c', 'c.code', 'g.community_code')
    .select(['g.code', 'g.name', 'g.boundary', 'g.community_code', 'c.parent_code as street_code'])
    .where('g.code', 'in', codes)
    .orderBy('g.code')
    .execute();
  if (scope.territory === 'jurisdiction') {
    const g = rows[0];
    if (!g || !(scope.regions.has(g.community_code) || scope.regions.has(g.street_code ?? '')))
      throw notFound('grid');
  }
  return rows;
}

/**
 * What the phone keeps for offline work (issue 11): the grid(s), the address library's roads and buildings in
 * them, key places, the households with their residents — masked and tag-filtered by the privacy classes exactly
 * as the persons list shows them to this user (the base data's own class rule) — the due visits, the visit
 * checklists and the field settings, with a version hash of it all. One audit row per bundle, with counts.
 */
export async function fieldBundle(db: Db, actor: Actor, q: { grid?: string | undefined }, now = new Date()) {
  const scope = await baseScopeOf(db, actor);
  const grids = await bundleGrids(db, actor, scope, q.grid);
  const codes = grids.map((g) => g.code);
  const streets = [...new Set(grids.map((g) => g.street_code ?? ''))];
  const settings = await fieldSettings(db);
  const empty = codes.length === 0;

  // roads: of the grids' streets, crossing the grids' box
  const box = empty ? null : bbox(grids.map((g) => g.boundary as Geo));
  const roadRows = empty
    ? []
    : await db
        .selectFrom('address_node')
        .select(['id', 'name', 'line', 'grid_code'])
        .where('kind', '=', 'road')
        .where('in_use', '=', true)
        .where('line', 'is not', null)
        .where((eb) => eb.or([eb('street_code', 'in', streets), eb('grid_code', 'in', codes)]))
        .orderBy('sort')
        .orderBy('name')
        .execute();
  // a segment whose own box overlaps the grids' box (a road crossing the grid has no point inside it)
  const crosses = (ps: Position[]) =>
    ps.some((p, i) => {
      const q = ps[Math.min(i + 1, ps.length - 1)]!;
      return (
        Math.max(p[0], q[0]) >= box!.minLon &&
        Math.min(p[0], q[0]) <= box!.maxLon &&
        Math.max(p[1], q[1]) >= box!.minLat &&
        Math.min(p[1], q[1]) <= box!.maxLat
      );
    });
  const roads = roadRows
    .filter((r) => crosses(positions((r.line as Geo).coordinates)))
    .map((r) => ({ id: r.id, name: r.name, line: r.line }));

  // the address nodes of the grids: buildings, and every node's building (a room's ancestor)
  const nodes = empty
    ? []
    : await db
        .selectFrom('address_node')
        .select(['id', 'parent_id', 'kind', 'name', 'full_name', 'lon', 'lat', 'footprint'])
        .where('grid_code', 'in', codes)
        .where('kind', '!=', 'road')
        .where('in_use', '=', true)
        .orderBy('sort')
        .orderBy('full_name')
        .execute();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const buildingOf = (id: string | null): string | null => {
    for (let n = id ? byId.get(id) : undefined, i = 0; n && i < 10; n = byId.get(n.parent_id ?? ''), i++)
      if (n.kind === 'building') return n.id;
    return null;
  };
  const pointOf = (n: (typeof nodes)[number] | undefined): Position | null => {
    if (!n) return null;
    if (n.lon !== null && n.lat !== null) return [n.lon, n.lat];
    const ps = n.footprint ? positions((n.footprint as Geo).coordinates) : [];
    if (ps.length === 0) return null;
    return [ps.reduce((s, p) => s + p[0], 0) / ps.length, ps.reduce((s, p) => s + p[1], 0) / ps.length];
  };
  const placeOf = (id: string | null): Position | null => {
    for (let n = id ? byId.get(id) : undefined, i = 0; n && i < 10; n = byId.get(n.parent_id ?? ''), i++) {
      const p = pointOf(n);
      if (p) return p;
    }
    return null;
  };
  const buildings = nodes.flatMap((n) => {
    if (n.kind !== 'building') return [];
    const point = pointOf(n);
    return point ? [{ id: n.id, name: n.full_name, point, footprint: n.footprint ?? null }] : [];
  });

  // key places: organisations marked key (fire, public order, work safety) and rental houses of serious hazard
  // or management class A (甲类出租屋)
  const orgs = empty
    ? []
    : await db
        .selectFrom('organisation')
        .select(['id', 'name', 'lon', 'lat', 'address_id'])
        .where('grid_code', 'in', codes)
        .where((eb) =>
          eb.or([
            eb('key_fire', '=', true),
            eb('key_public_order', '=', true),
            eb('key_work_safety', '=', true),
          ]),
        )
        .orderBy('name')
        .execute();
  const rentals = empty
    ? []
    : await db
        .selectFrom('rental as r')
        .innerJoin('house as h', 'h.id', 'r.house_id')
        .select(['h.address_id'])
        .where('r.grid_code', 'in', codes)
        .where((eb) => eb.or([eb('r.hazard', '=', 'serious'), eb('r.management_class', '=', 'A')]))
        .execute();
  const keyPlaces = [
    ...orgs.flatMap((o) => {
      const point: Position | null =
        o.lon !== null && o.lat !== null ? [o.lon, o.lat] : placeOf(o.address_id);
      return point ? [{ id: o.id, kind: 'organisation' as const, name: o.name, point }] : [];
    }),
    ...rentals.flatMap((r) => {
      const point = placeOf(r.address_id);
      const n = byId.get(r.address_id);
      return point && n ? [{ id: n.id, kind: 'address' as const, name: n.full_name, point }] : [];
    }),
  ];

  // households: the houses of the grids with their current residents, as the persons list shows them
  const residents = empty
    ? []
    : await db
        .selectFrom('residence as r')
        .innerJoin('house as h', 'h.id', 'r.house_id')
        .innerJoin('person as p', 'p.id', 'r.person_id')
        .select([
          'h.address_id',
          'r.id as residence_id',
          'h.id as house_id',
          'p.id',
          'p.name_masked',
          'p.street_code',
          'p.community_code',
          'p.grid_code',
        ])
        .where('h.grid_code', 'in', codes)
        .where('r.moved_out', 'is', null)
        .where('p.deceased', '=', false)
        .orderBy('h.address_id')
        .orderBy('p.id')
        .execute();
  const tags = residents.length
    ? await db
        .selectFrom('person_tag')
        .select(['id', 'person_id', 'tag', 'level', 'responsible_unit_id', 'assigned_user_id', 'ended_on'])
        .where(
          'person_id',
          'in',
          residents.map((r) => r.id),
        )
        .where((eb) =>
          eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', now.toISOString().slice(0, 10))]),
        )
        .orderBy('started_on')
        .orderBy('id')
        .execute()
    : [];
  const tagsOf = new Map<string, typeof tags>();
  for (const t of tags) tagsOf.set(t.person_id, [...(tagsOf.get(t.person_id) ?? []), t]);
  const households = new Map<
    string,
    {
      addressId: string;
      houseId: string;
      label: string;
      buildingId: string | null;
      residents: {
        personId: string;
        residenceId: string;
        name: string;
        tags: {
          tagId: string;
          class: 'P2' | 'P3';
          tag: TagType | null;
          level: string | null;
          checklist: ChecklistFor;
        }[];
      }[];
    }
  >();
  let revealedTags = 0;
  for (const r of residents) {
    const mine = tagsOf.get(r.id) ?? [];
    const rel = relationOf(scope, r, mine);
    if (viewOf(scope, 'P1', rel) === 'hidden') continue; // the person is not the viewer's to see
    const shownTags = mine.flatMap((t) => {
      const cls = tagClass(t.tag) as 'P2' | 'P3';
      const view = viewOf(scope, cls, tagRelationOf(scope, r, t));
      if (view === 'hidden') return [];
      const full = view === 'full';
      if (full) revealedTags += 1;
      return [
        {
          tagId: t.id,
          class: cls,
          tag: full ? t.tag : null,
          level: full ? t.level : null,
          checklist: full ? t.tag : cls,
        },
      ];
    });
    const node = byId.get(r.address_id);
    const h = households.get(r.address_id) ?? {
      addressId: r.address_id,
      houseId: r.house_id,
      label: node?.full_name ?? '',
      buildingId: buildingOf(r.address_id),
      residents: [],
    };
    h.residents.push({ personId: r.id, residenceId: r.residence_id, name: r.name_masked, tags: shownTags });
    households.set(r.address_id, h);
  }

  const due = hasRole(actor, 'grid_worker')
    ? (await visitsDue(db, actor, { state: 'all', limit: 1000 }, now)).items
    : [];
  const content = {
    settings: {
      accuracyThresholdM: settings.accuracyThresholdM,
      trackIntervalS: settings.trackIntervalS,
      trackKeepDays: settings.trackKeepDays,
    },
    grids: grids.map((g) => ({ code: g.code, name: g.name, boundary: g.boundary })),
    roads,
    buildings,
    keyPlaces,
    households: [...households.values()],
    visitsDue: due,
    checklists: allChecklists(),
  };
  const residentCount = content.households.reduce((s, h) => s + h.residents.length, 0);
  await writeAudit(db, actor, {
    action: 'view_pii',
    entity: 'field_bundle',
    entityId: null,
    after: {
      grids: codes,
      households: content.households.length,
      residents: residentCount,
      tags: revealedTags,
      visitsDue: due.length,
    },
  });
  return { version: contentHash(content), generatedAt: now.toISOString(), ...content };
}
