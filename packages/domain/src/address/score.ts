import { placeCore } from '../geo/address-match.ts';
import { compoundCore, normalizeAddress } from './normalize.ts';
import type { ParsedAddress } from './parse.ts';

/** Levenshtein distance of two short strings (names of roads and compounds), by code point. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[y.length]!;
}

/**
 * How alike two names are, 0..1, on their normalised forms: 1 equal; one wrong, missing or extra character in a
 * name of four costs 0.25; a name contained in the other (滨河 in 滨河路) scores by the share it covers. Below 0.5
 * the names are taken as different.
 */
export function nameSimilarity(typed: string, name: string): number {
  return similarityOfNormalized(normalizeAddress(typed), normalizeAddress(name));
}

/** Does a string hold a surrogate pair (a character outside the BMP), where code units are not characters? */
function hasSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** One row of the bounded edit distance, reused (names are short; grown when one is not). */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * The edit distance of two strings of BMP characters when it is at most `bound`, else bound + 1: the dynamic
 * programme over code units, stopped as soon as a whole row exceeds the bound.
 */
function boundedEditDistance(a: string, b: string, bound: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > bound) return bound + 1;
  if (m + 1 > rowA.length) {
    rowA = new Int32Array(2 * (m + 1));
    rowB = new Int32Array(2 * (m + 1));
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > bound) return bound + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m]! > bound ? bound + 1 : prev[m]!;
}

/**
 * nameSimilarity of two names already normalised (the index keeps its names so: no regex per comparison).
 * A name contained in the other is within |longer| − |shorter| edits of it, so its share (× 0.95) never beats the
 * edit similarity; only distances up to half the longer name matter (below that the answer is 0), so the edit
 * distance is bounded there and stops early.
 */
export function similarityOfNormalized(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  if (hasSurrogate(a) || hasSurrogate(b)) return similarityByCodePoints(a, b);
  const longest = Math.max(a.length, b.length);
  const d = boundedEditDistance(a, b, Math.floor(longest / 2));
  const s = 1 - d / longest;
  return s >= 0.5 ? s : 0;
}

/** The general form, by code point (names with characters outside the BMP). */
function similarityByCodePoints(a: string, b: string): number {
  const longest = Math.max([...a].length, [...b].length);
  const byEdit = 1 - editDistance(a, b) / longest;
  const contained = a.includes(b) || b.includes(a) ? Math.min(a.length, b.length) / longest : 0;
  const s = Math.max(byEdit, contained * 0.95);
  return s >= 0.5 ? s : 0;
}

/** A compound name compared by its distinctive part as well: 金谷园 ~ 金谷园小区. */
export function compoundSimilarity(typed: string, name: string): number {
  return Math.max(nameSimilarity(typed, name), nameSimilarity(compoundCore(typed), compoundCore(name)));
}

const cores = new Map<string, string>();
/** placeCore, remembered (the same few hundred street and community names are compared for every candidate). */
function coreOf(name: string): string {
  let c = cores.get(name);
  if (c === undefined) {
    if (cores.size > 10_000) cores.clear();
    cores.set(name, (c = placeCore(name)));
  }
  return c;
}

/** A candidate node described by the parts of its path (the nearest road, door plate, compound … above it). */
export interface CandidateParts {
  /** the candidate node's own level */
  kind: 'road' | 'doorplate' | 'compound' | 'building' | 'unit' | 'floor' | 'room';
  road?: string | null;
  door?: string | null;
  compound?: string | null;
  building?: string | null;
  unit?: string | null;
  floor?: string | null;
  room?: string | null;
  street?: string | null;
  community?: string | null;
}

/** What each part of a query is worth: names most, then the numbers from the door plate down to the room. */
const WEIGHTS = { road: 3, door: 2, compound: 3, building: 2, unit: 1.5, floor: 0.5, room: 1.5, place: 0.5 };
const DEPTH: Record<CandidateParts['kind'], number> = {
  road: 0,
  doorplate: 1,
  compound: 2,
  building: 3,
  unit: 4,
  floor: 5,
  room: 6,
};

/** The deepest level a query names, on the DEPTH scale; -1 when it names none. */
function queryDepth(q: ParsedAddress): number {
  if (q.room) return 6;
  if (q.floor) return 5;
  if (q.unit) return 4;
  if (q.building) return 3;
  if (q.compound) return 2;
  if (q.door) return 1;
  if (q.road) return 0;
  return -1;
}

/**
 * How well a candidate node answers a parsed query, 0..1: the share of the query's weighted parts the candidate's
 * path matches (a name by its similarity, a number exactly). A road name typed without its 路 may match a compound
 * and the other way round, at a discount. A street or community named in the query and the candidate's own count a
 * little, so that of two 幸福路 the one in the named community wins; a candidate deeper than the query asks loses a
 * little, so that "滨河路12号" answers the door plate, not a room behind it.
 */
export function scoreCandidate(q: ParsedAddress, c: CandidateParts): number {
  let total = 0;
  let earned = 0;
  const name = (
    typed: string | undefined,
    own: string | null | undefined,
    other: string | null | undefined,
  ) => {
    if (!typed) return;
    const direct = own ? compoundSimilarity(typed, own) : 0;
    const crossed = other ? compoundSimilarity(typed, other) * 0.85 : 0;
    return Math.max(direct, crossed);
  };
  if (q.road) {
    total += WEIGHTS.road;
    earned += WEIGHTS.road * (name(q.road, c.road, c.compound) ?? 0);
  }
  if (q.compound) {
    total += WEIGHTS.compound;
    earned += WEIGHTS.compound * (name(q.compound, c.compound, c.road) ?? 0);
  }
  const num = (typed: string | undefined, own: string | null | undefined, w: number) => {
    if (typed === undefined) return;
    total += w;
    if (own !== undefined && own !== null && own === typed) earned += w;
  };
  num(q.door, c.door, WEIGHTS.door);
  num(q.building, c.building, WEIGHTS.building);
  num(q.unit, c.unit, WEIGHTS.unit);
  num(q.room, c.room, WEIGHTS.room);
  // a floor counts only when typed alone (a room carries its floor)
  if (!q.room) num(q.floor, c.floor, WEIGHTS.floor);
  for (const key of ['street', 'community'] as const) {
    const typed = q[key];
    if (!typed) continue;
    total += WEIGHTS.place;
    const own = c[key];
    // a place matches by its core (南宅村 ~ 南宅), or within a typo in a longer name — 南宅 is not 南宅庄户
    if (own) {
      const sim = nameSimilarity(coreOf(typed), coreOf(own));
      if (sim === 1) earned += WEIGHTS.place;
      else if (sim >= 0.75) earned += WEIGHTS.place * 0.8;
    }
  }
  if (total === 0) return 0;
  const deeper = Math.max(0, DEPTH[c.kind] - Math.max(queryDepth(q), 0));
  return Math.max(0, earned / total - 0.02 * deeper);
}
