import { canRate, canReportIn, reportInRates, whistleAllows } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { jurisdictionPathOf } from '../../lib/scope.ts';
import { AppError, forbidden, notFound } from '../../lib/errors.ts';
import { accessTo, READ_ROLES, readsWhistles } from './whistles.access.ts';
import type { ListQuery, StatsQuery } from './whistles.io.ts';
import * as repo from './whistles.repository.ts';
import { bySystem, systemNoteOf } from '../../lib/notes.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** The region a reading role oversees, as a LIKE prefix; none for a department's staff (lib/scope.ts). */
function boardPrefix(actor: Actor): string | null {
  const path = jurisdictionPathOf(actor);
  return path === null ? null : `${path}%`;
}

/**
 * Whistles in the caller's jurisdiction (for reading roles), those that summoned the caller's unit and those the
 * caller blew.
 */
export async function listWhistles(db: DbOrTx, actor: Actor, q: ListQuery) {
  if (!readsWhistles(actor)) throw forbidden();
  const { items, total } = await repo.listWhistles(
    db,
    {
      scopePrefix: hasRole(actor, ...READ_ROLES) ? boardPrefix(actor) : null,
      unitId: actor.unitId,
      openedBy: actor.userId,
      status: q.status,
      caseId: q.caseId,
      from: q.from,
      to: q.to,
    },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  return {
    items: items.map((w) => ({
      id: w.id,
      kind: w.kind,
      title: w.title,
      status: w.status,
      street: { code: w.street_code, name: w.street_name },
      caseId: w.case_id,
      address: w.address,
      reportDueAt: iso(w.report_due_at),
      openedAt: iso(w.opened_at),
      closedAt: iso(w.closed_at),
      counts: { summoned: w.summoned, reported: w.reported, late: w.late, missing: w.missing },
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

function presentSummon(s: repo.SummonRow) {
  return {
    unit: { id: s.unit_id, name: s.unit_name, kind: s.unit_kind },
    status: s.status,
    summonedAt: iso(s.summoned_at),
    dueAt: iso(s.due_at),
    reportedAt: iso(s.reported_at),
    reportedBy: s.reported_by_name,
    reportLon: s.report_lon,
    reportLat: s.report_lat,
    reportAccuracy: s.report_accuracy,
    reportNote: s.report_note,
    late: s.late,
    missedAt: iso(s.missed_at),
    rating:
      s.punctuality === null || s.cooperation === null || s.effect === null
        ? null
        : {
            punctuality: s.punctuality,
            cooperation: s.cooperation,
            effect: s.effect,
            comment: s.comment,
            ratedAt: iso(s.rated_at),
            ratedBy: s.rated_by_name,
          },
  };
}

/** One whistle as the caller may see it, with what they may do to it now. */
export async function whistleDetail(db: DbOrTx, actor: Actor, id: string) {
  const w = await repo.findWhistle(db, id);
  if (!w) throw notFound('whistle');
  const summons = await repo.summonsOf(db, id);
  const access = accessTo(
    actor,
    w,
    summons.map((s) => s.unit_id),
  );
  if (!access.read) throw notFound('whistle');
  const [events, streetName, openedBy] = await Promise.all([
    repo.eventsOf(db, id),
    repo.findRegionName(db, w.street_code),
    db.selectFrom('app_user').select('name').where('id', '=', w.opened_by).executeTakeFirst(),
  ]);
  const mine = summons.find((s) => s.unit_id === actor.unitId);
  const settled = summons.every((s) => canRate(s.status));
  const allRated = summons.every((s) => s.punctuality !== null);
  return {
    id: w.id,
    kind: w.kind,
    title: w.title,
    description: w.description,
    status: w.status,
    street: { code: w.street_code, name: streetName ?? w.street_code, unitId: w.street_unit_id },
    caseId: w.case_id,
    address: w.address,
    lon: w.lon,
    lat: w.lat,
    gridCode: w.grid_code,
    reportInMinutes: w.report_in_minutes,
    reportDueAt: iso(w.report_due_at),
    openedAt: iso(w.opened_at),
    openedBy: openedBy?.name ?? null,
    actionRecord: w.action_record,
    outcome: w.outcome,
    closedAt: iso(w.closed_at),
    voidReason: w.void_reason,
    summons: summons.map(presentSummon),
    events: events.map((e) => ({
      id: e.id,
      at: iso(e.at),
      action: e.action,
      actorName: bySystem(e) ? null : e.actor_name,
      bySystem: bySystem(e),
      unitName: e.unit_name,
      note: e.note,
      ...systemNoteOf(e.data),
    })),
    can: {
      reportIn: !!mine && whistleAllows(w.status, 'report_in') && canReportIn(mine.status),
      recordAction: access.manage && whistleAllows(w.status, 'record_action'),
      rate: access.manage && whistleAllows(w.status, 'rate'),
      close: access.manage && whistleAllows(w.status, 'close') && settled && allRated && !!w.outcome,
      void: access.manage && whistleAllows(w.status, 'void'),
    },
  };
}

const DAY = 24 * 3600_000;

/** Per summoned unit over a period (default the last 30 days): report-in rate, on-time rate, rating averages. */
export async function whistleStats(db: DbOrTx, actor: Actor, q: StatsQuery, now = new Date()) {
  if (!hasRole(actor, ...READ_ROLES)) throw new AppError('FORBIDDEN');
  const to = q.to ?? now.toISOString();
  const from = q.from ?? new Date(Date.parse(to) - 30 * DAY).toISOString();
  const prefix = boardPrefix(actor);
  if (prefix === null) throw new AppError('FORBIDDEN');
  const rows = await repo.reportInStats(db, prefix, from, to);
  const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  return {
    from,
    to,
    units: rows.map((r) => ({
      unit: { id: r.unit_id, name: r.unit_name, kind: r.unit_kind },
      pending: r.summoned,
      ...reportInRates({ reported: r.reported, late: r.late, missing: r.missing }),
      ratings: r.ratings,
      avgPunctuality: round(r.punctuality),
      avgCooperation: round(r.cooperation),
      avgEffect: round(r.effect),
    })),
  };
}
