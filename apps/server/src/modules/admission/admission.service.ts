import {
  admissionActions,
  admissionGaps,
  admissionItemState,
  nextAdmissionStatus,
  type AdmissionAction,
  type AdmissionApplicationInput,
} from '@onegrid/domain';
import type { Updateable } from 'kysely';
import type { z } from 'zod';
import type { AdmissionApplicationTable } from '../../db/schema.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import type { DetailKey } from '../../lib/i18n.details.ts';
import { inTransaction } from '../../lib/idempotency.ts';
import { districtOf, standingOf, type AdmissionStanding } from './admission.access.ts';
import type { DecisionsBody, ItemBody, ItemListQuery, ReviewBody, RoundBody } from './admission.io.ts';
import {
  beijingDay,
  factsOf,
  lockApplication,
  lockItem,
  nextSeq,
  writeEvent,
  type ApplicationRow,
  type ItemRow,
} from './admission.repository.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

export function requireDistrict(actor: Actor): string {
  const d = districtOf(actor);
  if (!d) throw forbidden();
  return d;
}

// ─── items and the three lists ────────────────────────────────────────────────────────────────────────────

async function unitNames(db: DbOrTx, ids: (string | null)[]): Promise<Map<string, string>> {
  const want = [...new Set(ids.filter((x): x is string => x !== null))];
  if (!want.length) return new Map();
  const rows = await db.selectFrom('unit').select(['id', 'name']).where('id', 'in', want).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function applicationOfItems(db: DbOrTx, itemIds: string[]): Promise<Map<string, string>> {
  if (!itemIds.length) return new Map();
  const rows = await db
    .selectFrom('admission_application')
    .select(['id', 'item_id'])
    .where('item_id', 'in', itemIds)
    .execute();
  return new Map(rows.map((r) => [r.item_id!, r.id]));
}

function itemOut(i: ItemRow, units: Map<string, string>, apps: Map<string, string>, day: string) {
  const f = factsOf(i);
  return {
    id: i.id,
    districtCode: i.district_code,
    list: i.list,
    seq: i.seq,
    kind: i.kind,
    title: i.title,
    legalBasis: i.legal_basis,
    unitId: i.unit_id,
    unitName: i.unit_id ? (units.get(i.unit_id) ?? null) : null,
    communityRole: i.community_role,
    content: i.content,
    powers: i.powers,
    staff: i.staff,
    training: i.training,
    scopeCodes: i.scope_codes,
    hoursPerMonth: f.hoursPerMonth,
    fundingPerYear: f.fundingPerYear,
    validFrom: i.valid_from,
    validUntil: i.valid_until,
    status: i.status,
    state: admissionItemState(f, day),
    reportTemplateId: i.report_template_id,
    applicationId: apps.get(i.id) ?? null,
    exitReason: i.exit_reason,
  };
}

export async function listItems(
  db: DbOrTx,
  actor: Actor,
  q: z.infer<typeof ItemListQuery>,
  now = new Date(),
) {
  const s = await standingOf(db, actor);
  if (!s.reader) throw forbidden();
  const district = requireDistrict(actor);
  const day = beijingDay(now);
  let query = db.selectFrom('admission_item').selectAll().where('district_code', '=', district);
  if (q.list) query = query.where('list', '=', q.list);
  let rows = await query.orderBy('list').orderBy('seq').execute();
  if (q.all !== 'true') rows = rows.filter((r) => admissionItemState(factsOf(r), day) === 'in_force');
  const units = await unitNames(
    db,
    rows.map((r) => r.unit_id),
  );
  const apps = await applicationOfItems(
    db,
    rows.map((r) => r.id),
  );
  return {
    districtCode: district,
    items: rows.map((r) => itemOut(r, units, apps, day)),
    can: { manage: s.office, apply: s.applicant },
  };
}

async function events(db: DbOrTx, where: { applicationId?: string; itemId?: string }) {
  let q = db
    .selectFrom('admission_event as e')
    .innerJoin('app_user as u', 'u.id', 'e.actor_id')
    .select(['e.action', 'e.note', 'u.name as actor_name', 'e.at']);
  if (where.applicationId) q = q.where('e.application_id', '=', where.applicationId);
  if (where.itemId) q = q.where('e.item_id', '=', where.itemId);
  const rows = await q.orderBy('e.id').execute();
  return rows.map((r) => ({ action: r.action, note: r.note, actorName: r.actor_name, at: iso(r.at) }));
}

async function readableItem(
  db: DbOrTx,
  actor: Actor,
  id: string,
): Promise<{ item: ItemRow; s: AdmissionStanding }> {
  const s = await standingOf(db, actor);
  if (!s.reader) throw forbidden();
  const item = await db.selectFrom('admission_item').selectAll().where('id', '=', id).executeTakeFirst();
  if (!item || item.district_code !== districtOf(actor)) throw notFound('admission_item');
  return { item, s };
}

export async function itemDetail(db: DbOrTx, actor: Actor, id: string, now = new Date()) {
  const { item, s } = await readableItem(db, actor, id);
  const day = beijingDay(now);
  const [units, apps, evs, tasks, sendings] = await Promise.all([
    unitNames(db, [item.unit_id]),
    applicationOfItems(db, [item.id]),
    events(db, { itemId: id }),
    db
      .selectFrom('community_task')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('item_id', '=', id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('report_sending')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('admission_item_id', '=', id)
      .executeTakeFirstOrThrow(),
  ]);
  const open = item.status === 'in_force';
  return {
    ...itemOut(item, units, apps, day),
    events: evs,
    tasksSent: Number(tasks.n),
    reportSendings: Number(sendings.n),
    can: { supervise: s.office && open, exit: s.office && open },
  };
}

/** The office puts a duty by law or a prohibition straight on its list (assist items come through applications). */
export async function addItem(db: DbOrTx, actor: Actor, body: z.infer<typeof ItemBody>) {
  const s = await standingOf(db, actor);
  if (!s.office) throw forbidden();
  const district = requireDistrict(actor);
  if (body.validUntil !== null && body.validUntil < body.validFrom)
    throw invalid([{ path: 'body.validUntil', key: 'admission_period_order' }]);
  // the department that pushes the item down must exist (found by the write-endpoint fuzz: a foreign-key 500)
  if (body.unitId !== null && !(await unitNames(db, [body.unitId])).has(body.unitId))
    throw invalid([{ path: 'body.unitId', key: 'unknown_unit', params: { id: body.unitId } }]);
  const id = await inTransaction(db, async (tx) => {
    const row = await tx
      .insertInto('admission_item')
      .values({
        district_code: district,
        list: body.list,
        seq: await nextSeq(tx, district, body.list),
        kind: body.kind,
        title: body.title,
        legal_basis: body.legalBasis,
        unit_id: body.unitId,
        community_role: body.communityRole,
        content: body.content,
        hours_per_month: body.hoursPerMonth,
        funding_per_year: body.fundingPerYear,
        valid_from: body.validFrom,
        valid_until: body.validUntil,
        report_template_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeEvent(tx, { itemId: row.id, action: 'listed', actorId: actor.userId });
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'admission_item',
      entityId: row.id,
      after: body,
    });
    return row.id;
  });
  return itemDetail(db, actor, id);
}

/** 事中监督: a supervision note on an item in force (complaints, checks of the money, the hours found). */
export async function superviseItem(db: DbOrTx, actor: Actor, id: string, note: string) {
  await readableItem(db, actor, id);
  const s = await standingOf(db, actor);
  if (!s.office) throw forbidden();
  await inTransaction(db, async (tx) => {
    const item = await lockItem(tx, id);
    if (item.status !== 'in_force') throw conflict('admission_item_exited');
    await writeEvent(tx, { itemId: id, action: 'supervise', note, actorId: actor.userId });
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'admission_item',
      entityId: id,
      after: { note },
    });
  });
  return itemDetail(db, actor, id);
}

