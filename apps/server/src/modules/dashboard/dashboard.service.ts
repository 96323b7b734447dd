import { dayNumberOf, formatDay, monthOf, parseDay, type Role } from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { jurisdictionPathOf } from '../../lib/scope.ts';
import { AppError, invalid, notFound } from '../../lib/errors.ts';
import { dashboardSummary as assessmentDashboard, rankingUnder } from '../assessment/public.ts';
import * as repo from './dashboard.repository.ts';
import { DOING_STATUSES, OPEN_STATUSES, type CaseFilter } from './dashboard.repository.ts';

/**
 * The command dashboard (指挥大屏) and the desks' analytics. The district's unfiltered view is the assessment
 * module's summary (folded aggregates plus live counts); a street's view, or a filtered one, is computed here from
 * the same aggregates narrowed to streets, categories and channels, and live where the aggregates carry no such
 * key (lead unit): every query stays bounded by a day range or by the cases still open.
 */

/** District/city centres and administrators read the district, a street's lead and admins their street. */
export const DASHBOARD_ROLES: readonly Role[] = ['supervisor', 'dispatcher', 'admin', 'street_lead'];

const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;
const TOP = 10;
const LATEST = 20;

export interface DashboardQuery {
  from?: string | undefined;
  to?: string | undefined;
  regionCode?: string | undefined;
  categoryCode?: string | undefined;
  channel?: string | undefined;
  unitId?: string | undefined;
}

interface Scope {
  region: { code: string; name: string; level: string; path: string };
  filter: CaseFilter;
}

/** The region looked at (the caller's jurisdiction or a street/district inside it) and the case filter. */
async function resolveScope(db: DbOrTx, actor: Actor, q: DashboardQuery): Promise<Scope> {
  if (!DASHBOARD_ROLES.some((r) => hasRole(actor, r))) throw new AppError('FORBIDDEN');
  // The aggregates are kept per street: a community's staff have no dashboard of their own.
  if (actor.scopeLevel === 'community') throw new AppError('FORBIDDEN');
  // A territory's view: a department's staff have none, whatever their roles (lib/scope.ts).
  const own = jurisdictionPathOf(actor);
  if (own === null) throw new AppError('FORBIDDEN');
  const region = await repo.findRegion(db, q.regionCode ?? actor.scopeCode);
  if (!region || !region.path.startsWith(own)) throw notFound('region');
  if (region.level === 'community') throw invalid([{ path: 'regionCode', key: 'region_level' }]);
  const streets = await repo.streetsUnder(db, region.path);
  let categories: string[] | null = null;
  if (q.categoryCode) {
    categories = await repo.categorySubtree(db, q.categoryCode);
    if (categories.length === 0) throw notFound('category');
  }
  if (q.unitId && !(await repo.findUnit(db, q.unitId))) throw notFound('unit');
  return {
    region,
    filter: {
      // Everything in scope: no street condition, and cases without a street count too (as the aggregates do).
      streets: streets.anyOutside ? streets.codes : null,
      categories,
      channel: q.channel ?? null,
      unitId: q.unitId ?? null,
    },
  };
}

function resolvePeriod(q: DashboardQuery, now: Date) {
  const today = dayNumberOf(now);
  const to = q.to ?? formatDay(today);
  const from = q.from ?? formatDay(parseDay(to) - (DEFAULT_DAYS - 1));
  const days = parseDay(to) - parseDay(from) + 1;
  if (days < 1) throw invalid([{ path: 'to', key: 'to_before_from' }]);
  if (days > MAX_DAYS) throw invalid([{ path: 'to', key: 'at_most_days', params: { days: MAX_DAYS } }]);
  return { today: formatDay(today), from, to, isDefault: !q.from && !q.to };
}

const byCount =
  <T extends { code: string }>(n: (x: T) => number) =>
  (a: T, b: T) =>
    n(b) - n(a) || a.code.localeCompare(b.code);

const sum = (rows: { n: number }[]) => rows.reduce((s, r) => s + r.n, 0);

/** The figures, before names are attached. */
interface Figures {
  todayByChannel: Record<string, number>;
  intakeByChannel: Record<string, number>;
  byCategory: { code: string; cases: number }[];
  trend: { day: string; cases: number }[];
  topStreetsByIntake: { code: string; cases: number }[];
  status: { open: number; inProgress: number; overdue: number; overdueAssignments: number };
  topStreetsByOverdue: { code: string; overdue: number }[];
}

function trendOf(byDay: { code: string; n: number }[], from: string, to: string) {
  const perDay = new Map(byDay.map((r) => [r.code, r.n]));
  const first = parseDay(from);
  return Array.from({ length: parseDay(to) - first + 1 }, (_, i) => {
    const day = formatDay(first + i);
    return { day, cases: perDay.get(day) ?? 0 };
  });
}

