import type { UnitKind } from '../governance.ts';
import { addCounts, computeRates, rankByScore, ZERO_COUNTS } from './rates.ts';
import type { AssessmentSettings, RateCounts, Rates } from './rates.ts';

/**
 * City rankings (issue 14): every street/town of a city ranked monthly on the three rates, and the districts. A
 * territory's figures are the sums of the daily counters of the units that answer for it (assessment_unit_day):
 *
 * - a street (街道/乡镇) answers for what its office and its communities' committees were given: 12345 dispatches
 *   to the street, and a community's case is the street's to see through (Beijing's 街乡镇 list);
 * - a district answers for everything dispatched inside it: its government, departments, utilities, streets and
 *   communities (a city-wide unit, whose jurisdiction is the city, counts for no district).
 */

/** The kinds of unit whose figures are a street's. */
export const STREET_UNIT_KINDS: readonly UnitKind[] = ['street_office', 'community'];

/** A unit as the roll-up needs it: its kind and the region path of its jurisdiction. */
export interface TerritoryUnit {
  id: string;
  kind: UnitKind;
  jurisdictionPath: string;
}

/** A street or district: its region code and materialised path ('…/code/'). */
export interface Territory {
  code: string;
  path: string;
}

/**
 * The territory a unit's counters count for among `territories` (all of one level), or undefined. Streets take
 * only STREET_UNIT_KINDS; districts take every unit inside them. Paths nest, so at most one territory matches.
 */
export function territoryOfUnit(
  unit: TerritoryUnit,
  territories: ReadonlyMap<string, Territory>,
  level: 'street' | 'district',
): string | undefined {
  if (level === 'street' && !STREET_UNIT_KINDS.includes(unit.kind)) return undefined;
  // The territory's code is the path segment at its depth: city/district/street/… (paths end with '/').
  const parts = unit.jurisdictionPath.split('/');
  const code = parts[level === 'district' ? 1 : 2];
  return code !== undefined && territories.has(code) ? code : undefined;
}

/** The counters of each territory: the sum over the units that count for it. */
export function rollUpCounts(
  units: readonly TerritoryUnit[],
  counts: ReadonlyMap<string, RateCounts>,
  territories: ReadonlyMap<string, Territory>,
  level: 'street' | 'district',
): Map<string, RateCounts> {
  const out = new Map<string, RateCounts>();
  for (const u of units) {
    const c = counts.get(u.id);
    if (!c) continue;
    const t = territoryOfUnit(u, territories, level);
    if (t === undefined) continue;
    out.set(t, addCounts(out.get(t) ?? ZERO_COUNTS, c));
  }
  return out;
}

export interface TerritoryRow<T> {
  item: T;
  counts: RateCounts;
  rates: Rates;
  rank: number | null;
  previous: { composite: number | null; rank: number | null };
  /** Composite now minus the previous period's; null when either is missing. */
  change: number | null;
}

/**
 * Rank territories by composite (competition ranking: ties share a rank, the next rank skips), with the previous
 * period's rank and the change. Order: rank, then a territory without a score after every scored one, then by
 * `order` (the caller passes the official order: district, then street code) so ties list the same way each time.
 */
export function rankTerritories<T extends { code: string }>(
  items: readonly T[],
  now: ReadonlyMap<string, RateCounts>,
  before: ReadonlyMap<string, RateCounts>,
  settings: AssessmentSettings,
  order: (a: T, b: T) => number,
): TerritoryRow<T>[] {
  const score = (m: ReadonlyMap<string, RateCounts>) =>
    items.map((item) => {
      const counts = m.get(item.code) ?? ZERO_COUNTS;
      return { item, counts, rates: computeRates(counts, settings) };
    });
  const current = score(now);
  const previous = score(before);
  const ranks = rankByScore(current, (r) => r.rates.composite);
  const prevRanks = rankByScore(previous, (r) => r.rates.composite);
  const rows = current.map((r, i): TerritoryRow<T> => {
    const prev = previous[i]!.rates.composite;
    const c = r.rates.composite;
    return {
      ...r,
      rank: ranks[i] ?? null,
      previous: { composite: prev, rank: prevRanks[i] ?? null },
      change: c !== null && prev !== null ? Math.round((c - prev) * 100) / 100 : null,
    };
  });
  return rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || order(a.item, b.item));
}
