import crypto from 'node:crypto';
import {
  districtOf,
  applicationAfter,
  bundleMaterials,
  canEditCatalogue,
  canHandleStages,
  canReceiveApplications,
  checkIntake,
  decidedLate,
  defaultChannel,
  handOutBlock,
  mergeOutcome,
  obligationState,
  planStages,
  promiseDue,
  serviceNotice,
  shanghaiDayOf,
  stageAfter,
  stageDone,
  stageLight,
  stageOverdue,
  trackingCode,
  type ApplicationStatus,
  type BundleMaterial,
  type Light,
  type MaterialCheck,
  type ServiceGuide,
} from '@onegrid/domain';
import { sql, type RawBuilder } from 'kysely';
import type { DbOrTx, Tx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { idempotent, requestHash } from '../../lib/idempotency.ts';
import { maskPhone } from '../../lib/pii.ts';
import { caseScope } from '../../lib/scope.ts';
import { personsBrief } from '../basedata/public.ts';
import { notify, type NewNotification } from '../notifications/public.ts';
import type {
  ApplicationCreate,
  ApplicationListQuery,
  BundleBody,
  ItemBody,
  StageActionBody,
  StageListQuery,
} from './services.io.ts';

// ---------------------------------------------------------------- who

/** The catalogue is read by every staff user but the security and audit administrators (三权分立). */
function requireReader(actor: Actor): void {
  if (!actor.roles.some((r) => r !== 'resident' && r !== 'security_admin' && r !== 'audit_admin'))
    throw forbidden();
}

/**
 * Which applications a caller sees: a territorial unit (street centre, community, the district) those received by
 * windows in its jurisdiction, and — like every department — those with a stage of its own unit.
 */
export function appScope(actor: Actor): { path: string | null; unitId: string } {
  const s = caseScope(actor);
  if (s.kind === 'jurisdiction') return { path: s.path, unitId: s.unitId };
  if (s.kind === 'assigned') return { path: null, unitId: s.unitId };
  throw forbidden();
}

export function visibleSql(scope: { path: string | null; unitId: string }, alias = 'a'): RawBuilder<boolean> {
  const id = sql.ref(`${alias}.id`);
  const mine = sql<boolean>`EXISTS (SELECT 1 FROM service_stage vs WHERE vs.application_id = ${id} AND vs.unit_id = ${scope.unitId})`;
  if (scope.path === null) return mine;
  return sql<boolean>`(${sql.ref(`${alias}.window_path`)} LIKE ${`${scope.path}%`} OR ${mine})`;
}

/** A window acts on an application received in its jurisdiction. */
export function requireWindowOf(actor: Actor, a: { window_path: string }): void {
  if (!canReceiveApplications(actor) || !a.window_path.startsWith(actor.scopePath)) throw forbidden();
}

// ---------------------------------------------------------------- catalogue

interface ItemRow {
  id: string;
  code: string;
  name: string;
  name_en: string;
  guide: unknown;
  promised_days: number;
  active: boolean;
  demo: boolean;
}

async function departmentsOf(db: DbOrTx, itemIds: string[]) {
  if (itemIds.length === 0) return new Map<string, { unitId: string; unitName: string; days: number }[]>();
  const rows = await db
    .selectFrom('service_item_department as d')
    .innerJoin('unit as u', 'u.id', 'd.unit_id')
    .select(['d.item_id', 'd.unit_id', 'u.name', 'd.days'])
    .where('d.item_id', 'in', itemIds)
    .orderBy('d.sort')
    .execute();
  const out = new Map<string, { unitId: string; unitName: string; days: number }[]>();
  for (const r of rows) {
    const list = out.get(r.item_id) ?? [];
    list.push({ unitId: r.unit_id, unitName: r.name, days: r.days });
    out.set(r.item_id, list);
  }
  return out;
}

function summaryOf(r: ItemRow, deps: Map<string, { unitId: string; unitName: string; days: number }[]>) {
  const guide = r.guide as ServiceGuide;
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    promisedDays: r.promised_days,
    visits: guide.visits,
    materialsCount: guide.materials.length,
    departments: deps.get(r.id) ?? [],
    active: r.active,
    demo: r.demo,
  };
}

async function itemRows(db: DbOrTx, ids?: string[], activeOnly = false): Promise<ItemRow[]> {
  let q = db.selectFrom('service_item').selectAll().orderBy('code');
  if (ids) {
    if (ids.length === 0) return [];
    q = q.where('id', 'in', ids);
  }
  if (activeOnly) q = q.where('active', '=', true);
  return await q.execute();
}

