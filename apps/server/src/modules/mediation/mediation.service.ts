import { sql, type Updateable } from 'kysely';
import {
  districtOf,
  committeeShortName,
  courtConfirmationDeadline,
  formatDay,
  maskName,
  mediationFileNumber,
  mediationRole,
  mediationStep,
  mustRecuse,
  partiesComplete,
  statusAfterFollowUp,
  unsignedParties,
  type MediationAction,
  type MediationStatus,
} from '@onegrid/domain';
import type { DbOrTx, Tx } from '../../db/database.ts';
import type { MediationFileTable } from '../../db/schema.ts';
import type { AppContext } from '../../lib/context.ts';
import type { Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { idempotent, requestHash, type Outcome } from '../../lib/idempotency.ts';
import { getPerson } from '../basedata/public.ts';
import type {
  AgreementBody,
  AssignBody,
  CourtApplicationBody,
  FileCreate,
  FollowUpBody,
  NoticeBody,
  RecuseBody,
  ScreenBody,
  SessionBody,
  TerminateBody,
} from './mediation.io.ts';
import { fileStanding, lockFile, type FileRow } from './mediation.repository.ts';

/** A Shanghai day as the instant it starts. */
const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);
const shanghaiYear = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).getUTCFullYear();

interface Place {
  grid_code: string | null;
  community_code: string | null;
  street_code: string;
  region_path: string;
}

/** Grids a grid worker holds. */
async function workerGrids(db: DbOrTx, actor: Actor): Promise<string[]> {
  const rows = await db
    .selectFrom('grid_worker')
    .select('grid_code')
    .where('user_id', '=', actor.userId)
    .execute();
  return rows.map((r) => r.grid_code);
}

/** Where the dispute is: the case's place, the grid or community given, or the committee's own territory. */
async function placeOf(db: DbOrTx, actor: Actor, body: FileCreate, informant: boolean): Promise<Place> {
  const grids = informant ? await workerGrids(db, actor) : [];
  const held = (path: string, grid: string | null) =>
    informant ? grid !== null && grids.includes(grid) : path.startsWith(actor.scopePath);
  if (body.source === 'case') {
    if (!body.caseId) throw invalid([{ path: 'caseId', key: 'required' }]);
    const c = await db
      .selectFrom('case')
      .select(['grid_code', 'community_code', 'street_code', 'region_path'])
      .where('id', '=', body.caseId)
      .executeTakeFirst();
    if (!c || !held(c.region_path, c.grid_code)) throw notFound('case');
    if (!c.street_code) throw invalid([{ path: 'caseId', key: 'invalid' }]);
    const r = await regionPath(db, c.community_code ?? c.street_code);
    return {
      grid_code: c.grid_code,
      community_code: c.community_code,
      street_code: c.street_code,
      region_path: r,
    };
  }
  if (body.gridCode) {
    const g = await db
      .selectFrom('grid')
      .innerJoin('region as c', 'c.code', 'grid.community_code')
      .select(['grid.code', 'grid.community_code', 'c.parent_code', 'c.path'])
      .where('grid.code', '=', body.gridCode)
      .executeTakeFirst();
    if (!g || !g.parent_code || !held(g.path, g.code)) throw notFound('grid');
    return {
      grid_code: g.code,
      community_code: g.community_code,
      street_code: g.parent_code,
      region_path: g.path,
    };
  }
  if (informant) throw invalid([{ path: 'gridCode', key: 'required' }]);
  const code = body.communityCode ?? actor.scopeCode;
  const r = await db
    .selectFrom('region')
    .select(['code', 'level', 'parent_code', 'path'])
    .where('code', '=', code)
    .executeTakeFirst();
  if (!r || !r.path.startsWith(actor.scopePath)) throw notFound('region');
  if (r.level === 'community' && r.parent_code)
    return { grid_code: null, community_code: r.code, street_code: r.parent_code, region_path: r.path };
  if (r.level === 'street')
    return { grid_code: null, community_code: null, street_code: r.code, region_path: r.path };
  throw invalid([{ path: 'communityCode', key: 'required' }]);
}

async function regionPath(db: DbOrTx, code: string): Promise<string> {
  const r = await db.selectFrom('region').select('path').where('code', '=', code).executeTakeFirst();
  if (!r) throw notFound('region');
  return r.path;
}

/**
 * The committee that keeps the file: a street office's staff file with the street's committee; otherwise the
 * community's committee (人民调解委员会 of the 居委会), or the street's when the place has no community unit.
 */
