import { admissionWorkload } from '@onegrid/domain';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { inTransaction } from '../../lib/idempotency.ts';
import { notify } from '../notifications/public.ts';
import { districtOf, officeUnitOf, standingOf } from './admission.access.ts';
import { requireAdmission } from './admission.gate.ts';
import type { OffgateBody, TaskBody } from './admission.io.ts';
import { beijingDay, districtItems, factsOf } from './admission.repository.ts';
import { requireDistrict } from './admission.service.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

// ─── community tasks: department → community, through the gate ───────────────────────────────────────────

function taskQuery(db: DbOrTx) {
  return db
    .selectFrom('community_task as t')
    .innerJoin('admission_item as i', 'i.id', 't.item_id')
    .innerJoin('unit as u', 'u.id', 't.unit_id')
    .innerJoin('region as r', 'r.code', 't.community_code')
    .select([
      't.id',
      't.item_id',
      'i.title as item_title',
      'u.name as unit_name',
      't.community_code',
      'r.name as community_name',
      'r.path as community_path',
      't.title',
      't.content',
      't.due_on',
      't.status',
      't.done_note',
      't.created_at',
      't.unit_id',
    ]);
}
type TaskRow = Awaited<ReturnType<ReturnType<typeof taskQuery>['executeTakeFirstOrThrow']>>;
function taskOut(t: TaskRow) {
  return {
    id: t.id,
    itemId: t.item_id,
    itemTitle: t.item_title,
    unitName: t.unit_name,
    communityCode: t.community_code,
    communityName: t.community_name,
    title: t.title,
    content: t.content,
    dueOn: t.due_on,
    status: t.status,
    doneNote: t.done_note,
    createdAt: iso(t.created_at),
  };
}

/**
 * Sends a task to communities: only with an admitted item that passes the gate (in force, of the sender, of the
 * kind, covering every community; never a negative-list item). One task per community, each community notified.
 */
export async function sendTask(db: DbOrTx, actor: Actor, body: z.infer<typeof TaskBody>, now = new Date()) {
  const s = await standingOf(db, actor);
  if (!s.applicant) throw forbidden();
  const district = requireDistrict(actor);
  const codes = [...new Set(body.communityCodes)];
  const known = await db
    .selectFrom('region')
    .select('code')
    .where('code', 'in', codes)
    .where('level', '=', 'community')
    .where('path', 'like', `${actor.scopePath}%`)
    .execute();
  const ok = new Set(known.map((r) => r.code));
  const unknown = codes.findIndex((c) => !ok.has(c));
  if (unknown >= 0)
    throw invalid([{ path: `body.communityCodes.${unknown}`, key: 'admission_not_in_district' }]);
  const item = await requireAdmission(db, actor, {
    itemId: body.itemId,
    kind: body.kind,
    communityCodes: codes,
    now,
  });
  if (item.district_code !== district) throw notFound('admission_item');
  const ids = await inTransaction(db, async (tx) => {
    const rows = await tx
      .insertInto('community_task')
      .values(
        codes.map((c) => ({
          item_id: item.id,
          unit_id: actor.unitId,
          community_code: c,
          title: body.title,
          content: body.content,
          due_on: body.dueOn,
          sent_by: actor.userId,
        })),
      )
      .returning(['id', 'community_code'])
      .execute();
    const units = await tx
      .selectFrom('unit')
      .select(['id', 'jurisdiction_code'])
      .where('kind', '=', 'community')
      .where('jurisdiction_code', 'in', codes)
      .execute();
    await notify(
      tx,
      units.map((u) => ({
        unitId: u.id,
        kind: 'community_task' as const,
        params: { taskTitle: body.title, unit: actor.unitName, item: item.title },
      })),
    );
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'community_task',
      entityId: rows[0]?.id ?? null,
      after: { item: item.id, title: body.title, communities: codes.length },
    });
    return rows.map((r) => r.id);
  });
  const rows = await taskQuery(db).where('t.id', 'in', ids).orderBy('t.community_code').execute();
  return { items: rows.map(taskOut), itemId: item.id };
}

/** The community its own tasks; the sender its unit's; the office and the district all of the district's. */
export async function listTasks(db: DbOrTx, actor: Actor) {
  const s = await standingOf(db, actor);
  if (!s.reader) throw forbidden();
  let q = taskQuery(db);
  const path = s.communitiesPath;
  if (path !== null && s.applicant)
    q = q.where((eb) => eb.or([eb('t.unit_id', '=', actor.unitId), eb('r.path', 'like', `${path}%`)]));
  else if (path !== null) q = q.where('r.path', 'like', `${path}%`);
  else if (s.applicant) q = q.where('t.unit_id', '=', actor.unitId);
  else throw forbidden();
  const rows = await q.orderBy('t.created_at', 'desc').limit(500).execute();
  return { items: rows.map(taskOut) };
}

