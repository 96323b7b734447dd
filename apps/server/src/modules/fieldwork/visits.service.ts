import {
  DEFAULT_VISIT_RULES,
  classView,
  effectiveVisitRules,
  nextVisit,
  parseDay,
  tagClass,
  visitRuleFor,
  type VisitRule,
  type VisitState,
} from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { requireRole, type Actor } from '../../lib/actor.ts';
import type { VisitDueQuery } from './fieldwork.io.ts';

/** The rules in force: the defaults from practice with the deployment's `visit_rule` rows over them. */
export async function visitRules(db: DbOrTx): Promise<VisitRule[]> {
  const rows = await db.selectFrom('visit_rule').selectAll().execute();
  return effectiveVisitRules(
    DEFAULT_VISIT_RULES,
    rows.map((r) => ({
      tag: r.tag,
      level: r.level,
      every: { unit: r.every_unit, count: r.every_count },
      firstWithin: r.first_unit && r.first_count ? { unit: r.first_unit, count: r.first_count } : null,
      afterChangeWithinHours: r.after_change_hours,
      calendar: r.calendar,
      source: r.source,
      active: r.active,
    })),
  );
}

const ORDER: Record<VisitState, number> = { overdue: 0, due: 1, upcoming: 2 };

/**
 * A grid worker's visits by rule: the tagged persons assigned to them, and those of their grids that no worker
 * was assigned, each with the next visit's due instant and state. What the list shows of a tag follows the
 * privacy table (domain `classView`): a tag the worker may only reveal is shown by its class, not its type; a tag
 * hidden from them is not listed.
 */
export async function visitsDue(db: Db, actor: Actor, q: VisitDueQuery, now = new Date()) {
  requireRole(actor, 'grid_worker');
  const rules = await visitRules(db);
  const grids = (
    await db.selectFrom('grid_worker').select('grid_code').where('user_id', '=', actor.userId).execute()
  ).map((g) => g.grid_code);
  const rows = await db
    .selectFrom('person_tag as t')
    .innerJoin('person as p', 'p.id', 't.person_id')
    .select([
      't.id',
      't.tag',
      't.level',
      't.started_on',
      't.last_visit_at',
      't.major_change_at',
      't.grid_code',
      't.assigned_user_id',
      't.responsible_unit_id',
      'p.id as person_id',
      'p.name_masked',
    ])
    .where('t.ended_on', 'is', null)
    .where('p.deceased', '=', false)
    .where((eb) =>
      eb.or([
        eb('t.assigned_user_id', '=', actor.userId),
        ...(grids.length
          ? [eb.and([eb('t.assigned_user_id', 'is', null), eb('t.grid_code', 'in', grids)])]
          : []),
      ]),
    )
    .execute();
  const viewer = { roles: actor.roles, unitKind: actor.unitKind };
  const items = rows.flatMap((r) => {
    const rule = visitRuleFor(rules, r.tag, r.level);
    if (!rule) return [];
    const cls = tagClass(r.tag);
    const view = classView(viewer, cls, {
      inJurisdiction: r.grid_code !== null && grids.includes(r.grid_code),
      responsibleUnit: r.responsible_unit_id === actor.unitId,
      assignedWorker: r.assigned_user_id === actor.userId,
    });
    if (view === 'hidden') return [];
    const due = nextVisit(
      rule,
      {
        tagStartedOn: r.started_on ? parseDay(r.started_on) : null,
        lastVisitAt: r.last_visit_at,
        majorChangeAt: r.major_change_at,
      },
      now,
    );
    if (q.state !== 'all' && due.state !== q.state) return [];
    const shown = view === 'full';
    return [
      {
        tagId: r.id,
        person: { id: r.person_id, name: r.name_masked },
        class: cls,
        tag: shown ? r.tag : null,
        level: shown ? r.level : null,
        assigned: r.assigned_user_id === actor.userId,
        dueAt: due.dueAt.toISOString(),
        reason: due.reason,
        state: due.state,
        lastVisitAt: r.last_visit_at?.toISOString() ?? null,
      },
    ];
  });
  items.sort((a, b) => ORDER[a.state] - ORDER[b.state] || a.dueAt.localeCompare(b.dueAt));
  const counts = { overdue: 0, due: 0, upcoming: 0 };
  for (const i of items) counts[i.state] += 1;
  return { items: items.slice(0, q.limit), counts };
}
