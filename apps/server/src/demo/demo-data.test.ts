import { ROLES } from '@onegrid/domain';
import pointInPolygon from 'point-in-polygon-hao';
import { describe, expect, it } from 'vitest';
import { buildDemoData, type DemoData } from './demo-data.ts';
import { rngFor } from './random.ts';

const data: DemoData = buildDemoData();
const DISTRICT = '110117000000';
const EDGE_TOLERANCE = 1e-6;

type Ring = number[][];
interface Shape {
  id: string;
  path: string;
  ring: Ring;
  box: [number, number, number, number];
}

function ringOf(boundary: { type: string; coordinates: unknown } | null): Ring {
  if (boundary?.type !== 'Polygon') throw new Error('expected a Polygon');
  return (boundary.coordinates as Ring[])[0]!;
}

function shape(id: string, path: string, ring: Ring): Shape {
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  return { id, path, ring, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
}

function area(ring: Ring): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++)
    a += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return a / 2;
}

function perimeter(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    sum += Math.hypot(ring[i + 1]![0]! - ring[i]![0]!, ring[i + 1]![1]! - ring[i]![1]!);
  }
  return sum;
}

function distanceToSegment(p: number[], a: number[], b: number[]): number {
  const [px, py, ax, ay, bx, by] = [p[0]!, p[1]!, a[0]!, a[1]!, b[0]!, b[1]!];
  const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / len2));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

/** Shapes bucketed by 0.01° cells of their bounding boxes, so a lookup tests a handful, not all. */
function bucketIndex(shapes: Shape[]): (p: number[]) => Shape[] {
  const cell = 0.01;
  const buckets = new Map<string, Shape[]>();
  const e = EDGE_TOLERANCE;
  for (const s of shapes) {
    const [x0, y0, x1, y1] = s.box;
    for (let i = Math.floor((x0 - e) / cell); i <= Math.floor((x1 + e) / cell); i++) {
      for (let j = Math.floor((y0 - e) / cell); j <= Math.floor((y1 + e) / cell); j++) {
        const key = `${i},${j}`;
        const list = buckets.get(key) ?? [];
        list.push(s);
        buckets.set(key, list);
      }
    }
  }
  return (p) => buckets.get(`${Math.floor(p[0]! / cell)},${Math.floor(p[1]! / cell)}`) ?? [];
}

/** The shapes that contain p; 'edge' when p is in none or several and lies within the tolerance of an edge. */
function locate(p: number[], candidates: Shape[]): Shape[] | 'edge' {
  const e = EDGE_TOLERANCE;
  const near = candidates.filter(
    (s) => p[0]! >= s.box[0] - e && p[0]! <= s.box[2] + e && p[1]! >= s.box[1] - e && p[1]! <= s.box[3] + e,
  );
  const hits = near.filter((s) => pointInPolygon(p, [s.ring]) === true);
  if (hits.length === 1) return hits;
  const onEdge = near.some((s) =>
    s.ring.some((a, i) => i + 1 < s.ring.length && distanceToSegment(p, a, s.ring[i + 1]!) < e),
  );
  return onEdge ? 'edge' : hits;
}