async function bundlesOut(db: DbOrTx, ids?: string[], activeOnly = false) {
  let q = db.selectFrom('service_bundle').selectAll().orderBy('code');
  if (ids) q = q.where('id', 'in', ids);
  if (activeOnly) q = q.where('active', '=', true);
  const bundles = await q.execute();
  if (bundles.length === 0) return [];
  const links = await db
    .selectFrom('service_bundle_item')
    .select(['bundle_id', 'item_id'])
    .where(
      'bundle_id',
      'in',
      bundles.map((b) => b.id),
    )
    .orderBy('sort')
    .execute();
  const items = await itemRows(db, [...new Set(links.map((l) => l.item_id))]);
  const deps = await departmentsOf(
    db,
    items.map((i) => i.id),
  );
  const byId = new Map(items.map((i) => [i.id, i]));
  return bundles.map((b) => {
    const mine = links.filter((l) => l.bundle_id === b.id).map((l) => byId.get(l.item_id)!);
    return {
      id: b.id,
      code: b.code,
      name: b.name,
      nameEn: b.name_en,
      description: b.description,
      items: mine.map((i) => summaryOf(i, deps)),
      materials: bundleMaterials(mine.map((i) => ({ code: i.code, guide: i.guide as ServiceGuide }))),
      promisedDays: Math.max(...mine.map((i) => i.promised_days)),
      active: b.active,
    };
  });
}

export async function catalogue(ctx: AppContext, actor: Actor) {
  requireReader(actor);
  const items = await itemRows(ctx.db);
  const deps = await departmentsOf(
    ctx.db,
    items.map((i) => i.id),
  );
  return { items: items.map((i) => summaryOf(i, deps)), bundles: await bundlesOut(ctx.db) };
}

export async function itemDetail(ctx: AppContext, actor: Actor | null, id: string) {
  if (actor) requireReader(actor);
  const [r] = await itemRows(ctx.db, [id], actor === null);
  if (!r) throw notFound('service_item');
  const deps = await departmentsOf(ctx.db, [id]);
  return { ...summaryOf(r, deps), guide: r.guide as ServiceGuide, publicPath: `/public/services/${id}` };
}

export async function bundleDetail(ctx: AppContext, actor: Actor, id: string) {
  requireReader(actor);
  const [b] = await bundlesOut(ctx.db, [id]);
  if (!b) throw notFound('service_bundle');
  return b;
}

async function checkUnits(db: DbOrTx, body: ItemBody) {
  const ids = body.departments.map((d) => d.unitId);
  const found = await db.selectFrom('unit').select('id').where('id', 'in', ids).execute();
  const known = new Set(found.map((u) => u.id));
  const bad = ids.findIndex((u) => !known.has(u));
  if (bad >= 0) throw invalid([{ path: `departments.${bad}.unitId`, key: 'not_a_department' }]);
}

async function writeDepartments(tx: Tx, itemId: string, body: ItemBody) {
  await tx.deleteFrom('service_item_department').where('item_id', '=', itemId).execute();
  await tx
    .insertInto('service_item_department')
    .values(body.departments.map((d, i) => ({ item_id: itemId, unit_id: d.unitId, days: d.days, sort: i })))
    .execute();
}

export async function createItem(ctx: AppContext, actor: Actor, body: ItemBody) {
  if (!canEditCatalogue(actor)) throw forbidden();
  await checkUnits(ctx.db, body);
  return ctx.db.transaction().execute(async (tx) => {
    const taken = await tx
      .selectFrom('service_item')
      .select('id')
      .where('code', '=', body.code)
      .executeTakeFirst();
    if (taken) throw conflict('service_code_taken', { code: body.code });
    const { id } = await tx
      .insertInto('service_item')
      .values({
        code: body.code,
        name: body.name,
        name_en: body.nameEn,
        guide: JSON.stringify(body.guide),
        promised_days: body.guide.promisedDays,
        active: body.active,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeDepartments(tx, id, body);
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'service_item',
      entityId: id,
      after: { code: body.code },
    });
    return id;
  });
}

