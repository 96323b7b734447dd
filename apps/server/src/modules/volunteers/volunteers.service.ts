import crypto from 'node:crypto';
import {
  districtOf,
  certificateCode,
  checkCancel,
  checkCancelActivity,
  checkCheckIn,
  checkCheckOut,
  checkSignUp,
  hoursByPeriod,
  isTerritorial,
  mayIssueCertificate,
  minutesToHours,
  nextStar,
  normaliseCertificateCode,
  normaliseResidentId,
  serviceMinutes,
  starLevel,
  type UnitKind,
} from '@onegrid/domain';
import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import { hasRole, requireRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.ts';
import { verificationOf } from '../participation/votes.service.ts';
import { notify } from '../notifications/public.ts';
import { findCommunity } from '../regions/public.ts';
import type {
  AttendanceIn,
  AwardIn,
  CertificateIn,
  NewActivity,
  NewVolunteer,
  TrainingIn,
  VolunteerPatch,
} from './volunteers.io.ts';

/*
 * 志愿服务: records kept by an organisation (a social organisation, a community or a street), activities with
 * sign-up, attendance, hours (domain serviceMinutes: travel never counted), training, awards and certificates.
 * Who may do what: the keeping (organising) unit's own staff manage; the leads of a street or community whose
 * jurisdiction holds the unit, and supervisors, read. Anything outside is answered as not found.
 */

/** Units that keep volunteer records and organise activities. */
const KEEPER_KINDS: readonly UnitKind[] = ['social_org', 'community', 'street_office'];
const MANAGERS = ['handler', 'street_lead', 'admin'] as const;
const READERS = ['street_lead', 'admin', 'supervisor'] as const;
const CODE_MINUTES = 15;

interface UnitFacts {
  id: string;
  name: string;
  kind: UnitKind;
  jurisdiction_path: string;
}

async function unitFacts(db: DbOrTx, id: string): Promise<UnitFacts | undefined> {
  return db
    .selectFrom('unit')
    .select(['id', 'name', 'kind', 'jurisdiction_path'])
    .where('id', '=', id)
    .executeTakeFirst();
}

function mayManage(actor: Actor, unit: UnitFacts): boolean {
  return hasRole(actor, ...MANAGERS) && actor.unitId === unit.id && KEEPER_KINDS.includes(unit.kind);
}

function mayRead(actor: Actor, unit: UnitFacts): boolean {
  if (mayManage(actor, unit)) return true;
  if (!hasRole(actor, ...READERS)) return false;
  if (!isTerritorial(actor.unitKind) && !hasRole(actor, 'supervisor')) return false;
  return unit.jurisdiction_path.startsWith(actor.scopePath);
}

/** The unit, if the caller may read (or manage) its volunteer work; otherwise 404 (out of scope) or 403 (a role). */
async function requireUnit(db: DbOrTx, actor: Actor, unitId: string, manage: boolean, entity = 'unit') {
  requireRole(actor, ...MANAGERS, ...READERS);
  const u = await unitFacts(db, unitId);
  if (!u || !mayRead(actor, u)) throw notFound(entity);
  if (manage && !mayManage(actor, u)) throw new AppError('FORBIDDEN');
  return u;
}

export async function listOrgs(db: DbOrTx, actor: Actor) {
  requireRole(actor, ...MANAGERS, ...READERS);
  const rows = await db
    .selectFrom('unit')
    .select(['id', 'name', 'kind', 'jurisdiction_path'])
    .where('active', '=', true)
    .where('kind', 'in', ['social_org', 'community'])
    .where((eb) =>
      eb.or([eb('id', '=', actor.unitId), eb('jurisdiction_path', 'like', `${actor.scopePath}%`)]),
    )
    .orderBy('kind', 'desc')
    .orderBy('name')
    .limit(500)
    .execute();
  const items = rows.filter((u) => mayRead(actor, u));
  const own = await unitFacts(db, actor.unitId);
  if (own && mayManage(actor, own) && !items.some((u) => u.id === own.id)) items.unshift(own);
  return {
    items: items
      .map((u) => ({ id: u.id, name: u.name, kind: u.kind, manage: mayManage(actor, u) }))
      .sort((a, b) => Number(b.manage) - Number(a.manage)),
  };
}

// ---- volunteers --------------------------------------------------------------------------------------------

function volunteerQuery(db: DbOrTx) {
  return db
    .selectFrom('volunteer as v')
    .innerJoin('person as p', 'p.id', 'v.person_id')
    .innerJoin('unit as u', 'u.id', 'v.keeper_unit_id')
    .select((eb) => [
      'v.id',
      'v.person_id',
      'v.keeper_unit_id',
      'v.region_path',
      'v.user_id',
      'v.skills',
      'v.registered_via',
      'v.active',
      'v.created_at',
      'p.name_masked',
      'u.name as keeper_name',
      'u.kind as keeper_kind',
      'u.jurisdiction_path as keeper_path',
      eb
        .selectFrom('volunteer_signup as s')
        .select(sql<number>`coalesce(sum(s.minutes), 0)::int`.as('m'))
        .whereRef('s.volunteer_id', '=', 'v.id')
        .where('s.status', '=', 'signed')
        .as('total_minutes'),
    ]);
}
type VolunteerRow = NonNullable<Awaited<ReturnType<ReturnType<typeof volunteerQuery>['executeTakeFirst']>>>;

function volunteerOut(r: VolunteerRow) {
  const minutes = Number(r.total_minutes ?? 0);
  return {
    id: r.id,
    nameMasked: r.name_masked,
    keeper: { id: r.keeper_unit_id, name: r.keeper_name },
    skills: r.skills,
    registeredVia: r.registered_via,
    active: r.active,
    createdAt: r.created_at,
    totalMinutes: minutes,
    totalHours: minutesToHours(minutes),
    star: starLevel(minutes),
  };
}

export async function listVolunteers(db: DbOrTx, actor: Actor, unitId: string | undefined) {
  const unit = await requireUnit(db, actor, unitId ?? actor.unitId, false);
  const rows = await volunteerQuery(db)
    .where('v.keeper_unit_id', '=', unit.id)
    .orderBy('v.created_at', 'desc')
    .limit(1000)
    .execute();
  return { items: rows.map(volunteerOut) };
}

/** The volunteer, if the caller may read (manage) the record; otherwise not found. */
async function requireVolunteer(db: DbOrTx, actor: Actor, id: string, manage: boolean) {
  const r = await volunteerQuery(db).where('v.id', '=', id).executeTakeFirst();
  if (!r) throw notFound('volunteer');
  await requireUnit(db, actor, r.keeper_unit_id, manage, 'volunteer');
  return r;
}

export async function createVolunteer(ctx: AppContext, actor: Actor, input: NewVolunteer) {
  const unit = await requireUnit(ctx.db, actor, input.unitId, true);
  return ctx.db.transaction().execute(async (tx) => {
    const person = await tx
      .selectFrom('person')
      .select('id')
      .where('name_hash', '=', ctx.pii.blindIndex(input.name))
      .where('id_hash', '=', ctx.pii.blindIndex(normaliseResidentId(input.idNumber)))
      .executeTakeFirst();
    if (!person) throw conflict('volunteer_person_unknown');
    const taken = await tx
      .selectFrom('volunteer')
      .select('id')
      .where('person_id', '=', person.id)
      .where('keeper_unit_id', '=', unit.id)
      .executeTakeFirst();
    if (taken) throw conflict('volunteer_exists');
    const row = await tx
      .insertInto('volunteer')
      .values({
        person_id: person.id,
        keeper_unit_id: unit.id,
        region_path: unit.jurisdiction_path,
        skills: input.skills,
        registered_via: 'staff',
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'volunteer',
      entityId: row.id,
      after: { keeper: unit.id, skills: input.skills },
    });
    return volunteerOut((await volunteerQuery(tx).where('v.id', '=', row.id).executeTakeFirst())!);
  });
}

export async function patchVolunteer(db: DbOrTx, actor: Actor, id: string, patch: VolunteerPatch) {
  await requireVolunteer(db, actor, id, true);
  await db
    .updateTable('volunteer')
    .set({
      ...(patch.skills ? { skills: patch.skills } : {}),
      ...(patch.active === undefined ? {} : { active: patch.active }),
    })
    .where('id', '=', id)
    .execute();
  await writeAudit(db, actor, { action: 'update', entity: 'volunteer', entityId: id, after: patch });
  return volunteerDetail(db, actor, id);
}

async function certificateSummaries(db: DbOrTx, volunteerIds: string[]) {
  if (volunteerIds.length === 0) return [];
  const rows = await db
    .selectFrom('volunteer_certificate as c')
    .innerJoin('unit as u', 'u.id', 'c.keeper_unit_id')
    .select([
      'c.id',
      'c.code',
      sql<string>`c.period_from::text`.as('period_from'),
      sql<string>`c.period_to::text`.as('period_to'),
      'c.total_minutes',
      'c.issued_at',
      'u.id as unit_id',
      'u.name as unit_name',
    ])
    .where('c.volunteer_id', 'in', volunteerIds)
    .orderBy('c.issued_at', 'desc')
    .execute();
  return rows.map((c) => ({
    id: c.id,
    code: c.code,
    periodFrom: c.period_from,
    periodTo: c.period_to,
    totalHours: minutesToHours(c.total_minutes),
    issuedAt: c.issued_at,
    keeper: { id: c.unit_id, name: c.unit_name },
  }));
}

function nextStarOut(minutes: number) {
  const n = nextStar(minutes);
  return n ? { star: n.star, hoursToGo: minutesToHours(n.minutesToGo) } : null;
}

export async function volunteerDetail(db: DbOrTx, actor: Actor, id: string) {
  const r = await requireVolunteer(db, actor, id, false);
  const [services, training, awards, certificates] = await Promise.all([
    db
      .selectFrom('volunteer_signup as s')
      .innerJoin('volunteer_activity as a', 'a.id', 's.activity_id')
      .select([
        'a.id',
        'a.title',
        'a.starts_at',
        'a.ends_at',
        's.checked_in_at',
        's.checked_out_at',
        's.break_minutes',
        's.travel_minutes',
        's.minutes',
      ])
      .where('s.volunteer_id', '=', id)
      .where('s.status', '=', 'signed')
      .orderBy('a.starts_at', 'desc')
      .execute(),
    db
      .selectFrom('volunteer_training')
      .select(['id', 'title', 'provider', 'hours', sql<string>`held_on::text`.as('held_on')])
      .where('volunteer_id', '=', id)
      .orderBy('held_on', 'desc')
      .execute(),
    db
      .selectFrom('volunteer_award')
      .select(['id', 'title', 'awarded_by', sql<string>`awarded_on::text`.as('awarded_on')])
      .where('volunteer_id', '=', id)
      .orderBy('awarded_on', 'desc')
      .execute(),
    certificateSummaries(db, [id]),
  ]);
  const out = volunteerOut(r);
  return {
    ...out,
    nextStar: nextStarOut(out.totalMinutes),
    services: services.map((s) => ({
      activityId: s.id,
      title: s.title,
      startsAt: s.starts_at,
      endsAt: s.ends_at,
      checkedInAt: s.checked_in_at,
      checkedOutAt: s.checked_out_at,
      breakMinutes: s.break_minutes,
      travelMinutes: s.travel_minutes,
      minutes: s.minutes,
    })),
    training: training.map((t) => ({
      id: t.id,
      title: t.title,
      provider: t.provider,
      hours: Number(t.hours),
      heldOn: t.held_on,
    })),
    awards: awards.map((a) => ({
      id: a.id,
      title: a.title,
      awardedBy: a.awarded_by,
      awardedOn: a.awarded_on,
    })),
    certificates,
  };
}

export async function addTraining(db: DbOrTx, actor: Actor, id: string, input: TrainingIn) {
  const v = await requireVolunteer(db, actor, id, true);
  await db
    .insertInto('volunteer_training')
    .values({
      volunteer_id: id,
      district_code: districtOf(v.region_path),
      title: input.title,
      provider: input.provider,
      hours: input.hours,
      held_on: input.heldOn,
      recorded_by: actor.userId,
    })
    .execute();
  await writeAudit(db, actor, { action: 'create', entity: 'volunteer_training', entityId: id, after: input });
  return volunteerDetail(db, actor, id);
}

export async function addAward(db: DbOrTx, actor: Actor, id: string, input: AwardIn) {
  const v = await requireVolunteer(db, actor, id, true);
  await db
    .insertInto('volunteer_award')
    .values({
      volunteer_id: id,
      district_code: districtOf(v.region_path),
      title: input.title,
      awarded_by: input.awardedBy,
      awarded_on: input.awardedOn,
      recorded_by: actor.userId,
    })
    .execute();
  await writeAudit(db, actor, { action: 'create', entity: 'volunteer_award', entityId: id, after: input });
  return volunteerDetail(db, actor, id);
}

// ---- certificates (谁记录谁证明) ------------------------------------------------------------------------------

/** Issues a 志愿服务证明 over a range: only staff of the organisation that keeps the record (domain rule). */
export async function issueCertificate(db: DbOrTx, actor: Actor, id: string, input: CertificateIn) {
  const r = await requireVolunteer(db, actor, id, false);
  requireRole(actor, ...MANAGERS);
  if (!mayIssueCertificate(r.keeper_unit_id, actor.unitId)) throw conflict('volunteer_not_keeper');
  const entries = await db
    .selectFrom('volunteer_signup as s')
    .innerJoin('volunteer_activity as a', 'a.id', 's.activity_id')
    .select(['a.starts_at', 's.minutes'])
    .where('s.volunteer_id', '=', id)
    .where('s.status', '=', 'signed')
    .where('s.minutes', 'is not', null)
    .execute();
  const hours = hoursByPeriod(
    entries.map((e) => ({ at: e.starts_at, minutes: e.minutes ?? 0 })),
    { from: input.from, to: input.to },
    input.by,
  );
  if (hours.totalMinutes === 0) throw conflict('volunteer_no_hours');
  const code = certificateCode(Array.from(crypto.randomBytes(12), (b) => b / 256));
  const row = await db
    .insertInto('volunteer_certificate')
    .values({
      code,
      volunteer_id: id,
      district_code: districtOf(r.region_path),
      keeper_unit_id: r.keeper_unit_id,
      period_from: input.from,
      period_to: input.to,
      periods: JSON.stringify(hours.periods),
      total_minutes: hours.totalMinutes,
      name_masked: r.name_masked,
      issued_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAudit(db, actor, {
    action: 'create',
    entity: 'volunteer_certificate',
    entityId: row.id,
    after: { volunteer: id, from: input.from, to: input.to, minutes: hours.totalMinutes },
  });
  return (await certificateSummaries(db, [id])).find((c) => c.id === row.id)!;
}

/**
 * The printable certificate with the volunteer's full name: staff who may read the record, or the volunteer
 * (the resident account linked to the record's person). The name is decrypted for it, and the view is audited.
 */
export async function printableCertificate(ctx: AppContext, actor: Actor, id: string) {
  const c = await ctx.db
    .selectFrom('volunteer_certificate as c')
    .innerJoin('volunteer as v', 'v.id', 'c.volunteer_id')
    .innerJoin('person as p', 'p.id', 'v.person_id')
    .innerJoin('unit as u', 'u.id', 'c.keeper_unit_id')
    .innerJoin('app_user as i', 'i.id', 'c.issued_by')
    .select([
      'c.id',
      'c.code',
      'c.keeper_unit_id',
      'c.periods',
      'c.total_minutes',
      'c.issued_at',
      sql<string>`c.period_from::text`.as('period_from'),
      sql<string>`c.period_to::text`.as('period_to'),
      'v.person_id',
      'p.name_enc',
      'u.name as unit_name',
      'i.name as issuer_name',
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!c) throw notFound('volunteer_certificate');
  const own = await verificationOf(ctx.db, actor);
  if (!own || own.personId !== c.person_id) {
    if (own || hasRole(actor, 'resident')) throw notFound('volunteer_certificate');
    await requireUnit(ctx.db, actor, c.keeper_unit_id, false, 'volunteer_certificate');
  }
  await writeAudit(ctx.db, actor, { action: 'view_pii', entity: 'volunteer_certificate', entityId: c.id });
  return {
    id: c.id,
    code: c.code,
    name: ctx.pii.decrypt(c.name_enc),
    keeper: { id: c.keeper_unit_id, name: c.unit_name },
    periodFrom: c.period_from,
    periodTo: c.period_to,
    periods: c.periods,
    totalHours: minutesToHours(c.total_minutes),
    issuedAt: c.issued_at,
    issuedBy: c.issuer_name,
  };
}

/** Anyone with the code: the masked name, the organisation and the hours. */
export async function verifyCertificate(db: DbOrTx, input: string) {
  const code = normaliseCertificateCode(input);
  if (!code) throw notFound('volunteer_certificate');
  const c = await db
    .selectFrom('volunteer_certificate as c')
    .innerJoin('unit as u', 'u.id', 'c.keeper_unit_id')
    .select([
      'c.code',
      'c.name_masked',
      'u.name',
      'c.periods',
      'c.total_minutes',
      'c.issued_at',
      sql<string>`c.period_from::text`.as('period_from'),
      sql<string>`c.period_to::text`.as('period_to'),
    ])
    .where('c.code', '=', code)
    .executeTakeFirst();
  if (!c) throw notFound('volunteer_certificate');
  return {
    code: c.code,
    nameMasked: c.name_masked,
    organisation: c.name,
    periodFrom: c.period_from,
    periodTo: c.period_to,
    periods: c.periods.map((p) => ({ period: p.period, hours: p.hours })),
    totalHours: minutesToHours(c.total_minutes),
    issuedAt: c.issued_at,
  };
}

// ---- activities --------------------------------------------------------------------------------------------

function activityQuery(db: DbOrTx) {
  return db
    .selectFrom('volunteer_activity as a')
    .innerJoin('unit as u', 'u.id', 'a.organiser_unit_id')
    .selectAll('a')
    .select((eb) => [
      'u.name as organiser_name',
      eb
        .selectFrom('volunteer_signup as s')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('s.activity_id', '=', 'a.id')
        .where('s.status', '=', 'signed')
        .as('signed_up'),
    ]);
}
type ActivityRow = NonNullable<Awaited<ReturnType<ReturnType<typeof activityQuery>['executeTakeFirst']>>>;

function activityOut(a: ActivityRow) {
  return {
    id: a.id,
    organiser: { id: a.organiser_unit_id, name: a.organiser_name },
    title: a.title,
    description: a.description,
    place: a.place,
    startsAt: a.starts_at,
    endsAt: a.ends_at,
    capacity: a.capacity,
    signupOpensAt: a.signup_opens_at,
    signupClosesAt: a.signup_closes_at,
    status: a.status,
    cancelReason: a.cancel_reason,
    cancelledAt: a.cancelled_at,
    signedUp: Number(a.signed_up ?? 0),
  };
}

export async function listActivities(db: DbOrTx, actor: Actor, unitId: string | undefined) {
  const unit = await requireUnit(db, actor, unitId ?? actor.unitId, false);
  const rows = await activityQuery(db)
    .where('a.organiser_unit_id', '=', unit.id)
    .orderBy('a.starts_at', 'desc')
    .limit(500)
    .execute();
  return { items: rows.map(activityOut) };
}

export async function createActivity(db: DbOrTx, actor: Actor, input: NewActivity) {
  const unit = await requireUnit(db, actor, input.unitId, true);
  const row = await db
    .insertInto('volunteer_activity')
    .values({
      organiser_unit_id: unit.id,
      region_path: unit.jurisdiction_path,
      title: input.title,
      description: input.description,
      place: input.place,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      capacity: input.capacity,
      signup_opens_at: input.signupOpensAt,
      signup_closes_at: input.signupClosesAt,
      created_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAudit(db, actor, {
    action: 'create',
    entity: 'volunteer_activity',
    entityId: row.id,
    after: input,
  });
  return activityDetail(db, actor, row.id);
}

async function requireActivity(db: DbOrTx, actor: Actor, id: string, manage: boolean) {
  const a = await activityQuery(db).where('a.id', '=', id).executeTakeFirst();
  if (!a) throw notFound('volunteer_activity');
  const unit = await requireUnit(db, actor, a.organiser_unit_id, manage, 'volunteer_activity');
  return { a, unit };
}

export async function activityDetail(db: DbOrTx, actor: Actor, id: string) {
  const { a, unit } = await requireActivity(db, actor, id, false);
  const signups = await db
    .selectFrom('volunteer_signup as s')
    .innerJoin('volunteer as v', 'v.id', 's.volunteer_id')
    .innerJoin('person as p', 'p.id', 'v.person_id')
    .select([
      's.volunteer_id',
      'p.name_masked',
      's.status',
      's.channel',
      's.signed_at',
      's.checked_in_at',
      's.checked_out_at',
      's.break_minutes',
      's.travel_minutes',
      's.minutes',
    ])
    .where('s.activity_id', '=', id)
    .orderBy('s.signed_at')
    .execute();
  const live = a.code_expires_at && a.code_expires_at > new Date() ? a.code_expires_at : null;
  return {
    ...activityOut(a),
    manage: mayManage(actor, unit),
    codeExpiresAt: live,
    signups: signups.map((s) => ({
      volunteerId: s.volunteer_id,
      nameMasked: s.name_masked,
      status: s.status,
      channel: s.channel,
      signedAt: s.signed_at,
      checkedInAt: s.checked_in_at,
      checkedOutAt: s.checked_out_at,
      breakMinutes: s.break_minutes,
      travelMinutes: s.travel_minutes,
      minutes: s.minutes,
    })),
  };
}

/** Signs a volunteer record up, under a lock on the activity (capacity) and the domain's rules. */
async function signUp(
  tx: DbOrTx,
  activityId: string,
  volunteerId: string,
  personId: string,
  channel: 'self' | 'staff',
  by: string,
  now: Date,
) {
  const a = await tx
    .selectFrom('volunteer_activity')
    .selectAll()
    .where('id', '=', activityId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const signedUp = await tx
    .selectFrom('volunteer_signup')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('activity_id', '=', activityId)
    .where('status', '=', 'signed')
    .executeTakeFirstOrThrow();
  // every active booking of the same person, whichever organisation keeps the record
  const mine = await tx
    .selectFrom('volunteer_signup as s')
    .innerJoin('volunteer as v', 'v.id', 's.volunteer_id')
    .innerJoin('volunteer_activity as o', 'o.id', 's.activity_id')
    .select(['o.id', 'o.starts_at', 'o.ends_at'])
    .where('v.person_id', '=', personId)
    .where('s.status', '=', 'signed')
    .where('o.status', '=', 'open')
    .execute();
  const refused = checkSignUp(
    {
      id: a.id,
      status: a.status,
      capacity: a.capacity,
      signedUp: Number(signedUp.n),
      signupOpensAt: a.signup_opens_at,
      signupClosesAt: a.signup_closes_at,
      startsAt: a.starts_at,
      endsAt: a.ends_at,
    },
    mine.map((m) => ({ id: m.id, startsAt: m.starts_at, endsAt: m.ends_at })),
    now,
  );
  if (refused) throw conflict(refused);
  await tx
    .insertInto('volunteer_signup')
    .values({
      activity_id: activityId,
      district_code: districtOf(a.region_path),
      volunteer_id: volunteerId,
      channel,
      recorded_by: by,
    })
    .onConflict((oc) =>
      oc.columns(['district_code', 'activity_id', 'volunteer_id']).doUpdateSet({
        status: 'signed',
        channel,
        signed_at: now,
        cancelled_at: null,
        recorded_by: by,
      }),
    )
    .execute();
  // a volunteer who signed up themselves: the organiser hears of it (no name: the record shows who)
  if (channel === 'self')
    await notify(tx, [
      {
        unitId: a.organiser_unit_id,
        kind: 'volunteer_signup',
        params: { activity: a.title, signed: Number(signedUp.n) + 1, capacity: a.capacity },
      },
    ]);
}

export async function staffSignUp(db: DbOrTx, actor: Actor, activityId: string, volunteerId: string) {
  const { a } = await requireActivity(db, actor, activityId, true);
  const v = await db
    .selectFrom('volunteer')
    .select(['id', 'person_id', 'keeper_unit_id', 'active'])
    .where('id', '=', volunteerId)
    .executeTakeFirst();
  if (!v || v.keeper_unit_id !== a.organiser_unit_id || !v.active) throw notFound('volunteer');
  await db.transaction().execute(async (tx) => {
    await signUp(tx, activityId, v.id, v.person_id, 'staff', actor.userId, new Date());
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'volunteer_signup',
      entityId: activityId,
      after: { volunteerId },
    });
  });
  return activityDetail(db, actor, activityId);
}

async function cancelSignup(tx: DbOrTx, activityId: string, volunteerId: string, now: Date) {
  const a = await tx
    .selectFrom('volunteer_activity')
    .select(['starts_at', 'ends_at'])
    .where('id', '=', activityId)
    .executeTakeFirstOrThrow();
  const s = await tx
    .selectFrom('volunteer_signup')
    .select(['status', 'checked_in_at'])
    .where('activity_id', '=', activityId)
    .where('volunteer_id', '=', volunteerId)
    .executeTakeFirst();
  if (!s || s.status !== 'signed') throw conflict('volunteer_not_signed');
  const refused = checkCancel(
    { startsAt: a.starts_at, endsAt: a.ends_at },
    { checkedInAt: s.checked_in_at },
    now,
  );
  if (refused) throw conflict(refused);
  await tx
    .updateTable('volunteer_signup')
    .set({ status: 'cancelled', cancelled_at: now })
    .where('activity_id', '=', activityId)
    .where('volunteer_id', '=', volunteerId)
    .execute();
}

export async function staffCancel(db: DbOrTx, actor: Actor, activityId: string, volunteerId: string) {
  await requireActivity(db, actor, activityId, true);
  await db.transaction().execute(async (tx) => {
    await cancelSignup(tx, activityId, volunteerId, new Date());
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'volunteer_signup',
      entityId: activityId,
      after: { volunteerId, status: 'cancelled' },
    });
  });
  return activityDetail(db, actor, activityId);
}

/**
 * The organiser's staff cancel an activity with a reason (domain checkCancelActivity: not twice, not once ended).
 * Sign-ups stay as they were (the domain refuses new ones); every volunteer signed up whose account is linked to
 * the person is notified.
 */
export async function cancelActivity(
  db: DbOrTx,
  actor: Actor,
  activityId: string,
  reason: string,
  now = new Date(),
) {
  const { unit } = await requireActivity(db, actor, activityId, true);
  await db.transaction().execute(async (tx) => {
    const a = await tx
      .selectFrom('volunteer_activity')
      .select(['title', 'status', 'starts_at', 'ends_at'])
      .where('id', '=', activityId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const refused = checkCancelActivity({ status: a.status, endsAt: a.ends_at }, now);
    if (refused) throw conflict(refused);
    await tx
      .updateTable('volunteer_activity')
      .set({ status: 'cancelled', cancel_reason: reason, cancelled_at: now, cancelled_by: actor.userId })
      .where('id', '=', activityId)
      .execute();
    // the accounts of the people signed up (a resident's account is linked to the person when verified)
    const users = await tx
      .selectFrom('volunteer_signup as s')
      .innerJoin('volunteer as v', 'v.id', 's.volunteer_id')
      .innerJoin('resident_verification as rv', 'rv.person_id', 'v.person_id')
      .select('rv.user_id')
      .distinct()
      .where('s.activity_id', '=', activityId)
      .where('s.status', '=', 'signed')
      .execute();
    await notify(
      tx,
      users.map((u) => ({
        userId: u.user_id,
        kind: 'volunteer_activity_cancelled' as const,
        params: { activity: a.title, at: a.starts_at.toISOString(), organiser: unit.name, reason },
      })),
    );
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'volunteer_activity',
      entityId: activityId,
      after: { status: 'cancelled', reason, notified: users.length },
    });
  });
  return activityDetail(db, actor, activityId);
}

/** Check in or out; at check-out the service minutes are computed by the domain rule and kept. */
async function attend(
  tx: DbOrTx,
  activityId: string,
  volunteerId: string,
  step: 'in' | 'out',
  at: Date,
  by: string,
  extra: { breakMinutes: number; travelMinutes: number } = { breakMinutes: 0, travelMinutes: 0 },
) {
  const a = await tx
    .selectFrom('volunteer_activity')
    .select(['starts_at', 'ends_at'])
    .where('id', '=', activityId)
    .executeTakeFirstOrThrow();
  const s = await tx
    .selectFrom('volunteer_signup')
    .select(['status', 'checked_in_at', 'checked_out_at'])
    .where('activity_id', '=', activityId)
    .where('volunteer_id', '=', volunteerId)
    .forUpdate()
    .executeTakeFirst();
  const window = { startsAt: a.starts_at, endsAt: a.ends_at };
  const signup = s
    ? { status: s.status, checkedInAt: s.checked_in_at, checkedOutAt: s.checked_out_at }
    : null;
  if (step === 'in') {
    const refused = checkCheckIn(window, signup, at);
    if (refused) throw conflict(refused);
    await tx
      .updateTable('volunteer_signup')
      .set({ checked_in_at: at, recorded_by: by })
      .where('activity_id', '=', activityId)
      .where('volunteer_id', '=', volunteerId)
      .execute();
    return { step, at, minutes: null };
  }
  const refused = checkCheckOut(signup, at);
  if (refused) throw conflict(refused);
  const minutes = serviceMinutes(window, {
    checkedInAt: s!.checked_in_at!,
    checkedOutAt: at,
    breakMinutes: extra.breakMinutes,
    travelMinutes: extra.travelMinutes,
  });
  await tx
    .updateTable('volunteer_signup')
    .set({
      checked_out_at: at,
      break_minutes: extra.breakMinutes,
      travel_minutes: extra.travelMinutes,
      minutes,
      recorded_by: by,
    })
    .where('activity_id', '=', activityId)
    .where('volunteer_id', '=', volunteerId)
    .execute();
  return { step, at, minutes };
}

export async function staffAttendance(db: DbOrTx, actor: Actor, activityId: string, input: AttendanceIn) {
  await requireActivity(db, actor, activityId, true);
  // a time given by staff corrects the record; it is never in the future
  if (input.at && Date.parse(input.at) > Date.now() + 60_000)
    throw invalid([{ path: 'at', key: 'not_in_future' }]);
  await db.transaction().execute(async (tx) => {
    const r = await attend(
      tx,
      activityId,
      input.volunteerId,
      input.step,
      input.at ? new Date(input.at) : new Date(),
      actor.userId,
      input,
    );
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'volunteer_signup',
      entityId: activityId,
      after: { volunteerId: input.volunteerId, ...r },
    });
  });
  return activityDetail(db, actor, activityId);
}

