import Flatbush from 'flatbush';
import type { AddressKind } from '../basedata/codes.ts';
import { placeCore } from '../geo/address-match.ts';
import { compoundCore, normalizeAddress } from './normalize.ts';
import { numberKey, parseAddress, type KnownPlaces, type ParsedAddress } from './parse.ts';
import { compoundSimilarity, scoreCandidate, similarityOfNormalized, type CandidateParts } from './score.ts';

/** One node of the address library as the index holds it. */
export interface AddressRecord {
  id: string;
  parentId: string | null;
  kind: AddressKind;
  name: string;
  fullName: string;
  streetCode: string;
  communityCode: string | null;
  gridCode: string | null;
  lon: number | null;
  lat: number | null;
  /** GeoJSON geometry: a road's centre line (LineString/MultiLineString), a building's footprint (Polygon) */
  footprint: unknown;
}

export interface AddressHit {
  record: AddressRecord;
  score: number;
}

export interface SearchOptions {
  limit?: number;
  /** keep only the records this accepts (a jurisdiction, a community) */
  filter?: (r: AddressRecord) => boolean;
}

/** Metres per degree of latitude; longitude is scaled by cos(latitude) of the index's centre. */
const M_PER_DEG = 111_320;
/** A name anchor below this similarity is not followed (one wrong character in a two-character name is too much). */
const MIN_NAME = 0.5;
/** How many name anchors per typed name are followed down the tree. */
const MAX_ANCHORS = 24;

interface Bbox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function geometryBbox(g: unknown): Bbox | null {
  const coords = (g as { coordinates?: unknown } | null)?.coordinates;
  if (!coords) return null;
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const walk = (c: unknown) => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      box.minX = Math.min(box.minX, c[0]);
      box.maxX = Math.max(box.maxX, c[0]);
      box.minY = Math.min(box.minY, c[1]);
      box.maxY = Math.max(box.maxY, c[1]);
      return;
    }
    for (const x of c) walk(x);
  };
  walk(coords);
  return Number.isFinite(box.minX) ? box : null;
}

/**
 * The address library in memory (issue 10): geocoding (typed text → ranked nodes), reverse geocoding (a point →
 * nearest door plate and building) and map layers (roads and footprints in a box). Pure: built from the rows, held
 * by the server and rebuilt when the library changes.
 *
 * Geocoding goes by names, then numbers: the road and compound names typed are compared with every road and
 * compound of the library (a few thousand, so a scan with edit distance costs well under a millisecond and finds
 * one-character typos an n-gram index would miss), and each close name is followed down the tree by the typed door,
 * building, unit, floor and room numbers; every node reached is scored against the whole query (scoreCandidate).
 */
export class AddressIndex {
  readonly size: number;
  private readonly records: AddressRecord[];
  private readonly byId = new Map<string, number>();
  private readonly children = new Map<number, number[]>();
  /** parent index | kind | number key → children */
  private readonly numbered = new Map<string, number[]>();
  private readonly keys: (string | null)[];
  /**
   * Roads and compounds by their normalised name and its distinctive part (金谷园小区 → 金谷园): one entry per
   * distinct pair (前街, 一巷 repeat in many villages: 8,000 names are fewer than 800 pairs at the demo's scale),
   * with the nodes bearing it in load order.
   */
  private readonly named: { key: string; core: string; nodes: number[] }[] = [];
  /** a street or community's name, normalised and by its core (见子庄村 → 见子庄), → its codes */
  private readonly placeCodes = new Map<string, string[]>();
  private readonly points: Flatbush | null;
  private readonly pointIds: number[] = [];
  private readonly shapes: Flatbush | null;
  private readonly shapeIds: number[] = [];
  private readonly lonScale: number;
  private readonly placeNames: ReadonlyMap<string, string>;
  private readonly known: KnownPlaces;

