import {
  assessmentSettingsFrom,
  computeRates,
  monthOf,
  peerGroupOf,
  periodDays,
  previousPeriod,
  rankByScore,
  ZERO_COUNTS,
  type AssessmentSettings,
  type Measure,
  type PeerGroup,
  type Period,
  type RateCounts,
  type Rates,
  type WhistleFigures,
} from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, invalid, notFound } from '../../lib/errors.ts';
import * as repo from './assessment.repository.ts';
import { whistleFiguresFromTables } from './assessment.whistle.ts';
import { unitServiceRatings } from '../services/public.ts';

type ServiceRatingFigures = { count: number; good: number; excluded: number; goodShare: number | null };
import { dashboardSummary } from './assessment.dashboard.ts';

/** Department add-ons: who supplies report-in punctuality and the streets' ratings per unit for a period. */
export type WhistleFiguresSource = (db: DbOrTx, period: Period) => Promise<Map<string, WhistleFigures>>;

/** Where the whistle figures come from unless the AppContext names another source (`ctx.whistleFigures`). */
export const defaultWhistleFigures: WhistleFiguresSource = whistleFiguresFromTables;

/** Supervisors and district/city administrators see every unit; everyone else their own peer group. */
export function seesAll(actor: Actor): boolean {
  return (
    hasRole(actor, 'supervisor') ||
    (hasRole(actor, 'admin') && (actor.scopeLevel === 'city' || actor.scopeLevel === 'district'))
  );
}

/** The longest period a ranking may cover (a year and a day: any year, leap or not). */
const MAX_DAYS = 366;

export function resolvePeriod(q: { from?: string; to?: string }, now = new Date()): Period {
  if (!q.from && !q.to) return monthOf(now);
  if (!q.from || !q.to) throw invalid([{ path: q.from ? 'to' : 'from', key: 'give_from_and_to' }]);
  const p = { from: q.from, to: q.to };
  if (p.to < p.from) throw invalid([{ path: 'to', key: 'to_before_from' }]);
  if (periodDays(p) > MAX_DAYS)
    throw invalid([{ path: 'to', key: 'at_most_days', params: { days: MAX_DAYS } }]);
  return p;
}

export async function getSettings(db: DbOrTx): Promise<AssessmentSettings> {
  return assessmentSettingsFrom(await repo.settingsValue(db));
}

function requireSettingsRole(actor: Actor) {
  if (!seesAll(actor)) throw new AppError('FORBIDDEN');
}

export async function readSettings(db: Db, actor: Actor): Promise<AssessmentSettings> {
  requireSettingsRole(actor);
  return getSettings(db);
}

export async function updateSettings(
  db: Db,
  actor: Actor,
  next: AssessmentSettings,
): Promise<AssessmentSettings> {
  requireSettingsRole(actor);
  const w = next.weights;
  if (w.response + w.resolution + w.satisfaction <= 0)
    throw invalid([{ path: 'weights', key: 'weight_above_zero' }]);
  await db.transaction().execute(async (tx) => {
    const before = await getSettings(tx);
    await repo.saveSettings(tx, next);
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'setting',
      entityId: repo.SETTINGS_KEY,
      before,
      after: next,
    });
  });
  return next;
}

export interface RankingRow {
  unitId: string;
  name: string;
  group: PeerGroup;
  counts: RateCounts;
  rates: Rates;
  rank: number | null;
  whistle: WhistleFigures | null;
  previous: { composite: number | null; rank: number | null };
  /** Composite now minus composite in the previous period; null when either is missing. */
  change: number | null;
}

export interface Ranking {
  group: PeerGroup;
  period: Period;
  previousPeriod: Period;
  settings: AssessmentSettings;
  rows: RankingRow[];
}

/** Which peer group the caller may rank, and the default when none was asked for. */
async function allowedGroup(db: DbOrTx, actor: Actor, asked: PeerGroup | undefined): Promise<PeerGroup> {
  if (seesAll(actor)) return asked ?? 'street';
  if (hasRole(actor, 'resident')) throw new AppError('FORBIDDEN');
  const own = await repo.findUnit(db, actor.unitId);
  const group = own ? peerGroupOf({ kind: own.kind, name: own.name, regionName: own.region_name }) : null;
  if (!group || (asked && asked !== group)) throw new AppError('FORBIDDEN');
  return group;
}