async function committeeOf(db: DbOrTx, actor: Actor, place: Place) {
  const unitFor = (kind: 'community' | 'street_office', code: string) =>
    db
      .selectFrom('unit')
      .innerJoin('region', 'region.code', 'unit.jurisdiction_code')
      .select(['unit.id', 'region.name'])
      .where('unit.kind', '=', kind)
      .where('unit.jurisdiction_code', '=', code)
      .where('unit.active', '=', true)
      .orderBy('unit.created_at')
      .orderBy('unit.id')
      .executeTakeFirst();
  const community =
    actor.unitKind !== 'street_office' && place.community_code
      ? await unitFor('community', place.community_code)
      : undefined;
  const unit = community ?? (await unitFor('street_office', place.street_code));
  if (!unit) throw notFound('unit');
  return unit;
}

/** Opens a file: numbered per committee and year, its parties, the first event and the audit row; idempotent by key. */
export async function createFile(
  ctx: AppContext,
  actor: Actor,
  body: FileCreate,
  key?: string,
): Promise<Outcome<{ id: string }>> {
  const role = mediationRole(actor);
  if (role !== 'committee' && role !== 'informant') throw forbidden();
  return idempotent(
    ctx.db,
    `mediation:${actor.userId}`,
    key,
    async (tx) => {
      const place = await placeOf(tx, actor, body, role === 'informant');
      const committee = await committeeOf(tx, actor, place);
      // one running number per committee and year. The number is counted over the file numbers themselves (the
      // committee's name and year), under a lock on that name: a second unit over the same community (a unit
      // re-created, an old one retired) continues the series instead of repeating its numbers.
      const year = shanghaiYear(new Date());
      const prefix = mediationFileNumber(year, committeeShortName(committee.name), 1).replace(/1号$/, '');
      await sql`SELECT pg_advisory_xact_lock(hashtext(${prefix}))`.execute(tx);
      const last = await tx
        .selectFrom('mediation_file')
        .select(sql<number>`coalesce(max(seq), 0)::int`.as('n'))
        .where('year', '=', year)
        .where((eb) =>
          eb.or([eb('committee_unit_id', '=', committee.id), eb('file_no', 'like', `${prefix}%`)]),
        )
        .executeTakeFirstOrThrow();
      const seq = last.n + 1;
      const file = await tx
        .insertInto('mediation_file')
        .values({
          file_no: mediationFileNumber(year, committeeShortName(committee.name), seq),
          year,
          seq,
          committee_unit_id: committee.id,
          source: body.source,
          case_id: body.source === 'case' ? (body.caseId ?? null) : null,
          dispute_type: body.disputeType,
          summary: body.summary,
          request: body.request ?? null,
          ...place,
          created_by: actor.userId,
        })
        .returning(['id', 'file_no', 'street_code'])
        .executeTakeFirstOrThrow();
      for (const p of body.parties) await insertParty(ctx, tx, actor, file, p);
      await event(tx, actor, file, 'create', { source: body.source, caseId: body.caseId ?? null });
      await writeAudit(tx, actor, {
        action: 'create',
        entity: 'mediation_file',
        entityId: file.id,
        after: {
          fileNo: file.file_no,
          source: body.source,
          disputeType: body.disputeType,
          parties: body.parties.length,
        },
      });
      return { status: 201, body: { id: file.id } };
    },
    requestHash(body),
  );
}

async function insertParty(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  file: FilePlace,
  p: FileCreate['parties'][number],
) {
  const fileId = file.id;
  const district_code = districtOf(file.street_code);
  if (p.personId) {
    // a person of the base: only one the caller may see (the base's own privacy rule), referenced, never copied
    const person = await getPerson(ctx, actor, p.personId);
    await tx
      .insertInto('mediation_party')
      .values({
        file_id: fileId,
        district_code,
        role: p.role,
        person_id: p.personId,
        name_masked: maskName(person.name) ?? person.name ?? '*',
        address: p.address ?? null,
      })
      .execute();
    return;
  }
  const name = p.name!.trim();
  await tx
    .insertInto('mediation_party')
    .values({
      file_id: fileId,
      district_code,
      role: p.role,
      name_enc: ctx.pii.encrypt(name),
      name_masked: maskName(name) ?? '*',
      phone_enc: p.phone ? ctx.pii.encrypt(p.phone) : null,
      phone_hash: p.phone ? ctx.pii.blindIndex(p.phone) : null,
      id_enc: p.idNumber ? ctx.pii.encrypt(p.idNumber.toUpperCase()) : null,
      id_hash: p.idNumber ? ctx.pii.blindIndex(p.idNumber.toUpperCase()) : null,
      address: p.address ?? null,
    })
    .execute();
}

/** A file as its children need it: they carry its district (its street's; docs/distribution.md). */
type FilePlace = { id: string; street_code: string };