  private constructor(records: AddressRecord[], places: readonly PlaceName[]) {
    this.records = records;
    this.size = records.length;
    this.placeNames = new Map(places.map((p) => [p.code, p.name]));
    this.known = {
      districts: places.filter((p) => p.level === 'district').map((p) => p.name),
      streets: places.filter((p) => p.level === 'street').map((p) => p.name),
      communities: places.filter((p) => p.level === 'community').map((p) => p.name),
    };
    records.forEach((r, i) => this.byId.set(r.id, i));
    for (const p of places) {
      for (const key of new Set([normalizeAddress(p.name), placeCore(p.name)])) {
        const list = this.placeCodes.get(key) ?? [];
        list.push(p.code);
        this.placeCodes.set(key, list);
      }
    }
    this.keys = records.map((r) => (r.kind === 'road' || r.kind === 'compound' ? null : numberKey(r.name)));
    let latSum = 0;
    let latN = 0;
    const namedAt = new Map<string, { key: string; core: string; nodes: number[] }>();
    records.forEach((r, i) => {
      const p = r.parentId === null ? undefined : this.byId.get(r.parentId);
      if (p !== undefined) {
        let list = this.children.get(p);
        if (!list) this.children.set(p, (list = []));
        list.push(i);
        const key = this.keys[i];
        if (key !== null && key !== undefined) {
          const k = `${p}|${r.kind}|${key}`;
          let l = this.numbered.get(k);
          if (!l) this.numbered.set(k, (l = []));
          l.push(i);
        }
      }
      if (r.kind === 'road' || r.kind === 'compound') {
        const key = normalizeAddress(r.name);
        const core = compoundCore(r.name);
        const pair = `${key}|${core}`;
        let entry = namedAt.get(pair);
        if (!entry) {
          namedAt.set(pair, (entry = { key, core, nodes: [] }));
          this.named.push(entry);
        }
        entry.nodes.push(i);
      }
      if (r.lat !== null) {
        latSum += r.lat;
        latN++;
      }
    });
    this.lonScale = Math.cos(((latN ? latSum / latN : 40) * Math.PI) / 180);

    const pts: number[] = [];
    records.forEach((r, i) => {
      if ((r.kind === 'doorplate' || r.kind === 'building') && r.lon !== null && r.lat !== null) pts.push(i);
    });
    this.pointIds = pts;
    if (pts.length) {
      const tree = new Flatbush(pts.length);
      for (const i of pts) {
        const r = records[i]!;
        const x = r.lon! * this.lonScale;
        tree.add(x, r.lat!, x, r.lat!);
      }
      tree.finish();
      this.points = tree;
    } else this.points = null;

    const boxes: { i: number; b: Bbox }[] = [];
    records.forEach((r, i) => {
      if ((r.kind === 'road' || r.kind === 'building') && r.footprint) {
        const b = geometryBbox(r.footprint);
        if (b) boxes.push({ i, b });
      }
    });
    this.shapeIds = boxes.map((x) => x.i);
    if (boxes.length) {
      const tree = new Flatbush(boxes.length);
      for (const { b } of boxes) tree.add(b.minX, b.minY, b.maxX, b.maxY);
      tree.finish();
      this.shapes = tree;
    } else this.shapes = null;
  }

  static build(records: AddressRecord[], places: readonly PlaceName[] = []): AddressIndex {
    return new AddressIndex(records, places);
  }

