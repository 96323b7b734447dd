import { inTransaction } from '../../lib/idempotency.ts';
import {
  ageOn,
  birthRange,
  AGE_BANDS,
  classView,
  maskName,
  normaliseResidentId,
  PERSON_FIELD_CLASS,
  residentIdFacts,
  residentIdProblem,
  tagClass,
  type NamedAgeBand,
  type FieldView,
  type HukouStatus,
  type IdType,
  type PopulationType,
  type PrivacyClass,
  type SourceState,
  type TagType,
} from '@onegrid/domain';
import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { maskIdNumber, maskPhone, type PiiCipher } from '../../lib/pii.ts';
import { revealedPhone } from '../pii/reveal.service.ts';
import {
  baseScopeOf,
  mayWriteAt,
  personVisibleSql,
  placeInTerritory,
  relationOf,
  tagRelationOf,
  viewOf,
  visible,
  type BaseScope,
  type Placed,
} from './basedata.scope.ts';
import { historyOf, lockRow, recordCreated, setSourceState, versionedUpdate } from './basedata.versioning.ts';

type Ctx = Pick<AppContext, 'db' | 'pii'>;
const today = () => new Date();
const todayIso = () => new Date().toISOString().slice(0, 10);

export interface PersonInput {
  name: string;
  idType?: IdType | undefined;
  idNumber?: string | undefined;
  gender?: 'male' | 'female' | undefined;
  birthDate?: string | undefined;
  ethnicity?: string | undefined;
  phone?: string | undefined;
  hukouAddress?: string | undefined;
  communityCode?: string | undefined;
  gridCode?: string | undefined;
  residence?: ResidenceInput | undefined;
}
export interface ResidenceInput {
  houseId: string;
  populationType: PopulationType;
  hukouStatus?: HukouStatus | undefined;
  householdNo?: string | undefined;
  relationToHead?: string | undefined;
  movedIn?: string | undefined;
}

/** The checked ID number (resident IDs: structure, birth date, check digit) and what it states. */
function checkedId(idType: IdType, raw: string | undefined) {
  if (!raw) return null;
  if (idType !== 'resident_id') return { id: raw.trim().toUpperCase(), facts: null };
  const id = normaliseResidentId(raw);
  const problem = residentIdProblem(id, today());
  if (problem) throw invalid([{ path: 'idNumber', key: problem }]);
  return { id, facts: residentIdFacts(id) };
}

/** The place (street, community, grid) of a community code and an optional grid. */
async function placeOf(db: DbOrTx, communityCode: string, gridCode?: string | null): Promise<Placed> {
  const c = await db
    .selectFrom('region')
    .select(['code', 'parent_code', 'level'])
    .where('code', '=', communityCode)
    .executeTakeFirst();
  if (!c || c.level !== 'community') throw invalid([{ path: 'communityCode', key: 'not_a_community' }]);
  if (gridCode) {
    const g = await db
      .selectFrom('grid')
      .select('community_code')
      .where('code', '=', gridCode)
      .executeTakeFirst();
    if (!g || g.community_code !== communityCode)
      throw invalid([{ path: 'gridCode', key: 'grid_not_in_community' }]);
  }
  return { street_code: c.parent_code, community_code: communityCode, grid_code: gridCode ?? null };
}

async function houseOf(db: DbOrTx, houseId: string) {
  const h = await db
    .selectFrom('house')
    .select(['id', 'street_code', 'community_code', 'grid_code'])
    .where('id', '=', houseId)
    .executeTakeFirst();
  if (!h) throw invalid([{ path: 'residence.houseId', key: 'invalid' }]);
  return h;
}

function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string }).code === '23505';
}