/** 退出: the item leaves its list; nothing more can be sent on it. */
export async function exitItem(db: DbOrTx, actor: Actor, id: string, reason: string) {
  await readableItem(db, actor, id);
  const s = await standingOf(db, actor);
  if (!s.office) throw forbidden();
  await inTransaction(db, async (tx) => {
    const item = await lockItem(tx, id);
    if (item.status !== 'in_force') throw conflict('admission_item_exited');
    await tx
      .updateTable('admission_item')
      .set({ status: 'exited', exited_at: new Date(), exit_reason: reason })
      .where('id', '=', id)
      .execute();
    await writeEvent(tx, { itemId: id, action: 'exit', note: reason, actorId: actor.userId });
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'admission_item',
      entityId: id,
      before: { status: 'in_force' },
      after: { status: 'exited', reason },
    });
  });
  return itemDetail(db, actor, id);
}

// ─── applications ─────────────────────────────────────────────────────────────────────────────────────────

const OFFICE_ACTIONS: readonly AdmissionAction[] = [
  'return',
  'review',
  'schedule',
  'approve',
  'reject',
  'enter',
];

function allowedActions(a: Pick<ApplicationRow, 'status' | 'unit_id'>, actor: Actor, s: AdmissionStanding) {
  return admissionActions(a.status).filter((act) =>
    OFFICE_ACTIONS.includes(act)
      ? s.office && act !== 'schedule' && act !== 'approve' && act !== 'reject'
      : s.applicant && a.unit_id === actor.unitId,
  );
}

