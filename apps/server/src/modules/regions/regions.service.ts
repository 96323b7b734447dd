import type { RegionLevel } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import { inScope, type Actor } from '../../lib/actor.ts';
import { notFound } from '../../lib/errors.ts';
import * as repo from './regions.repository.ts';

export interface RegionNode {
  code: string;
  name: string;
  level: RegionLevel;
  children: RegionNode[];
}

export async function regionTree(db: DbOrTx, actor: Actor): Promise<RegionNode> {
  const rows = await repo.listRegionsUnder(db, actor.scopePath);
  const nodes = new Map<string, RegionNode>();
  for (const r of rows) nodes.set(r.code, { code: r.code, name: r.name, level: r.level, children: [] });
  let root: RegionNode | undefined;
  for (const r of rows) {
    const node = nodes.get(r.code);
    if (!node) continue;
    const parent = r.parent_code ? nodes.get(r.parent_code) : undefined;
    if (parent && r.code !== actor.scopeCode) parent.children.push(node);
    if (r.code === actor.scopeCode) root = node;
  }
  if (!root) throw notFound('region');
  return root;
}

/** A region inside the caller's jurisdiction, or NOT_FOUND (as if it did not exist). */
export async function getRegionInScope(db: DbOrTx, actor: Actor, code: string) {
  const region = await repo.findRegion(db, code);
  if (!region || !inScope(actor, region.path)) throw notFound('region');
  return region;
}

export async function regionDetail(db: DbOrTx, actor: Actor, code: string) {
  const region = await getRegionInScope(db, actor, code);
  const ancestorCodes = region.path.split('/').filter(Boolean);
  const chain = await repo.findRegionsByCodes(db, ancestorCodes);
  chain.sort((a, b) => a.path.length - b.path.length);
  const stats = await repo.regionStats(db, region.code, region.path);
  return {
    code: region.code,
    name: region.name,
    level: region.level,
    parentCode: region.parent_code,
    path: chain.map((c) => ({ code: c.code, name: c.name, level: c.level })),
    ...stats,
  };
}

interface Feature {
  type: 'Feature';
  id: string;
  properties: {
    code: string;
    name: string;
    kind: 'region' | 'grid';
    level?: RegionLevel;
    households?: number;
  };
  geometry: unknown;
}

export async function regionMap(db: DbOrTx, actor: Actor, code: string, allGrids: boolean) {
  const region = await getRegionInScope(db, actor, code);
  const features: Feature[] = [];
  if (allGrids || region.level === 'community') {
    for (const g of await repo.listGridsWithBoundaryUnder(db, region.path)) {
      features.push({
        type: 'Feature',
        id: g.code,
        properties: { code: g.code, name: g.name, kind: 'grid', households: g.households },
        geometry: g.boundary,
      });
    }
  } else {
    for (const c of await repo.childRegionsWithBoundary(db, region.code)) {
      if (!c.boundary) continue;
      features.push({
        type: 'Feature',
        id: c.code,
        properties: {
          code: c.code,
          name: c.name,
          kind: 'region',
          level: c.level,
          households: c.households ?? 0,
        },
        geometry: c.boundary,
      });
    }
  }
  return { type: 'FeatureCollection' as const, features };
}