export async function updateItem(ctx: AppContext, actor: Actor, id: string, body: ItemBody) {
  if (!canEditCatalogue(actor)) throw forbidden();
  await checkUnits(ctx.db, body);
  await ctx.db.transaction().execute(async (tx) => {
    const r = await tx
      .selectFrom('service_item')
      .select(['id', 'code'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!r) throw notFound('service_item');
    if (r.code !== body.code) {
      const taken = await tx
        .selectFrom('service_item')
        .select('id')
        .where('code', '=', body.code)
        .executeTakeFirst();
      if (taken) throw conflict('service_code_taken', { code: body.code });
    }
    await tx
      .updateTable('service_item')
      .set({
        code: body.code,
        name: body.name,
        name_en: body.nameEn,
        guide: JSON.stringify(body.guide),
        promised_days: body.guide.promisedDays,
        active: body.active,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await writeDepartments(tx, id, body);
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'service_item',
      entityId: id,
      before: { code: r.code },
      after: { code: body.code, active: body.active },
    });
  });
}

export async function createBundle(ctx: AppContext, actor: Actor, body: BundleBody) {
  if (!canEditCatalogue(actor)) throw forbidden();
  const items = await itemRows(ctx.db, [...new Set(body.itemIds)]);
  if (items.length !== new Set(body.itemIds).size) throw notFound('service_item');
  return ctx.db.transaction().execute(async (tx) => {
    const taken = await tx
      .selectFrom('service_bundle')
      .select('id')
      .where('code', '=', body.code)
      .executeTakeFirst();
    if (taken) throw conflict('service_code_taken', { code: body.code });
    const { id } = await tx
      .insertInto('service_bundle')
      .values({ code: body.code, name: body.name, name_en: body.nameEn, description: body.description })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('service_bundle_item')
      .values([...new Set(body.itemIds)].map((itemId, i) => ({ bundle_id: id, item_id: itemId, sort: i })))
      .execute();
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'service_bundle',
      entityId: id,
      after: { code: body.code },
    });
    return id;
  });
}

/** 一次性告知 by SMS through the notifier: the item's materials, limit and public link; the phone masked in the audit. */
export async function sendGuide(ctx: AppContext, actor: Actor, id: string, phone: string, origin: string) {
  requireReader(actor);
  const [r] = await itemRows(ctx.db, [id], true);
  if (!r) throw notFound('service_item');
  const text = serviceNotice(r.name, r.guide as ServiceGuide, `${origin}/public/services/${id}`);
  await writeAudit(ctx.db, actor, {
    action: 'create',
    entity: 'service_notice',
    entityId: id,
    after: { to: maskPhone(phone) },
  });
  let sent = true;
  try {
    await ctx.notifier.send(
      { kind: 'resident', phone },
      { kind: 'knowledge_notice', params: { text }, caseId: null },
    );
  } catch {
    sent = false;
  }
  return { sent, text, phone: maskPhone(phone) ?? '' };
}

export async function publicCatalogue(ctx: AppContext) {
  const items = await itemRows(ctx.db, undefined, true);
  const bundles = await bundlesOut(ctx.db, undefined, true);
  const deps = new Map<string, { unitId: string; unitName: string; days: number }[]>();
  return {
    items: items.map((i) => {
      const { departments: _d, active: _a, ...rest } = summaryOf(i, deps);
      return rest;
    }),
    bundles: bundles.map((b) => ({
      id: b.id,
      code: b.code,
      name: b.name,
      nameEn: b.nameEn,
      itemCount: b.items.length,
    })),
  };
}

export async function publicItem(ctx: AppContext, id: string) {
  const d = await itemDetail(ctx, null, id);
  return {
    id: d.id,
    code: d.code,
    name: d.name,
    nameEn: d.nameEn,
    guide: d.guide,
    departments: d.departments.map((x) => x.unitName),
    demo: d.demo,
  };
}

// ---------------------------------------------------------------- applications

interface MaterialRecord extends BundleMaterial {
  state: MaterialCheck['state'];
  uploadId: string | null;
}