async function event(
  tx: DbOrTx,
  actor: Actor,
  file: FilePlace,
  action: string,
  data: Record<string, unknown>,
) {
  await tx
    .insertInto('mediation_event')
    .values({
      file_id: file.id,
      district_code: districtOf(file.street_code),
      action,
      actor_id: actor.userId,
      data: JSON.stringify(data),
    })
    .execute();
}

/** The domain's refusal as the server's conflict. */
function refuse(file: FileRow, action: MediationAction): MediationStatus {
  const r = mediationStep(
    { status: file.status, noticeGiven: file.notice_given_at !== null, mediatorId: file.mediator_id },
    action,
  );
  if (r.ok) return r.status;
  if (r.code === 'notice_not_given') throw conflict('mediation_notice_first');
  if (r.code === 'no_mediator') throw conflict('mediation_no_mediator');
  throw conflict('mediation_status', { status: file.status, action });
}

/**
 * One step of a file, by the committee: the row locked, the domain's rule, the change, its event (the document
 * index is read from the events) and the audit row — one transaction.
 */
async function step(
  ctx: AppContext,
  actor: Actor,
  id: string,
  action: MediationAction,
  apply: (tx: Tx, file: FileRow, next: MediationStatus) => Promise<Record<string, unknown>>,
): Promise<void> {
  if (mediationRole(actor) === 'none') throw forbidden();
  await ctx.db.transaction().execute(async (tx) => {
    const file = await lockFile(tx, id);
    const standing = fileStanding(actor, file);
    if (standing === 'none') throw notFound('mediation_file');
    if (standing !== 'committee') throw forbidden();
    const next = refuse(file, action);
    const data = await apply(tx, file, next);
    await tx
      .updateTable('mediation_file')
      .set({ status: next, updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
    await event(tx, actor, file, action, data);
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'mediation_file',
      entityId: id,
      before: { status: file.status },
      after: { status: next, action },
    });
  });
}

const set = (tx: Tx, id: string, values: Updateable<MediationFileTable>) =>
  tx.updateTable('mediation_file').set(values).where('id', '=', id).execute();

async function partiesOf(tx: DbOrTx, fileId: string) {
  return tx
    .selectFrom('mediation_party as p')
    .leftJoin('person', 'person.id', 'p.person_id')
    .select(['p.id', 'p.role', 'p.person_id', 'p.phone_hash', 'person.phone_hash as person_phone_hash'])
    .where('p.file_id', '=', fileId)
    .execute();
}

export async function screen(ctx: AppContext, actor: Actor, id: string, body: ScreenBody) {
  const action = body.decision === 'accept' ? 'screen_accept' : 'screen_refer';
  await step(ctx, actor, id, action, async (tx, file) => {
    if (body.decision === 'refer') {
      await set(tx, id, { referred_to: body.route, referred_reason: body.reason });
      return { route: body.route, reason: body.reason };
    }
    if (!partiesComplete(await partiesOf(tx, file.id))) throw conflict('mediation_parties_incomplete');
    return { note: body.note ?? null };
  });
}

export async function giveNotice(ctx: AppContext, actor: Actor, id: string, body: NoticeBody) {
  await step(ctx, actor, id, 'give_notice', async (tx, file) => {
    if (file.notice_given_at) throw conflict('mediation_notice_given');
    await set(tx, id, { notice_given_at: dayStart(body.givenOn) });
    return { givenOn: body.givenOn, way: body.way };
  });
}

/** The users who may mediate a file: staff of the committee's street office or community over the place. */
export function mediatorCandidates(db: DbOrTx, regionPath: string) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('unit as n', 'n.id', 'u.unit_id')
    .select(['u.id', 'u.name', 'u.phone_hash', 'n.name as unit_name'])
    .where('u.active', '=', true)
    .where('n.kind', 'in', ['street_office', 'community'])
    .where(sql<boolean>`u.roles && ARRAY['street_lead', 'handler']::text[]`)
    .where(sql<boolean>`${regionPath} LIKE n.jurisdiction_path || '%'`)
    .orderBy('u.name');
}

export async function assignMediator(ctx: AppContext, actor: Actor, id: string, body: AssignBody) {
  await step(ctx, actor, id, 'assign', async (tx, file) => {
    const m = await mediatorCandidates(tx, file.region_path)
      .where('u.id', '=', body.mediatorId)
      .executeTakeFirst();
    if (!m) throw conflict('mediator_not_committee');
    const parties = await partiesOf(tx, id);
    // 回避: the mediator is a party (a base person or a typed party with the mediator's phone), is related to one,
    // or a party already asked for this mediator to withdraw from this file
    const mediatorPerson = m.phone_hash
      ? await tx.selectFrom('person').select('id').where('phone_hash', '=', m.phone_hash).executeTakeFirst()
      : undefined;
    const partyPersons = parties.flatMap((p) => (p.person_id ? [p.person_id] : []));
    const isParty = m.phone_hash !== null && parties.some((p) => p.phone_hash === m.phone_hash);
    const recused = await tx
      .selectFrom('mediation_event')
      .select('id')
      .where('file_id', '=', id)
      .where('action', '=', 'recuse')
      .where(sql<boolean>`data->>'mediatorId' = ${body.mediatorId}`)
      .executeTakeFirst();
    if (isParty || recused || mustRecuse(mediatorPerson?.id ?? null, partyPersons, body.relatedPersonIds))
      throw conflict('mediator_recuse');
    await set(tx, id, { mediator_id: m.id });
    return { mediatorId: m.id, mediatorName: m.name, replaced: file.mediator_id };
  });
}