export async function finishTask(db: DbOrTx, actor: Actor, id: string, note: string) {
  const s = await standingOf(db, actor);
  const t = await taskQuery(db).where('t.id', '=', id).executeTakeFirst();
  if (!t || !s.reader) throw notFound('community_task');
  if (!(s.community && t.community_code === actor.scopeCode)) {
    if (s.communitiesPath !== null && t.community_path.startsWith(s.communitiesPath)) throw forbidden();
    if (t.unit_id === actor.unitId) throw forbidden();
    throw notFound('community_task');
  }
  await inTransaction(db, async (tx) => {
    const row = await tx
      .selectFrom('community_task')
      .select('status')
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (row.status === 'done') throw conflict('community_task_done');
    await tx
      .updateTable('community_task')
      .set({ status: 'done', done_note: note || null, done_at: new Date() })
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'community_task',
      entityId: id,
      after: { status: 'done' },
    });
  });
  return taskOut(await taskQuery(db).where('t.id', '=', id).executeTakeFirstOrThrow());
}

// ─── off-gate reports (清单外事项反映) ─────────────────────────────────────────────────────────────────────

function offgateQuery(db: DbOrTx) {
  return db
    .selectFrom('admission_offgate as o')
    .innerJoin('region as r', 'r.code', 'o.community_code')
    .leftJoin('unit as u', 'u.id', 'o.unit_id')
    .select([
      'o.id',
      'o.community_code',
      'r.name as community_name',
      'r.path as community_path',
      'o.requester',
      'u.name as unit_name',
      'o.content',
      'o.requested_on',
      'o.evidence',
      'o.status',
      'o.handling_note',
      'o.created_at',
      'o.district_code',
    ]);
}
type OffgateRow = Awaited<ReturnType<ReturnType<typeof offgateQuery>['executeTakeFirstOrThrow']>>;
function offgateOut(o: OffgateRow) {
  return {
    id: o.id,
    communityCode: o.community_code,
    communityName: o.community_name,
    requester: o.requester,
    unitName: o.unit_name,
    content: o.content,
    requestedOn: o.requested_on,
    evidence: o.evidence,
    status: o.status,
    handlingNote: o.handling_note,
    createdAt: iso(o.created_at),
  };
}

/** A community reports a request that came outside the gate: to the district's civil-affairs office, counted. */
export async function reportOffgate(db: DbOrTx, actor: Actor, body: z.infer<typeof OffgateBody>) {
  const s = await standingOf(db, actor);
  if (!s.community) throw forbidden();
  const district = requireDistrict(actor);
  const office = await officeUnitOf(db, district);
  const id = await inTransaction(db, async (tx) => {
    const row = await tx
      .insertInto('admission_offgate')
      .values({
        district_code: district,
        community_code: actor.scopeCode,
        requester: body.requester,
        unit_id: body.unitId,
        content: body.content,
        requested_on: body.requestedOn,
        evidence: body.evidence,
        reported_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (office)
      await notify(tx, [
        {
          unitId: office,
          kind: 'admission_offgate',
          params: {
            community: actor.scopeName,
            requester: body.requester,
            content: body.content.slice(0, 80),
          },
        },
      ]);
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'admission_offgate',
      entityId: row.id,
      after: body,
    });
    return row.id;
  });
  return offgateOut(await offgateQuery(db).where('o.id', '=', id).executeTakeFirstOrThrow());
}

export async function listOffgate(db: DbOrTx, actor: Actor) {
  const s = await standingOf(db, actor);
  if (s.communitiesPath === null) throw forbidden();
  const rows = await offgateQuery(db)
    .where('r.path', 'like', `${s.communitiesPath}%`)
    .orderBy('o.created_at', 'desc')
    .limit(500)
    .execute();
  const byCommunity = new Map<string, { code: string; name: string; count: number; open: number }>();
  const byUnit = new Map<string, number>();
  for (const r of rows) {
    const c = byCommunity.get(r.community_code) ?? {
      code: r.community_code,
      name: r.community_name,
      count: 0,
      open: 0,
    };
    c.count += 1;
    if (r.status === 'open') c.open += 1;
    byCommunity.set(r.community_code, c);
    const u = r.unit_name ?? r.requester;
    byUnit.set(u, (byUnit.get(u) ?? 0) + 1);
  }
  return {
    items: rows.map(offgateOut),
    byCommunity: [...byCommunity.values()].sort((a, b) => b.count - a.count),
    byUnit: [...byUnit.entries()].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count),
    can: { report: s.community, handle: s.office },
  };
}

