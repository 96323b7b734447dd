import { districtOf, isStaff, weeklyEffect } from '@onegrid/domain';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { jurisdictionPathOf } from '../../lib/scope.ts';
import { notify } from '../notifications/public.ts';
import { categoryGroups, isDistrictManager, topicCaseTimes, UNCLASSIFIED } from './hotspots.service.ts';
import type { TaskBody } from './hotspots.io.ts';

/**
 * 主动治理 / 未诉先办 (issue 12): the district turns a monthly topic or a hot cluster into a task for an owner unit
 * and co-units, with a deadline and a plan; the units write progress notes; the district (or the owner unit)
 * closes it. Its effect: cases on the topic per week, 8 weeks before opening against 8 weeks after.
 */

const WEEKS = 8;
const WEEK_MS = 7 * 86_400_000;

type TaskRow = {
  id: string;
  title: string;
  category_group: string;
  place_kind: string;
  place_key: string;
  place_label: string;
  month: string | null;
  cluster_description: string | null;
  owner_unit_id: string;
  co_unit_ids: string[];
  deadline: string;
  plan: string;
  status: 'open' | 'closed';
  region_path: string;
  created_at: Date;
  closed_at: Date | null;
  close_note: string | null;
};

function manages(actor: Actor, t: Pick<TaskRow, 'region_path'>): boolean {
  const path = jurisdictionPathOf(actor);
  return isDistrictManager(actor) && path !== null && t.region_path.startsWith(path);
}

function involved(actor: Actor, t: Pick<TaskRow, 'owner_unit_id' | 'co_unit_ids'>): boolean {
  return t.owner_unit_id === actor.unitId || t.co_unit_ids.includes(actor.unitId);
}

/** Who sees a task: the district's managers and readers over its region, and its units' staff. */
function sees(actor: Actor, t: TaskRow): boolean {
  if (!isStaff(actor)) return false;
  const path = jurisdictionPathOf(actor);
  const reader =
    path !== null && t.region_path.startsWith(path) && hasRole(actor, 'supervisor', 'admin', 'street_lead');
  return reader || involved(actor, t);
}

async function unitNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('unit').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function present(db: Db, rows: TaskRow[]) {
  const names = await unitNames(db, [...new Set(rows.flatMap((r) => [r.owner_unit_id, ...r.co_unit_ids]))]);
  const { info } = await categoryGroups(db);
  return rows.map((t) => ({
    id: t.id,
    title: t.title,
    group:
      t.category_group === UNCLASSIFIED
        ? { code: UNCLASSIFIED, nameZh: '未分类', nameEn: 'Unclassified' }
        : info(t.category_group),
    place: { kind: t.place_kind, key: t.place_key, label: t.place_label },
    month: t.month,
    clusterDescription: t.cluster_description,
    owner: { id: t.owner_unit_id, name: names.get(t.owner_unit_id) ?? '' },
    coUnits: t.co_unit_ids.map((id) => ({ id, name: names.get(id) ?? '' })),
    deadline: t.deadline,
    plan: t.plan,
    status: t.status,
    createdAt: t.created_at.toISOString(),
    closedAt: t.closed_at?.toISOString() ?? null,
    closeNote: t.close_note,
  }));
}

const COLUMNS = [
  'id',
  'title',
  'category_group',
  'place_kind',
  'place_key',
  'place_label',
  'month',
  'cluster_description',
  'owner_unit_id',
  'co_unit_ids',
  'deadline',
  'plan',
  'status',
  'region_path',
  'created_at',
  'closed_at',
  'close_note',
] as const;

async function load(db: Db, actor: Actor, id: string): Promise<TaskRow> {
  const t = await db.selectFrom('proactive_task').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!t || !sees(actor, t)) throw notFound('proactive_task');
  return t;
}