type AppJoined = ApplicationRow & { unit_name: string; round_title: string | null };

function applicationQuery(db: DbOrTx) {
  return db
    .selectFrom('admission_application as a')
    .innerJoin('unit as u', 'u.id', 'a.unit_id')
    .leftJoin('admission_round as r', 'r.id', 'a.round_id')
    .selectAll('a')
    .select(['u.name as unit_name', 'r.title as round_title']);
}

export function applicationOut(a: AppJoined, actor: Actor, s: AdmissionStanding) {
  return {
    id: a.id,
    districtCode: a.district_code,
    unitId: a.unit_id,
    unitName: a.unit_name,
    title: a.title,
    kind: a.kind,
    legalBasis: a.legal_basis,
    communityRole: a.community_role,
    content: a.content,
    powers: a.powers,
    staff: a.staff,
    training: a.training,
    scopeCodes: a.scope_codes,
    hoursPerMonth: Number(a.hours_per_month),
    fundingPerYear: Number(a.funding_per_year),
    validFrom: a.valid_from,
    validUntil: a.valid_until,
    reportTemplateId: a.report_template_id,
    status: a.status,
    reviewNote: a.review_note,
    roundId: a.round_id,
    roundTitle: a.round_title,
    decisionNote: a.decision_note,
    itemId: a.item_id,
    createdAt: iso(a.created_at),
    updatedAt: iso(a.updated_at),
    actions: allowedActions(a, actor, s),
  };
}

/** The applicant's unit sees its applications; the office all of the district's (drafts stay with the unit). */
function mayRead(
  a: Pick<ApplicationRow, 'unit_id' | 'status' | 'district_code'>,
  actor: Actor,
  s: AdmissionStanding,
) {
  if (a.district_code !== districtOf(actor)) return false;
  if (a.unit_id === actor.unitId && s.reader) return true;
  return s.office && a.status !== 'draft';
}

export async function listApplications(db: DbOrTx, actor: Actor, status?: ApplicationRow['status']) {
  const s = await standingOf(db, actor);
  if (!s.applicant && !s.office) throw forbidden();
  const district = requireDistrict(actor);
  let q = applicationQuery(db).where('a.district_code', '=', district);
  if (!s.office) q = q.where('a.unit_id', '=', actor.unitId);
  else q = q.where((eb) => eb.or([eb('a.unit_id', '=', actor.unitId), eb('a.status', '!=', 'draft')]));
  if (status) q = q.where('a.status', '=', status);
  const rows = await q.orderBy('a.updated_at', 'desc').limit(500).execute();
  return {
    items: rows.map((r) => applicationOut(r, actor, s)),
    can: { apply: s.applicant, review: s.office },
  };
}

export async function applicationDetail(db: DbOrTx, actor: Actor, id: string) {
  const s = await standingOf(db, actor);
  const a = await applicationQuery(db).where('a.id', '=', id).executeTakeFirst();
  if (!a || !mayRead(a, actor, s)) throw notFound('admission_application');
  return { ...applicationOut(a, actor, s), events: await events(db, { applicationId: id }) };
}