export async function recuse(ctx: AppContext, actor: Actor, id: string, body: RecuseBody) {
  await step(ctx, actor, id, 'recuse', async (tx, file) => {
    if (!file.mediator_id) throw conflict('mediation_no_mediator');
    if (body.partyId && !(await partiesOf(tx, id)).some((p) => p.id === body.partyId))
      throw invalid([{ path: 'partyId', key: 'invalid' }]);
    await set(tx, id, { mediator_id: null });
    return { mediatorId: file.mediator_id, partyId: body.partyId ?? null, reason: body.reason };
  });
}

export async function holdSession(ctx: AppContext, actor: Actor, id: string, body: SessionBody) {
  await step(ctx, actor, id, 'hold_session', async (tx, file) => {
    const s = await tx
      .insertInto('mediation_session')
      .values({
        file_id: id,
        district_code: districtOf(file.street_code),
        held_at: new Date(body.heldAt),
        place: body.place ?? null,
        mediator_ids: [file.mediator_id!],
        record: body.record,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { sessionId: s.id, heldAt: body.heldAt };
  });
}

export async function agree(ctx: AppContext, actor: Actor, id: string, body: AgreementBody) {
  await step(ctx, actor, id, body.kind === 'written' ? 'agree_written' : 'agree_oral', async (tx) => {
    const parties = await partiesOf(tx, id);
    let signed: string[] = [];
    if (body.kind === 'written') {
      signed = body.signedPartyIds;
      if (signed.some((s) => !parties.some((p) => p.id === s)))
        throw invalid([{ path: 'signedPartyIds', key: 'invalid' }]);
      const missing = unsignedParties(parties, signed);
      if (missing.length) throw conflict('mediation_unsigned', { count: missing.length });
    }
    const effective = dayStart(body.effectiveOn);
    const { lastDay } = courtConfirmationDeadline(effective);
    await set(tx, id, {
      agreement_kind: body.kind,
      agreement: JSON.stringify({
        facts: body.kind === 'written' ? body.facts : null,
        terms: body.terms,
        performanceManner: body.performanceManner ?? null,
        performBy: body.performBy ?? null,
        signedPartyIds: signed,
      }),
      agreement_effective_at: effective,
      court_confirm_by: formatDay(lastDay),
    });
    return { kind: body.kind, effectiveOn: body.effectiveOn, courtConfirmBy: formatDay(lastDay) };
  });
}

export async function terminate(ctx: AppContext, actor: Actor, id: string, body: TerminateBody) {
  await step(ctx, actor, id, 'terminate', async (tx) => {
    await set(tx, id, { terminated_reason: body.reason, other_routes: body.routesExplained });
    return { reason: body.reason, routes: body.routesExplained };
  });
}

export async function followUp(ctx: AppContext, actor: Actor, id: string, body: FollowUpBody) {
  if (mediationRole(actor) === 'none') throw forbidden();
  await ctx.db.transaction().execute(async (tx) => {
    const file = await lockFile(tx, id);
    if (fileStanding(actor, file) === 'none') throw notFound('mediation_file');
    if (fileStanding(actor, file) !== 'committee') throw forbidden();
    refuse(file, 'follow_up');
    const next = statusAfterFollowUp(body.performance);
    await set(tx, id, {
      performance: body.performance,
      followed_up_at: new Date(),
      status: next,
      updated_at: new Date(),
    });
    await event(tx, actor, file, 'follow_up', { performance: body.performance, note: body.note });
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'mediation_file',
      entityId: id,
      before: { status: file.status },
      after: { status: next, action: 'follow_up', performance: body.performance },
    });
  });
}

export async function courtApplication(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: CourtApplicationBody,
) {
  await step(ctx, actor, id, 'court_application', async (tx, file) => {
    if (file.court_applied_on)
      throw conflict('mediation_status', { status: file.status, action: 'court_application' });
    await set(tx, id, { court_applied_on: body.appliedOn });
    return { appliedOn: body.appliedOn, court: body.court ?? null };
  });
}
