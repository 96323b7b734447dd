import { insideRing, round6, type Point, type Ring } from '../geometry.ts';
import { randomInt, rngFor, type Rng } from '../random.ts';
import {
  CompoundNamer,
  communityStem,
  RoadNamer,
  villageLaneNames,
  villageStreetNames,
} from './place-names.ts';

/**
 * The upper part of the demo's standard-address tree, planned in memory (pure, seeded): per community a road
 * network on a slightly rotated lattice of blocks, door plates along the roads, compounds (小区) of 4–18-storey
 * buildings in urban communities and courtyard houses (院) in villages, every footprint inside its grid's polygon
 * and none overlapping (one building per lattice slot, slots apart). Units, floors and rooms are expanded from the
 * buildings in SQL (see address-load.ts).
 */

export interface PlanGrid {
  code: string;
  ring: Ring;
  /** Households the grid should hold (already scaled). */
  households: number;
}

export interface PlanCommunity {
  code: string;
  name: string;
  streetCode: string;
  streetName: string;
  /** Urban community (社区) rather than a village (村). */
  urban: boolean;
  /** Of a subdistrict (街道): high-rise compounds; urban communities of towns get 4–6 storeys. */
  subdistrict: boolean;
  ring: Ring;
  grids: PlanGrid[];
}

export interface PlanNode {
  id: string;
  parentId: string | null;
  kind: 'road' | 'doorplate' | 'compound' | 'building';
  name: string;
  fullName: string;
  streetCode: string;
  communityCode: string;
  gridCode: string | null;
  lon: number;
  lat: number;
  footprint: Ring | null;
  line: Point[] | null;
  floors: number | null;
  sort: number;
}

/** A building and what SQL expands under it. */
export interface PlanBuilding extends PlanNode {
  kind: 'building';
  gridCode: string;
  rural: boolean;
  units: number;
  roomsPerFloor: number;
  /** Half the long axis, shortened, in degrees: unit points lie along it, inside the footprint. */
  axis: Point;
  /** Its ground floor faces a road and holds shops (底商). */
  frontage: boolean;
  builtYear: number;
}

export interface AddressPlan {
  nodes: PlanNode[];
  buildings: PlanBuilding[];
}

/** Deterministic uuids (v4 layout) from a seeded generator, so that the same seed gives the same tree. */
export function uuidMaker(key: string): () => string {
  const rng = rngFor(`uuid:${key}`);
  const hex = (n: number) =>
    Math.floor(rng() * 16 ** n)
      .toString(16)
      .padStart(n, '0');
  return () =>
    `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(rng() * 4)).toString(16)}${hex(3)}-${hex(6)}${hex(6)}`;
}

/** A convex ring as half-planes: inside(p) is four multiply-adds per edge, no allocation. */
function convexTest(ring: Ring): (u: number, v: number) => boolean {
  let area = 0;
  for (let i = 0; i < ring.length - 1; i++)
    area += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  const sign = area >= 0 ? 1 : -1;
  const edges: number[] = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const [px, py] = ring[i]!;
    const [qx, qy] = ring[i + 1]!;
    if (px === qx && py === qy) continue;
    edges.push(px, py, (qx - px) * sign, (qy - py) * sign);
  }
  return (u, v) => {
    for (let k = 0; k < edges.length; k += 4)
      if (edges[k + 2]! * (v - edges[k + 1]!) - edges[k + 3]! * (u - edges[k]!) <= 0) return false;
    return true;
  };
}

/** Local metric frame of a community, rotated by theta: u along the (rotated) east, v along the north. */
class Frame {
  private readonly mx: number;
  private readonly my = 110_574;
  private readonly c: number;
  private readonly s: number;
  constructor(
    private readonly lon0: number,
    private readonly lat0: number,
    theta: number,
  ) {
    this.mx = 111_320 * Math.cos((lat0 * Math.PI) / 180);
    this.c = Math.cos(theta);
    this.s = Math.sin(theta);
  }
  toUV([lon, lat]: Point): Point {
    const x = (lon - this.lon0) * this.mx;
    const y = (lat - this.lat0) * this.my;
    return [x * this.c + y * this.s, -x * this.s + y * this.c];
  }
  toLL(u: number, v: number): Point {
    const x = u * this.c - v * this.s;
    const y = u * this.s + v * this.c;
    return [round6(this.lon0 + x / this.mx), round6(this.lat0 + y / this.my)];
  }
}