async function filteredFigures(
  db: DbOrTx,
  f: CaseFilter,
  p: { today: string; from: string; to: string },
  now: Date,
): Promise<Figures> {
  const live = f.categories !== null || f.channel !== null || f.unitId !== null;
  const [today, intake, statusRows, overdue] = await Promise.all([
    repo.liveIntakeByChannel(db, f, p.today, p.today),
    repo.intakeBreakdown(db, f, p.from, p.to),
    live
      ? repo.unresolvedByGrid(db, f).then((rows) => {
          const m = new Map<string, number>();
          for (const r of rows) m.set(r.status, (m.get(r.status) ?? 0) + r.n);
          return [...m].map(([status, n]) => ({ status, n }));
        })
      : repo.statusCountsFromAggregate(db, f.streets),
    repo.overdueByStreet(db, f, now),
  ]);
  const status = new Map(statusRows.map((r) => [r.status, r.n]));
  const count = (list: readonly string[]) => list.reduce((n, s) => n + (status.get(s) ?? 0), 0);
  return {
    todayByChannel: Object.fromEntries(today.map((r) => [r.channel, r.n])),
    intakeByChannel: Object.fromEntries(intake.byChannel.map((r) => [r.code, r.n])),
    byCategory: intake.byCategory.map((r) => ({ code: r.code, cases: r.n })).sort(byCount((x) => x.cases)),
    trend: trendOf(intake.byDay, p.from, p.to),
    topStreetsByIntake: intake.byStreet
      .filter((r) => r.code !== '')
      .map((r) => ({ code: r.code, cases: r.n }))
      .sort(byCount((x) => x.cases))
      .slice(0, TOP),
    status: {
      open: count(OPEN_STATUSES),
      inProgress: count(DOING_STATUSES),
      overdue: overdue.reduce((n, r) => n + r.cases, 0),
      overdueAssignments: sum(overdue),
    },
    topStreetsByOverdue: overdue
      .filter((r) => r.street_code)
      .map((r) => ({ code: r.street_code!, overdue: r.cases }))
      .sort(byCount((x) => x.overdue))
      .slice(0, TOP),
  };
}

/** The whole database, no filter, the last 30 days: the assessment module's summary as it is. */
async function districtFigures(db: DbOrTx, p: { from: string; to: string }, now: Date): Promise<Figures> {
  const all: CaseFilter = { streets: null, categories: null, channel: null, unitId: null };
  const [s, intake] = await Promise.all([
    assessmentDashboard(db, now),
    repo.intakeBreakdown(db, all, p.from, p.to),
  ]);
  return {
    todayByChannel: s.todayByChannel,
    intakeByChannel: Object.fromEntries(intake.byChannel.map((r) => [r.code, r.n])),
    byCategory: s.categories,
    trend: s.trend,
    topStreetsByIntake: s.topStreetsByIntake.map((r) => ({ code: r.streetCode, cases: r.cases })),
    status: s.status,
    topStreetsByOverdue: s.topStreetsByOverdue.map((r) => ({ code: r.streetCode, overdue: r.overdue })),
  };
}

export async function summary(db: Db, actor: Actor, q: DashboardQuery, now = new Date()) {
  const { region, filter } = await resolveScope(db, actor, q);
  const p = resolvePeriod(q, now);
  const unfiltered =
    filter.streets === null && !filter.categories && !filter.channel && !filter.unitId && p.isDefault;
  const [fig, whistles, latest, asOf] = await Promise.all([
    unfiltered ? districtFigures(db, p, now) : filteredFigures(db, filter, p, now),
    repo.openWhistles(db, `${region.path}%`),
    repo.latestCases(db, filter, p.from, p.to, LATEST),
    repo.aggregatesAsOf(db),
  ]);
  const streetCodes = new Set([
    ...fig.topStreetsByIntake.map((r) => r.code),
    ...fig.topStreetsByOverdue.map((r) => r.code),
    ...latest.flatMap((r) => (r.street_code ? [r.street_code] : [])),
  ]);
  const categoryCodes = new Set([
    ...fig.byCategory.flatMap((r) => (r.code ? [r.code] : [])),
    ...latest.flatMap((r) => (r.category_code ? [r.category_code] : [])),
  ]);
  const [streets, categories] = await Promise.all([
    repo.regionNames(db, [...streetCodes]),
    repo.categoryNames(db, [...categoryCodes]),
  ]);
  const category = (code: string | null) => {
    const c = code ? categories.get(code) : undefined;
    return code && c ? { code, ...c } : null;
  };
  const street = (code: string | null) => (code ? { code, name: streets.get(code) ?? code } : null);
  const total = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
  return {
    today: p.today,
    period: { from: p.from, to: p.to },
    region: { code: region.code, name: region.name, level: region.level },
    filters: { categoryCode: q.categoryCode ?? null, channel: filter.channel, unitId: filter.unitId },
    /** Intake figures come from aggregates without a unit key: a unit filter leaves them as they are. */
    unitFilterIgnoredFor: filter.unitId ? ['intake'] : [],
    aggregatesAsOf: asOf,
    todayTotal: total(fig.todayByChannel),
    todayByChannel: fig.todayByChannel,
    intake: {
      total: fig.trend.reduce((n, d) => n + d.cases, 0),
      byChannel: fig.intakeByChannel,
      byCategory: fig.byCategory.map((r) => ({ category: category(r.code || null), cases: r.cases })),
      trend: fig.trend,
      topStreets: fig.topStreetsByIntake.map((r) => ({ street: street(r.code)!, cases: r.cases })),
    },
    status: fig.status,
    topStreetsByOverdue: fig.topStreetsByOverdue.map((r) => ({
      street: street(r.code)!,
      overdue: r.overdue,
    })),
    openWhistles: whistles,
    latest: latest.map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      title: r.title,
      status: r.status,
      channel: r.channel,
      urgency: r.urgency,
      category: category(r.category_code),
      street: street(r.street_code),
    })),
  };
}