const hashCode = (activityId: string, code: string) =>
  crypto.createHash('sha256').update(`${activityId}:${code}`).digest('hex');

/** A fresh six-digit code to show at the activity (replaces the last one; valid for 15 minutes). */
export async function newCheckCode(db: DbOrTx, actor: Actor, activityId: string, now = new Date()) {
  await requireActivity(db, actor, activityId, true);
  const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = new Date(now.getTime() + CODE_MINUTES * 60_000);
  await db
    .updateTable('volunteer_activity')
    .set({ code_hash: hashCode(activityId, code), code_expires_at: expiresAt })
    .where('id', '=', activityId)
    .execute();
  return { code, expiresAt };
}

// ---- the resident ------------------------------------------------------------------------------------------

async function requireVerified(db: DbOrTx, actor: Actor) {
  requireRole(actor, 'resident');
  const v = await verificationOf(db, actor);
  if (!v) throw conflict('volunteer_not_verified');
  return v;
}

export async function myVolunteering(db: DbOrTx, actor: Actor, now = new Date()) {
  requireRole(actor, 'resident');
  const v = await verificationOf(db, actor);
  if (!v)
    return {
      verified: false,
      nameMasked: null,
      totalHours: 0,
      star: 0,
      nextStar: nextStarOut(0),
      records: [],
      activities: [],
      certificates: [],
    };
  const { path } = await findCommunity(db, v.communityCode);
  const records = await volunteerQuery(db).where('v.person_id', '=', v.personId).execute();
  const person = await db
    .selectFrom('person')
    .select('name_masked')
    .where('id', '=', v.personId)
    .executeTakeFirstOrThrow();
  const ids = records.map((r) => r.id);
  // open activities where the resident lives (the organiser's area holds the community), and any they signed up for
  const activities = await activityQuery(db)
    .where((eb) =>
      eb.or([
        eb.and([
          sql<boolean>`${path} LIKE a.region_path || '%'`,
          eb('a.status', '=', 'open'),
          eb('a.ends_at', '>', now),
        ]),
        ...(ids.length
          ? [
              eb.exists(
                eb
                  .selectFrom('volunteer_signup as s')
                  .select('s.activity_id')
                  .whereRef('s.activity_id', '=', 'a.id')
                  .where('s.volunteer_id', 'in', ids),
              ),
            ]
          : []),
      ]),
    )
    .orderBy('a.starts_at', 'desc')
    .limit(100)
    .execute();
  const mine = ids.length
    ? await db
        .selectFrom('volunteer_signup')
        .select(['activity_id', 'status', 'checked_in_at', 'checked_out_at', 'minutes'])
        .where('volunteer_id', 'in', ids)
        .execute()
    : [];
  const total = records.reduce((s, r) => s + Number(r.total_minutes ?? 0), 0);
  return {
    verified: true,
    nameMasked: person.name_masked,
    totalHours: minutesToHours(total),
    star: starLevel(total),
    nextStar: nextStarOut(total),
    records: records.map((r) => ({
      id: r.id,
      keeper: { id: r.keeper_unit_id, name: r.keeper_name },
      totalHours: minutesToHours(Number(r.total_minutes ?? 0)),
    })),
    activities: activities.map((a) => {
      const m = mine.find((s) => s.activity_id === a.id);
      return {
        ...activityOut(a),
        mine: m
          ? {
              status: m.status,
              checkedInAt: m.checked_in_at,
              checkedOutAt: m.checked_out_at,
              minutes: m.minutes,
            }
          : null,
      };
    }),
    certificates: await certificateSummaries(db, ids),
  };
}