describe('demo data for 平谷区', () => {
  it('is deterministic', () => {
    expect(JSON.stringify(buildDemoData())).toBe(JSON.stringify(data));
  });

  it('builds regions from the real division codes', () => {
    const codes = data.regions.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    const byCode = new Map(data.regions.map((r) => [r.code, r]));
    for (const r of data.regions) {
      expect(r.code).toMatch(/^\d{12}$/);
      const parent = r.parentCode ? byCode.get(r.parentCode) : undefined;
      expect(r.path).toBe(`${parent?.path ?? ''}${r.code}/`);
    }
    expect(byCode.get(DISTRICT)).toMatchObject({
      name: '平谷区',
      level: 'district',
      path: '110000000000/110117000000/',
    });
    expect(byCode.get('110117001000')).toMatchObject({ name: '滨河街道', level: 'street' });
    expect(data.regions.filter((r) => r.level === 'street').length).toBeGreaterThanOrEqual(16);
    expect(data.regions.filter((r) => r.level === 'community').length).toBeGreaterThanOrEqual(250);
  });

  it('divides every community into grids of about 300 households', () => {
    expect(data.grids.length).toBeGreaterThanOrEqual(500);
    const communities = new Map(data.regions.filter((r) => r.level === 'community').map((r) => [r.code, r]));
    const codes = data.grids.map((g) => g.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const g of data.grids) {
      expect(g.code).toMatch(/^\d{15}$/);
      expect(g.code.startsWith(g.communityCode)).toBe(true);
      expect(g.regionPath).toBe(communities.get(g.communityCode)?.path);
      expect(g.households).toBeGreaterThan(0);
    }
    for (const code of communities.keys())
      expect(data.grids.some((g) => g.communityCode === code)).toBe(true);
    const average = data.grids.reduce((sum, g) => sum + g.households, 0) / data.grids.length;
    console.info(`demo: ${data.grids.length} grids, ${average.toFixed(1)} households per grid on average`);
    expect(average).toBeGreaterThan(250);
    expect(average).toBeLessThan(350);
  });

  it('tiles each level exactly: children areas add up to the parent area', () => {
    const children = new Map<string, number>();
    const add = (parent: string, ring: Ring) =>
      children.set(parent, (children.get(parent) ?? 0) + area(ring));
    for (const r of data.regions)
      if (r.level !== 'district' && r.boundary) add(r.parentCode!, ringOf(r.boundary));
    for (const g of data.grids) add(g.communityCode, ringOf(g.boundary));
    for (const r of data.regions) {
      if (!r.boundary || r.level === 'city') continue;
      const own = area(ringOf(r.boundary));
      expect(own).toBeGreaterThan(0); // counter-clockwise exterior rings (RFC 7946)
      // Rounding to 6 decimals may leave slivers at most 1e-6° wide along the parent's edges, no more.
      const slack = perimeter(ringOf(r.boundary)) * EDGE_TOLERANCE;
      expect(Math.abs((children.get(r.code) ?? 0) - own)).toBeLessThan(slack);
    }
  });

  it('puts each point of the district in exactly one grid and one street', () => {
    const district = ringOf(data.regions.find((r) => r.code === DISTRICT)!.boundary);
    const grids = bucketIndex(data.grids.map((g) => shape(g.code, g.regionPath, ringOf(g.boundary))));
    const streets = data.regions
      .filter((r) => r.level === 'street')
      .map((r) => shape(r.code, r.path, ringOf(r.boundary)));
    const [x0, y0, x1, y1] = shape(DISTRICT, '', district).box;
    const rng = rngFor('test-points');
    let sampled = 0;
    let ambiguous = 0;
    const wrong: string[] = [];
    while (sampled < 20_000) {
      const p = [x0 + rng() * (x1 - x0), y0 + rng() * (y1 - y0)];
      if (pointInPolygon(p, [district]) !== true) continue;
      sampled++;
      const inGrids = locate(p, grids(p));
      const inStreets = locate(p, streets);
      if (inGrids === 'edge' || inStreets === 'edge') {
        ambiguous++;
        continue;
      }
      const consistent =
        inGrids.length === 1 && inStreets.length === 1 && inGrids[0]!.path.startsWith(inStreets[0]!.path);
      if (!consistent) {
        // A grid must be found, exactly one, and it must belong to the one street found.
        wrong.push(
          `${p.join(',')}: grids ${inGrids.map((s) => s.id).join(' ')}; streets ${inStreets.map((s) => s.id).join(' ')}`,
        );
      }
    }
    expect(wrong).toEqual([]);
    expect(ambiguous).toBeLessThan(20);
  });

  it('has a category tree with at least 60 leaves, keywords and service codes', () => {
    const leaves = data.categories.filter((c) => c.isLeaf);
    expect(leaves.length).toBeGreaterThanOrEqual(60);
    const codes = new Set(data.categories.map((c) => c.code));
    expect(codes.size).toBe(data.categories.length);
    const serviceCodes = leaves.map((c) => c.serviceCode);
    expect(new Set(serviceCodes).size).toBe(leaves.length);
    expect(new Set(leaves.map((c) => c.nameZh)).size).toBe(leaves.length);
    for (const c of data.categories) {
      expect(c.code).toMatch(/^[A-Za-z0-9_.-]{1,40}$/);
      if (c.parentCode) expect(codes.has(c.parentCode)).toBe(true);
      expect(c.nameEn).toMatch(/^[A-Z]/);
    }
    for (const leaf of leaves) {
      expect(leaf.serviceCode).toMatch(/^\d{7}$/);
      expect(leaf.keywords.length).toBeGreaterThanOrEqual(5);
      expect(leaf.keywords.length).toBeLessThanOrEqual(15);
    }
    expect(leaves.some((c) => c.gridSolvable)).toBe(true);
  });

  it('has a default deadline policy per urgency and unique overrides', () => {
    for (const urgency of ['emergency', 'urgent', 'ordinary', 'complex']) {
      expect(
        data.deadlinePolicies.filter((p) => p.categoryCode === null && p.urgency === urgency),
      ).toHaveLength(1);
    }
    const keys = data.deadlinePolicies.map((p) => `${p.categoryCode ?? ''}|${p.urgency}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every leaf a district duty entry with exactly one lead, and valid units', () => {
    const unitKeys = new Set(data.units.map((u) => u.key));
    const regionCodes = new Set(data.regions.map((r) => r.code));
    for (const leaf of data.categories.filter((c) => c.isLeaf)) {
      const entries = data.duties.filter((d) => d.categoryCode === leaf.code && d.regionCode === DISTRICT);
      expect(entries, leaf.nameZh).toHaveLength(1);
    }
    const keys = data.duties.map((d) => `${d.categoryCode}|${d.regionCode}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const duty of data.duties) {
      expect(regionCodes.has(duty.regionCode)).toBe(true);
      expect(duty.parties.filter((p) => p.role === 'lead')).toHaveLength(1);
      for (const p of duty.parties) {
        expect(p.localStreet).toBe(p.unitKey === null);
        if (p.unitKey) expect(unitKeys.has(p.unitKey), p.unitKey).toBe(true);
      }
    }
    expect(data.duties.some((d) => d.regionCode !== DISTRICT)).toBe(true);
  });

  it('has the district departments and utilities, a street office per street and a committee per community', () => {
    const names = data.units.map((u) => u.name);
    expect(new Set(names).size).toBe(names.length);
    expect(
      data.units.filter((u) => u.kind === 'department' || u.kind === 'enterprise').length,
    ).toBeGreaterThanOrEqual(15);
    const keys = new Set(data.units.map((u) => u.key));
    const regionCodes = new Set(data.regions.map((r) => r.code));
    for (const u of data.units) {
      if (u.parentKey) expect(keys.has(u.parentKey)).toBe(true);
      expect(regionCodes.has(u.jurisdictionCode)).toBe(true);
      expect(u.phone).toMatch(/^010-\d{8}$/);
    }
    const jurisdictions = (kind: string) =>
      data.units.filter((u) => u.kind === kind).map((u) => u.jurisdictionCode);
    expect(jurisdictions('street_office').sort()).toEqual(
      data.regions
        .filter((r) => r.level === 'street')
        .map((r) => r.code)
        .sort(),
    );
    expect(jurisdictions('community').sort()).toEqual(
      data.regions
        .filter((r) => r.level === 'community')
        .map((r) => r.code)
        .sort(),
    );
  });

  it('has a demo user for every role, in existing units', () => {
    const units = new Map(data.units.map((u) => [u.key, u]));
    for (const role of ROLES)
      expect(
        data.users.some((u) => u.roles.includes(role)),
        role,
      ).toBe(true);
    const usernames = data.users.map((u) => u.username);
    expect(new Set(usernames).size).toBe(usernames.length);
    for (const u of data.users) {
      expect(u.username).toMatch(/^[a-z0-9_.-]{3,40}$/);
      expect(units.has(u.unitKey)).toBe(true);
      expect(u.phone).toMatch(/^1[3-9]\d{9}$/);
    }
    expect(data.users.find((u) => u.username === 'admin')).toMatchObject({
      roles: ['admin'],
      unitKey: 'gov',
    });
    const streetAdmin = data.users.find((u) => u.username === 'street_admin')!;
    expect(units.get(streetAdmin.unitKey)?.kind).toBe('street_office');
    const gridWorker = data.users.find((u) => u.roles.includes('grid_worker'))!;
    const gridCodes = gridWorker.gridCodes ?? [];
    expect(gridCodes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(gridCodes.map((c) => c.slice(0, 12))).size).toBe(1);
    for (const code of gridCodes) expect(data.grids.some((g) => g.code === code)).toBe(true);
  });
});
