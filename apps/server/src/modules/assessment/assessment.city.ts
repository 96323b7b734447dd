import {
  monthOf,
  monthPeriod,
  previousPeriod,
  rankTerritories,
  rollUpCounts,
  territoryOfUnit,
  type AssessmentSettings,
  type Measure,
  type Period,
  type RateCounts,
  type Rates,
  type Role,
} from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { AppError, invalid, notFound } from '../../lib/errors.ts';
import { jurisdictionPathOf } from '../../lib/scope.ts';
import * as repo from './assessment.repository.ts';
import * as cityRepo from './assessment.city.repository.ts';
import { getSettings } from './assessment.service.ts';

/**
 * City rankings (issue 14): every street/town of the city ranked monthly on the three rates and the composite, as
 * Beijing publishes them, and the districts; each figure drills down to the cases counted in it.
 *
 * How it scales. Nothing here reads a case: a ranking sums the per-day, per-unit counters the assessment fold
 * keeps (assessment_unit_day, primary key (day, unit_id)), so a month is one index range of
 * days × units-with-activity rows, whatever the number of cases behind them — with Beijing's 343 streets and their
 * ~7,000 community committees plus a few hundred departments that is at most 31 × ~7,500 ≈ 230 k small rows,
 * summed by unit in SQL to ~7,500 rows; 20 M cases a year or 100 M change nothing but the counters' values. Two
 * months are read (the previous one for the change), then the units (unit_jurisdiction_idx) and the 343 streets
 * (region_path_idx) are joined in memory by the domain's roll-up (territory.ts). A drill-down reads the fact rows
 * of the territory's units for the month (assessment_response/assessment_callback, index (unit_id, day)), limited.
 * The search lane's `npm run bench:city` times `cityStreetRanking` at 20 M cases.
 */

/** Who reads the city lists and drills down (the command room's roles); the list itself is public (see below). */
export const CITY_RANKING_ROLES: readonly Role[] = ['supervisor', 'dispatcher', 'admin', 'street_lead'];

export type CityLevel = 'street' | 'district';

export interface CityRankingRow {
  code: string;
  name: string;
  /** The region's path (for the caller's jurisdiction check; not sent). */
  path: string;
  /** The street's district; null on district rows. */
  district: { code: string; name: string } | null;
  counts: RateCounts;
  rates: Rates;
  rank: number | null;
  previous: { composite: number | null; rank: number | null };
  change: number | null;
}

export interface CityRanking {
  level: CityLevel;
  city: { code: string; name: string };
  period: Period;
  previousPeriod: Period;
  settings: AssessmentSettings;
  rows: CityRankingRow[];
}

/** The city a region path lies in: its first segment (paths are 'city/district/street/…/'). */
export function cityCodeOf(path: string): string {
  return path.split('/')[0]!;
}

/**
 * The ranking of a city's streets (level 'street') or districts for a period: the function `npm run bench:city`
 * times. Every street of the city is listed, those without a case in the period last and without a rank.
 */
export async function cityRanking(
  db: DbOrTx,
  q: { cityCode: string; period: Period; level: CityLevel },
): Promise<CityRanking> {
  const city = await cityRepo.findRegion(db, q.cityCode);
  if (!city || city.level !== 'city') throw notFound('region');
  return rankingUnder(db, city, q.level, q.period);
}

/** The streets or districts under a root region (a city, or a district for its streets) ranked for a period. */
export async function rankingUnder(
  db: DbOrTx,
  root: cityRepo.TerritoryRow,
  level: CityLevel,
  period: Period,
): Promise<CityRanking> {
  const prev = previousPeriod(period);
  const [settings, districts, streets, units, now, before] = await Promise.all([
    getSettings(db),
    cityRepo.regionsUnder(db, root.path, 'district'),
    level === 'street' ? cityRepo.regionsUnder(db, root.path, 'street') : Promise.resolve([]),
    cityRepo.unitsUnder(db, root.path),
    repo.unitCounts(db, period),
    repo.unitCounts(db, prev),
  ]);
  const items = level === 'street' ? streets : districts;
  const territories = new Map(items.map((t) => [t.code, t]));
  const districtOf = new Map(districts.map((d) => [d.code, { code: d.code, name: d.name }]));
  const order = new Map(items.map((t, i) => [t.code, i]));
  const rows = rankTerritories(
    items,
    rollUpCounts(units, now, territories, level),
    rollUpCounts(units, before, territories, level),
    settings,
    (a, b) => order.get(a.code)! - order.get(b.code)!,
  );
  return {
    level,
    city: { code: root.code, name: root.name },
    period,
    previousPeriod: prev,
    settings,
    rows: rows.map((r) => ({
      code: r.item.code,
      name: r.item.name,
      path: r.item.path,
      district: level === 'street' ? (districtOf.get(r.item.parentCode ?? '') ?? null) : null,
      counts: r.counts,
      rates: r.rates,
      rank: r.rank,
      previous: r.previous,
      change: r.change,
    })),
  };
}