export async function createApplication(
  ctx: AppContext,
  actor: Actor,
  body: ApplicationCreate,
  key?: string,
) {
  if (!canReceiveApplications(actor)) throw forbidden();
  // the items: one, or those of a bundle (一件事)
  let title: string;
  let bundleId: string | null = null;
  let items: ItemRow[];
  if (body.bundleId) {
    const b = await ctx.db
      .selectFrom('service_bundle')
      .select(['id', 'name'])
      .where('id', '=', body.bundleId)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!b) throw notFound('service_bundle');
    const links = await ctx.db
      .selectFrom('service_bundle_item')
      .select('item_id')
      .where('bundle_id', '=', b.id)
      .orderBy('sort')
      .execute();
    items = await itemRows(
      ctx.db,
      links.map((l) => l.item_id),
    );
    title = b.name;
    bundleId = b.id;
  } else {
    items = await itemRows(ctx.db, [body.itemId!], true);
    if (!items[0]) throw notFound('service_item');
    title = items[0].name;
  }
  const materials = bundleMaterials(items.map((i) => ({ code: i.code, guide: i.guide as ServiceGuide })));
  const check = checkIntake(materials, body.materials);
  if (!check.ok) throw invalid(check.problems.map((p) => ({ path: `materials.${p.code}`, key: p.problem })));
  const uploads = body.materials.filter((m) => m.state === 'uploaded' && m.uploadId).map((m) => m.uploadId!);
  if (uploads.length) {
    const found = await ctx.db.selectFrom('upload').select('id').where('id', 'in', uploads).execute();
    if (found.length !== new Set(uploads).size) throw notFound('upload');
  }
  // the applicant, as the window may see them (masked)
  const [applicant] = await personsBrief(ctx, actor, [body.applicantPersonId]);
  if (!applicant) throw notFound('person');
  const deps = await departmentsOf(
    ctx.db,
    items.map((i) => i.id),
  );
  const checks = new Map(body.materials.map((m) => [m.code, m]));
  const record: MaterialRecord[] = materials.map((m) => ({
    ...m,
    state: checks.get(m.code)?.state ?? 'absent',
    uploadId: checks.get(m.code)?.uploadId ?? null,
  }));

  return idempotent(
    ctx.db,
    `services:apply:${actor.userId}`,
    key,
    async (tx) => {
      const now = new Date();
      const cal = (await ctx.deadlines.current()).calendar;
      const plan = planStages(
        items.map((i) => ({
          code: i.id,
          departments: (deps.get(i.id) ?? []).map((d) => ({ unitId: d.unitId, days: d.days })),
        })),
        now,
        cal,
      );
      const accepted = applicationAfter('received', check.tolerant ? 'accept_tolerant' : 'accept')!;
      const status = applicationAfter(accepted, 'start')!;
      const code = trackingCode(shanghaiDayOf(now), (n) => crypto.randomInt(n));
      // the application's children carry its district (docs/distribution.md): the window's
      const district_code = districtOf(actor.scopePath);
      const { id } = await tx
        .insertInto('service_application')
        .values({
          tracking_code: code,
          bundle_id: bundleId,
          title,
          applicant_person_id: applicant.id,
          applicant_name_masked: applicant.name,
          applicant_id_masked: applicant.idNumber,
          channel: body.channel ?? defaultChannel(actor.unitKind),
          window_unit_id: actor.unitId,
          window_path: actor.scopePath,
          received_by: actor.userId,
          status,
          tolerant: check.tolerant,
          materials: JSON.stringify(record),
          received_at: now,
          due_at: plan.dueAt,
          note: body.note ?? null,
          idempotency_key: key ? `${actor.userId}:${key}` : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('service_application_item')
        .values(items.map((i) => ({ application_id: id, district_code, item_id: i.id })))
        .execute();
      const stages = await tx
        .insertInto('service_stage')
        .values(
          plan.stages.map((s) => ({
            application_id: id,
            district_code,
            item_id: s.itemCode,
            unit_id: s.unitId,
            days: s.days,
            status: 'pending' as const,
            start_at: s.startAt,
            due_at: s.dueAt,
          })),
        )
        .returning(['id', 'unit_id', 'due_at'])
        .execute();
      if (check.owed.length)
        await tx
          .insertInto('service_obligation')
          .values(
            check.owed.map((m) => ({
              application_id: id,
              district_code,
              material_code: m.code,
              material_name: m.name,
              due_at: promiseDue(now, body.promiseDays, cal),
            })),
          )
          .execute();
      await tx
        .insertInto('service_event')
        .values([
          {
            application_id: id,
            district_code,
            kind: 'received',
            unit_id: actor.unitId,
            user_id: actor.userId,
            note: null,
            at: now,
          },
          {
            application_id: id,
            district_code,
            kind: accepted,
            unit_id: actor.unitId,
            user_id: actor.userId,
            note: body.note ?? null,
            at: now,
          },
          ...stages.map((s) => ({
            application_id: id,
            district_code,
            stage_id: s.id,
            kind: 'stage_started',
            unit_id: s.unit_id,
            user_id: null,
            note: null,
            at: now,
          })),
        ])
        .execute();
      await notify(
        tx,
        stages.map((s): NewNotification => ({
          unitId: s.unit_id,
          kind: 'service_stage',
          params: { title, code, due: s.due_at.toISOString() },
        })),
      );
      await writeAudit(tx, actor, {
        action: 'create',
        entity: 'service_application',
        entityId: id,
        after: { code, title, tolerant: check.tolerant, stages: stages.length },
      });
      return { status: 201, body: { id } };
    },
    requestHash(body),
  );
}

interface AppRow {
  id: string;
  tracking_code: string;
  bundle_id: string | null;
  title: string;
  applicant_name_masked: string | null;
  applicant_id_masked: string | null;
  channel: 'street_centre' | 'community' | 'online' | 'hotline';
  window_unit_id: string;
  window_name: string;
  window_path: string;
  status: ApplicationStatus;
  tolerant: boolean;
  received_at: Date;
  due_at: Date | null;
  demo: boolean;
  done: number;
  total: number;
  open_overdue: number;
  owed: number;
}

function appBase(db: DbOrTx) {
  return db
    .selectFrom('service_application as a')
    .innerJoin('unit as w', 'w.id', 'a.window_unit_id')
    .select([
      'a.id',
      'a.tracking_code',
      'a.bundle_id',
      'a.title',
      'a.applicant_name_masked',
      'a.applicant_id_masked',
      'a.channel',
      'a.window_unit_id',
      'w.name as window_name',
      'a.window_path',
      'a.status',
      'a.tolerant',
      'a.received_at',
      'a.due_at',
      'a.demo',
      sql<number>`(SELECT count(*)::int FROM service_stage s WHERE s.application_id = a.id AND s.status IN ('approved', 'rejected'))`.as(
        'done',
      ),
      sql<number>`(SELECT count(*)::int FROM service_stage s WHERE s.application_id = a.id)`.as('total'),
      sql<number>`(SELECT count(*)::int FROM service_stage s WHERE s.application_id = a.id AND s.status NOT IN ('approved', 'rejected') AND s.due_at < now())`.as(
        'open_overdue',
      ),
      sql<number>`(SELECT count(*)::int FROM service_obligation o WHERE o.application_id = a.id AND o.fulfilled_at IS NULL)`.as(
        'owed',
      ),
    ]);
}

function appLight(r: AppRow, now: Date, share: number): Light {
  if (
    r.status === 'merged' ||
    r.status === 'handed_out' ||
    r.status === 'rejected' ||
    r.status === 'withdrawn'
  )
    return 'done';
  if (r.open_overdue > 0) return 'red';
  if (!r.due_at) return 'green';
  return stageLight({ status: 'accepted', startAt: r.received_at, dueAt: r.due_at }, now, share);
}

function summaryOfApp(r: AppRow, now: Date, share: number) {
  return {
    id: r.id,
    trackingCode: r.tracking_code,
    title: r.title,
    bundle: r.bundle_id !== null,
    applicant: { name: r.applicant_name_masked, idNumber: r.applicant_id_masked },
    channel: r.channel,
    window: { id: r.window_unit_id, name: r.window_name },
    status: r.status,
    tolerant: r.tolerant,
    receivedAt: r.received_at,
    dueAt: r.due_at,
    stagesDone: r.done,
    stagesTotal: r.total,
    light: appLight(r, now, share),
    overdue: r.open_overdue > 0,
    owed: r.owed,
    demo: r.demo,
  };
}

export async function listApplications(ctx: AppContext, actor: Actor, q: ApplicationListQuery) {
  const scope = appScope(actor);
  let base = appBase(ctx.db).where(visibleSql(scope));
  if (q.status) base = base.where('a.status', '=', q.status);
  if (q.overdue === 'true')
    base = base.where(
      sql<boolean>`EXISTS (SELECT 1 FROM service_stage s WHERE s.application_id = a.id AND s.status NOT IN ('approved', 'rejected') AND s.due_at < now())`,
    );
  const [rows, count] = await Promise.all([
    base
      .orderBy('a.received_at', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute() as Promise<AppRow[]>,
    ctx.db
      .selectFrom('service_application as a')
      .select(sql<number>`count(*)::int`.as('n'))
      .where(visibleSql(scope))
      .$if(!!q.status, (qq) => qq.where('a.status', '=', q.status!))
      .$if(q.overdue === 'true', (qq) =>
        qq.where(
          sql<boolean>`EXISTS (SELECT 1 FROM service_stage s WHERE s.application_id = a.id AND s.status NOT IN ('approved', 'rejected') AND s.due_at < now())`,
        ),
      )
      .executeTakeFirstOrThrow(),
  ]);
  const now = new Date();
  const share = await ctx.deadlines.warningShare();
  return { items: rows.map((r) => summaryOfApp(r, now, share)), total: count.n };
}

function stageBase(db: DbOrTx) {
  return db
    .selectFrom('service_stage as s')
    .innerJoin('service_application as a', 'a.id', 's.application_id')
    .innerJoin('service_item as i', 'i.id', 's.item_id')
    .innerJoin('unit as u', 'u.id', 's.unit_id')
    .select([
      's.id',
      's.application_id',
      'a.tracking_code',
      'a.title',
      'i.id as item_id',
      'i.code as item_code',
      'i.name as item_name',
      's.unit_id',
      'u.name as unit_name',
      's.days',
      's.status',
      's.start_at',
      's.due_at',
      's.decided_at',
      's.note',
    ]);
}
type StageRow = Awaited<ReturnType<ReturnType<typeof stageBase>['execute']>>[number];

function stageOut(s: StageRow, now: Date, share: number) {
  const st = {
    status: s.status,
    startAt: s.start_at,
    dueAt: s.due_at,
    decidedAt: s.decided_at,
  };
  return {
    id: s.id,
    applicationId: s.application_id,
    trackingCode: s.tracking_code,
    title: s.title,
    item: { id: s.item_id, code: s.item_code, name: s.item_name },
    unit: { id: s.unit_id, name: s.unit_name },
    days: s.days,
    status: s.status,
    startAt: s.start_at,
    dueAt: s.due_at,
    decidedAt: s.decided_at,
    note: s.note,
    light: stageLight(st, now, share),
    overdue: stageOverdue(st, now),
    late: decidedLate({ dueAt: s.due_at, decidedAt: s.decided_at }),
  };
}

export async function applicationDetail(ctx: AppContext, actor: Actor, id: string) {
  const scope = appScope(actor);
  const r = await appBase(ctx.db).where('a.id', '=', id).where(visibleSql(scope)).executeTakeFirst();
  if (!r) throw notFound('service_application');
  const full = await ctx.db
    .selectFrom('service_application')
    .select(['materials', 'outcome', 'merged_at', 'handed_out_at', 'note'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const [items, stages, obligations, events] = await Promise.all([
    ctx.db
      .selectFrom('service_application_item as x')
      .innerJoin('service_item as i', 'i.id', 'x.item_id')
      .select(['i.id', 'i.code', 'i.name'])
      .where('x.application_id', '=', id)
      .orderBy('i.code')
      .execute(),
    stageBase(ctx.db).where('s.application_id', '=', id).orderBy('s.due_at').orderBy('u.name').execute(),
    ctx.db
      .selectFrom('service_obligation')
      .selectAll()
      .where('application_id', '=', id)
      .orderBy('material_code')
      .execute(),
    ctx.db
      .selectFrom('service_event as e')
      .leftJoin('unit as u', 'u.id', 'e.unit_id')
      .select(['e.kind', 'u.name as unit_name', 'e.note', 'e.at'])
      .where('e.application_id', '=', id)
      .orderBy('e.at')
      .orderBy('e.id')
      .execute(),
  ]);
  const now = new Date();
  const share = await ctx.deadlines.warningShare();
  const block = handOutBlock(
    r.status,
    full.outcome === 'rejected' ? [] : obligations.map((o) => ({ fulfilledAt: o.fulfilled_at })),
  );
  return {
    ...summaryOfApp(r, now, share),
    items,
    materials: (full.materials as MaterialRecord[]).map((m) => ({ ...m, uploadId: m.uploadId ?? null })),
    obligations: obligations.map((o) => ({
      materialCode: o.material_code,
      materialName: o.material_name,
      dueAt: o.due_at,
      fulfilledAt: o.fulfilled_at,
      state: obligationState({ dueAt: o.due_at, fulfilledAt: o.fulfilled_at }, now),
    })),
    stages: stages.map((s) => stageOut(s, now, share)),
    outcome: full.outcome,
    mergedAt: full.merged_at,
    handedOutAt: full.handed_out_at,
    note: full.note,
    events: events.map((e) => ({ kind: e.kind, unitName: e.unit_name, note: e.note, at: e.at })),
    canHandOut: block === null && canReceiveApplications(actor) && r.window_path.startsWith(actor.scopePath),
    myStageIds: canHandleStages(actor)
      ? stages.filter((s) => s.unit_id === actor.unitId && !stageDone(s.status)).map((s) => s.id)
      : [],
  };
}

/** A department's queue (后台办理): its own unit's stages only, open first by due. */
export async function stageQueue(ctx: AppContext, actor: Actor, q: StageListQuery) {
  requireReader(actor);
  let base = stageBase(ctx.db).where('s.unit_id', '=', actor.unitId);
  if (q.status) base = base.where('s.status', '=', q.status);
  if (q.open === 'true') base = base.where('s.status', 'not in', ['approved', 'rejected']);
  if (q.open === 'false') base = base.where('s.status', 'in', ['approved', 'rejected']);
  const rows = await base
    .orderBy(sql`s.status IN ('approved', 'rejected')`)
    .orderBy('s.due_at')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  const total = await ctx.db
    .selectFrom('service_stage as s')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('s.unit_id', '=', actor.unitId)
    .$if(!!q.status, (qq) => qq.where('s.status', '=', q.status!))
    .$if(q.open === 'true', (qq) => qq.where('s.status', 'not in', ['approved', 'rejected']))
    .$if(q.open === 'false', (qq) => qq.where('s.status', 'in', ['approved', 'rejected']))
    .executeTakeFirstOrThrow();
  const now = new Date();
  const share = await ctx.deadlines.warningShare();
  return { items: rows.map((s) => stageOut(s, now, share)), total: total.n };
}

/**
 * Overdue stages (supervision of 并联 handling, like overdue case assignments): those of applications the caller
 * sees — a street or the district its windows', a department its own — most overdue first.
 */
export async function overdueStages(ctx: AppContext, actor: Actor, q: { page: number; pageSize: number }) {
  const scope = appScope(actor);
  const open = (qb: ReturnType<typeof stageBase>) =>
    qb
      .where('s.status', 'not in', ['approved', 'rejected'])
      .where('s.due_at', '<', new Date())
      .where(visibleSql(scope));
  const rows = await open(stageBase(ctx.db))
    .orderBy('s.due_at')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  const [counted] = await open(stageBase(ctx.db))
    .clearSelect()
    .select(sql<number>`count(*)::int`.as('n'))
    .execute();
  const now = new Date();
  const share = await ctx.deadlines.warningShare();
  return { items: rows.map((s) => stageOut(s, now, share)), total: counted?.n ?? 0 };
}

const ACTION_EVENT = {
  accept: 'stage_accept',
  request_more: 'stage_request_more',
  resume: 'stage_resume',
  approve: 'stage_approve',
  reject: 'stage_reject',
} as const;

/** A department acts on its stage; the last decision merges the result (统一出件). */
export async function actOnStage(ctx: AppContext, actor: Actor, stageId: string, body: StageActionBody) {
  const scope = appScope(actor);
  await ctx.db.transaction().execute(async (tx) => {
    const s = await tx
      .selectFrom('service_stage as s')
      .innerJoin('service_application as a', 'a.id', 's.application_id')
      .select([
        's.id',
        's.application_id',
        's.district_code',
        's.unit_id',
        's.status',
        'a.status as app_status',
        'a.window_unit_id',
        'a.title',
        'a.tracking_code',
      ])
      .where('s.id', '=', stageId)
      .where(visibleSql(scope))
      .forUpdate('s')
      .executeTakeFirst();
    if (!s) throw notFound('service_stage');
    if (s.unit_id !== actor.unitId || !canHandleStages(actor)) throw forbidden();
    if (s.app_status !== 'handling') throw conflict('service_not_open');
    const next = stageAfter(s.status, body.action);
    if (!next) throw conflict('service_stage_move');
    const now = new Date();
    const decided = stageDone(next);
    await tx
      .updateTable('service_stage')
      .set({
        status: next,
        note: body.note ?? null,
        ...(decided ? { decided_at: now, decided_by: actor.userId } : {}),
      })
      .where('id', '=', stageId)
      .execute();
    await tx
      .insertInto('service_event')
      .values({
        application_id: s.application_id,
        district_code: s.district_code,
        stage_id: stageId,
        kind: ACTION_EVENT[body.action],
        unit_id: actor.unitId,
        user_id: actor.userId,
        note: body.note ?? null,
        at: now,
      })
      .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'service_stage',
      entityId: stageId,
      before: { status: s.status },
      after: { status: next },
    });
    if (!decided) return;
    const all = await tx
      .selectFrom('service_stage')
      .select(['status', 'unit_id'])
      .where('application_id', '=', s.application_id)
      .execute();
    const merged = mergeOutcome(all.map((x) => ({ status: x.status, unitId: x.unit_id })));
    if (!merged) return;
    await tx
      .updateTable('service_application')
      .set({ status: applicationAfter('handling', 'merge')!, outcome: merged.outcome, merged_at: now })
      .where('id', '=', s.application_id)
      .execute();
    await tx
      .insertInto('service_event')
      .values({
        application_id: s.application_id,
        district_code: s.district_code,
        kind: 'merged',
        unit_id: null,
        user_id: null,
        note: merged.outcome,
        at: now,
      })
      .execute();
  });
}

async function lockApp(tx: Tx, actor: Actor, id: string) {
  const a = await tx
    .selectFrom('service_application as a')
    .select(['a.id', 'a.status', 'a.window_path', 'a.outcome', 'a.materials'])
    .where('a.id', '=', id)
    .where(visibleSql(appScope(actor)))
    .forUpdate()
    .executeTakeFirst();
  if (!a) throw notFound('service_application');
  requireWindowOf(actor, a);
  return a;
}

/** 统一出件: the window hands the merged result out (已领取) once no promised material is owed. */
export async function handOut(ctx: AppContext, actor: Actor, id: string) {
  await ctx.db.transaction().execute(async (tx) => {
    const a = await lockApp(tx, actor, id);
    const owed = await tx
      .selectFrom('service_obligation')
      .select('fulfilled_at')
      .where('application_id', '=', id)
      .execute();
    const block = handOutBlock(
      a.status,
      a.outcome === 'rejected' ? [] : owed.map((o) => ({ fulfilledAt: o.fulfilled_at })),
    );
    if (block === 'not_merged')
      throw conflict(a.status === 'handed_out' ? 'service_not_open' : 'service_not_merged');
    if (block === 'materials_owed') throw conflict('service_materials_owed');
    const now = new Date();
    await tx
      .updateTable('service_application')
      .set({ status: applicationAfter('merged', 'hand_out')!, handed_out_at: now })
      .where('id', '=', id)
      .execute();
    await tx
      .insertInto('service_event')
      .values({
        application_id: id,
        district_code: districtOf(a.window_path),
        kind: 'handed_out',
        unit_id: actor.unitId,
        user_id: actor.userId,
        note: null,
        at: now,
      })
      .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'service_application',
      entityId: id,
      after: { status: 'handed_out' },
    });
  });
}

