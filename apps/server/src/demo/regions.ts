import { CITY_CODE, DISTRICT_CODE, loadDivisions, type DivisionStreet } from './divisions.ts';
import {
  DISTRICT_CENTRE,
  DISTRICT_HALF_EXTENT,
  districtOutline,
  polygon,
  spreadSeeds,
  tile,
  type Point,
  type Ring,
} from './geometry.ts';
import { randomInt, rngFor, type Rng } from './random.ts';
import type { DemoGrid, DemoRegion } from './types.ts';

/** About 300 households per grid (the Tongling / Beijing norm). */
export const HOUSEHOLDS_PER_GRID = 300;

/**
 * Where each street/town's seat lies, in units of the district's half extents (east, north), after the real map:
 * the two urban subdistricts and 渔阳地区 at the centre, 金海湖 in the east, 镇罗营 in the northern hills, 马坊 in
 * the south-western plain. Close seeds give small cells, so the urban streets come out smallest.
 */
const STREET_SEATS: Record<string, Point> = {
  '110117001000': [0.03, -0.05], // 滨河街道
  '110117002000': [-0.08, 0.08], // 兴谷街道
  '110117003000': [0.17, -0.15], // 渔阳地区
  '110117004000': [-0.5, 0.15], // 峪口地区
  '110117005000': [-0.62, -0.42], // 马坊地区
  '110117006000': [0.7, 0.05], // 金海湖地区
  '110117101000': [0.12, -0.55], // 东高村镇
  '110117102000': [0.1, 0.3], // 山东庄镇
  '110117104000': [0.4, 0.27], // 南独乐河镇
  '110117105000': [-0.12, 0.55], // 大华山镇
  '110117106000': [0.43, -0.25], // 夏各庄镇
  '110117108000': [-0.38, -0.25], // 马昌营镇
  '110117110000': [-0.27, 0.22], // 王辛庄镇
  '110117111000': [-0.15, -0.3], // 大兴庄镇
  '110117112000': [-0.45, 0.48], // 刘家店镇
  '110117114000': [0.0, 0.78], // 镇罗营镇
  '110117213000': [0.45, 0.58], // 黄松峪乡
  '110117214000': [0.18, 0.62], // 熊儿寨乡
};

function seatOf(street: DivisionStreet, rng: Rng): Point {
  const seat = STREET_SEATS[street.code];
  // A street added to the package later still gets a place: somewhere in the middle ring.
  const [u, v] = seat ?? [rng() - 0.5, rng() - 0.5];
  return [DISTRICT_CENTRE[0] + u * DISTRICT_HALF_EXTENT[0], DISTRICT_CENTRE[1] + v * DISTRICT_HALF_EXTENT[1]];
}

function distance2(a: Point, b: Point): number {
  return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
}

/** Split a total over n parts with ±15 % variation; the parts add up to the total exactly. */
function split(total: number, n: number, rng: Rng): number[] {
  const weights = Array.from({ length: n }, () => 0.85 + 0.3 * rng());
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % n, rest--) parts[i]! += 1;
  return parts;
}

export interface RegionsAndGrids {
  regions: DemoRegion[];
  grids: DemoGrid[];
}

export function buildRegionsAndGrids(): RegionsAndGrids {
  const streets = loadDivisions();
  const outline = districtOutline(rngFor('district-outline'));
  const cityPath = `${CITY_CODE}/`;
  const districtPath = `${cityPath}${DISTRICT_CODE}/`;
  const regions: DemoRegion[] = [
    {
      code: CITY_CODE,
      parentCode: null,
      name: '北京市',
      level: 'city',
      path: cityPath,
      boundary: null,
      sort: 1,
    },
    {
      code: DISTRICT_CODE,
      parentCode: CITY_CODE,
      name: '平谷区',
      level: 'district',
      path: districtPath,
      boundary: polygon(outline),
      sort: 17,
    },
  ];
  const grids: DemoGrid[] = [];

  const seatRng = rngFor('street-seats');
  const streetRings = tile(
    outline,
    streets.map((s) => seatOf(s, seatRng)),
  );
  streets.forEach((street, si) => {
    const streetRing = streetRings[si]!;
    const streetPath = `${districtPath}${street.code}/`;
    regions.push({
      code: street.code,
      parentCode: DISTRICT_CODE,
      name: street.name,
      level: 'street',
      path: streetPath,
      boundary: polygon(streetRing),
      sort: si + 1,
    });

    // Urban communities take the seeds nearest the town centre, villages the rest.
    const rng = rngFor(`street:${street.code}`);
    const seeds = spreadSeeds(streetRing, street.communities.length, rng).sort(
      (a, b) => distance2(a, DISTRICT_CENTRE) - distance2(b, DISTRICT_CENTRE),
    );
    const ordered = [
      ...street.communities.filter((c) => c.urban),
      ...street.communities.filter((c) => !c.urban),
    ];
    const communityRings = tile(streetRing, seeds);
    const ringOf = new Map<string, Ring>(ordered.map((c, i) => [c.code, communityRings[i]!]));

    street.communities.forEach((community, ci) => {
      const ring = ringOf.get(community.code)!;
      const path = `${streetPath}${community.code}/`;
      regions.push({
        code: community.code,
        parentCode: street.code,
        name: community.name,
        level: 'community',
        path,
        boundary: polygon(ring),
        sort: ci + 1,
      });

      const crng = rngFor(`community:${community.code}`);
      const households = community.urban ? randomInt(crng, 1500, 4000) : randomInt(crng, 200, 1200);
      const n = Math.max(1, Math.round(households / HOUSEHOLDS_PER_GRID));
      const gridRings = tile(ring, spreadSeeds(ring, n, crng));
      const perGrid = split(households, n, crng);
      gridRings.forEach((gridRing, gi) => {
        const seq = String(gi + 1).padStart(3, '0');
        grids.push({
          code: `${community.code}${seq}`,
          name: `${community.name}第${gi + 1}网格`,
          communityCode: community.code,
          regionPath: path,
          boundary: polygon(gridRing),
          households: perGrid[gi]!,
        });
      });
    });
  });
  return { regions, grids };
}
