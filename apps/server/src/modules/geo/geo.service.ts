import { GridIndex } from '@onegrid/domain';
import type { Db } from '../../db/database.ts';
import { allGridBoundaries, geoVersion } from '../grids/public.ts';
import { regionNames } from './geo.repository.ts';

export interface Named {
  code: string;
  name: string;
}

export interface Location {
  grid: Named | null;
  community: Named | null;
  street: Named | null;
  district: Named | null;
  /** Materialised path of the deepest region found, for jurisdiction checks. */
  path: string | null;
}

interface Snapshot {
  version: number;
  index: GridIndex;
  grids: Map<string, { name: string; communityCode: string }>;
  regions: Map<string, { name: string; level: string; path: string; parentCode: string | null }>;
}

/**
 * Point → grid → community → street → district, from an in-memory spatial index.
 * The index is rebuilt when the boundaries' version in the database moves (checked at most once a second),
 * so several server processes stay in step without sharing memory.
 */
export class GeoService {
  private snapshot: Snapshot | undefined;
  private building: Promise<Snapshot> | undefined;
  private checkedAt = 0;

  constructor(private readonly db: Db) {}

  async locate(lon: number, lat: number): Promise<Location> {
    const snap = await this.current();
    const gridCode = snap.index.locate(lon, lat);
    if (!gridCode) return { grid: null, community: null, street: null, district: null, path: null };
    const grid = snap.grids.get(gridCode);
    const chain: Record<string, Named> = {};
    let code: string | null | undefined = grid?.communityCode;
    let path: string | null = null;
    while (code) {
      const r = snap.regions.get(code);
      if (!r) break;
      path ??= r.path;
      chain[r.level] = { code, name: r.name };
      code = r.parentCode;
    }
    return {
      grid: grid ? { code: gridCode, name: grid.name } : null,
      community: chain.community ?? null,
      street: chain.street ?? null,
      district: chain.district ?? null,
      path,
    };
  }

  /** Forget the cached version check, e.g. right after this process changed boundaries. */
  invalidate(): void {
    this.checkedAt = 0;
  }

  private async current(): Promise<Snapshot> {
    const now = Date.now();
    if (this.snapshot && now - this.checkedAt < 1000) return this.snapshot;
    this.checkedAt = now;
    const version = await geoVersion(this.db);
    if (this.snapshot && this.snapshot.version === version) return this.snapshot;
    this.building ??= this.build(version).finally(() => {
      this.building = undefined;
    });
    this.snapshot = await this.building;
    return this.snapshot;
  }

  private async build(version: number): Promise<Snapshot> {
    const [grids, regions] = await Promise.all([allGridBoundaries(this.db), regionNames(this.db)]);
    const index = GridIndex.build(grids.map((g) => ({ code: g.code, boundary: g.boundary })));
    return {
      version,
      index,
      grids: new Map(grids.map((g) => [g.code, { name: g.name, communityCode: g.community_code }])),
      regions: new Map(
        regions.map((r) => [
          r.code,
          { name: r.name, level: r.level, path: r.path, parentCode: r.parent_code },
        ]),
      ),
    };
  }
}
