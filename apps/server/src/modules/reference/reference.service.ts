import {
  regionAncestorCodes,
  resolveDuty,
  type DutyEntry,
  type DutyResolution,
  type Urgency,
} from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import type { Category, Unit } from '../../db/schema.ts';
import type { RoutingLocation } from '../duties/public.ts';
import { VersionedCache } from '../../lib/versioned-cache.ts';

type UnitRef = Pick<
  Unit,
  'id' | 'name' | 'kind' | 'parent_id' | 'jurisdiction_code' | 'jurisdiction_path' | 'active'
>;
type CategoryRef = Pick<
  Category,
  'code' | 'parent_code' | 'name_zh' | 'name_en' | 'is_leaf' | 'active' | 'default_urgency' | 'grid_solvable'
>;

/**
 * An immutable copy of the reference data intake routes by: categories, the duty list and the units. Lookups are
 * in memory, so planning a case costs no query.
 */
export class ReferenceSnapshot {
  readonly categories: Map<string, CategoryRef>;
  readonly units: Map<string, UnitRef>;
  private readonly duties = new Map<string, DutyEntry>();
  private readonly streetOffices = new Map<string, string>();
  private readonly governments = new Map<string, UnitRef>();
  private readonly communities = new Map<string, string>();

  constructor(
    readonly version: string,
    categories: CategoryRef[],
    units: UnitRef[],
    duties: DutyEntry[],
  ) {
    this.categories = new Map(categories.map((c) => [c.code, c]));
    this.units = new Map(units.map((u) => [u.id, u]));
    for (const d of duties) this.duties.set(`${d.categoryCode}|${d.regionCode}`, d);
    for (const u of units) {
      if (!u.active) continue;
      // First one wins, as the database queries this replaces took the first row.
      if (u.kind === 'street_office' && !this.streetOffices.has(u.jurisdiction_code))
        this.streetOffices.set(u.jurisdiction_code, u.id);
      if (u.kind === 'government' && !this.governments.has(u.jurisdiction_code))
        this.governments.set(u.jurisdiction_code, u);
      if (u.kind === 'community' && !this.communities.has(u.jurisdiction_code))
        this.communities.set(u.jurisdiction_code, u.id);
    }
  }

  /** An active leaf category, the only kind a case may carry. */
  leafCategory(code: string): CategoryRef | undefined {
    const c = this.categories.get(code);
    return c && c.is_leaf && c.active ? c : undefined;
  }

  /** The category's ancestors, nearest first. */
  ancestors(code: string): string[] {
    const out: string[] = [];
    let parent = this.categories.get(code)?.parent_code;
    while (parent && out.length < 16) {
      out.push(parent);
      parent = this.categories.get(parent)?.parent_code;
    }
    return out;
  }

  defaultUrgency(code: string): Urgency | undefined {
    return this.categories.get(code)?.default_urgency;
  }

  /** The community's own unit (居委会/村委会), for 小事不出格. */
  communityUnit(communityCode: string): string | undefined {
    return this.communities.get(communityCode);
  }

  /** The unit that dispatches for a district (its government, the 12345 centre); any government if unknown. */
  dispatchUnitFor(districtCode: string | null): UnitRef | undefined {
    return (
      (districtCode ? this.governments.get(districtCode) : undefined) ??
      this.governments.values().next().value
    );
  }

  /** Duty-list routing of DESIGN.md §4, as `routeByDuty` does it from the database. */
  route(categoryCode: string, location: RoutingLocation): DutyResolution {
    const ancestors = this.ancestors(categoryCode);
    const deepest = location.communityCode ?? location.streetCode ?? location.districtCode;
    const regionCodes = deepest ? regionAncestorCodes(deepest) : [];
    const entries: DutyEntry[] = [];
    for (const cat of [categoryCode, ...ancestors]) {
      for (const region of regionCodes) {
        const d = this.duties.get(`${cat}|${region}`);
        if (d) entries.push(d);
      }
    }
    return resolveDuty({
      categoryCode,
      categoryAncestors: ancestors,
      location,
      entries,
      streetOfficeOf: (code) => this.streetOffices.get(code),
      districtGovernmentOf: (code) => this.dispatchUnitFor(code)?.id,
    });
  }
}

async function load(db: DbOrTx, version: string): Promise<ReferenceSnapshot> {
  const [categories, units, duties, parties] = await Promise.all([
    db
      .selectFrom('category')
      .select([
        'code',
        'parent_code',
        'name_zh',
        'name_en',
        'is_leaf',
        'active',
        'default_urgency',
        'grid_solvable',
      ])
      .execute(),
    db
      .selectFrom('unit')
      .select(['id', 'name', 'kind', 'parent_id', 'jurisdiction_code', 'jurisdiction_path', 'active'])
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db.selectFrom('duty').select(['id', 'category_code', 'region_code']).execute(),
    db
      .selectFrom('duty_party')
      .select(['duty_id', 'role', 'unit_id', 'local_street'])
      .orderBy('duty_id')
      .orderBy('ord')
      .execute(),
  ]);
  const byDuty = new Map<string, typeof parties>();
  for (const p of parties) byDuty.set(p.duty_id, [...(byDuty.get(p.duty_id) ?? []), p]);
  return new ReferenceSnapshot(
    version,
    categories,
    units,
    duties.map((d) => ({
      id: d.id,
      categoryCode: d.category_code,
      regionCode: d.region_code,
      parties: (byDuty.get(d.id) ?? []).map((p) => ({
        role: p.role,
        unitId: p.unit_id,
        localStreet: p.local_street,
      })),
    })),
  );
}

/**
 * Each process's copy of the reference data (one VersionedCache, held by the AppContext): reloaded when the
 * version in the database moves, checked at most once a second, as the spatial index is.
 */
export class ReferenceService {
  private readonly cache: VersionedCache<ReferenceSnapshot>;

  constructor(db: Db, checkEveryMs = 1000) {
    this.cache = new VersionedCache(db, (d, version) => load(d, version), checkEveryMs);
  }

  current(): Promise<ReferenceSnapshot> {
    return this.cache.current();
  }

  /** Check the version on the next use, e.g. right after this process changed reference data. */
  invalidate(): void {
    this.cache.invalidate();
  }
}
