import { sql } from 'kysely';
import {
  DisputeRoute,
  DisputeType,
  MediationAction,
  agreementRate,
  dayNumberOf,
  documentIndex,
  formatDay,
  mediationOutcome,
  mediationRole,
  mediationStep,
  partyFieldView,
  type FieldView,
  type MediationStanding,
} from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import type { AppContext } from '../../lib/context.ts';
import { scopePrefix, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { conflict, forbidden, notFound } from '../../lib/errors.ts';
import { maskIdNumber, maskPhone } from '../../lib/pii.ts';
import { revealedPhone } from '../pii/reveal.service.ts';
import type { FileListQuery, RevealBody, StatsQuery } from './mediation.io.ts';
import { fileStanding, findFile, type FileRow } from './mediation.repository.ts';
import { mediatorCandidates } from './mediation.service.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const today = () => formatDay(dayNumberOf(new Date()));

/** The file if the caller has a standing on it; answered as not found otherwise (jurisdiction is not revealed). */
async function visibleFile(db: DbOrTx, actor: Actor, id: string) {
  if (mediationRole(actor) === 'none') throw forbidden();
  const file = await findFile(db, id);
  const standing = file ? fileStanding(actor, file) : 'none';
  if (!file || standing === 'none') throw notFound('mediation_file');
  return { file, standing };
}

function listQuery(db: DbOrTx) {
  return db
    .selectFrom('mediation_file as f')
    .innerJoin('unit as c', 'c.id', 'f.committee_unit_id')
    .leftJoin('app_user as m', 'm.id', 'f.mediator_id')
    .selectAll('f')
    .select(['c.name as committee_name', 'm.name as mediator_name']);
}
type ListRow = Awaited<ReturnType<ReturnType<typeof listQuery>['execute']>>[number];

function summaryOf(f: ListRow) {
  return {
    id: f.id,
    fileNo: f.file_no,
    status: f.status,
    source: f.source,
    disputeType: DisputeType.catch('other').parse(f.dispute_type),
    summary: f.summary,
    committee: { id: f.committee_unit_id, name: f.committee_name },
    mediator: f.mediator_id ? { id: f.mediator_id, name: f.mediator_name ?? '' } : null,
    createdAt: f.created_at.toISOString(),
    courtConfirmBy: f.court_confirm_by,
    courtAppliedOn: f.court_applied_on,
  };
}

/** Files of the territory (committee, overseer) or opened by the caller (informant); parties masked in lists. */
export async function listFiles(db: Db, actor: Actor, q: FileListQuery) {
  const role = mediationRole(actor);
  if (role === 'none') throw forbidden();
  let query = listQuery(db);
  query =
    role === 'informant'
      ? query.where('f.created_by', '=', actor.userId)
      : query.where('f.region_path', 'like', scopePrefix(actor));
  if (q.status) query = query.where('f.status', '=', q.status);
  if (q.disputeType) query = query.where('f.dispute_type', '=', q.disputeType);
  if (q.courtDue === 'true')
    query = query
      .where('f.court_confirm_by', '>=', today())
      .where('f.court_applied_on', 'is', null)
      .where('f.status', 'in', ['agreed', 'closed']);
  const total = (
    await db
      .selectFrom(query.as('x'))
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow()
  ).n;
  const rows = await (
    q.courtDue === 'true' ? query.orderBy('f.court_confirm_by', 'asc') : query.orderBy('f.created_at', 'desc')
  )
    .orderBy('f.id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  const parties = rows.length
    ? await db
        .selectFrom('mediation_party')
        .select(['file_id', 'role', 'name_masked'])
        .where(
          'file_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('role')
        .execute()
    : [];
  return {
    total,
    items: rows.map((r) => ({
      ...summaryOf(r),
      parties: parties
        .filter((p) => p.file_id === r.id)
        .map((p) => ({ role: p.role, name: p.name_masked ?? '*' })),
    })),
  };
}

async function partyRows(db: DbOrTx, fileId: string) {
  return db
    .selectFrom('mediation_party as p')
    .leftJoin('person', 'person.id', 'p.person_id')
    .select([
      'p.id',
      'p.role',
      'p.person_id',
      'p.name_enc',
      'p.name_masked',
      'p.phone_enc',
      'p.id_enc',
      'p.address',
      'person.name_enc as person_name_enc',
      'person.phone_enc as person_phone_enc',
      'person.id_enc as person_id_enc',
    ])
    .where('p.file_id', '=', fileId)
    .orderBy(sql`CASE p.role WHEN 'applicant' THEN 0 WHEN 'respondent' THEN 1 ELSE 2 END`)
    .orderBy('p.id')
    .execute();
}
type PartyRow = Awaited<ReturnType<typeof partyRows>>[number];

function partyOut(ctx: AppContext, standing: MediationStanding, p: PartyRow) {
  const dec = (s: string | null) => (s ? ctx.pii.decrypt(s) : null);
  const nameView = partyFieldView(standing, 'name');
  const phoneView = partyFieldView(standing, 'phone');
  const idView = partyFieldView(standing, 'idNumber');
  const shown = (view: FieldView, full: () => string | null, masked: () => string | null) =>
    view === 'full' ? full() : view === 'hidden' ? null : masked();
  const phone = () => dec(p.person_phone_enc ?? p.phone_enc);
  const idNo = () => dec(p.person_id_enc ?? p.id_enc);
  return {
    id: p.id,
    role: p.role,
    fromBase: p.person_id !== null,
    personId: nameView === 'full' ? p.person_id : null,
    name: shown(
      nameView,
      () => dec(p.person_name_enc ?? p.name_enc),
      () => p.name_masked,
    ),
    nameView,
    phone: shown(phoneView, phone, () => maskPhone(phone())),
    phoneView,
    idNumber: shown(idView, idNo, () => maskIdNumber(idNo())),
    idNumberView: idView,
    address: partyFieldView(standing, 'address') === 'full' ? p.address : null,
  };
}

function agreementOut(f: FileRow) {
  if (!f.agreement_kind || !f.agreement || !f.agreement_effective_at) return null;
  const a = f.agreement as {
    facts?: string | null;
    terms?: string[];
    performanceManner?: string | null;
    performBy?: string | null;
    signedPartyIds?: string[];
  };
  return {
    kind: f.agreement_kind,
    facts: a.facts ?? null,
    terms: a.terms ?? [],
    performanceManner: a.performanceManner ?? null,
    performBy: a.performBy ?? null,
    signedPartyIds: a.signedPartyIds ?? [],
    effectiveAt: f.agreement_effective_at.toISOString(),
  };
}

/** The steps the committee may take now: the domain's table, plus the facts it does not hold. */
function actionsOf(f: FileRow, standing: MediationStanding) {
  if (standing !== 'committee') return [];
  const state = { status: f.status, noticeGiven: f.notice_given_at !== null, mediatorId: f.mediator_id };
  return MediationAction.options.filter((a) => {
    if (!mediationStep(state, a).ok) return false;
    if (a === 'give_notice') return !f.notice_given_at;
    if (a === 'recuse') return f.mediator_id !== null;
    if (a === 'court_application')
      return !f.court_applied_on && f.court_confirm_by !== null && f.court_confirm_by >= today();
    return true;
  });
}

/** A file with its parties (as the caller may see them), sessions, history and document index. */
export async function fileDetail(ctx: AppContext, actor: Actor, id: string) {
  const { file, standing } = await visibleFile(ctx.db, actor, id);
  const row = await listQuery(ctx.db).where('f.id', '=', id).executeTakeFirstOrThrow();
  const parties = (await partyRows(ctx.db, id)).map((p) => partyOut(ctx, standing, p));
  const sessions = await ctx.db
    .selectFrom('mediation_session')
    .selectAll()
    .where('file_id', '=', id)
    .orderBy('held_at')
    .execute();
  const events = await ctx.db
    .selectFrom('mediation_event as e')
    .leftJoin('app_user as u', 'u.id', 'e.actor_id')
    .select(['e.id', 'e.action', 'e.at', 'e.actor_id', 'e.data', 'u.name'])
    .where('e.file_id', '=', id)
    .orderBy('e.id')
    .execute();
  const userIds = [...new Set([file.created_by, ...sessions.flatMap((s) => s.mediator_ids)])];
  const users = await ctx.db
    .selectFrom('app_user')
    .select(['id', 'name'])
    .where('id', 'in', userIds)
    .execute();
  const userName = (uid: string) => users.find((u) => u.id === uid)?.name ?? '';
  const region = await ctx.db
    .selectFrom('region')
    .select('name')
    .where('code', '=', file.community_code ?? file.street_code)
    .executeTakeFirst();
  const candidates =
    standing === 'committee'
      ? (await mediatorCandidates(ctx.db, file.region_path).execute()).map((u) => ({
          id: u.id,
          name: u.name,
        }))
      : [];
  // every view of parties' names in full is audited (P1 of persons who came to the committee for help)
  if (parties.some((p) => p.nameView === 'full'))
    await writeAudit(ctx.db, actor, {
      action: 'view_pii',
      entity: 'mediation_file',
      entityId: id,
      after: { fields: ['name'], parties: parties.length },
    });
  const evOut = events.map((e) => ({
    id: String(e.id),
    action: e.action,
    at: e.at.toISOString(),
    actor: e.actor_id ? { id: e.actor_id, name: e.name ?? '' } : null,
    data: standing === 'committee' ? ((e.data as Record<string, unknown> | null) ?? null) : null,
  }));
  return {
    ...summaryOf(row),
    year: file.year,
    seq: file.seq,
    caseId: file.case_id,
    request: file.request,
    place: {
      streetCode: file.street_code,
      communityCode: file.community_code,
      gridCode: file.grid_code,
      name: region?.name ?? '',
    },
    createdBy: { id: file.created_by, name: userName(file.created_by) },
    standing,
    referredTo: file.referred_to ? DisputeRoute.parse(file.referred_to) : null,
    referredReason: file.referred_reason,
    noticeGivenAt: iso(file.notice_given_at),
    agreement: agreementOut(file),
    terminatedReason: file.terminated_reason,
    otherRoutes: (file.other_routes ?? []).map((r) => DisputeRoute.parse(r)),
    performance: file.performance,
    followedUpAt: iso(file.followed_up_at),
    parties,
    sessions: sessions.map((s) => ({
      id: s.id,
      heldAt: s.held_at.toISOString(),
      place: s.place,
      mediators: s.mediator_ids.map((m) => ({ id: m, name: userName(m) })),
      record: standing === 'committee' ? s.record : '',
    })),
    events: evOut,
    documents: documentIndex(evOut),
    actions: actionsOf(file, standing),
    candidates,
  };
}

/** A party's phone or ID number in full, for the committee, with a reason; audited (and counted for bulk reveals). */
export async function revealParty(
  ctx: AppContext,
  actor: Actor,
  id: string,
  partyId: string,
  body: RevealBody,
) {
  const { standing } = await visibleFile(ctx.db, actor, id);
  if (partyFieldView(standing, body.field) !== 'revealable') throw forbidden();
  const value = await revealedPhone(
    ctx.db,
    actor,
    {
      entity: 'mediation_party',
      entityId: partyId,
      reason: body.reason,
      field: body.field === 'phone' ? 'phone' : 'id_number',
    },
    async (tx) => {
      const p = (await partyRows(tx, id)).find((r) => r.id === partyId);
      if (!p) throw notFound('mediation_party');
      const enc =
        body.field === 'phone' ? (p.person_phone_enc ?? p.phone_enc) : (p.person_id_enc ?? p.id_enc);
      return enc ? ctx.pii.decrypt(enc) : null;
    },
  );
  return { partyId, field: body.field, value };
}

/** A printable document with the parties in full: the committee only, and the read is audited. */
export async function printDocument(ctx: AppContext, actor: Actor, id: string, doc: 'agreement' | 'notice') {
  const { file, standing } = await visibleFile(ctx.db, actor, id);
  if (standing !== 'committee') throw forbidden();
  if (doc === 'agreement' && file.agreement_kind !== 'written')
    throw conflict('mediation_status', { status: file.status, action: 'print' });
  const row = await listQuery(ctx.db).where('f.id', '=', id).executeTakeFirstOrThrow();
  const parties = (await partyRows(ctx.db, id)).map((p) => partyOut(ctx, standing, p));
  // the committee's own name on the document: 滨河街道人民调解委员会 (of the unit's street or community)
  const region = await ctx.db
    .selectFrom('unit')
    .innerJoin('region', 'region.code', 'unit.jurisdiction_code')
    .select('region.name')
    .where('unit.id', '=', file.committee_unit_id)
    .executeTakeFirst();
  await writeAudit(ctx.db, actor, {
    action: 'view_pii',
    entity: 'mediation_file',
    entityId: id,
    after: { fields: ['name', 'address'], doc },
  });
  return {
    doc,
    fileNo: file.file_no,
    committee: region ? `${region.name}人民调解委员会` : row.committee_name,
    disputeType: DisputeType.catch('other').parse(file.dispute_type),
    summary: file.summary,
    request: file.request,
    parties: parties.map((p) => ({ role: p.role, name: p.name ?? '*', address: p.address })),
    mediator: row.mediator_name ?? null,
    noticeGivenAt: iso(file.notice_given_at),
    agreement: agreementOut(file),
    printedAt: new Date().toISOString(),
  };
}

/** Files by dispute type and outcome for a street or community and a period (opened in it, Shanghai days). */
export async function statistics(db: Db, actor: Actor, q: StatsQuery) {
  const role = mediationRole(actor);
  if (role !== 'committee' && role !== 'overseer') throw forbidden();
  const code = q.regionCode ?? actor.scopeCode;
  const region = await db
    .selectFrom('region')
    .select(['code', 'name', 'path'])
    .where('code', '=', code)
    .executeTakeFirst();
  if (!region || !region.path.startsWith(actor.scopePath)) throw notFound('region');
  let query = db
    .selectFrom('mediation_file')
    .select([
      'dispute_type',
      'status',
      'agreement_kind',
      sql<number>`count(*)::int`.as('n'),
      sql<number>`count(*) FILTER (WHERE court_confirm_by >= ${today()} AND court_applied_on IS NULL)::int`.as(
        'due',
      ),
    ])
    .where('region_path', 'like', `${region.path}%`)
    .groupBy(['dispute_type', 'status', 'agreement_kind']);
  if (q.from) query = query.where('created_at', '>=', new Date(`${q.from}T00:00:00+08:00`));
  if (q.to)
    query = query.where(
      'created_at',
      '<',
      new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000),
    );
  const rows = await query.execute();
  const zero = () => ({ total: 0, ongoing: 0, referred: 0, agreed: 0, terminated: 0 });
  const byType = new Map<DisputeType, ReturnType<typeof zero>>();
  const totals = zero();
  let written = 0;
  let oral = 0;
  let courtDue = 0;
  for (const r of rows) {
    const type = DisputeType.catch('other').parse(r.dispute_type);
    const c = byType.get(type) ?? zero();
    const outcome = mediationOutcome(r.status);
    c.total += r.n;
    c[outcome] += r.n;
    totals.total += r.n;
    totals[outcome] += r.n;
    if (outcome === 'agreed' && r.agreement_kind === 'written') written += r.n;
    if (outcome === 'agreed' && r.agreement_kind === 'oral') oral += r.n;
    courtDue += r.due;
    byType.set(type, c);
  }
  return {
    region: { code: region.code, name: region.name },
    from: q.from ?? null,
    to: q.to ?? null,
    rows: DisputeType.options
      .filter((t) => byType.has(t))
      .map((t) => ({ disputeType: t, ...byType.get(t)! })),
    totals,
    agreementRate: agreementRate(totals.agreed, totals.terminated),
    written,
    oral,
    courtDue,
  };
}