/** An activity the resident may see: open where they live, or one they signed up for. */
async function residentActivity(db: DbOrTx, communityCode: string, activityId: string) {
  const a = await db
    .selectFrom('volunteer_activity')
    .select(['id', 'organiser_unit_id', 'region_path', 'code_hash', 'code_expires_at'])
    .where('id', '=', activityId)
    .executeTakeFirst();
  const { path } = await findCommunity(db, communityCode);
  if (!a || !path.startsWith(a.region_path)) throw notFound('volunteer_activity');
  return a;
}

/** A verified resident signs up: their record with the organiser is opened on the way (registered by themselves). */
export async function residentSignUp(db: DbOrTx, actor: Actor, activityId: string, now = new Date()) {
  const v = await requireVerified(db, actor);
  const a = await residentActivity(db, v.communityCode, activityId);
  const unit = (await unitFacts(db, a.organiser_unit_id))!;
  await db.transaction().execute(async (tx) => {
    let record = await tx
      .selectFrom('volunteer')
      .select(['id', 'active'])
      .where('person_id', '=', v.personId)
      .where('keeper_unit_id', '=', unit.id)
      .executeTakeFirst();
    if (record && !record.active) throw conflict('volunteer_inactive');
    if (!record) {
      record = await tx
        .insertInto('volunteer')
        .values({
          person_id: v.personId,
          keeper_unit_id: unit.id,
          region_path: unit.jurisdiction_path,
          user_id: actor.userId,
          registered_via: 'self',
        })
        .returning(['id', 'active'])
        .executeTakeFirstOrThrow();
    }
    await signUp(tx, activityId, record.id, v.personId, 'self', actor.userId, now);
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'volunteer_signup',
      entityId: activityId,
      after: { volunteerId: record.id },
    });
  });
  return myVolunteering(db, actor, now);
}