function scored(
  units: repo.RankableUnit[],
  counts: Map<string, RateCounts>,
  whistle: Map<string, WhistleFigures>,
  settings: AssessmentSettings,
) {
  const rows = units.map((u) => {
    const c = counts.get(u.id) ?? ZERO_COUNTS;
    const w = u.kind === 'department' ? (whistle.get(u.id) ?? null) : null;
    return { unit: u, counts: c, whistle: w, rates: computeRates(c, settings, w) };
  });
  const ranks = rankByScore(rows, (r) => r.rates.composite);
  return rows.map((r, i) => ({ ...r, rank: ranks[i] ?? null }));
}

/** Every unit of a peer group with its counts, rates, composite, rank and change against the previous period. */
export async function rankingFor(
  db: DbOrTx,
  group: PeerGroup,
  period: Period,
  whistleSource: WhistleFiguresSource = defaultWhistleFigures,
): Promise<Ranking> {
  return (await rankingsFor(db, [group], period, whistleSource))[0]!;
}

/** Several peer groups at once: the counters of the two periods are read once (one index range each). */
export async function rankingsFor(
  db: DbOrTx,
  groups: readonly PeerGroup[],
  period: Period,
  whistleSource: WhistleFiguresSource = defaultWhistleFigures,
): Promise<Ranking[]> {
  const prev = previousPeriod(period);
  const departments = groups.includes('department');
  const none = new Map<string, WhistleFigures>();
  const [settings, all, now, before, whistleNow, whistleBefore] = await Promise.all([
    getSettings(db),
    repo.rankableUnits(db),
    repo.unitCounts(db, period),
    repo.unitCounts(db, prev),
    departments ? whistleSource(db, period) : none,
    departments ? whistleSource(db, prev) : none,
  ]);
  return groups.map((group) => {
    const units = all.filter(
      (u) => peerGroupOf({ kind: u.kind, name: u.name, regionName: u.regionName }) === group,
    );
    const current = scored(units, now, whistleNow, settings);
    const previous = new Map(scored(units, before, whistleBefore, settings).map((r) => [r.unit.id, r]));
    const rows: RankingRow[] = current.map((r) => {
      const p = previous.get(r.unit.id);
      const prevComposite = p?.rates.composite ?? null;
      return {
        unitId: r.unit.id,
        name: r.unit.name,
        group,
        counts: r.counts,
        rates: r.rates,
        rank: r.rank,
        whistle: r.whistle,
        previous: { composite: prevComposite, rank: p?.rank ?? null },
        change:
          r.rates.composite !== null && prevComposite !== null
            ? Math.round((r.rates.composite - prevComposite) * 100) / 100
            : null,
      };
    });
    rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'zh-CN'));
    return { group, period, previousPeriod: prev, settings, rows };
  });
}

export async function ranking(
  db: Db,
  actor: Actor,
  q: { from?: string; to?: string; group?: PeerGroup },
  whistleSource: WhistleFiguresSource = defaultWhistleFigures,
): Promise<
  Ranking & {
    ownUnitId: string;
    seesAll: boolean;
    rows: (RankingRow & { serviceRating: ServiceRatingFigures | null })[];
  }
> {
  const group = await allowedGroup(db, actor, q.group);
  const period = resolvePeriod(q);
  const [r, service] = await Promise.all([
    rankingFor(db, group, period, whistleSource),
    unitServiceRatings(db, period),
  ]);
  return {
    ...r,
    // 好差评 of one-window services beside the rates (issue 13): the share good of the unit's handled applications
    rows: r.rows.map((row) => ({ ...row, serviceRating: service.get(row.unitId) ?? null })),
    ownUnitId: actor.unitId,
    seesAll: seesAll(actor),
  };
}

/** The cases behind one figure of one unit: its own unit for everyone, any unit for supervisors. */
export async function unitCases(
  db: Db,
  actor: Actor,
  unitId: string,
  q: { from?: string; to?: string; measure: Measure; outcome: 'hit' | 'miss'; limit: number },
) {
  if (!seesAll(actor)) {
    await allowedGroup(db, actor, undefined);
    if (unitId !== actor.unitId) throw new AppError('FORBIDDEN');
  }
  const unit = await repo.findUnit(db, unitId);
  if (!unit) throw notFound('unit');
  const period = resolvePeriod(q);
  const items =
    q.measure === 'response'
      ? await repo.responseFacts(db, unitId, period, q.outcome, q.limit)
      : await repo.callbackFacts(db, unitId, period, q.measure, q.outcome, q.limit);
  return {
    unit: { id: unit.id, name: unit.name },
    period,
    measure: q.measure,
    outcome: q.outcome,
    items: items.map(({ unitId: _unit, ...item }) => item),
  };
}

/** The command dashboard's summary: for those who see every unit. */
export async function dashboard(db: Db, actor: Actor) {
  if (!seesAll(actor)) throw new AppError('FORBIDDEN');
  return dashboardSummary(db);
}
