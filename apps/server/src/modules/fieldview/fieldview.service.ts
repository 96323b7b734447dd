import { sql, type Expression, type SqlBool } from 'kysely';
import {
  classView,
  isTerritorial,
  nextVisit,
  parseDay,
  tagClass,
  tagCountScope,
  visitRuleFor,
  type TagType,
  type VisitRule,
  type VisitState,
} from '@onegrid/domain';
import type { Db } from '../../db/database.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { periodStart } from '../fieldwork/patrols.service.ts';
import { visitRules } from '../fieldrules/public.ts';
import type { FieldviewQuery, WorkerQuery } from './fieldview.io.ts';

/**
 * The street's and the community's view of field work (issue 11): read-only aggregates over patrols, quick fixes,
 * visits by rule, sign-offs, tasks and mediation files of a territory. Each block is one query by the rows'
 * denormalised street/community codes (indexed), never one per grid. Leads (street_lead, also the community's
 * staff) and supervisors read their jurisdiction; a grid worker reads only their own log; tag counts follow the
 * domain's `tagCountScope` (a P3 count only to whom those persons' P3 is visible).
 */

type Col = 'street_code' | 'community_code';
interface Scope {
  code: string;
  name: string;
  level: string;
  path: string;
  col: Col;
  values: string[];
}

const LEADS = ['street_lead', 'supervisor'] as const;

function requireLead(actor: Actor): void {
  if (!hasRole(actor, ...LEADS) || !isTerritorial(actor.unitKind)) throw forbidden();
}

async function resolveScope(db: Db, actor: Actor, code: string | undefined): Promise<Scope> {
  requireLead(actor);
  const r = await db
    .selectFrom('region')
    .select(['code', 'name', 'level', 'path'])
    .where('code', '=', code ?? actor.scopeCode)
    .executeTakeFirst();
  if (!r || !r.path.startsWith(actor.scopePath)) throw notFound('region');
  if (r.level === 'community') return { ...r, col: 'community_code', values: [r.code] };
  if (r.level === 'street') return { ...r, col: 'street_code', values: [r.code] };
  const streets = await db
    .selectFrom('region')
    .select('code')
    .where('level', '=', 'street')
    .where('path', 'like', `${r.path}%`)
    .execute();
  return { ...r, col: 'street_code', values: streets.map((s) => s.code) };
}