/** The office answers a report (talked to the department, the request withdrawn or admitted after all). */
export async function handleOffgate(db: DbOrTx, actor: Actor, id: string, note: string) {
  const s = await standingOf(db, actor);
  const o = await offgateQuery(db).where('o.id', '=', id).executeTakeFirst();
  if (!o || s.communitiesPath === null || !o.community_path.startsWith(s.communitiesPath))
    throw notFound('admission_offgate');
  if (!s.office) throw forbidden();
  await inTransaction(db, async (tx) => {
    const row = await tx
      .selectFrom('admission_offgate')
      .select('status')
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (row.status === 'handled') throw conflict('offgate_handled');
    await tx
      .updateTable('admission_offgate')
      .set({ status: 'handled', handling_note: note, handled_by: actor.userId, handled_at: new Date() })
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'admission_offgate',
      entityId: id,
      after: { note },
    });
  });
  return offgateOut(await offgateQuery(db).where('o.id', '=', id).executeTakeFirstOrThrow());
}

// ─── workload and money (费随事转) ──────────────────────────────────────────────────────────────────────────

async function countsByCommunity(db: DbOrTx, path: string) {
  const rows = await db
    .selectFrom('region as r')
    .select(['r.code', 'r.name'])
    .select(() => [
      sql<string>`(SELECT count(*) FROM community_task t WHERE t.community_code = r.code AND t.status = 'sent')`.as(
        'tasks',
      ),
      sql<string>`(SELECT count(*) FROM admission_offgate o WHERE o.community_code = r.code)`.as('offgate'),
    ])
    .where('r.level', '=', 'community')
    .where('r.path', 'like', `${path}%`)
    .orderBy('r.sort')
    .orderBy('r.code')
    .execute();
  return rows;
}

/** A community's admitted items, hours and money: its own staff, its street, the district. */
export async function communityWorkload(
  db: DbOrTx,
  actor: Actor,
  communityCode: string | undefined,
  now = new Date(),
) {
  const s = await standingOf(db, actor);
  const code = communityCode ?? (s.community ? actor.scopeCode : undefined);
  if (!code) throw invalid([{ path: 'query.communityCode', key: 'required' }]);
  if (s.communitiesPath === null) throw forbidden();
  const region = await db
    .selectFrom('region')
    .select(['code', 'name', 'path'])
    .where('code', '=', code)
    .where('level', '=', 'community')
    .executeTakeFirst();
  if (!region || !region.path.startsWith(s.communitiesPath)) throw notFound('region');
  const district = districtOf(actor) ?? `${code.slice(0, 6)}000000`;
  const items = (await districtItems(db, district)).map(factsOf);
  const w = admissionWorkload(items, code, beijingDay(now));
  const [counts] = await countsByCommunity(db, region.path);
  return {
    ...w,
    communityName: region.name,
    tasksOpen: Number(counts?.tasks ?? 0),
    offgateReports: Number(counts?.offgate ?? 0),
  };
}

/** Every community of the caller's territory (the district for the district, a street's for its office). */
export async function districtWorkload(db: DbOrTx, actor: Actor, now = new Date()) {
  const s = await standingOf(db, actor);
  if (s.communitiesPath === null || s.community) throw forbidden();
  const district = requireDistrict(actor);
  const items = (await districtItems(db, district)).map(factsOf);
  const day = beijingDay(now);
  const communities = (await countsByCommunity(db, s.communitiesPath)).map((c) => {
    const { items: _lines, ...w } = admissionWorkload(items, c.code, day);
    return { ...w, communityName: c.name, tasksOpen: Number(c.tasks), offgateReports: Number(c.offgate) };
  });
  const sum = (f: (c: (typeof communities)[number]) => number) =>
    Math.round(communities.reduce((a, c) => a + f(c), 0) * 100) / 100;
  return {
    districtCode: district,
    communities,
    totals: {
      hoursPerMonth: sum((c) => c.hoursPerMonth),
      fundingPerYear: sum((c) => c.fundingPerYear),
      communities: communities.length,
    },
  };
}