  get(id: string): AddressRecord | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.records[i];
  }

  childrenOf(id: string): AddressRecord[] {
    const i = this.byId.get(id);
    return i === undefined ? [] : (this.children.get(i) ?? []).map((c) => this.records[c]!);
  }

  /** The node and its ancestors, root first. */
  pathOf(id: string): AddressRecord[] {
    const out: AddressRecord[] = [];
    let i = this.byId.get(id);
    while (i !== undefined && out.length < 16) {
      const r = this.records[i]!;
      out.unshift(r);
      i = r.parentId === null ? undefined : this.byId.get(r.parentId);
    }
    return out;
  }

  /** Every node held, in load order. */
  all(): readonly AddressRecord[] {
    return this.records;
  }

  /** The parts of a node's path by id (the variant generator writes texts from them). */
  partsFor(id: string): CandidateParts | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.partsOf(i);
  }

  /** The parts of a node's path, as scoreCandidate compares them. */
  private partsOf(i: number): CandidateParts {
    const r = this.records[i]!;
    const parts: CandidateParts = {
      kind: r.kind,
      street: this.placeNames.get(r.streetCode) ?? null,
      community: r.communityCode ? (this.placeNames.get(r.communityCode) ?? null) : null,
    };
    let j: number | undefined = i;
    for (let depth = 0; j !== undefined && depth < 16; depth++) {
      const n: AddressRecord = this.records[j]!;
      const key = this.keys[j] ?? null;
      switch (n.kind) {
        case 'road':
          parts.road ??= n.name;
          break;
        case 'compound':
          parts.compound ??= n.name;
          break;
        case 'doorplate':
          parts.door ??= key;
          break;
        case 'building':
          parts.building ??= key;
          break;
        case 'unit':
          parts.unit ??= key;
          break;
        case 'floor':
          parts.floor ??= key;
          break;
        case 'room':
          parts.room ??= key;
          break;
      }
      j = n.parentId === null ? undefined : this.byId.get(n.parentId);
    }
    if (parts.floor === undefined && parts.room && /^\d{3,5}$/.test(parts.room))
      parts.floor = String(Math.floor(Number(parts.room) / 100));
    return parts;
  }

  parse(text: string): ParsedAddress {
    return parseAddress(text, this.known);
  }

  /** Ranked nodes for a typed address, best first; nothing when the text names no road or compound. */
  search(text: string, opts: SearchOptions = {}): AddressHit[] {
    const q = this.parse(text);
    const limit = opts.limit ?? 10;
    const typedNames = [q.road, q.compound].filter((n): n is string => !!n);
    // Without a road or compound name, a street or community name alone is no address in the library.
    if (typedNames.length === 0) return [];
    // The street and community the text names: names repeat across villages (前街, 一巷), so the anchors in the
    // named community are followed first.
    const codesOf = (name: string | undefined) =>
      name
        ? [
            ...(this.placeCodes.get(normalizeAddress(name)) ?? []),
            ...(this.placeCodes.get(placeCore(name)) ?? []),
          ]
        : [];
    const communities = new Set(codesOf(q.community));
    const streets = new Set(codesOf(q.street));
    const anchors = new Map<number, number>();
    for (const typed of typedNames) {
      const norm = normalizeAddress(typed);
      const core = compoundCore(typed);
      const found: { i: number; s: number; rank: number }[] = [];
      for (const { key, core: own, nodes } of this.named) {
        const longest = Math.max(key.length, norm.length);
        if (
          Math.abs(key.length - norm.length) * 2 > longest &&
          Math.abs(own.length - core.length) * 2 > longest
        )
          continue;
        const s = Math.max(similarityOfNormalized(norm, key), similarityOfNormalized(core, own));
        if (s < MIN_NAME) continue;
        for (const i of nodes) {
          const r = this.records[i]!;
          const rank =
            s +
            (r.communityCode !== null && communities.has(r.communityCode) ? 0.3 : 0) +
            (streets.has(r.streetCode) ? 0.15 : 0);
          found.push({ i, s, rank });
        }
      }
      // ties in load order (record indexes follow it)
      found.sort((a, b) => b.rank - a.rank || a.i - b.i);
      for (const f of found.slice(0, MAX_ANCHORS)) anchors.set(f.i, Math.max(anchors.get(f.i) ?? 0, f.s));
    }
    const reached = new Set<number>();
    for (const a of anchors.keys()) for (const c of this.descend(a, q)) reached.add(c);
    const hits: { i: number; score: number }[] = [];
    for (const i of reached) {
      const r = this.records[i]!;
      if (opts.filter && !opts.filter(r)) continue;
      hits.push({ i, score: scoreCandidate(q, this.partsOf(i)) });
    }
    hits.sort(
      (a, b) => b.score - a.score || this.records[a.i]!.fullName.localeCompare(this.records[b.i]!.fullName),
    );
    return hits
      .slice(0, limit)
      .map((h) => ({ record: this.records[h.i]!, score: Math.round(h.score * 1000) / 1000 }));
  }

  private childrenByKey(parent: number, kind: AddressKind, key: string | undefined): number[] {
    if (key === undefined) return [];
    return this.numbered.get(`${parent}|${kind}|${key}`) ?? [];
  }

  private kids(parent: number, kind: AddressKind): number[] {
    return (this.children.get(parent) ?? []).filter((c) => this.records[c]!.kind === kind);
  }

  /** Follows the typed numbers down from a named node; the deepest nodes reached (the anchor itself at least). */
  private descend(anchor: number, q: ParsedAddress): number[] {
    let level = [anchor];
    const step = (next: (i: number) => number[]) => {
      const found = level.flatMap(next);
      if (found.length) level = found;
    };
    const kind = this.records[anchor]!.kind;
    if (kind === 'road' && q.door !== undefined) step((i) => this.childrenByKey(i, 'doorplate', q.door));
    // a door plate's compound, when one is typed
    if (q.compound)
      step((i) =>
        this.records[i]!.kind === 'doorplate'
          ? this.kids(i, 'compound').filter(
              (c) => compoundSimilarity(q.compound!, this.records[c]!.name) >= MIN_NAME,
            )
          : [],
      );
    if (q.building !== undefined)
      step((i) => {
        const r = this.records[i]!;
        if (r.kind === 'compound') return this.childrenByKey(i, 'building', q.building);
        if (r.kind === 'doorplate')
          return [
            ...this.childrenByKey(i, 'building', q.building),
            ...this.kids(i, 'compound').flatMap((c) => this.childrenByKey(c, 'building', q.building)),
          ];
        return [];
      });
    if (q.unit !== undefined)
      step((i) => (this.records[i]!.kind === 'building' ? this.childrenByKey(i, 'unit', q.unit) : []));
    if (q.room !== undefined) {
      step((i) => {
        const k = this.records[i]!.kind;
        if (k !== 'building' && k !== 'unit') return [];
        const out: number[] = [];
        const visit = (p: number, depth: number) => {
          out.push(...this.childrenByKey(p, 'room', q.room));
          if (depth > 0)
            for (const c of this.children.get(p) ?? []) {
              const ck = this.records[c]!.kind;
              if (ck === 'floor' || ck === 'unit') visit(c, depth - 1);
            }
        };
        visit(i, 2);
        return out;
      });
    } else if (q.floor !== undefined) {
      step((i) => {
        const k = this.records[i]!.kind;
        if (k === 'unit' || k === 'building') return this.childrenByKey(i, 'floor', q.floor);
        return [];
      });
    }
    return level;
  }

  /** The nearest door plate and the nearest building to a point, each within maxMeters, with the distance. */
  nearest(
    lon: number,
    lat: number,
    maxMeters = 500,
  ): {
    doorplate: { record: AddressRecord; distanceM: number } | null;
    building: { record: AddressRecord; distanceM: number } | null;
  } {
    const out = {
      doorplate: null as { record: AddressRecord; distanceM: number } | null,
      building: null as { record: AddressRecord; distanceM: number } | null,
    };
    if (!this.points) return out;
    const x = lon * this.lonScale;
    const maxDeg = maxMeters / M_PER_DEG;
    for (const kind of ['doorplate', 'building'] as const) {
      const [k] = this.points.neighbors(
        x,
        lat,
        1,
        maxDeg,
        (j) => this.records[this.pointIds[j]!]!.kind === kind,
      );
      if (k === undefined) continue;
      const r = this.records[this.pointIds[k]!]!;
      const d = Math.hypot((r.lon! - lon) * this.lonScale, r.lat! - lat) * M_PER_DEG;
      out[kind] = { record: r, distanceM: Math.round(d * 10) / 10 };
    }
    return out;
  }

  /**
   * Roads and buildings whose shape meets a box, roads first; at most `limit` of them, and `truncated` when more
   * were there. `kinds` limits the answer (a far view draws roads only).
   */
  inBox(
    box: { minLon: number; minLat: number; maxLon: number; maxLat: number },
    kinds: readonly ('road' | 'building')[],
    limit: number,
  ): { records: AddressRecord[]; truncated: boolean } {
    if (!this.shapes) return { records: [], truncated: false };
    const found = this.shapes
      .search(box.minLon, box.minLat, box.maxLon, box.maxLat, (j) =>
        kinds.includes(this.records[this.shapeIds[j]!]!.kind as 'road' | 'building'),
      )
      .map((j) => this.records[this.shapeIds[j]!]!)
      .sort((a, b) => (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'road' ? -1 : 1));
    return { records: found.slice(0, limit), truncated: found.length > limit };
  }
}

/** A region's name, for the street and community a query may name. */
export interface PlaceName {
  code: string;
  name: string;
  level: string;
}