/** `alias.street_code = ANY(…)` or `alias.community_code = ANY(…)`: an index condition on every field table. */
function inScope(s: Scope, alias: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(`${alias}.${s.col}`)} = ANY(${s.values}::text[])`;
}

function viewerOf(actor: Actor) {
  return { roles: actor.roles, unitKind: actor.unitKind };
}

/** Which rows of a tag the viewer counts: all, only their own (responsible unit / assigned worker), or none. */
function countable(
  actor: Actor,
  tag: TagType,
  responsibleUnitId: string | null,
  assignedUserId: string | null,
) {
  const scope = tagCountScope(viewerOf(actor), tag, true);
  if (scope === 'all') return true;
  if (scope === 'none') return false;
  return responsibleUnitId === actor.unitId || assignedUserId === actor.userId;
}

/** The tagged persons of a scope that a visit rule applies to, with their visit state now. */
async function dueStates(db: Db, actor: Actor, s: Scope, rules: VisitRule[], now: Date) {
  const ruleTags = [...new Set(rules.map((r) => r.tag))];
  if (ruleTags.length === 0) return [];
  const rows = await db
    .selectFrom('person_tag as t')
    .innerJoin('person as p', 'p.id', 't.person_id')
    .select([
      't.tag',
      't.level',
      't.started_on',
      't.last_visit_at',
      't.major_change_at',
      't.grid_code',
      't.responsible_unit_id',
      't.assigned_user_id',
    ])
    .where(inScope(s, 't'))
    .where('t.ended_on', 'is', null)
    .where('t.tag', 'in', ruleTags)
    .where('p.deceased', '=', false)
    .execute();
  return rows.flatMap((r) => {
    const rule = visitRuleFor(rules, r.tag, r.level);
    if (!rule || !countable(actor, r.tag, r.responsible_unit_id, r.assigned_user_id)) return [];
    const due = nextVisit(
      rule,
      {
        tagStartedOn: r.started_on ? parseDay(r.started_on) : null,
        lastVisitAt: r.last_visit_at,
        majorChangeAt: r.major_change_at,
      },
      now,
    );
    return [{ tag: r.tag, grid: r.grid_code, state: due.state }];
  });
}

type SignoffState = 'pending' | 'yellow' | 'red' | 'signed' | 'replied';

function signoffState(
  s: { signed_at: Date | null; replied_at: Date | null; yellow_at: Date; red_at: Date },
  now: Date,
): SignoffState {
  if (s.replied_at) return 'replied';
  if (s.signed_at) return 'signed';
  return now >= s.red_at ? 'red' : now >= s.yellow_at ? 'yellow' : 'pending';
}

const scopeOut = (s: Scope) => ({ code: s.code, name: s.name, level: s.level });

export async function overview(db: Db, actor: Actor, q: FieldviewQuery, now = new Date()) {
  const s = await resolveScope(db, actor, q.scope);
  const from = periodStart(q.period, now);
  const rules = await visitRules(db);
  const [grids, patrols, fixes, due, done, signoffs, tasks, mediation] = await Promise.all([
    db
      .selectFrom('grid as g')
      .select([
        sql<number>`count(*)::int`.as('grids'),
        sql<number>`count(*) FILTER (WHERE EXISTS (SELECT 1 FROM grid_worker w WHERE w.grid_code = g.code))::int`.as(
          'staffed',
        ),
        sql<number>`(SELECT count(DISTINCT w.user_id)::int FROM grid_worker w JOIN grid g2 ON g2.code = w.grid_code
                      WHERE g2.region_path LIKE ${`${s.path}%`})`.as('workers'),
        sql<number>`count(*) FILTER (WHERE EXISTS (SELECT 1 FROM patrol p WHERE p.grid_code = g.code AND p.started_at >= ${from}))::int`.as(
          'covered',
        ),
      ])
      .where('g.region_path', 'like', `${s.path}%`)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('patrol as p')
      .select([
        sql<number>`count(*)::int`.as('n'),
        sql<number>`count(DISTINCT p.worker_id)::int`.as('workers'),
        sql<number>`coalesce(sum(p.distance_m), 0)::int`.as('distance'),
        sql<number>`(SELECT count(*)::int FROM patrol_checkin c JOIN patrol p2 ON p2.id = c.patrol_id
                      WHERE ${inScope(s, 'p2')} AND p2.started_at >= ${from})`.as('checkins'),
      ])
      .where(inScope(s, 'p'))
      .where('p.started_at', '>=', from)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('quick_fix as f')
      .select(sql<number>`count(*)::int`.as('n'))
      .where(inScope(s, 'f'))
      .where('f.settled_at', '>=', from)
      .executeTakeFirstOrThrow(),
    dueStates(db, actor, s, rules, now),
    db
      .selectFrom('visit as v')
      .leftJoin('person_tag as t', 't.id', 'v.tag_id')
      .select(['v.tag', 't.responsible_unit_id', 't.assigned_user_id', sql<number>`count(*)::int`.as('n')])
      .where(inScope(s, 'v'))
      .where('v.visited_at', '>=', from)
      .where('v.tag', 'is not', null)
      .groupBy(['v.tag', 't.responsible_unit_id', 't.assigned_user_id'])
      .execute(),
    db
      .selectFrom('visit_signoff as so')
      .innerJoin('visit as v', 'v.id', 'so.visit_id')
      .leftJoin('person_tag as t', 't.id', 'v.tag_id')
      .select([
        'v.tag',
        't.responsible_unit_id',
        't.assigned_user_id',
        'so.signed_at',
        'so.replied_at',
        'so.yellow_at',
        'so.red_at',
      ])
      .where(inScope(s, 'v'))
      // the open ones, and those signed in the last 30 days
      .where((eb) =>
        eb.or([eb('so.signed_at', 'is', null), eb('so.signed_at', '>=', new Date(+now - 30 * 86_400_000))]),
      )
      .execute(),
    db
      .selectFrom('field_task as k')
      .select([
        'k.status',
        sql<number>`count(*)::int`.as('n'),
        sql<number>`count(*) FILTER (WHERE k.status IN ('assigned', 'accepted') AND k.due_at < ${now})::int`.as(
          'overdue',
        ),
      ])
      .where(inScope(s, 'k'))
      .groupBy('k.status')
      .execute(),
    db
      .selectFrom('mediation_file as m')
      .select(['m.status', sql<number>`count(*)::int`.as('n')])
      .where(inScope(s, 'm'))
      .groupBy('m.status')
      .execute(),
  ]);

  const byTag = new Map<TagType, { overdue: number; due: number; upcoming: number; done: number }>();
  const slot = (tag: TagType) => {
    let v = byTag.get(tag);
    if (!v) byTag.set(tag, (v = { overdue: 0, due: 0, upcoming: 0, done: 0 }));
    return v;
  };
  for (const d of due) slot(d.tag)[d.state] += 1;
  for (const d of done) {
    if (d.tag && countable(actor, d.tag, d.responsible_unit_id, d.assigned_user_id)) slot(d.tag).done += d.n;
  }
  const total = { overdue: 0, due: 0, upcoming: 0, done: 0 };
  const items = [...byTag.entries()]
    .map(([tag, v]) => ({ tag, class: tagClass(tag), ...v }))
    .sort((a, b) => b.overdue - a.overdue || a.tag.localeCompare(b.tag));
  // P3 rows are listed (to whom they are visible) but never folded into the total
  for (const i of items) {
    if (i.class === 'P3') continue;
    for (const k of ['overdue', 'due', 'upcoming', 'done'] as const) total[k] += i[k];
  }
  const so = { pending: 0, yellow: 0, red: 0, signed: 0, replied: 0 };
  for (const r of signoffs) {
    if (r.tag && countable(actor, r.tag, r.responsible_unit_id, r.assigned_user_id))
      so[signoffState(r, now)] += 1;
  }
  const taskCounts = { assigned: 0, accepted: 0, done: 0, cancelled: 0, overdue: 0 };
  for (const t of tasks) {
    taskCounts[t.status] += t.n;
    taskCounts.overdue += t.overdue;
  }
  const byStatus: Record<string, number> = {};
  for (const m of mediation) byStatus[m.status] = m.n;
  return {
    scope: scopeOut(s),
    period: q.period,
    from: from.toISOString(),
    staffing: { grids: grids.grids, staffed: grids.staffed, workers: grids.workers },
    coverage: { grids: grids.grids, covered: grids.covered },
    patrols: {
      count: patrols.n,
      workers: patrols.workers,
      distanceM: patrols.distance,
      checkins: patrols.checkins,
    },
    quickFixes: fixes.n,
    visits: { byTag: items, total },
    signoffs: so,
    tasks: taskCounts,
    mediation: { total: mediation.reduce((a, m) => a + m.n, 0), byStatus },
  };
}

/** Every grid of the scope: its workers, patrols in the period, the last patrol, visits due and overdue, open tasks. */
export async function grids(db: Db, actor: Actor, q: FieldviewQuery, now = new Date()) {
  const s = await resolveScope(db, actor, q.scope);
  const from = periodStart(q.period, now);
  const rules = await visitRules(db);
  const [rows, workers, due, tasks] = await Promise.all([
    db
      .selectFrom('grid as g')
      .innerJoin('region as c', 'c.code', 'g.community_code')
      .select([
        'g.code',
        'g.name',
        'g.community_code',
        'c.name as community_name',
        sql<number>`(SELECT count(*)::int FROM patrol p WHERE p.grid_code = g.code AND p.started_at >= ${from})`.as(
          'patrols',
        ),
        sql<Date | null>`(SELECT max(p.started_at) FROM patrol p WHERE p.grid_code = g.code)`.as('last_at'),
        sql<number>`(SELECT count(*)::int FROM quick_fix f WHERE f.grid_code = g.code AND f.settled_at >= ${from})`.as(
          'fixes',
        ),
      ])
      .where('g.region_path', 'like', `${s.path}%`)
      .orderBy('g.code')
      .execute(),
    db
      .selectFrom('grid_worker as w')
      .innerJoin('grid as g', 'g.code', 'w.grid_code')
      .innerJoin('app_user as u', 'u.id', 'w.user_id')
      .select(['w.grid_code', 'u.id', 'u.name'])
      .where('g.region_path', 'like', `${s.path}%`)
      .where('u.active', '=', true)
      .orderBy('u.username')
      .execute(),
    dueStates(db, actor, s, rules, now),
    db
      .selectFrom('field_task as k')
      .select([
        'k.grid_code',
        sql<number>`count(*)::int`.as('open'),
        sql<number>`count(*) FILTER (WHERE k.due_at < ${now})::int`.as('overdue'),
      ])
      .where(inScope(s, 'k'))
      .where('k.status', 'in', ['assigned', 'accepted'])
      .groupBy('k.grid_code')
      .execute(),
  ]);
  const workersOf = new Map<string, { id: string; name: string }[]>();
  for (const w of workers)
    workersOf.set(w.grid_code, [...(workersOf.get(w.grid_code) ?? []), { id: w.id, name: w.name }]);
  const dueOf = new Map<string, Record<VisitState, number>>();
  for (const d of due) {
    if (!d.grid) continue;
    let v = dueOf.get(d.grid);
    if (!v) dueOf.set(d.grid, (v = { overdue: 0, due: 0, upcoming: 0 }));
    v[d.state] += 1;
  }
  const tasksOf = new Map(tasks.map((t) => [t.grid_code, t]));
  return {
    scope: scopeOut(s),
    period: q.period,
    from: from.toISOString(),
    items: rows.map((r) => ({
      code: r.code,
      name: r.name,
      community: { code: r.community_code, name: r.community_name },
      workers: workersOf.get(r.code) ?? [],
      patrols: r.patrols,
      lastPatrolAt: r.last_at ? new Date(r.last_at).toISOString() : null,
      quickFixes: r.fixes,
      visitsOverdue: dueOf.get(r.code)?.overdue ?? 0,
      visitsDue: dueOf.get(r.code)?.due ?? 0,
      tasksOpen: tasksOf.get(r.code)?.open ?? 0,
      tasksOverdue: tasksOf.get(r.code)?.overdue ?? 0,
    })),
  };
}

/**
 * One grid worker's log for the leads over them (or for the worker themself): patrols, quick fixes, visits as the
 * viewer may see them (domain `classView`; P2/P3 visits shown with their tag are audited), tasks and the visits due.
 * A worker outside the viewer's jurisdiction is answered as not found; another worker is forbidden to a worker.
 */
export async function worker(db: Db, actor: Actor, id: string, q: WorkerQuery, now = new Date()) {
  const self = actor.userId === id;
  if (!self) requireLead(actor);
  const user = await db
    .selectFrom('app_user as u')
    .innerJoin('unit as n', 'n.id', 'u.unit_id')
    .select(['u.id', 'u.name', 'u.username', 'u.roles', 'n.name as unit_name'])
    .where('u.id', '=', id)
    .executeTakeFirst();
  if (!user || !user.roles.includes('grid_worker')) throw notFound('user');
  const gridRows = await db
    .selectFrom('grid_worker as w')
    .innerJoin('grid as g', 'g.code', 'w.grid_code')
    .select(['g.code', 'g.name', 'g.region_path'])
    .where('w.user_id', '=', id)
    .orderBy('g.code')
    .execute();
  if (!self && !gridRows.some((g) => g.region_path.startsWith(actor.scopePath))) throw notFound('user');
  const from = new Date(+now - q.days * 86_400_000);
  const rules = await visitRules(db);
  const gridNames = new Map(gridRows.map((g) => [g.code, g.name]));
  const [patrols, fixes, visits, tasks, tagRows] = await Promise.all([
    db
      .selectFrom('patrol as p')
      .select([
        'p.id',
        'p.grid_code',
        'p.started_at',
        'p.ended_at',
        'p.tracking',
        'p.distance_m',
        'p.note',
        sql<number>`(SELECT count(*)::int FROM patrol_checkin c WHERE c.patrol_id = p.id)`.as('checkins'),
      ])
      .where('p.worker_id', '=', id)
      .where('p.started_at', '>=', from)
      .orderBy('p.started_at', 'desc')
      .limit(200)
      .execute(),
    db
      .selectFrom('quick_fix')
      .select(['id', 'settled_at', 'description', 'category_code', 'grid_code'])
      .where('worker_id', '=', id)
      .where('settled_at', '>=', from)
      .orderBy('settled_at', 'desc')
      .limit(200)
      .execute(),
    db
      .selectFrom('visit as v')
      .innerJoin('person as p', 'p.id', 'v.person_id')
      .leftJoin('person_tag as t', 't.id', 'v.tag_id')
      .leftJoin('visit_signoff as so', 'so.visit_id', 'v.id')
      .select([
        'v.id',
        'v.visited_at',
        'v.mode',
        'v.tag',
        'v.anomaly',
        'v.street_code',
        'p.id as person_id',
        'p.name_masked',
        't.responsible_unit_id',
        't.assigned_user_id',
        'so.signed_at',
        'so.replied_at',
        'so.yellow_at',
        'so.red_at',
      ])
      .where('v.worker_id', '=', id)
      .where('v.visited_at', '>=', from)
      .orderBy('v.visited_at', 'desc')
      .limit(300)
      .execute(),
    db
      .selectFrom('field_task')
      .select(['id', 'kind', 'title', 'status', 'due_at', 'done_at'])
      .where('assigned_to', '=', id)
      .where((eb) => eb.or([eb('status', 'in', ['assigned', 'accepted']), eb('created_at', '>=', from)]))
      .orderBy('due_at')
      .limit(200)
      .execute(),
    db
      .selectFrom('person_tag as t')
      .select([
        't.tag',
        't.level',
        't.started_on',
        't.last_visit_at',
        't.major_change_at',
        't.responsible_unit_id',
      ])
      .where('t.assigned_user_id', '=', id)
      .where('t.ended_on', 'is', null)
      .execute(),
  ]);
  const viewer = viewerOf(actor);
  const revealed: string[] = [];
  const visitsOut = visits.flatMap((v) => {
    const cls = v.tag ? tagClass(v.tag) : 'P1';
    const view = classView(viewer, cls, {
      inJurisdiction: self || (v.street_code !== null && inJurisdiction(actor, gridRows)),
      responsibleUnit: v.responsible_unit_id === actor.unitId,
      assignedWorker: v.assigned_user_id === actor.userId,
    });
    if (view === 'hidden') return [];
    const shown = view === 'full';
    if (shown && (cls === 'P2' || cls === 'P3') && !self) revealed.push(v.person_id);
    return [
      {
        id: v.id,
        visitedAt: v.visited_at.toISOString(),
        mode: v.mode,
        person: { id: v.person_id, name: v.name_masked },
        class: cls,
        tag: shown ? v.tag : null,
        anomaly: v.anomaly,
        signoff:
          v.yellow_at && v.red_at
            ? signoffState({ ...v, yellow_at: v.yellow_at, red_at: v.red_at }, now)
            : null,
      },
    ];
  });
  if (revealed.length)
    await writeAudit(db, actor, {
      action: 'view_pii',
      entity: 'field_worker_log',
      entityId: id,
      after: { class: 'P2/P3', persons: [...new Set(revealed)] },
    });
  const visitsDue = { overdue: 0, due: 0, upcoming: 0 };
  for (const t of tagRows) {
    const rule = visitRuleFor(rules, t.tag, t.level);
    if (!rule) continue;
    if (!self && tagCountScope(viewer, t.tag, true) === 'none') continue;
    if (!self && tagCountScope(viewer, t.tag, true) === 'own' && t.responsible_unit_id !== actor.unitId)
      continue;
    const due = nextVisit(
      rule,
      {
        tagStartedOn: t.started_on ? parseDay(t.started_on) : null,
        lastVisitAt: t.last_visit_at,
        majorChangeAt: t.major_change_at,
      },
      now,
    );
    visitsDue[due.state] += 1;
  }
  return {
    worker: { id: user.id, name: user.name, username: user.username, unit: user.unit_name },
    grids: gridRows.map((g) => ({ code: g.code, name: g.name })),
    from: from.toISOString(),
    visitsDue,
    patrols: patrols.map((p) => ({
      id: p.id,
      grid: { code: p.grid_code, name: gridNames.get(p.grid_code) ?? p.grid_code },
      startedAt: p.started_at.toISOString(),
      endedAt: p.ended_at?.toISOString() ?? null,
      tracking: p.tracking,
      distanceM: p.distance_m,
      checkins: p.checkins,
      note: p.note,
    })),
    quickFixes: fixes.map((f) => ({
      id: f.id,
      settledAt: f.settled_at.toISOString(),
      description: f.description,
      categoryCode: f.category_code,
      gridCode: f.grid_code,
    })),
    visits: visitsOut,
    tasks: tasks.map((t) => ({
      id: t.id,
      kind: t.kind,
      title: t.title,
      status: t.status,
      dueAt: t.due_at.toISOString(),
      overdue: (t.status === 'assigned' || t.status === 'accepted') && t.due_at < now,
      doneAt: t.done_at?.toISOString() ?? null,
    })),
  };
}

function inJurisdiction(actor: Actor, grids: { region_path: string }[]): boolean {
  return grids.some((g) => g.region_path.startsWith(actor.scopePath));
}