function centroid(ring: Ring): Point {
  const pts = ring.slice(0, -1);
  return [pts.reduce((a, p) => a + p[0], 0) / pts.length, pts.reduce((a, p) => a + p[1], 0) / pts.length];
}

/** Clip segment a→b to a convex ring (Cyrus–Beck); null when it misses. Works in any planar coordinates. */
function clipToConvex(a: Point, b: Point, ring: Ring): [Point, Point] | null {
  // Orientation of the ring: sign of its area.
  let area = 0;
  for (let i = 0; i < ring.length - 1; i++)
    area += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  const sign = area >= 0 ? 1 : -1;
  let t0 = 0;
  let t1 = 1;
  const d: Point = [b[0] - a[0], b[1] - a[1]];
  for (let i = 0; i < ring.length - 1; i++) {
    const p = ring[i]!;
    const q = ring[i + 1]!;
    // Inward normal of edge p→q.
    const n: Point = [-(q[1] - p[1]) * sign, (q[0] - p[0]) * sign];
    const num = n[0] * (a[0] - p[0]) + n[1] * (a[1] - p[1]);
    const den = n[0] * d[0] + n[1] * d[1];
    if (den === 0) {
      if (num < 0) return null;
      continue;
    }
    const t = -num / den;
    if (den > 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  return [
    [a[0] + d[0] * t0, a[1] + d[1] * t0],
    [a[0] + d[0] * t1, a[1] + d[1] * t1],
  ];
}

interface Layout {
  /** Block size between road centre lines (m). */
  bu: number;
  bv: number;
  /** Slots per block and slot size (m); a slot holds one building. */
  slotsU: number;
  slotsV: number;
  margin: number;
}
const URBAN: Layout = { bu: 240, bv: 200, slotsU: 3, slotsV: 4, margin: 16 };
const VILLAGE: Layout = { bu: 100, bv: 60, slotsU: 4, slotsV: 2, margin: 5 };

interface Slot {
  grid: PlanGrid;
  bi: number;
  bj: number;
  /** Slot rectangle (u0, v0, u1, v1). */
  rect: [number, number, number, number];
  score: number;
}

/** Storeys, units and rooms per floor of an urban building. */
function urbanShape(rng: Rng, subdistrict: boolean): { floors: number; units: number; rooms: number } {
  if (!subdistrict) return { floors: randomInt(rng, 4, 6), units: randomInt(rng, 2, 3), rooms: 2 };
  const r = rng();
  if (r < 0.5) return { floors: 6, units: randomInt(rng, 2, 4), rooms: 2 }; // 多层
  if (r < 0.65) return { floors: randomInt(rng, 9, 11), units: randomInt(rng, 2, 3), rooms: 2 }; // 小高层
  return { floors: randomInt(rng, 14, 18), units: randomInt(rng, 1, 2), rooms: randomInt(rng, 2, 4) }; // 高层
}

/** Share of rooms that are not homes; rooms are planned for households / occupancy / (1 − this). */
const OCCUPANCY = 0.9;

export function planAddresses(communities: PlanCommunity[], district = '北京市平谷区'): AddressPlan {
  const nodes: PlanNode[] = [];
  const buildings: PlanBuilding[] = [];
  const roadNamer = new RoadNamer();

  for (const c of communities) {
    const rng = rngFor(`base-addr:${c.code}`);
    const newId = uuidMaker(c.code);
    const layout = c.urban ? URBAN : VILLAGE;
    const [clon, clat] = centroid(c.ring);
    const frame = new Frame(clon, clat, (rng() - 0.5) * 0.7);
    const communityRingUV = c.ring.map((p) => frame.toUV(p));
    const ou = rng() * layout.bu;
    const ov = rng() * layout.bv;
    const slotW = (layout.bu - 2 * layout.margin) / layout.slotsU;
    const slotH = (layout.bv - 2 * layout.margin) / layout.slotsV;
    const communityFull = `${district}${c.streetName}${c.name}`;
    // A village clusters around one centre; urban compounds around each grid's centre.
    const villageCentre = frame.toUV([clon, clat]);

    // 1. Buildings, grid by grid.
    interface Placed {
      slot: Slot;
      building: PlanBuilding;
      centreUV: Point;
    }
    const placed: Placed[] = [];
    for (const grid of c.grids) {
      const ringUV = grid.ring.map((p) => frame.toUV(p));
      const inside = convexTest(ringUV);
      const xs = ringUV.map((p) => p[0]);
      const ys = ringUV.map((p) => p[1]);
      const gridCentre = centroid(ringUV);
      // Villages grow from the village centre: each grid's houses lie on its side facing it.
      const focus: Point = c.urban
        ? gridCentre
        : [(gridCentre[0] + villageCentre[0]) / 2, (gridCentre[1] + villageCentre[1]) / 2];
      const roomsWanted = Math.max(1, Math.ceil(grid.households / OCCUPANCY));
      const [gu0, gv0, gu1, gv1] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
      // Enumerate slots in a window around the focus, widening it until there are enough (or the grid is covered).
      let radius = Math.sqrt(roomsWanted * slotW * slotH * (c.urban ? 0.5 : 3)) + layout.bu;
      let slots: Slot[];
      for (;;) {
        slots = [];
        const wu0 = Math.max(gu0, focus[0] - radius);
        const wu1 = Math.min(gu1, focus[0] + radius);
        const wv0 = Math.max(gv0, focus[1] - radius);
        const wv1 = Math.min(gv1, focus[1] + radius);
        const i0 = Math.floor((wu0 - ou) / layout.bu);
        const i1 = Math.floor((wu1 - ou) / layout.bu);
        const j0 = Math.floor((wv0 - ov) / layout.bv);
        const j1 = Math.floor((wv1 - ov) / layout.bv);
        for (let bi = i0; bi <= i1; bi++)
          for (let bj = j0; bj <= j1; bj++)
            for (let su = 0; su < layout.slotsU; su++)
              for (let sv = 0; sv < layout.slotsV; sv++) {
                const u0 = ou + bi * layout.bu + layout.margin + su * slotW;
                const v0 = ov + bj * layout.bv + layout.margin + sv * slotH;
                const u1 = u0 + slotW;
                const v1 = v0 + slotH;
                if (!(inside(u0, v0) && inside(u1, v0) && inside(u1, v1) && inside(u0, v1))) continue;
                const dist = Math.hypot((u0 + u1) / 2 - focus[0], (v0 + v1) / 2 - focus[1]);
                slots.push({ grid, bi, bj, rect: [u0, v0, u1, v1], score: dist });
              }
        const covered = wu0 <= gu0 && wu1 >= gu1 && wv0 <= gv0 && wv1 >= gv1;
        if (covered || slots.length >= (c.urban ? roomsWanted / 24 + 4 : roomsWanted * 1.6)) break;
        radius *= 2;
      }
      for (const slot of slots) slot.score *= 0.85 + 0.3 * rng();
      slots.sort((a, b) => a.score - b.score);
      let capacity = 0;
      for (const slot of slots) {
        if (capacity >= roomsWanted) break;
        const [u0, v0, u1, v1] = slot.rect;
        const cu = (u0 + u1) / 2;
        const cv = (v0 + v1) / 2;
        let floors: number;
        let units: number;
        let rooms: number;
        let halfL: number;
        let halfD: number;
        if (c.urban) {
          ({ floors, units, rooms } = urbanShape(rng, c.subdistrict));
          halfL = Math.min((slotW - 6) / 2, (units * (rooms > 2 ? 17 : 13)) / 2);
          halfD = Math.min((slotH - 6) / 2, floors > 11 ? 9 : 6.5);
        } else {
          floors = rng() < 0.8 ? 1 : 2;
          units = 1;
          rooms = 1;
          halfL = Math.min((slotW - 4) / 2, 5 + rng() * 2.5);
          halfD = Math.min((slotH - 4) / 2, 3.5 + rng());
        }
        const ring: Ring = [
          frame.toLL(cu - halfL, cv - halfD),
          frame.toLL(cu + halfL, cv - halfD),
          frame.toLL(cu + halfL, cv + halfD),
          frame.toLL(cu - halfL, cv + halfD),
        ];
        ring.push(ring[0]!);
        const centre = frame.toLL(cu, cv);
        const axisEnd = frame.toLL(cu + halfL * 0.8, cv);
        const cap = c.urban ? floors * units * rooms : 1;
        capacity += cap;
        placed.push({
          slot,
          centreUV: [cu, cv],
          building: {
            id: '',
            parentId: null,
            kind: 'building',
            name: '',
            fullName: '',
            streetCode: c.streetCode,
            communityCode: c.code,
            gridCode: grid.code,
            lon: centre[0],
            lat: centre[1],
            footprint: ring,
            line: null,
            floors,
            sort: 0,
            rural: !c.urban,
            units,
            roomsPerFloor: rooms,
            axis: [axisEnd[0] - centre[0], axisEnd[1] - centre[1]],
            frontage: c.urban && rng() < 0.25,
            builtYear: c.urban
              ? c.subdistrict
                ? randomInt(rng, 1988, 2021)
                : randomInt(rng, 1985, 2018)
              : randomInt(rng, 1968, 2020),
          },
        });
      }
    }

    // 2. Which road each building (village) or compound (urban) opens onto: the nearest of its block's four lines.
    type LineKey = string; // 'u:3' (a line u = const, running along v) or 'v:-2'
    const lineOf = (centre: Point, bi: number, bj: number): { key: LineKey; t: number; side: number } => {
      const [cu, cv] = centre;
      const uA = ou + bi * layout.bu;
      const vA = ov + bj * layout.bv;
      const options = [
        { key: `u:${bi}`, d: cu - uA, t: cv, side: 1 },
        { key: `u:${bi + 1}`, d: uA + layout.bu - cu, t: cv, side: -1 },
        { key: `v:${bj}`, d: cv - vA, t: cu, side: 1 },
        { key: `v:${bj + 1}`, d: vA + layout.bv - cv, t: cu, side: -1 },
      ];
      // Village houses open south or onto a lane; urban compounds onto the nearest road.
      options.sort((a, b) => a.d - b.d);
      const best = options[0]!;
      return { key: best.key, t: best.t, side: best.side };
    };

    interface Opening {
      key: LineKey;
      t: number;
      side: number;
      centreUV: Point;
      members: Placed[];
    }
    const openings: Opening[] = [];
    if (c.urban) {
      const groups = new Map<string, Placed[]>();
      for (const p of placed) {
        const k = `${p.slot.grid.code}|${p.slot.bi}|${p.slot.bj}`;
        const list = groups.get(k) ?? [];
        list.push(p);
        groups.set(k, list);
      }
      for (const members of groups.values()) {
        const cu = members.reduce((a, p) => a + p.centreUV[0], 0) / members.length;
        const cv = members.reduce((a, p) => a + p.centreUV[1], 0) / members.length;
        const { bi, bj } = members[0]!.slot;
        openings.push({ ...lineOf([cu, cv], bi, bj), centreUV: [cu, cv], members });
      }
    } else {
      for (const p of placed)
        openings.push({ ...lineOf(p.centreUV, p.slot.bi, p.slot.bj), centreUV: p.centreUV, members: [p] });
    }

    // 3. Roads: each used lattice line, from the first to the last block it serves, clipped to the community.
    const usedLines = new Map<LineKey, Opening[]>();
    for (const o of openings) {
      const list = usedLines.get(o.key) ?? [];
      list.push(o);
      usedLines.set(o.key, list);
    }
    const keys = [...usedLines.keys()].sort((a, b) => {
      const [da, ia] = a.split(':') as [string, string];
      const [dbb, ib] = b.split(':') as [string, string];
      return da === dbb ? Number(ia) - Number(ib) : da < dbb ? -1 : 1;
    });
    const uKeys = keys.filter((k) => k.startsWith('u:'));
    const vKeys = keys.filter((k) => k.startsWith('v:'));
    const roadNames = new Map<LineKey, string>();
    if (c.urban) {
      for (const k of keys) roadNames.set(k, roadNamer.next(k.startsWith('u:')));
    } else {
      const lanes = villageLaneNames(uKeys.length, rng() < 0.6 ? 'hutong' : 'xiang');
      const streets = villageStreetNames(vKeys.length);
      uKeys.forEach((k, i) => roadNames.set(k, lanes[i]!));
      vKeys.forEach((k, i) => roadNames.set(k, streets[i]!));
    }
    const gridOf = (p: Point, fallback: string | null): string | null =>
      c.grids.find((g) => insideRing(p, g.ring))?.code ?? fallback;

    const compoundNamer = new CompoundNamer(communityStem(c.name));
    let compoundIndex = 0;
    keys.forEach((key, roadSort) => {
      const list = usedLines.get(key)!;
      const [dir, idxText] = key.split(':') as ['u' | 'v', string];
      const at = dir === 'u' ? ou + Number(idxText) * layout.bu : ov + Number(idxText) * layout.bv;
      const along = dir === 'u' ? layout.bv : layout.bu;
      const tMin = Math.min(...list.map((o) => o.t)) - along / 2;
      const tMax = Math.max(...list.map((o) => o.t)) + along / 2;
      const pt = (t: number, off = 0): Point => (dir === 'u' ? [at + off, t] : [t, at + off]);
      const clipped = clipToConvex(pt(tMin), pt(tMax), communityRingUV) ?? [pt(tMin), pt(tMax)];
      const a = frame.toLL(clipped[0][0], clipped[0][1]);
      const b = frame.toLL(clipped[1][0], clipped[1][1]);
      const mid: Point = [round6((a[0] + b[0]) / 2), round6((a[1] + b[1]) / 2)];
      const roadName = roadNames.get(key)!;
      const road: PlanNode = {
        id: newId(),
        parentId: null,
        kind: 'road',
        name: roadName,
        fullName: `${communityFull}${roadName}`,
        streetCode: c.streetCode,
        communityCode: c.code,
        gridCode: gridOf(mid, null),
        lon: mid[0],
        lat: mid[1],
        footprint: null,
        line: [a, b],
        floors: null,
        sort: roadSort + 1,
      };
      nodes.push(road);

      // Door plates: odd numbers on one side, even on the other, rising along the road.
      list.sort((x, y) => x.t - y.t);
      let odd = -1;
      let even = 0;
      list.forEach((o) => {
        const step = c.urban ? 2 * randomInt(rng, 1, 3) : 2;
        const n = o.side > 0 ? (odd += step) : (even += step);
        const plate = `${roadName}${n}号`;
        const plateUV = pt(o.t, o.side * (c.urban ? 12 : 4));
        const plateLL = frame.toLL(plateUV[0], plateUV[1]);
        const firstGrid = o.members[0]!.building.gridCode;
        const doorplate: PlanNode = {
          id: newId(),
          parentId: road.id,
          kind: 'doorplate',
          name: plate,
          fullName: `${road.fullName}${n}号`,
          streetCode: c.streetCode,
          communityCode: c.code,
          gridCode: gridOf(plateLL, firstGrid),
          lon: plateLL[0],
          lat: plateLL[1],
          footprint: null,
          line: null,
          floors: null,
          sort: n,
        };
        nodes.push(doorplate);
        if (c.urban) {
          const compoundName = compoundNamer.next(roadName, compoundIndex++);
          const cLL = frame.toLL(o.centreUV[0], o.centreUV[1]);
          const compound: PlanNode = {
            id: newId(),
            parentId: doorplate.id,
            kind: 'compound',
            name: compoundName,
            fullName: `${doorplate.fullName}${compoundName}`,
            streetCode: c.streetCode,
            communityCode: c.code,
            gridCode: firstGrid,
            lon: cLL[0],
            lat: cLL[1],
            footprint: null,
            line: null,
            floors: null,
            sort: 1,
          };
          nodes.push(compound);
          const members = [...o.members].sort(
            (x, y) => y.centreUV[1] - x.centreUV[1] || x.centreUV[0] - y.centreUV[0],
          );
          members.forEach((m, bIndex) => {
            const b = m.building;
            b.id = newId();
            b.parentId = compound.id;
            b.name = `${bIndex + 1}号楼`;
            b.fullName = `${compound.fullName}${b.name}`;
            b.sort = bIndex + 1;
            buildings.push(b);
          });
        } else {
          const b = o.members[0]!.building;
          b.id = newId();
          b.parentId = doorplate.id;
          b.name = `${n}号院`;
          b.fullName = `${doorplate.fullName}院`;
          b.sort = 1;
          buildings.push(b);
        }
      });
    });
  }
  return { nodes, buildings };
}