/** Unresolved cases per grid and per street, for the heat layer over /api/regions/:code/map?grids=1. */
export async function map(db: Db, actor: Actor, q: DashboardQuery) {
  const { region, filter } = await resolveScope(db, actor, q);
  const rows = await repo.unresolvedByGrid(db, filter);
  const grids = new Map<string, { code: string; open: number; inProgress: number }>();
  const streets = new Map<string, { code: string; open: number; inProgress: number }>();
  let withoutGrid = 0;
  const add = (m: typeof grids, code: string, status: string, n: number) => {
    const e = m.get(code) ?? { code, open: 0, inProgress: 0 };
    if ((DOING_STATUSES as readonly string[]).includes(status)) e.inProgress += n;
    else e.open += n;
    m.set(code, e);
  };
  for (const r of rows) {
    if (r.grid_code) add(grids, r.grid_code, r.status, r.n);
    else withoutGrid += r.n;
    if (r.street_code) add(streets, r.street_code, r.status, r.n);
  }
  const names = await repo.regionNames(db, [...streets.keys()]);
  const total = rows.reduce((n, r) => n + r.n, 0);
  return {
    region: { code: region.code, name: region.name, level: region.level },
    total,
    withoutGrid,
    byGrid: [...grids.values()].sort((a, b) => b.open + b.inProgress - (a.open + a.inProgress)),
    byStreet: [...streets.values()]
      .map((s) => ({ ...s, name: names.get(s.code) ?? s.code }))
      .sort((a, b) => b.open + b.inProgress - (a.open + a.inProgress)),
  };
}

/**
 * The next level down of a city or district (issue 14: the city's command dashboard shows its districts, a
 * district its streets): per area the intake of the period, the cases open and in progress, the overdue cases
 * (by where the case is, as the summary counts them) and this month's three rates. Every figure comes from the
 * per-street aggregates (case_intake_day_street, case_status_count), the open assignments, and the assessment's
 * per-unit counters: a few hundred streets' rows, never the cases.
 */
export async function areas(db: Db, actor: Actor, q: DashboardQuery, now = new Date()) {
  const { region } = await resolveScope(db, actor, q);
  if (region.level !== 'city' && region.level !== 'district')
    throw invalid([{ path: 'regionCode', key: 'region_level' }]);
  const level = region.level === 'city' ? ('district' as const) : ('street' as const);
  const p = resolvePeriod(q, now);
  const all: CaseFilter = { streets: null, categories: null, channel: null, unitId: null };
  const [streets, intake, status, overdue, ranking] = await Promise.all([
    repo.streetsWithDistrict(db, region.path),
    repo.intakeByStreet(db, p.from, p.to),
    repo.statusByStreet(db),
    repo.overdueByStreet(db, all, now),
    rankingUnder(db, { ...region, parentCode: null }, level, monthOf(now)),
  ]);
  // street code → the area it belongs to (itself under a district, its district under a city)
  const areaOf = new Map(streets.map((s) => [s.code, level === 'street' ? s.code : (s.parent_code ?? '')]));
  const figures = new Map(
    ranking.rows.map((r) => [
      r.code,
      { intake: 0, open: 0, inProgress: 0, overdue: 0, rates: r.rates, rank: r.rank, name: r.name },
    ]),
  );
  const at = (street: string | null) => figures.get(areaOf.get(street ?? '') ?? '');
  for (const r of intake) {
    const f = at(r.street_code);
    if (f) f.intake += r.n;
  }
  for (const r of status) {
    const f = at(r.street_code);
    if (!f) continue;
    if ((DOING_STATUSES as readonly string[]).includes(r.status)) f.inProgress += r.n;
    else f.open += r.n;
  }
  for (const r of overdue) {
    const f = at(r.street_code);
    if (f) f.overdue += r.cases;
  }
  return {
    region: { code: region.code, name: region.name, level: region.level },
    level,
    period: { from: p.from, to: p.to },
    month: ranking.period,
    areas: ranking.rows.map((r) => {
      const f = figures.get(r.code)!;
      return {
        code: r.code,
        name: f.name,
        intake: f.intake,
        open: f.open,
        inProgress: f.inProgress,
        overdue: f.overdue,
        rates: {
          responseRate: f.rates.responseRate,
          resolutionRate: f.rates.resolutionRate,
          satisfactionRate: f.rates.satisfactionRate,
          composite: f.rates.composite,
        },
        rank: f.rank,
      };
    }),
  };
}