/** Streets and communities of the district, and a template of the applicant's own unit. */
async function checkTerms(db: DbOrTx, actor: Actor, district: string, t: AdmissionApplicationInput) {
  const problems: { path: string; key: DetailKey }[] = [];
  if (t.scopeCodes.length) {
    const found = await db
      .selectFrom('region')
      .select('code')
      .where('code', 'in', t.scopeCodes)
      .where('level', 'in', ['street', 'community'])
      .where('code', 'like', `${district.slice(0, 6)}%`)
      .execute();
    const ok = new Set(found.map((r) => r.code));
    t.scopeCodes.forEach((c, i) => {
      if (!ok.has(c)) problems.push({ path: `body.scopeCodes.${i}`, key: 'admission_not_in_district' });
    });
  }
  if (t.reportTemplateId) {
    const tpl = await db
      .selectFrom('report_template')
      .select('issuing_unit_id')
      .where('id', '=', t.reportTemplateId)
      .executeTakeFirst();
    if (!tpl || tpl.issuing_unit_id !== actor.unitId)
      problems.push({ path: 'body.reportTemplateId', key: 'admission_template_not_yours' });
  }
  if (problems.length) throw invalid(problems);
}

function gapsOrThrow(t: AdmissionApplicationInput) {
  const gaps = admissionGaps(t);
  const path = (g: string) =>
    g === 'admission_period_order'
      ? 'body.validUntil'
      : g === 'admission_funding_missing'
        ? 'body.fundingPerYear'
        : 'body.powers';
  if (gaps.length) throw invalid(gaps.map((g) => ({ path: path(g), key: g as DetailKey })));
}

function termValues(t: AdmissionApplicationInput) {
  return {
    title: t.title,
    kind: t.kind,
    legal_basis: t.legalBasis,
    community_role: t.communityRole,
    content: t.content,
    powers: t.powers,
    staff: t.staff,
    training: t.training,
    scope_codes: t.scopeCodes,
    hours_per_month: t.hoursPerMonth,
    funding_per_year: t.fundingPerYear,
    valid_from: t.validFrom,
    valid_until: t.validUntil,
    report_template_id: t.reportTemplateId,
  };
}

export async function createApplication(
  db: DbOrTx,
  actor: Actor,
  body: AdmissionApplicationInput & { submit: boolean },
): Promise<string> {
  const s = await standingOf(db, actor);
  if (!s.applicant) throw forbidden();
  const district = requireDistrict(actor);
  const { submit, ...terms } = body;
  await checkTerms(db, actor, district, terms);
  if (submit) gapsOrThrow(terms);
  return inTransaction(db, async (tx) => {
    const row = await tx
      .insertInto('admission_application')
      .values({
        district_code: district,
        unit_id: actor.unitId,
        created_by: actor.userId,
        status: submit ? 'submitted' : 'draft',
        ...termValues(terms),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeEvent(tx, { applicationId: row.id, action: 'create', actorId: actor.userId });
    if (submit) await writeEvent(tx, { applicationId: row.id, action: 'submit', actorId: actor.userId });
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'admission_application',
      entityId: row.id,
      after: body,
    });
    return row.id;
  });
}

/** One step of an application in one transaction: the lock, the rule, the change, its event and audit row. */
async function step(
  db: DbOrTx,
  actor: Actor,
  id: string,
  action: AdmissionAction,
  note: string | null,
  change: (tx: Tx, a: ApplicationRow) => Promise<Updateable<AdmissionApplicationTable>>,
): Promise<void> {
  const s = await standingOf(db, actor);
  await inTransaction(db, async (tx) => {
    const a = await lockApplication(tx, id);
    if (!mayRead(a, actor, s)) throw notFound('admission_application');
    const allowed = OFFICE_ACTIONS.includes(action) ? s.office : s.applicant && a.unit_id === actor.unitId;
    if (!allowed) throw forbidden();
    const next = nextAdmissionStatus(a.status, action);
    if (!next) throw conflict('admission_step');
    const extra = await change(tx, a);
    await tx
      .updateTable('admission_application')
      .set({ ...extra, status: next, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    await writeEvent(tx, { applicationId: id, action, note, actorId: actor.userId });
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'admission_application',
      entityId: id,
      before: { status: a.status },
      after: { status: next, action, ...(note ? { note } : {}) },
    });
  });
}