async function myRecordFor(db: DbOrTx, personId: string, unitId: string) {
  const r = await db
    .selectFrom('volunteer')
    .select('id')
    .where('person_id', '=', personId)
    .where('keeper_unit_id', '=', unitId)
    .executeTakeFirst();
  if (!r) throw conflict('volunteer_not_signed');
  return r.id;
}

export async function residentCancel(db: DbOrTx, actor: Actor, activityId: string, now = new Date()) {
  const v = await requireVerified(db, actor);
  const a = await residentActivity(db, v.communityCode, activityId);
  const volunteerId = await myRecordFor(db, v.personId, a.organiser_unit_id);
  await db.transaction().execute(async (tx) => {
    await cancelSignup(tx, activityId, volunteerId, now);
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'volunteer_signup',
      entityId: activityId,
      after: { volunteerId, status: 'cancelled' },
    });
  });
  return myVolunteering(db, actor, now);
}

/** The volunteer types the code shown at the activity: checks in, or out when already in. */
export async function residentCheck(
  db: DbOrTx,
  actor: Actor,
  activityId: string,
  code: string,
  now = new Date(),
) {
  const v = await requireVerified(db, actor);
  const a = await residentActivity(db, v.communityCode, activityId);
  if (
    !a.code_hash ||
    !a.code_expires_at ||
    a.code_expires_at <= now ||
    a.code_hash !== hashCode(activityId, code)
  )
    throw conflict('volunteer_code_invalid');
  const volunteerId = await myRecordFor(db, v.personId, a.organiser_unit_id);
  return db.transaction().execute(async (tx) => {
    const s = await tx
      .selectFrom('volunteer_signup')
      .select('checked_in_at')
      .where('activity_id', '=', activityId)
      .where('volunteer_id', '=', volunteerId)
      .executeTakeFirst();
    const r = await attend(tx, activityId, volunteerId, s?.checked_in_at ? 'out' : 'in', now, actor.userId);
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'volunteer_signup',
      entityId: activityId,
      after: { volunteerId, ...r },
    });
    return r;
  });
}
