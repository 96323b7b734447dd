import { sql } from 'kysely';
import {
  districtOf,
  issuesTasks,
  mayIssueTo,
  missingTarget,
  taskActions,
  taskDoneLate,
  taskMove,
  taskOverdue,
  taskReading,
  type FieldTaskAction,
} from '@onegrid/domain';
import type { Db, DbOrTx, Tx } from '../../db/database.ts';
import { scopePrefix, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { idempotent, requestHash } from '../../lib/idempotency.ts';
import { baseScopeOf, personsBrief, personVisibleSql, placeInTerritory } from '../basedata/public.ts';
import { receive } from '../fieldwork/public.ts';
import { notify } from '../notifications/public.ts';
import type { FieldTaskDone, FieldTaskQuery, NewFieldTask } from './fieldtasks.io.ts';

type Ctx = Pick<AppContext, 'db' | 'pii'>;

/**
 * Tasks to grid workers (issue 11): a street or community gives a worker of its territory a task with a deadline;
 * the worker accepts it and reports it done with evidence, exactly once from the phone; the issuing side may
 * cancel it with a reason. The rules (moves, overdue, who issues to whom, who reads) are the domain's
 * (packages/domain/src/fieldwork/tasks.ts); this loads, calls them and persists, audit and notification in the
 * same transaction.
 */

const territoryOf = (actor: Actor) => ({
  scopePath: actor.scopePath,
  roles: actor.roles,
  unitKind: actor.unitKind,
});

/** The worker's grids with their communities' paths. */
async function workerGrids(db: DbOrTx, userId: string) {
  return db
    .selectFrom('grid_worker as gw')
    .innerJoin('grid as g', 'g.code', 'gw.grid_code')
    .innerJoin('region as c', 'c.code', 'g.community_code')
    .select(['g.code', 'g.name', 'g.region_path', 'g.community_code', 'c.parent_code as street_code'])
    .where('gw.user_id', '=', userId)
    .orderBy('g.code')
    .execute();
}

/** Grid workers of the issuer's territory with their grids there and their open tasks (the page's picker). */
export async function taskWorkers(db: Db, actor: Actor, gridCode?: string) {
  if (!issuesTasks(actor)) throw forbidden();
  let q = db
    .selectFrom('grid_worker as gw')
    .innerJoin('grid as g', 'g.code', 'gw.grid_code')
    .innerJoin('app_user as u', 'u.id', 'gw.user_id')
    .select(['u.id', 'u.name', 'g.code', 'g.name as grid_name'])
    .where('g.region_path', 'like', scopePrefix(actor))
    .where('u.active', '=', true);
  if (gridCode) q = q.where('g.code', '=', gridCode);
  const rows = await q.orderBy('g.code').limit(2000).execute();
  const open = rows.length
    ? await db
        .selectFrom('field_task')
        .select(['assigned_to', sql<number>`count(*)::int`.as('n')])
        .where('assigned_to', 'in', [...new Set(rows.map((r) => r.id))])
        .where('status', 'in', ['assigned', 'accepted'])
        .groupBy('assigned_to')
        .execute()
    : [];
  const byId = new Map<
    string,
    { id: string; name: string; grids: { code: string; name: string }[]; openTasks: number }
  >();
  for (const r of rows) {
    const w = byId.get(r.id) ?? { id: r.id, name: r.name, grids: [], openTasks: 0 };
    w.grids.push({ code: r.code, name: r.grid_name });
    byId.set(r.id, w);
  }
  for (const o of open) {
    const w = byId.get(o.assigned_to);
    if (w) w.openTasks = o.n;
  }
  return { items: [...byId.values()] };
}

/** Creates a task (with an optional Idempotency-Key): the worker's grid, the target in the territory, notified. */
export async function createTask(ctx: Ctx, actor: Actor, body: NewFieldTask, key?: string) {
  if (!issuesTasks(actor)) throw forbidden();
  const lacking = missingTarget(body.kind, body);
  if (lacking) throw invalid([{ path: 'kind', key: 'task_target_required', params: { target: lacking } }]);
  const out = await idempotent(
    ctx.db,
    `field_task:${actor.userId}`,
    key,
    async (tx) => {
      const worker = await tx
        .selectFrom('app_user')
        .select(['id', 'name', 'roles', 'active'])
        .where('id', '=', body.workerId)
        .executeTakeFirst();
      const grids = worker ? await workerGrids(tx, worker.id) : [];
      if (
        !worker?.active ||
        !mayIssueTo(territoryOf(actor), { roles: worker.roles, gridPaths: grids.map((g) => g.region_path) })
      )
        throw invalid([{ path: 'workerId', key: 'worker_not_in_territory' }]);
      const ours = grids.filter((g) => g.region_path.startsWith(actor.scopePath));
      const grid = body.gridCode ? ours.find((g) => g.code === body.gridCode) : ours[0];
      if (!grid) throw invalid([{ path: 'gridCode', key: 'worker_not_in_territory' }]);
      await checkTarget(tx, actor, body);
      const row = await tx
        .insertInto('field_task')
        .values({
          kind: body.kind,
          title: body.title,
          detail: body.detail ?? null,
          missing: body.missing ?? null,
          assigned_to: worker.id,
          assigned_by: actor.userId,
          issuer_unit_id: actor.unitId,
          due_at: new Date(body.dueAt),
          case_id: body.caseId ?? null,
          report_instance_id: body.reportInstanceId ?? null,
          person_id: body.personId ?? null,
          organisation_id: body.organisationId ?? null,
          address_id: body.addressId ?? null,
          grid_code: grid.code,
          community_code: grid.community_code,
          street_code: grid.street_code,
        })
        .returning(['id', 'due_at'])
        .executeTakeFirstOrThrow();
      await writeAudit(tx, actor, {
        action: 'create',
        entity: 'field_task',
        entityId: row.id,
        after: { kind: body.kind, workerId: worker.id, gridCode: grid.code, dueAt: body.dueAt },
      });
      await notify(tx, [
        {
          userId: worker.id,
          kind: 'field_task',
          params: { taskTitle: body.title, unit: actor.unitName, due: row.due_at.toISOString() },
        },
      ]);
      return { status: 201, body: { id: row.id } };
    },
    requestHash(body),
  );
  return { replayed: out.replayed, task: await getTask(ctx, actor, out.body.id) };
}

/** The target must exist and lie in the issuer's territory (a person: one the issuer may see). */
async function checkTarget(tx: Tx, actor: Actor, b: NewFieldTask) {
  const outside = (path: string) => invalid([{ path, key: 'target_not_in_territory' }]);
  if (b.caseId) {
    const c = await tx
      .selectFrom('case')
      .select('id')
      .where('id', '=', b.caseId)
      .where('region_path', 'like', scopePrefix(actor))
      .executeTakeFirst();
    if (!c) throw outside('caseId');
  }
  if (b.reportInstanceId) {
    const i = await tx
      .selectFrom('report_instance as i')
      .innerJoin('region as c', 'c.code', 'i.community_code')
      .select('i.id')
      .where('i.id', '=', b.reportInstanceId)
      .where('c.path', 'like', scopePrefix(actor))
      .executeTakeFirst();
    if (!i) throw outside('reportInstanceId');
  }
  if (b.personId || b.organisationId || b.addressId) {
    const scope = await baseScopeOf(tx, actor);
    if (b.personId) {
      const p = await tx
        .selectFrom('person as p')
        .select('p.id')
        .where('p.id', '=', b.personId)
        .where(personVisibleSql(scope, 'p'))
        .executeTakeFirst();
      if (!p) throw outside('personId');
    }
    if (b.organisationId) {
      const o = await tx
        .selectFrom('organisation as o')
        .select('o.id')
        .where('o.id', '=', b.organisationId)
        .where(placeInTerritory(scope, 'o'))
        .executeTakeFirst();
      if (!o) throw outside('organisationId');
    }
    if (b.addressId) {
      const a = await tx
        .selectFrom('address_node as a')
        .select(['a.id', 'a.kind'])
        .where('a.id', '=', b.addressId)
        .where(placeInTerritory(scope, 'a'))
        .executeTakeFirst();
      if (!a || (b.kind === 'collect_building' && a.kind !== 'building')) throw outside('addressId');
    }
  }
}

function taskQuery(db: DbOrTx) {
  return db
    .selectFrom('field_task as t')
    .innerJoin('app_user as w', 'w.id', 't.assigned_to')
    .innerJoin('app_user as i', 'i.id', 't.assigned_by')
    .leftJoin('unit as iu', 'iu.id', 't.issuer_unit_id')
    .leftJoin('grid as g', 'g.code', 't.grid_code')
    .leftJoin('case as c', 'c.id', 't.case_id')
    .leftJoin('organisation as o', 'o.id', 't.organisation_id')
    .leftJoin('address_node as a', 'a.id', 't.address_id')
    .selectAll('t')
    .select([
      'w.name as worker_name',
      'i.name as issuer_name',
      'iu.name as issuer_unit',
      'g.name as grid_name',
      'g.region_path',
      'c.title as case_title',
      'o.name as org_name',
      'a.full_name as address_name',
    ]);
}
type TaskRow = Awaited<ReturnType<ReturnType<typeof taskQuery>['executeTakeFirstOrThrow']>>;

/** Whether the reader reaches the task: the worker their own, readers of a territory the tasks of its grids. */
function readable(actor: Actor, t: { assigned_to: string; region_path: string | null }): boolean {
  const reading = taskReading(actor);
  if (reading === 'own') return t.assigned_to === actor.userId;
  if (reading === 'territory') return (t.region_path ?? '').startsWith(actor.scopePath);
  return false;
}

async function present(ctx: Ctx, actor: Actor, rows: TaskRow[], now = new Date()) {
  const personIds = [...new Set(rows.map((r) => r.person_id).filter((x): x is string => !!x))];
  const persons = new Map((await personsBrief(ctx, actor, personIds)).map((p) => [p.id, p.name]));
  return rows.map((t) => {
    const status = t.status;
    const party = t.assigned_to === actor.userId ? 'worker' : issuesTasks(actor) ? ('issuer' as const) : null;
    return {
      id: t.id,
      kind: t.kind,
      title: t.title,
      detail: t.detail,
      missing: t.missing,
      status,
      overdue: taskOverdue({ status, dueAt: t.due_at }, now),
      doneLate: taskDoneLate({ status, dueAt: t.due_at, doneAt: t.done_at }),
      dueAt: t.due_at.toISOString(),
      worker: { id: t.assigned_to, name: t.worker_name },
      issuer: { id: t.assigned_by, name: t.issuer_name },
      issuerUnit: t.issuer_unit,
      grid: t.grid_code ? { code: t.grid_code, name: t.grid_name ?? t.grid_code } : null,
      target: {
        caseId: t.case_id,
        reportInstanceId: t.report_instance_id,
        personId: t.person_id,
        organisationId: t.organisation_id,
        addressId: t.address_id,
        label:
          t.case_title ??
          t.org_name ??
          t.address_name ??
          (t.person_id ? (persons.get(t.person_id) ?? null) : null),
      },
      acceptedAt: t.accepted_at?.toISOString() ?? null,
      doneAt: t.done_at?.toISOString() ?? null,
      evidence: t.evidence,
      uploadIds: t.upload_ids,
      cancelReason: t.cancel_reason,
      cancelledAt: t.cancelled_at?.toISOString() ?? null,
      createdAt: t.created_at.toISOString(),
      actions: party ? taskActions(status, party) : [],
    };
  });
}

/** Roles that read no task at all are refused outright (403); a task out of reach is not found (404). */
function requireReader(actor: Actor) {
  if (taskReading(actor) === 'none') throw forbidden();
}

export async function getTask(ctx: Ctx, actor: Actor, id: string) {
  requireReader(actor);
  const t = await taskQuery(ctx.db).where('t.id', '=', id).executeTakeFirst();
  if (!t || !readable(actor, t)) throw notFound('field_task');
  return (await present(ctx, actor, [t]))[0]!;
}

/** A worker's own tasks; an issuer's or supervisor's, the tasks of the grids of their territory, filtered. */
export async function listTasks(ctx: Ctx, actor: Actor, f: FieldTaskQuery) {
  const reading = taskReading(actor);
  if (reading === 'none') throw forbidden();
  let q = taskQuery(ctx.db);
  q =
    reading === 'own'
      ? q.where('t.assigned_to', '=', actor.userId)
      : q.where('g.region_path', 'like', scopePrefix(actor));
  if (f.status) q = q.where('t.status', '=', f.status);
  if (f.workerId) q = q.where('t.assigned_to', '=', f.workerId);
  if (f.gridCode) q = q.where('t.grid_code', '=', f.gridCode);
  if (f.kind) q = q.where('t.kind', '=', f.kind);
  const overdueSql = sql<boolean>`(t.status IN ('assigned', 'accepted') AND t.due_at < now())`;
  const counted = await q
    .clearSelect()
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`count(*) FILTER (WHERE ${overdueSql})::int`.as('overdue'),
    ])
    .executeTakeFirstOrThrow();
  if (f.overdue !== undefined) q = q.where(f.overdue ? overdueSql : sql<boolean>`NOT ${overdueSql}`);
  const total =
    f.overdue === undefined ? counted.total : f.overdue ? counted.overdue : counted.total - counted.overdue;
  const rows = await q
    .orderBy(sql`t.status IN ('assigned', 'accepted')`, 'desc')
    .orderBy('t.due_at', 'asc')
    .orderBy('t.id')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return {
    items: await present(ctx, actor, rows),
    total,
    overdue: counted.overdue,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** The task row locked for a move, as its party sees it (not readable: 404; the wrong party: 403). */
async function lockFor(tx: Tx, actor: Actor, id: string, action: FieldTaskAction) {
  requireReader(actor);
  const t = await tx
    .selectFrom('field_task as t')
    .leftJoin('grid as g', 'g.code', 't.grid_code')
    .selectAll('t')
    .select('g.region_path')
    .where('t.id', '=', id)
    .forUpdate('t')
    .executeTakeFirst();
  if (!t || !readable(actor, t)) throw notFound('field_task');
  const worker = action !== 'cancel';
  if (worker ? t.assigned_to !== actor.userId : !issuesTasks(actor)) throw forbidden();
  const next = taskMove(t.status, action);
  if (!next) throw conflict('task_status', { status: t.status });
  return { t, next };
}

export async function acceptTask(ctx: Ctx, actor: Actor, id: string) {
  await ctx.db.transaction().execute(async (tx) => {
    const { next } = await lockFor(tx, actor, id, 'accept');
    await tx
      .updateTable('field_task')
      .set({ status: next, accepted_at: sql`now()`, updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'field_task',
      entityId: id,
      after: { status: next },
    });
  });
  return getTask(ctx, actor, id);
}

export async function cancelTask(ctx: Ctx, actor: Actor, id: string, reason: string) {
  await ctx.db.transaction().execute(async (tx) => {
    const { t, next } = await lockFor(tx, actor, id, 'cancel');
    await tx
      .updateTable('field_task')
      .set({
        status: next,
        cancel_reason: reason,
        cancelled_at: sql`now()`,
        cancelled_by: actor.userId,
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'field_task',
      entityId: id,
      before: { status: t.status },
      after: { status: next, reason },
    });
    await notify(tx, [
      { userId: t.assigned_to, kind: 'field_task_cancelled', params: { taskTitle: t.title, note: reason } },
    ]);
  });
  return getTask(ctx, actor, id);
}

/**
 * The work done, from the phone, exactly once (fieldwork's `receive`, kind 'task'): the same instance again adds
 * nothing; an edit (a new instance replacing it, with a reason) replaces the evidence as the next version.
 */
export async function doneTask(ctx: Ctx, actor: Actor, id: string, body: FieldTaskDone) {
  const { instanceId, replaces, reason, deviceAt, ...rest } = body;
  const content = { taskId: id, ...rest };
  const result = await ctx.db.transaction().execute(async (tx) =>
    receive(tx, actor, { instanceId, replaces, reason, deviceAt }, 'task', content, async (recordId) => {
      if (recordId && recordId !== id) throw notFound('submission');
      await checkUploads(tx, actor, rest.uploadIds);
      if (recordId) {
        // an edit of the evidence of a task already done by this worker
        const t = await tx
          .selectFrom('field_task')
          .select(['assigned_to', 'status'])
          .where('id', '=', id)
          .forUpdate()
          .executeTakeFirst();
        if (!t || t.assigned_to !== actor.userId) throw notFound('field_task');
        if (t.status !== 'done') throw conflict('task_status', { status: t.status });
      } else await lockFor(tx, actor, id, 'done');
      const place = await tx
        .updateTable('field_task')
        .set({
          status: 'done',
          evidence: rest.evidence,
          upload_ids: rest.uploadIds,
          ...(recordId ? {} : { done_at: sql`now()`, accepted_at: sql`coalesce(accepted_at, now())` }),
          updated_at: sql`now()`,
        })
        .where('id', '=', id)
        .returning(['street_code', 'community_code', 'grid_code'])
        .executeTakeFirstOrThrow();
      await writeAudit(tx, actor, {
        action: 'update',
        entity: 'field_task',
        entityId: id,
        after: { status: 'done', uploads: rest.uploadIds.length, instanceId },
      });
      return {
        recordId: id,
        districtCode: districtOf(place.street_code, place.community_code, place.grid_code),
      };
    }),
  );
  return { outcome: result.outcome, instanceId, task: await getTask(ctx, actor, id) };
}

/** Photos of the evidence: uploads the worker made. */
async function checkUploads(tx: Tx, actor: Actor, ids: readonly string[]) {
  if (ids.length === 0) return;
  const own = await tx
    .selectFrom('upload')
    .select('id')
    .where('id', 'in', [...ids])
    .where('created_by', '=', actor.userId)
    .execute();
  if (own.length !== new Set(ids).size) throw invalid([{ path: 'uploadIds', key: 'invalid' }]);
}