export async function createTask(ctx: AppContext, actor: Actor, body: z.infer<typeof TaskBody>) {
  if (!isDistrictManager(actor)) throw forbidden();
  const unitIds = [body.ownerUnitId, ...body.coUnitIds.filter((u) => u !== body.ownerUnitId)];
  const units = await ctx.db
    .selectFrom('unit')
    .select(['id', 'name'])
    .where('id', 'in', unitIds)
    .where('active', '=', true)
    .execute();
  if (units.length !== new Set(unitIds).size)
    throw invalid([{ path: 'ownerUnitId', key: 'not_found', params: { entity: 'unit' } }]);
  let clusterDescription: string | null = null;
  if (body.clusterId) {
    const c = await ctx.db
      .selectFrom('hot_cluster')
      .select('description')
      .where('id', '=', body.clusterId)
      .executeTakeFirst();
    clusterDescription = c?.description ?? null;
  }
  const path = jurisdictionPathOf(actor)!;
  const coUnitIds = unitIds.slice(1);
  return ctx.db.transaction().execute(async (tx) => {
    const t = await tx
      .insertInto('proactive_task')
      .values({
        title: body.title,
        category_group: body.group,
        place_kind: body.place.kind,
        place_key: body.place.key,
        place_label: body.place.label,
        month: body.month ?? null,
        cluster_description: clusterDescription,
        owner_unit_id: body.ownerUnitId,
        co_unit_ids: coUnitIds,
        deadline: body.deadline,
        plan: body.plan,
        region_path: path,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await notify(
      tx,
      unitIds.map((unitId) => ({
        unitId,
        kind: 'proactive_task' as const,
        params: { taskTitle: body.title, unit: actor.unitName, due: body.deadline },
      })),
    );
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'proactive_task',
      entityId: t.id,
      after: {
        title: body.title,
        topic: `${body.group}|${body.place.key}`,
        owner: body.ownerUnitId,
        coUnitIds,
      },
    });
    return t.id;
  });
}

export async function listTasks(db: Db, actor: Actor, q: { status?: 'open' | 'closed' }) {
  // a resident's account belongs to its community committee: the committee's tasks are the staff's business
  if (!isStaff(actor)) throw forbidden();
  const path = jurisdictionPathOf(actor);
  let query = db.selectFrom('proactive_task').select(COLUMNS).orderBy('created_at', 'desc').limit(200);
  if (q.status) query = query.where('status', '=', q.status);
  query = query.where((eb) =>
    eb.or([
      eb('owner_unit_id', '=', actor.unitId),
      eb(eb.val(actor.unitId), '=', eb.fn.any('co_unit_ids')),
      ...(path !== null && hasRole(actor, 'supervisor', 'admin', 'street_lead')
        ? [eb('region_path', 'like', `${path}%`)]
        : []),
    ]),
  );
  const rows = await query.execute();
  return { items: await present(db, rows), canCreate: isDistrictManager(actor) };
}

export async function taskDetail(ctx: AppContext, actor: Actor, id: string, now = new Date()) {
  const t = await load(ctx.db, actor, id);
  const [item] = await present(ctx.db, [t]);
  const notes = await ctx.db
    .selectFrom('proactive_task_note as n')
    .innerJoin('app_user as u', 'u.id', 'n.author_id')
    .select(['n.id', 'u.name', 'n.body', 'n.created_at'])
    .where('n.task_id', '=', id)
    .orderBy('n.created_at')
    .orderBy('n.id')
    .execute();
  const opened = t.created_at.getTime();
  const times = await topicCaseTimes(
    ctx,
    { group: t.category_group, placeKey: t.place_key, path: t.region_path },
    new Date(opened - WEEKS * WEEK_MS),
    new Date(Math.min(now.getTime(), opened + WEEKS * WEEK_MS)),
  );
  return {
    ...item!,
    notes: notes.map((n) => ({
      id: String(n.id),
      author: n.name,
      body: n.body,
      createdAt: n.created_at.toISOString(),
    })),
    effect: weeklyEffect(times, opened, now.getTime(), WEEKS),
    canManage: manages(actor, t) || (t.owner_unit_id === actor.unitId && t.status === 'open'),
    canNote: t.status === 'open' && (manages(actor, t) || involved(actor, t)),
  };
}

export async function addNote(ctx: AppContext, actor: Actor, id: string, body: string) {
  const t = await load(ctx.db, actor, id);
  if (!(manages(actor, t) || involved(actor, t))) throw forbidden();
  if (t.status !== 'open') throw conflict('proactive_task_closed');
  await ctx.db
    .insertInto('proactive_task_note')
    .values({ task_id: id, district_code: districtOf(t.region_path), author_id: actor.userId, body })
    .execute();
}

/** Closed by the district's managers or the owner unit, with a note saying what was done. */
export async function closeTask(ctx: AppContext, actor: Actor, id: string, note: string) {
  const t = await load(ctx.db, actor, id);
  if (!(manages(actor, t) || t.owner_unit_id === actor.unitId)) throw forbidden();
  if (t.status !== 'open') throw conflict('proactive_task_closed');
  await ctx.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('proactive_task')
      .set({ status: 'closed', closed_at: new Date(), closed_by: actor.userId, close_note: note })
      .where('id', '=', id)
      .execute();
    await notify(
      tx,
      [t.owner_unit_id, ...t.co_unit_ids].map((unitId) => ({
        unitId,
        kind: 'proactive_task_closed' as const,
        params: { taskTitle: t.title, note },
      })),
    );
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'proactive_task',
      entityId: id,
      after: { status: 'closed' },
    });
  });
}