/** The streets' list for `npm run bench:city`: the city's streets for a month ('YYYY-MM'). */
export async function cityStreetRanking(db: DbOrTx, cityCode: string, month: string): Promise<CityRanking> {
  return cityRanking(db, { cityCode, period: monthPeriod(month), level: 'street' });
}

function periodOfMonth(month: string | undefined, now: Date): Period {
  if (!month) return monthOf(now);
  try {
    return monthPeriod(month);
  } catch {
    throw invalid([{ path: 'month', key: 'month_format' }]);
  }
}

function requireRankingRole(actor: Actor) {
  if (!CITY_RANKING_ROLES.some((r) => hasRole(actor, r))) throw new AppError('FORBIDDEN');
}

/**
 * Staff's view. Beijing publishes the monthly list of every street of the city, so any command-room role of the
 * city sees all of it (a district's staff see the other districts' streets too); `drillable` says which rows the
 * caller may open: only those inside their jurisdiction.
 */
export async function staffCityRanking(
  db: Db,
  actor: Actor,
  q: { month?: string | undefined; level: CityLevel; districtCode?: string | undefined },
  now = new Date(),
) {
  requireRankingRole(actor);
  const own = jurisdictionPathOf(actor);
  if (own === null) throw new AppError('FORBIDDEN');
  const r = await cityRanking(db, {
    cityCode: cityCodeOf(actor.scopePath),
    period: periodOfMonth(q.month, now),
    level: q.level,
  });
  const rows = r.rows
    .filter((row) => !q.districtCode || row.district?.code === q.districtCode)
    .map(({ path, ...row }) => ({ ...row, drillable: path.startsWith(own) }));
  return { ...r, rows, scopeCode: actor.scopeCode };
}

/**
 * The public monthly list (Beijing's 接诉即办 月度排名): months already over only — the current month's figures
 * are still moving — with rates and ranks, without the cases.
 */
export async function publicCityRanking(db: Db, q: { month?: string | undefined }, now = new Date()) {
  const current = monthOf(now);
  const lastClosed = previousPeriod(current);
  const period = q.month ? periodOfMonth(q.month, now) : lastClosed;
  if (period.from >= current.from) throw invalid([{ path: 'month', key: 'month_not_over' }]);
  const city = await cityRepo.firstCity(db);
  if (!city) throw notFound('region');
  const r = await cityRanking(db, { cityCode: city.code, period, level: 'street' });
  return {
    city: r.city,
    period: r.period,
    rows: r.rows.map((row) => ({
      code: row.code,
      name: row.name,
      district: row.district,
      rates: {
        responseRate: row.rates.responseRate,
        resolutionRate: row.rates.resolutionRate,
        satisfactionRate: row.rates.satisfactionRate,
        composite: row.rates.composite,
      },
      rank: row.rank,
      change: row.change,
    })),
  };
}

/**
 * The cases behind one figure of a street or district in a month: only inside the caller's jurisdiction (a
 * district's supervisor cannot open another district's streets; the city's can open every one).
 */
export async function territoryCases(
  db: Db,
  actor: Actor,
  code: string,
  q: { month?: string | undefined; measure: Measure; outcome: 'hit' | 'miss'; limit: number },
  now = new Date(),
) {
  requireRankingRole(actor);
  const own = jurisdictionPathOf(actor);
  if (own === null) throw new AppError('FORBIDDEN');
  const region = await cityRepo.findRegion(db, code);
  if (!region || (region.level !== 'street' && region.level !== 'district')) throw notFound('region');
  if (!region.path.startsWith(own)) throw new AppError('FORBIDDEN');
  const level: CityLevel = region.level;
  const period = periodOfMonth(q.month, now);
  const territories = new Map([[region.code, { code: region.code, path: region.path }]]);
  const unitIds = (await cityRepo.unitsUnder(db, region.path))
    .filter((u) => territoryOfUnit(u, territories, level) === region.code)
    .map((u) => u.id);
  const items =
    unitIds.length === 0
      ? []
      : q.measure === 'response'
        ? await repo.responseFacts(db, unitIds, period, q.outcome, q.limit)
        : await repo.callbackFacts(db, unitIds, period, q.measure, q.outcome, q.limit);
  const names = await cityRepo.unitNames(db, [...new Set(items.map((i) => i.unitId))]);
  return {
    region: { code: region.code, name: region.name, level },
    period,
    measure: q.measure,
    outcome: q.outcome,
    items: items.map(({ unitId, ...i }) => ({ ...i, unit: { id: unitId, name: names.get(unitId) ?? '' } })),
  };
}