export async function editApplication(
  db: DbOrTx,
  actor: Actor,
  id: string,
  body: AdmissionApplicationInput & { submit: boolean },
) {
  const { submit, ...terms } = body;
  const district = requireDistrict(actor);
  await checkTerms(db, actor, district, terms);
  if (submit) gapsOrThrow(terms);
  await step(db, actor, id, 'edit', null, async () => termValues(terms));
  if (submit) await submitApplication(db, actor, id);
}

export async function submitApplication(db: DbOrTx, actor: Actor, id: string) {
  await step(db, actor, id, 'submit', null, async (_tx, a) => {
    gapsOrThrow({
      title: a.title,
      kind: a.kind,
      legalBasis: a.legal_basis,
      communityRole: a.community_role,
      content: a.content,
      powers: a.powers,
      staff: a.staff,
      training: a.training,
      scopeCodes: a.scope_codes,
      hoursPerMonth: Number(a.hours_per_month),
      fundingPerYear: Number(a.funding_per_year),
      validFrom: a.valid_from,
      validUntil: a.valid_until,
      reportTemplateId: a.report_template_id,
    });
    return { review_note: null };
  });
}

/** 初审 by the civil-affairs office: pass on to a round, or return to the department with the reason. */
export async function reviewApplication(
  db: DbOrTx,
  actor: Actor,
  id: string,
  body: z.infer<typeof ReviewBody>,
) {
  if (body.decision === 'return' && !body.note) throw invalid([{ path: 'body.note', key: 'required' }]);
  await step(db, actor, id, body.decision === 'pass' ? 'review' : 'return', body.note || null, async () => ({
    review_note: body.note || null,
  }));
}

/** 准入: an approved application goes on the district's assist list as an item in force. */
export async function enterApplication(db: DbOrTx, actor: Actor, id: string) {
  await step(db, actor, id, 'enter', null, async (tx, a) => {
    const item = await tx
      .insertInto('admission_item')
      .values({
        district_code: a.district_code,
        list: 'assist',
        seq: await nextSeq(tx, a.district_code, 'assist'),
        kind: a.kind,
        title: a.title,
        legal_basis: a.legal_basis,
        unit_id: a.unit_id,
        community_role: a.community_role,
        content: a.content,
        powers: a.powers,
        staff: a.staff,
        training: a.training,
        scope_codes: a.scope_codes,
        hours_per_month: a.hours_per_month,
        funding_per_year: a.funding_per_year,
        valid_from: a.valid_from,
        valid_until: a.valid_until,
        report_template_id: a.report_template_id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeEvent(tx, { itemId: item.id, action: 'listed', note: a.title, actorId: actor.userId });
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'admission_item',
      entityId: item.id,
      after: { application: id },
    });
    return { item_id: item.id };
  });
}

// ─── batch rounds of the joint body ───────────────────────────────────────────────────────────────────────

async function roundCounts(db: DbOrTx, ids: string[]) {
  const out = new Map<string, { total: number; approved: number; rejected: number; pending: number }>();
  if (!ids.length) return out;
  const rows = await db
    .selectFrom('admission_application')
    .select(['round_id', 'status'])
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('round_id', 'in', ids)
    .groupBy(['round_id', 'status'])
    .execute();
  for (const r of rows) {
    const c = out.get(r.round_id!) ?? { total: 0, approved: 0, rejected: 0, pending: 0 };
    const n = Number(r.n);
    c.total += n;
    if (r.status === 'rejected') c.rejected += n;
    else if (r.status === 'in_round') c.pending += n;
    else c.approved += n;
    out.set(r.round_id!, c);
  }
  return out;
}

type RoundRow = {
  id: string;
  district_code: string;
  title: string;
  meeting_on: string;
  body: string;
  status: 'open' | 'closed';
  minutes: string | null;
  created_at: Date;
};
function roundOut(
  r: RoundRow,
  counts: Map<string, { total: number; approved: number; rejected: number; pending: number }>,
) {
  return {
    id: r.id,
    districtCode: r.district_code,
    title: r.title,
    meetingOn: r.meeting_on,
    body: r.body,
    status: r.status,
    minutes: r.minutes,
    counts: counts.get(r.id) ?? { total: 0, approved: 0, rejected: 0, pending: 0 },
    createdAt: iso(r.created_at),
  };
}