/** The applicant brought a promised material (容缺补正): the obligation is fulfilled, the checklist updated. */
export async function fulfilObligation(
  ctx: AppContext,
  actor: Actor,
  id: string,
  code: string,
  uploadId?: string,
) {
  await ctx.db.transaction().execute(async (tx) => {
    const a = await lockApp(tx, actor, id);
    if (a.status === 'handed_out' || a.status === 'rejected' || a.status === 'withdrawn')
      throw conflict('service_not_open');
    const o = await tx
      .selectFrom('service_obligation')
      .select(['id', 'fulfilled_at'])
      .where('application_id', '=', id)
      .where('material_code', '=', code)
      .executeTakeFirst();
    if (!o) throw notFound('service_application');
    if (o.fulfilled_at) throw conflict('service_obligation_done');
    if (uploadId) {
      const u = await tx.selectFrom('upload').select('id').where('id', '=', uploadId).executeTakeFirst();
      if (!u) throw notFound('upload');
    }
    const now = new Date();
    await tx
      .updateTable('service_obligation')
      .set({ fulfilled_at: now, fulfilled_by: actor.userId })
      .where('id', '=', o.id)
      .execute();
    const materials = (a.materials as MaterialRecord[]).map((m) =>
      m.code === code
        ? {
            ...m,
            state: uploadId ? ('uploaded' as const) : ('verified' as const),
            uploadId: uploadId ?? null,
          }
        : m,
    );
    await tx
      .updateTable('service_application')
      .set({ materials: JSON.stringify(materials) })
      .where('id', '=', id)
      .execute();
    await tx
      .insertInto('service_event')
      .values({
        application_id: id,
        district_code: districtOf(a.window_path),
        kind: 'obligation_fulfilled',
        unit_id: actor.unitId,
        user_id: actor.userId,
        note: code,
        at: now,
      })
      .execute();
  });
}