export async function createPerson(ctx: Ctx, actor: Actor, input: PersonInput) {
  const scope = await baseScopeOf(ctx.db, actor);
  const idType = input.idType ?? 'resident_id';
  const id = checkedId(idType, input.idNumber);
  const house = input.residence ? await houseOf(ctx.db, input.residence.houseId) : null;
  const place: Placed = house
    ? { street_code: house.street_code, community_code: house.community_code, grid_code: house.grid_code }
    : input.communityCode
      ? await placeOf(ctx.db, input.communityCode, input.gridCode)
      : (() => {
          throw invalid([{ path: 'communityCode', key: 'required' }]);
        })();
  if (!mayWriteAt(scope, place)) throw forbidden();
  const idHash = id ? ctx.pii.blindIndex(id.id) : null;
  if (idHash) await refuseExisting(ctx.db, idType, idHash);
  const name = input.name.trim();
  try {
    return await inTransaction(ctx.db, async (tx) => {
      const row = await tx
        .insertInto('person')
        .values({
          name_enc: ctx.pii.encrypt(name),
          name_hash: ctx.pii.blindIndex(name),
          name_masked: maskName(name) ?? '*',
          id_type: idType,
          id_enc: id ? ctx.pii.encrypt(id.id) : null,
          id_hash: idHash,
          gender: id?.facts?.gender ?? input.gender ?? null,
          birth_date: id?.facts?.birthDate ?? input.birthDate ?? null,
          ethnicity: input.ethnicity ?? null,
          phone_enc: input.phone ? ctx.pii.encrypt(input.phone) : null,
          phone_hash: input.phone ? ctx.pii.blindIndex(input.phone) : null,
          hukou_address: input.hukouAddress ?? null,
          ...place,
          source_state: 'entered',
          state_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordCreated(tx, actor, 'person', row);
      if (input.residence && house) await addResidence(tx, actor, row.id, house, input.residence);
      return { id: row.id, version: row.version };
    });
  } catch (e) {
    if (isUniqueViolation(e) && idHash) await refuseExisting(ctx.db, idType, idHash);
    throw e;
  }
}

/** 409 with the existing person's id: one row per natural person. */
async function refuseExisting(db: DbOrTx, idType: IdType, idHash: string): Promise<void> {
  const existing = await db
    .selectFrom('person')
    .select('id')
    .where('id_type', '=', idType)
    .where('id_hash', '=', idHash)
    .executeTakeFirst();
  if (existing) throw conflict('person_exists', { id: existing.id });
}

async function addResidence(
  db: DbOrTx,
  actor: Actor,
  personId: string,
  house: { id: string; street_code: string; community_code: string; grid_code: string | null },
  r: ResidenceInput,
) {
  const row = await db
    .insertInto('residence')
    .values({
      person_id: personId,
      house_id: house.id,
      population_type: r.populationType,
      hukou_status: r.hukouStatus ?? 'consistent',
      household_no: r.householdNo ?? null,
      relation_to_head: r.relationToHead ?? null,
      moved_in: r.movedIn ?? todayIso(),
      street_code: house.street_code,
      community_code: house.community_code,
      grid_code: house.grid_code,
      state_by: actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordCreated(db, actor, 'residence', row);
  return row;
}

export type PersonRowDb = {
  id: string;
  name_enc: string;
  name_masked: string;
  id_type: string;
  id_enc: string | null;
  phone_enc: string | null;
  gender: 'male' | 'female' | null;
  birth_date: string | null;
  ethnicity: string | null;
  hukou_address: string | null;
  deceased: boolean;
  street_code: string | null;
  community_code: string | null;
  grid_code: string | null;
  source_state: SourceState;
  state_at: Date;
  state_by: string | null;
  version: number;
};

export async function tagsOf(db: DbOrTx, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('person_tag as t')
    .leftJoin('unit as u', 'u.id', 't.responsible_unit_id')
    .leftJoin('app_user as w', 'w.id', 't.assigned_user_id')
    .select([
      't.id',
      't.person_id',
      't.tag',
      't.level',
      't.started_on',
      't.ended_on',
      't.details',
      't.responsible_unit_id',
      't.assigned_user_id',
      't.source_state',
      't.version',
      'u.name as unit_name',
      'w.name as worker_name',
    ])
    .where('t.person_id', 'in', personIds)
    .orderBy('t.started_on')
    .orderBy('t.id')
    .execute();
}
type TagDb = Awaited<ReturnType<typeof tagsOf>>[number];

function tagView(scope: BaseScope, place: Placed, t: TagDb, reveal = false) {
  const cls = tagClass(t.tag);
  const view = viewOf(scope, cls, tagRelationOf(scope, place, t));
  const shown = view === 'full' || (reveal && view === 'revealable');
  return {
    view,
    out: {
      id: t.id,
      class: cls,
      tag: shown ? t.tag : null,
      level: shown ? t.level : null,
      startedOn: shown ? t.started_on : null,
      endedOn: t.ended_on,
      responsibleUnit:
        shown && t.responsible_unit_id ? { id: t.responsible_unit_id, name: t.unit_name ?? '' } : null,
      assignedUser:
        shown && t.assigned_user_id ? { id: t.assigned_user_id, name: t.worker_name ?? '' } : null,
      view,
      sourceState: t.source_state,
      version: t.version,
    },
  };
}

function fieldValue(
  pii: PiiCipher,
  view: FieldView,
  full: () => string | null,
  masked: () => string | null,
): string | null {
  if (view === 'full') return full();
  if (view === 'masked' || view === 'revealable') return masked();
  return null;
}

async function loadVisible(db: DbOrTx, scope: BaseScope, id: string) {
  const p = (await db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst()) as
    PersonRowDb | undefined;
  if (!p) throw notFound('person');
  const tags = await tagsOf(db, [id]);
  const rel = relationOf(scope, p, tags);
  if (!visible(scope, rel)) throw notFound('person');
  return { p, tags, rel };
}

export async function getPerson(ctx: Ctx, actor: Actor, id: string) {
  const scope = await baseScopeOf(ctx.db, actor);
  const { p, tags, rel } = await loadVisible(ctx.db, scope, id);
  const views: Record<string, FieldView> = {};
  for (const [field, cls] of Object.entries(PERSON_FIELD_CLASS)) views[field] = viewOf(scope, cls, rel);
  const v = (f: string) => views[f] ?? viewOf(scope, 'P1', rel);
  const dec = (s: string | null) => (s ? ctx.pii.decrypt(s) : null);
  const p1 = v('name') === 'full';
  const tagViews = tags.map((t) => tagView(scope, p, t)).filter((t) => t.view !== 'hidden');
  const residences = p1 ? await residencesOf(ctx.db, id) : [];
  const employments = p1
    ? await ctx.db
        .selectFrom('employment as e')
        .innerJoin('organisation as o', 'o.id', 'e.organisation_id')
        .select(['o.id', 'o.name', 'e.position', 'e.since'])
        .where('e.person_id', '=', id)
        .where('e.until', 'is', null)
        .execute()
    : [];
  const fullP2 = Object.entries(views).filter(
    ([f, view]) => view === 'full' && PERSON_FIELD_CLASS[f] === 'P2',
  );
  const fullTags = tagViews.filter((t) => t.view === 'full');
  if (fullP2.length || fullTags.length) {
    await writeAudit(ctx.db, actor, {
      action: 'view_pii',
      entity: 'person',
      entityId: id,
      after: { fields: fullP2.map(([f]) => f), tags: fullTags.map((t) => t.out.tag) },
    });
  }
  const community = p.community_code
    ? await ctx.db.selectFrom('region').select('name').where('code', '=', p.community_code).executeTakeFirst()
    : undefined;
  return {
    id: p.id,
    name: fieldValue(
      ctx.pii,
      v('name'),
      () => dec(p.name_enc),
      () => p.name_masked,
    ),
    idType: p.id_type,
    idNumber: fieldValue(
      ctx.pii,
      v('idNumber'),
      () => dec(p.id_enc),
      () => maskIdNumber(dec(p.id_enc)),
    ),
    phone: fieldValue(
      ctx.pii,
      v('phone'),
      () => dec(p.phone_enc),
      () => maskPhone(dec(p.phone_enc)),
    ),
    gender: v('gender') === 'full' ? p.gender : null,
    birthDate: v('birthDate') === 'full' ? p.birth_date : null,
    age: v('birthDate') === 'full' && p.birth_date ? ageOn(p.birth_date, todayIso()) : null,
    ethnicity: v('ethnicity') === 'full' ? p.ethnicity : null,
    hukouAddress: v('hukouAddress') === 'full' ? p.hukou_address : null,
    deceased: p.deceased,
    streetCode: p.street_code,
    communityCode: p.community_code,
    communityName: community?.name ?? null,
    gridCode: p.grid_code,
    sourceState: p.source_state,
    stateAt: p.state_at.toISOString(),
    stateBy: await userName(ctx.db, p.state_by),
    version: p.version,
    mayWrite: mayWriteAt(scope, p),
    views,
    tags: tagViews.map((t) => t.out),
    residences,
    employments: employments.map((e) => ({
      organisation: { id: e.id, name: e.name },
      position: e.position,
      since: e.since,
    })),
  };
}

async function userName(db: DbOrTx, id: string | null): Promise<string | null> {
  if (!id) return null;
  const u = await db.selectFrom('app_user').select('name').where('id', '=', id).executeTakeFirst();
  return u?.name ?? null;
}

async function residencesOf(db: DbOrTx, personId: string) {
  const rows = await db
    .selectFrom('residence as r')
    .innerJoin('house as h', 'h.id', 'r.house_id')
    .innerJoin('address_node as a', 'a.id', 'h.address_id')
    .leftJoin('app_user as u', 'u.id', 'r.state_by')
    .selectAll('r')
    .select(['a.full_name', 'u.name as state_by_name'])
    .where('r.person_id', '=', personId)
    .orderBy(sql`r.moved_out IS NULL`, 'desc')
    .orderBy('r.moved_in', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    houseId: r.house_id,
    address: r.full_name,
    populationType: r.population_type,
    hukouStatus: r.hukou_status,
    householdNo: r.household_no,
    relationToHead: r.relation_to_head,
    movedIn: r.moved_in,
    movedOut: r.moved_out,
    communityCode: r.community_code,
    gridCode: r.grid_code,
    sourceState: r.source_state,
    stateAt: r.state_at.toISOString(),
    stateBy: r.state_by_name,
    version: r.version,
  }));
}

export interface PersonUpdate {
  version: number;
  name?: string | undefined;
  gender?: 'male' | 'female' | undefined;
  birthDate?: string | undefined;
  ethnicity?: string | null | undefined;
  phone?: string | null | undefined;
  hukouAddress?: string | null | undefined;
  deceased?: boolean | undefined;
  reason?: string | undefined;
}

/** The person visible and writable by the actor, locked for a change. */
async function lockWritable(tx: DbOrTx, scope: BaseScope, id: string) {
  const { p } = await loadVisible(tx, scope, id);
  if (!mayWriteAt(scope, p)) throw forbidden();
  return lockRow(tx, 'person', id);
}

export async function updatePerson(ctx: Ctx, actor: Actor, id: string, u: PersonUpdate) {
  const scope = await baseScopeOf(ctx.db, actor);
  return ctx.db.transaction().execute(async (tx) => {
    const locked = await lockWritable(tx, scope, id);
    const patch: Record<string, unknown> = {};
    if (u.name !== undefined) {
      const name = u.name.trim();
      patch.name_hash = ctx.pii.blindIndex(name);
      if (patch.name_hash !== locked.name_hash) {
        patch.name_enc = ctx.pii.encrypt(name);
        patch.name_masked = maskName(name) ?? '*';
      }
    }
    if (u.phone !== undefined) {
      const hash = u.phone ? ctx.pii.blindIndex(u.phone) : null;
      patch.phone_hash = hash;
      if (hash !== locked.phone_hash) patch.phone_enc = u.phone ? ctx.pii.encrypt(u.phone) : null;
    }
    patch.gender = u.gender;
    patch.birth_date = u.birthDate;
    patch.ethnicity = u.ethnicity;
    patch.hukou_address = u.hukouAddress;
    patch.deceased = u.deceased;
    const row = await versionedUpdate(tx, actor, 'person', id, patch, {
      expected: u.version,
      reason: u.reason ?? null,
      locked,
    });
    return { id, version: row.version };
  });
}

export async function verifyPerson(ctx: Ctx, actor: Actor, id: string, version: number) {
  const scope = await baseScopeOf(ctx.db, actor);
  return inTransaction(ctx.db, async (tx) => {
    await lockWritable(tx, scope, id);
    const row = await setSourceState(tx, actor, 'person', id, 'verified', version);
    return { id, version: row.version };
  });
}

/** A person who moves is moved: the current residence ends, a new one begins, the person's place follows. */
export async function movePerson(
  ctx: Ctx,
  actor: Actor,
  id: string,
  m: ResidenceInput & { version: number; movedOn?: string | undefined },
) {
  const scope = await baseScopeOf(ctx.db, actor);
  return ctx.db.transaction().execute(async (tx) => {
    const locked = await lockWritable(tx, scope, id);
    if (locked.version !== m.version) throw conflict('stale_version', { version: locked.version });
    const house = await houseOf(tx, m.houseId);
    if (!mayWriteAt(scope, house)) throw invalid([{ path: 'houseId', key: 'house_outside_place' }]);
    const on = m.movedOn ?? todayIso();
    const current = await tx
      .selectFrom('residence')
      .select(['id', 'house_id'])
      .where('person_id', '=', id)
      .where('moved_out', 'is', null)
      .executeTakeFirst();
    if (current?.house_id === house.id) throw conflict('same_house');
    if (current)
      await versionedUpdate(tx, actor, 'residence', current.id, { moved_out: on }, { reason: 'moved' });
    await addResidence(tx, actor, id, house, { ...m, movedIn: on });
    const row = await versionedUpdate(
      tx,
      actor,
      'person',
      id,
      { street_code: house.street_code, community_code: house.community_code, grid_code: house.grid_code },
      { reason: 'moved', locked },
    );
    await tx
      .updateTable('person_tag')
      .set({
        street_code: house.street_code,
        community_code: house.community_code,
        grid_code: house.grid_code,
      })
      .where('person_id', '=', id)
      .execute();
    return { id, version: row.version };
  });
}

export type RevealField = 'name' | 'idNumber' | 'phone' | 'tags';

/**
 * A masked field shown in full on request, with the reason written to the audit log (the phone through the pii
 * module's reveal, which also raises the bulk-reveal alert). Only fields the viewer's class view makes revealable
 * (or full); a masked-only or hidden field is refused.
 */
export async function revealPerson(
  ctx: Ctx & { db: Db },
  actor: Actor,
  id: string,
  fields: RevealField[],
  reason: string,
) {
  const scope = await baseScopeOf(ctx.db, actor);
  const { p, tags, rel } = await loadVisible(ctx.db, scope, id);
  const allowed = (cls: PrivacyClass) => ['revealable', 'full'].includes(viewOf(scope, cls, rel));
  const out: {
    name?: string | null;
    idNumber?: string | null;
    phone?: string | null;
    tags?: (ReturnType<typeof tagView>['out'] & { details: Record<string, unknown> })[];
  } = {};
  for (const f of fields) {
    if (f !== 'tags' && !allowed(PERSON_FIELD_CLASS[f] ?? 'P1'))
      throw new AppError('FORBIDDEN', { details: [{ path: f, key: 'reveal_not_allowed' }] });
  }
  const shownTags = fields.includes('tags')
    ? tags.map((t) => ({ t, v: tagView(scope, p, t, true) })).filter((x) => x.v.out.tag !== null)
    : [];
  if (fields.includes('tags') && shownTags.length === 0 && fields.length === 1)
    throw new AppError('FORBIDDEN', { details: [{ path: 'tags', key: 'reveal_not_allowed' }] });
  const dec = (s: string | null) => (s ? ctx.pii.decrypt(s) : null);
  await ctx.db.transaction().execute(async (tx) => {
    await writeAudit(tx, actor, {
      action: 'view_pii',
      entity: 'person',
      entityId: id,
      after: {
        fields: fields.filter((f) => f !== 'phone'),
        tags: shownTags.map((x) => x.t.tag),
        classes: [...new Set(shownTags.map((x) => tagClass(x.t.tag)))],
        reason: reason.trim(),
      },
    });
  });
  if (fields.includes('name')) out.name = dec(p.name_enc);
  if (fields.includes('idNumber')) out.idNumber = dec(p.id_enc);
  if (fields.includes('phone'))
    out.phone = await revealedPhone(ctx.db, actor, { entity: 'person', entityId: id, reason }, async () =>
      dec(p.phone_enc),
    );
  if (fields.includes('tags')) out.tags = shownTags.map((x) => ({ ...x.v.out, details: x.t.details }));
  return out;
}

export async function personHistory(ctx: Ctx, actor: Actor, id: string) {
  const scope = await baseScopeOf(ctx.db, actor);
  const { rel } = await loadVisible(ctx.db, scope, id);
  if (viewOf(scope, 'P1', rel) !== 'full') throw forbidden();
  return { items: (await historyOf(ctx.db, 'person', id)).map(historyItem) };
}

const PERSONAL = /(_enc|_hash|_masked)$/;
export function historyItem(h: {
  version: number;
  at: Date;
  reason: string | null;
  before: unknown;
  after: unknown;
  actor_name: string | null;
}) {
  const strip = (o: unknown) =>
    o && typeof o === 'object'
      ? Object.fromEntries(Object.entries(o as Record<string, unknown>).filter(([k]) => !PERSONAL.test(k)))
      : null;
  const fields = Object.keys((h.after ?? {}) as Record<string, unknown>)
    .filter((k) => !k.endsWith('_hash') && k !== 'name_masked' && k !== 'id')
    .map((k) => k.replace(/_enc$/, ''));
  return {
    version: h.version,
    at: h.at.toISOString(),
    actor: h.actor_name,
    reason: h.reason,
    fields,
    before: strip(h.before),
    after: strip(h.after),
  };
}

export interface PersonFilter {
  page: number;
  pageSize: number;
  communityCode?: string | undefined;
  gridCode?: string | undefined;
  populationType?: PopulationType | undefined;
  tag?: TagType | undefined;
  ageBand?: NamedAgeBand | undefined;
  sourceState?: SourceState | undefined;
  name?: string | undefined;
}

/** SQL: the viewer may see which tag a person carries (its class view is at least revealable). */
function tagListable(scope: BaseScope, tag: TagType) {
  const cls = tagClass(tag);
  const none = { inJurisdiction: false, responsibleUnit: false, assignedWorker: false };
  const ok = (v: FieldView) => v === 'revealable' || v === 'full';
  const parts = [];
  if (ok(classView(scope.viewer, cls, { ...none, inJurisdiction: true })))
    parts.push(placeInTerritory(scope, 't'));
  if (ok(classView(scope.viewer, cls, { ...none, responsibleUnit: true })))
    parts.push(sql<boolean>`t.responsible_unit_id = ${scope.actor.unitId}`);
  if (ok(classView(scope.viewer, cls, { ...none, assignedWorker: true })))
    parts.push(sql<boolean>`t.assigned_user_id = ${scope.actor.userId}`);
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` OR `)})` : sql<boolean>`FALSE`;
}

/** The persons the viewer may see under the list's filters (the list and its export share it). */
export function filteredPersons(ctx: Ctx, scope: BaseScope, f: Omit<PersonFilter, 'page' | 'pageSize'>) {
  let q = ctx.db
    .selectFrom('person as p')
    .leftJoin('residence as r', (j) => j.onRef('r.person_id', '=', 'p.id').on('r.moved_out', 'is', null))
    .where(personVisibleSql(scope, 'p'));
  if (f.communityCode) q = q.where('p.community_code', '=', f.communityCode);
  if (f.gridCode) q = q.where('p.grid_code', '=', f.gridCode);
  if (f.populationType) q = q.where('r.population_type', '=', f.populationType);
  if (f.sourceState) q = q.where('p.source_state', '=', f.sourceState);
  if (f.name) q = q.where('p.name_hash', '=', ctx.pii.blindIndex(f.name.trim()));
  if (f.ageBand) {
    const r = birthRange(AGE_BANDS[f.ageBand], todayIso());
    q = q.where('p.birth_date', '<=', r.bornOnOrBefore!).where('p.birth_date', '>', r.bornAfter!);
  }
  if (f.tag) {
    const tag = f.tag;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('person_tag as t')
          .select(sql`1`.as('one'))
          .whereRef('t.person_id', '=', 'p.id')
          .where('t.tag', '=', tag)
          .where(sql<boolean>`(t.ended_on IS NULL OR t.ended_on > current_date)`)
          .where(tagListable(scope, tag)),
      ),
    );
  }
  return q;
}

/** Persons the viewer may see, masked (lists never show full names, ID numbers or phones). */
export async function listPersons(ctx: Ctx, actor: Actor, f: PersonFilter) {
  const scope = await baseScopeOf(ctx.db, actor);
  const q = filteredPersons(ctx, scope, f);
  const [{ total }] = (await q.select(sql<number>`count(*)::int`.as('total')).execute()) as [
    { total: number },
  ];
  const rows = (await q
    .selectAll('p')
    .select('r.population_type')
    .orderBy('p.community_code')
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute()) as (PersonRowDb & { population_type: PopulationType | null })[];
  if (f.tag && tagClass(f.tag) !== 'P1' && total > 0) {
    await writeAudit(ctx.db, actor, {
      action: 'view_pii',
      entity: 'person_tag',
      after: { tag: f.tag, total, filter: { ...f, name: undefined } },
    });
  }
  return { items: await personRows(ctx, scope, rows, f.tag), total };
}

async function personRows(
  ctx: Ctx,
  scope: BaseScope,
  rows: (PersonRowDb & { population_type: PopulationType | null })[],
  listedTag?: TagType,
) {
  if (rows.length === 0) return [];
  const tags = await tagsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const names = new Map(
    (
      await ctx.db
        .selectFrom('region')
        .select(['code', 'name'])
        .where('code', 'in', [...new Set(rows.map((r) => r.community_code ?? '-'))])
        .execute()
    ).map((r) => [r.code, r.name]),
  );
  const gridCodes = [...new Set(rows.map((r) => r.grid_code).filter((c): c is string => !!c))];
  const gridNames = new Map(
    gridCodes.length
      ? (
          await ctx.db.selectFrom('grid').select(['code', 'name']).where('code', 'in', gridCodes).execute()
        ).map((g) => [g.code, g.name])
      : [],
  );
  const dec = (s: string | null) => (s ? ctx.pii.decrypt(s) : null);
  return rows.map((p) => {
    const mine = tags.filter((t) => t.person_id === p.id);
    const rel = relationOf(scope, p, mine);
    const v = (cls: PrivacyClass) => viewOf(scope, cls, rel);
    const masked = (view: FieldView) => view !== 'hidden';
    return {
      id: p.id,
      name: masked(v('P1')) ? p.name_masked : null,
      idNumber: masked(v('P2')) ? maskIdNumber(dec(p.id_enc)) : null,
      phone: masked(v('P1')) ? maskPhone(dec(p.phone_enc)) : null,
      gender: v('P1') === 'full' ? p.gender : null,
      age: v('P1') === 'full' && p.birth_date ? ageOn(p.birth_date, todayIso()) : null,
      streetCode: p.street_code,
      communityCode: p.community_code,
      communityName: p.community_code ? (names.get(p.community_code) ?? null) : null,
      gridCode: p.grid_code,
      gridName: p.grid_code ? (gridNames.get(p.grid_code) ?? null) : null,
      populationType: p.population_type,
      sourceState: p.source_state,
      version: p.version,
      tags: mine
        .filter((t) => t.ended_on === null || t.ended_on > todayIso())
        .map((t) => ({ t, view: viewOf(scope, tagClass(t.tag), tagRelationOf(scope, p, t)) }))
        .filter((x) => x.view !== 'hidden')
        .map((x) => ({
          class: tagClass(x.t.tag),
          tag: x.t.tag === listedTag && x.view !== 'masked' ? x.t.tag : null,
        })),
    };
  });
}

/** Persons by id as a list shows them (masked, tags by class): only those the viewer may see (the 楼盘表). */
export async function personsBrief(ctx: Ctx, actor: Actor, ids: readonly string[]) {
  const scope = await baseScopeOf(ctx.db, actor);
  if (ids.length === 0) return [];
  const rows = (await ctx.db
    .selectFrom('person as p')
    .leftJoin('residence as r', (j) => j.onRef('r.person_id', '=', 'p.id').on('r.moved_out', 'is', null))
    .where('p.id', 'in', [...ids])
    .where(personVisibleSql(scope, 'p'))
    .selectAll('p')
    .select('r.population_type')
    .execute()) as (PersonRowDb & { population_type: PopulationType | null })[];
  return personRows(ctx, scope, rows);
}

/** Exact look-up by ID number or phone (blind index); only persons the viewer may see, masked. */
export async function lookupPersons(ctx: Ctx, actor: Actor, by: { idNumber?: string; phone?: string }) {
  const scope = await baseScopeOf(ctx.db, actor);
  let q = ctx.db
    .selectFrom('person as p')
    .leftJoin('residence as r', (j) => j.onRef('r.person_id', '=', 'p.id').on('r.moved_out', 'is', null))
    .where(personVisibleSql(scope, 'p'));
  if (by.idNumber) {
    const id = normaliseResidentId(by.idNumber);
    q = q.where('p.id_hash', '=', ctx.pii.blindIndex(id));
  } else if (by.phone) q = q.where('p.phone_hash', '=', ctx.pii.blindIndex(by.phone));
  else throw invalid([{ path: 'idNumber', key: 'required' }]);
  const rows = (await q.selectAll('p').select('r.population_type').limit(50).execute()) as (PersonRowDb & {
    population_type: PopulationType | null;
  })[];
  if (by.idNumber && rows.length) {
    await writeAudit(ctx.db, actor, {
      action: 'view_pii',
      entity: 'person',
      entityId: rows[0]!.id,
      after: { lookup: 'idNumber' },
    });
  }
  return { items: await personRows(ctx, scope, rows), total: rows.length };
}

/** Person ids with this phone that the viewer may see (intake's caller look-up). */
export async function findPersonsByPhoneHash(db: Db, actor: Actor, phoneHash: string): Promise<string[]> {
  const scope = await baseScopeOf(db, actor);
  const rows = await db
    .selectFrom('person as p')
    .select('p.id')
    .where('p.phone_hash', '=', phoneHash)
    .where(personVisibleSql(scope, 'p'))
    .limit(20)
    .execute();
  return rows.map((r) => r.id);
}