/** Rounds are the district's record of the joint body: the office and the applicants read them. */
async function roundReader(db: DbOrTx, actor: Actor) {
  const s = await standingOf(db, actor);
  if (!s.office && !s.applicant) throw forbidden();
  return { s, district: requireDistrict(actor) };
}

export async function listRounds(db: DbOrTx, actor: Actor) {
  const { s, district } = await roundReader(db, actor);
  const rows = await db
    .selectFrom('admission_round')
    .selectAll()
    .where('district_code', '=', district)
    .orderBy('meeting_on', 'desc')
    .execute();
  const counts = await roundCounts(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => roundOut(r, counts)), can: { manage: s.office } };
}

export async function roundDetail(db: DbOrTx, actor: Actor, id: string) {
  const { s, district } = await roundReader(db, actor);
  const r = await db.selectFrom('admission_round').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r || r.district_code !== district) throw notFound('admission_round');
  let q = applicationQuery(db).where('a.round_id', '=', id);
  if (!s.office) q = q.where('a.unit_id', '=', actor.unitId);
  const apps = await q.orderBy('a.created_at').execute();
  return {
    ...roundOut(r, await roundCounts(db, [id])),
    applications: apps.map((a) => applicationOut(a, actor, s)),
    can: { decide: s.office && r.status === 'open' },
  };
}

/** A round of the joint body (每年两次 in 南京): the reviewed applications it will decide. */
export async function createRound(
  db: DbOrTx,
  actor: Actor,
  body: z.infer<typeof RoundBody>,
): Promise<string> {
  const s = await standingOf(db, actor);
  if (!s.office) throw forbidden();
  const district = requireDistrict(actor);
  return inTransaction(db, async (tx) => {
    const round = await tx
      .insertInto('admission_round')
      .values({
        district_code: district,
        title: body.title,
        meeting_on: body.meetingOn,
        body: body.body,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const appId of [...new Set(body.applicationIds)]) {
      const a = await lockApplication(tx, appId).catch(() => undefined);
      if (!a || a.district_code !== district) throw notFound('admission_application');
      if (nextAdmissionStatus(a.status, 'schedule') === null) throw conflict('admission_step');
      await tx
        .updateTable('admission_application')
        .set({ status: 'in_round', round_id: round.id, updated_at: new Date() })
        .where('id', '=', appId)
        .execute();
      await writeEvent(tx, {
        applicationId: appId,
        action: 'schedule',
        note: body.title,
        actorId: actor.userId,
      });
    }
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'admission_round',
      entityId: round.id,
      after: body,
    });
    return round.id;
  });
}

/** The joint body's decisions (recorded by the office as its secretariat), the minutes, and closing the round. */
export async function decideRound(db: DbOrTx, actor: Actor, id: string, body: z.infer<typeof DecisionsBody>) {
  const s = await standingOf(db, actor);
  if (!s.office) throw forbidden();
  const district = requireDistrict(actor);
  await inTransaction(db, async (tx) => {
    const r = await tx
      .selectFrom('admission_round')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!r || r.district_code !== district) throw notFound('admission_round');
    if (r.status !== 'open') throw conflict('admission_round_closed');
    for (const d of body.decisions) {
      const a = await lockApplication(tx, d.applicationId);
      if (a.round_id !== id) throw notFound('admission_application');
      const next = nextAdmissionStatus(a.status, d.decision);
      if (!next) throw conflict('admission_step');
      await tx
        .updateTable('admission_application')
        .set({ status: next, decision_note: d.note || null, updated_at: new Date() })
        .where('id', '=', a.id)
        .execute();
      await writeEvent(tx, {
        applicationId: a.id,
        action: d.decision,
        note: d.note || r.title,
        actorId: actor.userId,
      });
    }
    if (body.close) {
      const open = await tx
        .selectFrom('admission_application')
        .select('id')
        .where('round_id', '=', id)
        .where('status', '=', 'in_round')
        .executeTakeFirst();
      if (open) throw conflict('admission_step');
    }
    await tx
      .updateTable('admission_round')
      .set({
        ...(body.minutes !== undefined ? { minutes: body.minutes } : {}),
        ...(body.close ? { status: 'closed', closed_at: new Date() } : {}),
      })
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, actor, { action: 'update', entity: 'admission_round', entityId: id, after: body });
  });
}