/** What the tracking code shows (no login): the masked name, status, stages with their lights. */
export async function publicTrack(ctx: AppContext, code: string) {
  const a = await ctx.db
    .selectFrom('service_application as a')
    .innerJoin('unit as w', 'w.id', 'a.window_unit_id')
    .select([
      'a.id',
      'a.tracking_code',
      'a.title',
      'a.applicant_name_masked',
      'a.status',
      'a.tolerant',
      'a.received_at',
      'a.due_at',
      'w.name as window_name',
      'a.outcome',
      'a.handed_out_at',
    ])
    .where('a.tracking_code', '=', code)
    .executeTakeFirst();
  if (!a) throw notFound('service_application');
  const [stages, obligations] = await Promise.all([
    stageBase(ctx.db).where('s.application_id', '=', a.id).orderBy('s.due_at').execute(),
    ctx.db.selectFrom('service_obligation').selectAll().where('application_id', '=', a.id).execute(),
  ]);
  const now = new Date();
  const share = await ctx.deadlines.warningShare();
  return {
    trackingCode: a.tracking_code,
    title: a.title,
    applicant: a.applicant_name_masked,
    status: a.status,
    tolerant: a.tolerant,
    receivedAt: a.received_at,
    dueAt: a.due_at,
    window: a.window_name,
    outcome: a.outcome,
    handedOutAt: a.handed_out_at,
    obligations: obligations.map((o) => ({
      materialCode: o.material_code,
      materialName: o.material_name,
      dueAt: o.due_at,
      fulfilledAt: o.fulfilled_at,
      state: obligationState({ dueAt: o.due_at, fulfilledAt: o.fulfilled_at }, now),
    })),
    stages: stages.map((s) => {
      const o = stageOut(s, now, share);
      return {
        item: o.item.name,
        unit: o.unit.name,
        status: o.status,
        dueAt: o.dueAt,
        decidedAt: o.decidedAt,
        light: o.light,
      };
    }),
  };
}
