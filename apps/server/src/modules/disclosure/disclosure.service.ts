import {
  districtOf,
  checkFlowchart,
  DEFAULT_DUE_WORKING_DAYS,
  disclosurePoints,
  frequencyAllowed,
  nextDisclosure,
  periodPublishable,
  publicationNext,
  publicList,
  requestClock,
  requestDueAt,
  requestOutcome,
  shanghaiDayOf,
  type FlowStep,
  type WorkingCalendar,
} from '@onegrid/domain';
import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../db/database.ts';
import { requireGlobalAdmin, requireRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { conflict, invalid, notFound } from '../../lib/errors.ts';
import { maskPhone } from '../../lib/pii.ts';
import { loadCalendar } from '../calendar/calendar.service.ts';
import { notify, type NewNotification } from '../notifications/public.ts';
import { findCommunity, requireCommunityStaff, staffCommunity, type Community } from '../regions/public.ts';
import { verificationOf } from '../participation/votes.service.ts';
import * as uploads from '../uploads/uploads.service.ts';
import type {
  AnswerIn,
  CorrectionIn,
  NewEntry,
  NewEvent,
  NewPowerItem,
  NewPublication,
  PublicRequestIn,
  ResidentRequestIn,
} from './disclosure.io.ts';

/** Community staff (the community's and the street's leads) and admins keep the catalogue; supervisors read it. */
const MANAGERS = ['street_lead', 'admin'] as const;
const READERS = ['street_lead', 'admin', 'supervisor'] as const;

/** Staff of the community at `path` (managers, or readers when `manage` is false); outside: 404 `entity`. */
function requireStaff(actor: Actor, path: string, manage: boolean, entity: string) {
  requireCommunityStaff(actor, { path }, manage ? MANAGERS : READERS, entity);
}

// ---- 小微权力清单 ------------------------------------------------------------------------------------------------

type ItemRow = {
  id: string;
  category: NewPowerItem['category'];
  title: string;
  basis: string;
  description: string;
  steps: FlowStep[];
};

function itemOut(r: ItemRow, adoptedBy: string[] = []) {
  return {
    id: r.id,
    category: r.category,
    title: r.title,
    basis: r.basis,
    description: r.description,
    steps: r.steps,
    disclosurePoints: disclosurePoints(r.steps).map((p) => p.position),
    adoptedBy,
  };
}

/** Items that apply at a place: those defined by a region the place lies in. */
function itemsAt(db: DbOrTx, path: string) {
  return db
    .selectFrom('micro_power_item')
    .select(['id', 'category', 'title', 'basis', 'description', 'steps', 'region_path'])
    .where('active', '=', true)
    .where(sql<boolean>`${path} LIKE region_path || '%'`)
    .orderBy('position')
    .orderBy('title');
}

/** The micro-power items that apply in the caller's jurisdiction, with the communities of it that adopted each. */
export async function listPowers(db: DbOrTx, actor: Actor) {
  requireRole(actor, ...READERS);
  const items = await itemsAt(db, actor.scopePath).execute();
  const adoptions = items.length
    ? await db
        .selectFrom('micro_power_adoption as a')
        .innerJoin('region as r', 'r.code', 'a.community_code')
        .select(['a.item_id', 'a.community_code'])
        .where(
          'a.item_id',
          'in',
          items.map((i) => i.id),
        )
        .where('r.path', 'like', `${actor.scopePath}%`)
        .execute()
    : [];
  return {
    items: items.map((i) =>
      itemOut(
        i as ItemRow,
        adoptions.filter((a) => a.item_id === i.id).map((a) => a.community_code),
      ),
    ),
  };
}

/** The district (its administrators) defines a micro-power item with its flowchart. */
export async function createPower(db: Db, actor: Actor, input: NewPowerItem) {
  requireGlobalAdmin(actor);
  const problem = checkFlowchart(input.category, input.steps);
  if (problem) throw invalid([{ path: 'steps', key: `flowchart_${problem}` }]);
  return db.transaction().execute(async (tx) => {
    const dup = await tx
      .selectFrom('micro_power_item')
      .select('id')
      .where('region_code', '=', actor.scopeCode)
      .where('title', '=', input.title)
      .executeTakeFirst();
    if (dup) throw conflict('power_item_exists');
    const last = await tx
      .selectFrom('micro_power_item')
      .select(sql<number>`coalesce(max(position), 0)`.as('max'))
      .where('region_code', '=', actor.scopeCode)
      .executeTakeFirstOrThrow();
    const row = await tx
      .insertInto('micro_power_item')
      .values({
        region_code: actor.scopeCode,
        region_path: actor.scopePath,
        position: Number(last.max) + 1,
        category: input.category,
        title: input.title,
        basis: input.basis,
        description: input.description,
        steps: JSON.stringify(input.steps),
        created_by: actor.userId,
      })
      .returning(['id', 'category', 'title', 'basis', 'description', 'steps'])
      .executeTakeFirstOrThrow();
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'micro_power_item',
      entityId: row.id,
      after: input,
    });
    return itemOut(row as ItemRow);
  });
}

/** A community adopts one of the district's items (it then appears on the community's public page). */
export async function adoptPower(db: Db, actor: Actor, itemId: string, communityCode: string) {
  const c = await findCommunity(db, communityCode);
  requireStaff(actor, c.path, true, 'region');
  const item = await itemsAt(db, c.path).where('id', '=', itemId).executeTakeFirst();
  if (!item) throw notFound('micro_power_item');
  await db
    .insertInto('micro_power_adoption')
    .values({ item_id: itemId, community_code: c.code, adopted_by: actor.userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const adopted = await db
    .selectFrom('micro_power_adoption as a')
    .innerJoin('region as r', 'r.code', 'a.community_code')
    .select('a.community_code')
    .where('a.item_id', '=', itemId)
    .where('r.path', 'like', `${actor.scopePath}%`)
    .execute();
  return itemOut(
    item as ItemRow,
    adopted.map((a) => a.community_code),
  );
}

// ---- the catalogue ---------------------------------------------------------------------------------------------

type EntryRow = {
  id: string;
  community_code: string;
  community_name: string;
  item_id: string | null;
  category: NewEntry['category'];
  title: string;
  basis: string;
  frequency: NewEntry['frequency'];
  due_working_days: number;
  channels: string[];
  since: string;
};

async function loadEntries(db: DbOrTx, where: { pathPrefix?: string; community?: string; ids?: string[] }) {
  let q = db
    .selectFrom('disclosure_entry as e')
    .innerJoin('region as r', 'r.code', 'e.community_code')
    .select([
      'e.id',
      'e.community_code',
      'r.name as community_name',
      'e.item_id',
      'e.category',
      'e.title',
      'e.basis',
      'e.frequency',
      'e.due_working_days',
      'e.channels',
      sql<string>`e.since::text`.as('since'),
    ])
    .where('e.active', '=', true);
  if (where.pathPrefix) q = q.where('e.region_path', 'like', `${where.pathPrefix}%`);
  if (where.community) q = q.where('e.community_code', '=', where.community);
  if (where.ids) q = where.ids.length ? q.where('e.id', 'in', where.ids) : q.where(sql<boolean>`false`);
  return (await q.orderBy('e.community_code').orderBy('e.created_at').execute()) as EntryRow[];
}

/** Each entry with what it owes next (domain nextDisclosure), computed on the working calendar. */
async function withDue(db: DbOrTx, rows: EntryRow[], now: Date, cal?: WorkingCalendar) {
  if (rows.length === 0) return [];
  const calendar = cal ?? (await loadCalendar(db));
  const ids = rows.map((r) => r.id);
  const pubs = await db
    .selectFrom('disclosure_publication')
    .select(['entry_id', 'period_key', 'event_id', 'published_at'])
    .where('entry_id', 'in', ids)
    .where('status', '=', 'published')
    .execute();
  const events = await db
    .selectFrom('disclosure_event')
    .select(['id', 'entry_id', 'title', 'occurred_at'])
    .where('entry_id', 'in', ids)
    .orderBy('occurred_at')
    .execute();
  return rows.map((e) => {
    const mine = pubs.filter((p) => p.entry_id === e.id);
    const covered = new Set(mine.map((p) => p.event_id).filter(Boolean));
    const evs = events.filter((v) => v.entry_id === e.id);
    const next = nextDisclosure(
      {
        frequency: e.frequency,
        dueWorkingDays: e.due_working_days,
        since: e.since,
        publishedPeriods: mine.flatMap((p) => (p.period_key ? [p.period_key] : [])),
        events: evs.map((v) => ({ id: v.id, occurredAt: v.occurred_at, published: covered.has(v.id) })),
      },
      now,
      calendar,
    );
    const last = mine.reduce<Date | null>(
      (m, p) => (m === null || +p.published_at > +m ? p.published_at : m),
      null,
    );
    return {
      id: e.id,
      communityCode: e.community_code,
      communityName: e.community_name,
      itemId: e.item_id,
      category: e.category,
      title: e.title,
      basis: e.basis,
      frequency: e.frequency,
      dueWorkingDays: e.due_working_days,
      channels: e.channels as ('board' | 'online' | 'meeting')[],
      since: e.since,
      lastPublishedAt: last,
      next: {
        state: next.state,
        periodKey: next.periodKey,
        eventId: next.eventId,
        eventTitle: evs.find((v) => v.id === next.eventId)?.title ?? null,
        dueAt: next.dueAt,
        overdueCount: next.overdueCount,
      },
      dueKey: next.dueKey,
      openEvents: evs
        .filter((v) => !covered.has(v.id))
        .map((v) => ({ id: v.id, title: v.title, occurredAt: v.occurred_at })),
    };
  });
}

const strip = <T extends { dueKey: unknown }>({ dueKey: _, ...rest }: T) => rest;

export async function listCatalogue(db: DbOrTx, actor: Actor, communityCode?: string, now = new Date()) {
  requireRole(actor, ...READERS);
  if (communityCode) await staffCommunity(db, actor, communityCode, READERS);
  const rows = await loadEntries(db, { pathPrefix: actor.scopePath, community: communityCode });
  return { items: (await withDue(db, rows, now)).map(strip) };
}

async function entryFor(db: DbOrTx, actor: Actor, id: string, manage: boolean) {
  const e = await db
    .selectFrom('disclosure_entry')
    .selectAll()
    .select(sql<string>`since::text`.as('since_day'))
    .where('id', '=', id)
    .executeTakeFirst();
  if (!e) throw notFound('disclosure_entry');
  requireStaff(actor, e.region_path, manage, 'disclosure_entry');
  return e;
}

async function oneEntry(db: DbOrTx, id: string, now = new Date()) {
  const [e] = await withDue(db, await loadEntries(db, { ids: [id] }), now);
  return strip(e!);
}

export async function createEntry(db: Db, actor: Actor, input: NewEntry, now = new Date()) {
  const c = await findCommunity(db, input.communityCode);
  requireStaff(actor, c.path, true, 'region');
  if (!frequencyAllowed(input.category, input.frequency))
    throw invalid([{ path: 'frequency', key: 'disclosure_frequency_too_low' }]);
  return db.transaction().execute(async (tx) => {
    if (input.itemId) {
      const item = await itemsAt(tx, c.path).where('id', '=', input.itemId).executeTakeFirst();
      if (!item) throw notFound('micro_power_item');
      await tx
        .insertInto('micro_power_adoption')
        .values({ item_id: input.itemId, community_code: c.code, adopted_by: actor.userId })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    const dup = await tx
      .selectFrom('disclosure_entry')
      .select('id')
      .where('community_code', '=', c.code)
      .where('title', '=', input.title)
      .executeTakeFirst();
    if (dup) throw conflict('disclosure_entry_exists');
    const { id } = await tx
      .insertInto('disclosure_entry')
      .values({
        community_code: c.code,
        region_path: c.path,
        item_id: input.itemId ?? null,
        category: input.category,
        title: input.title,
        basis: input.basis,
        frequency: input.frequency,
        due_working_days: input.dueWorkingDays ?? DEFAULT_DUE_WORKING_DAYS[input.frequency],
        channels: input.channels,
        since: input.since ?? shanghaiDayOf(now),
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(tx, actor, { action: 'create', entity: 'disclosure_entry', entityId: id, after: input });
    return oneEntry(tx, id, now);
  });
}

/** An event an at-once entry must disclose (a resolution passed, a contract signed): its publication is now owed. */
export async function addEvent(db: Db, actor: Actor, entryId: string, input: NewEvent, now = new Date()) {
  const e = await entryFor(db, actor, entryId, true);
  if (e.frequency !== 'at_once') throw conflict('disclosure_not_at_once');
  if (Date.parse(input.occurredAt) > +now + 60_000)
    throw invalid([{ path: 'occurredAt', key: 'disclosure_event_future' }]);
  await db
    .insertInto('disclosure_event')
    .values({
      entry_id: e.id,
      district_code: districtOf(e.community_code),
      title: input.title,
      occurred_at: input.occurredAt,
      created_by: actor.userId,
    })
    .execute();
  return oneEntry(db, e.id, now);
}

// ---- publications ----------------------------------------------------------------------------------------------

const PUB_COLUMNS = [
  'p.id',
  'p.entry_id',
  'e.title as entry_title',
  'p.period_key',
  'p.event_id',
  'p.version',
  'p.supersedes',
  'p.title',
  'p.body',
  'p.list',
  'p.channel',
  'p.upload_ids',
  'p.status',
  'p.published_at',
  'p.correction_reason',
  'p.withdrawn_reason',
  'p.withdrawn_at',
] as const;

function pubQuery(db: DbOrTx) {
  return db
    .selectFrom('disclosure_publication as p')
    .innerJoin('disclosure_entry as e', 'e.id', 'p.entry_id')
    .select(PUB_COLUMNS);
}
type PubRow = Awaited<ReturnType<ReturnType<typeof pubQuery>['executeTakeFirstOrThrow']>>;

function pubOut(p: PubRow) {
  return {
    id: p.id,
    entryId: p.entry_id,
    entryTitle: p.entry_title,
    periodKey: p.period_key,
    eventId: p.event_id,
    version: p.version,
    supersedes: p.supersedes,
    title: p.title,
    body: p.body,
    list: p.list,
    channel: p.channel,
    photoIds: p.upload_ids,
    status: p.status,
    publishedAt: p.published_at,
    correctionReason: p.correction_reason,
    withdrawnReason: p.withdrawn_reason,
    withdrawnAt: p.withdrawn_at,
  };
}

/** Keeps the publication's photos from the purge (the publisher's own, or those of the version it corrects). */
const keepPhotos = (tx: DbOrTx, ids: string[], pubId: string, userId: string, previous: string | null) =>
  uploads.keepVersionUploads(tx, ids, { for: 'disclosure', id: pubId }, userId, previous);

export async function publish(db: Db, actor: Actor, input: NewPublication, now = new Date()) {
  const e = await entryFor(db, actor, input.entryId, true);
  if (e.frequency === 'at_once') {
    if (!input.eventId) throw invalid([{ path: 'eventId', key: 'required' }]);
    const ev = await db
      .selectFrom('disclosure_event')
      .select('id')
      .where('id', '=', input.eventId)
      .where('entry_id', '=', e.id)
      .executeTakeFirst();
    if (!ev) throw notFound('disclosure_event');
  } else {
    if (!input.periodKey) throw invalid([{ path: 'periodKey', key: 'required' }]);
    const why = periodPublishable(e.frequency, input.periodKey, e.since_day, now);
    if (why) throw invalid([{ path: 'periodKey', key: `disclosure_${why}` }]);
  }
  return db.transaction().execute(async (tx) => {
    const taken = await tx
      .selectFrom('disclosure_publication')
      .select('id')
      .where('entry_id', '=', e.id)
      .where('status', '=', 'published')
      .where((eb) =>
        e.frequency === 'at_once'
          ? eb('event_id', '=', input.eventId!)
          : eb('period_key', '=', input.periodKey!),
      )
      .executeTakeFirst();
    if (taken) throw conflict('disclosure_already_published');
    const { id } = await tx
      .insertInto('disclosure_publication')
      .values({
        entry_id: e.id,
        district_code: districtOf(e.community_code),
        period_key: e.frequency === 'at_once' ? null : input.periodKey!,
        event_id: e.frequency === 'at_once' ? input.eventId! : null,
        title: input.title,
        body: input.body,
        list: JSON.stringify(publicList(input.list)),
        channel: input.channel,
        published_at: now,
        published_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const photos = await keepPhotos(tx, input.uploadIds, id, actor.userId, null);
    if (photos.length)
      await tx
        .updateTable('disclosure_publication')
        .set({ upload_ids: photos })
        .where('id', '=', id)
        .execute();
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'disclosure_publication',
      entityId: id,
      after: { entryId: e.id, periodKey: input.periodKey, eventId: input.eventId, title: input.title },
    });
    return pubOut(await pubQuery(tx).where('p.id', '=', id).executeTakeFirstOrThrow());
  });
}

async function publicationFor(db: DbOrTx, actor: Actor, id: string) {
  const p = await db
    .selectFrom('disclosure_publication as p')
    .innerJoin('disclosure_entry as e', 'e.id', 'p.entry_id')
    .select([
      'p.id',
      'p.status',
      'p.entry_id',
      'p.district_code',
      'p.period_key',
      'p.event_id',
      'p.version',
      'e.region_path',
    ])
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!p) throw notFound('disclosure_publication');
  requireStaff(actor, p.region_path, true, 'disclosure_publication');
  return p;
}

/** Withdrawn with a reason, never deleted: the public page keeps its title and the reason. */
export async function withdraw(db: Db, actor: Actor, id: string, reason: string, now = new Date()) {
  const p = await publicationFor(db, actor, id);
  const next = publicationNext(p.status, 'withdraw');
  if (!next) throw conflict('disclosure_not_in_force');
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('disclosure_publication')
      .set({ status: next, withdrawn_reason: reason, withdrawn_at: now, withdrawn_by: actor.userId })
      .where('id', '=', id)
      .where('status', '=', 'published')
      .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'disclosure_publication',
      entityId: id,
      before: { status: p.status },
      after: { status: next, reason },
    });
  });
  return pubOut(await pubQuery(db).where('p.id', '=', id).executeTakeFirstOrThrow());
}

/** A correction is a new version that supersedes the one in force (which stays readable in the history). */
export async function correct(db: Db, actor: Actor, id: string, input: CorrectionIn, now = new Date()) {
  const p = await publicationFor(db, actor, id);
  if (!publicationNext(p.status, 'correct')) throw conflict('disclosure_not_in_force');
  return db.transaction().execute(async (tx) => {
    const moved = await tx
      .updateTable('disclosure_publication')
      .set({ status: 'superseded' })
      .where('id', '=', id)
      .where('status', '=', 'published')
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) throw conflict('disclosure_not_in_force');
    const { id: newId } = await tx
      .insertInto('disclosure_publication')
      .values({
        entry_id: p.entry_id,
        district_code: p.district_code,
        period_key: p.period_key,
        event_id: p.event_id,
        version: p.version + 1,
        supersedes: p.id,
        title: input.title,
        body: input.body,
        list: JSON.stringify(publicList(input.list)),
        channel: input.channel,
        published_at: now,
        published_by: actor.userId,
        correction_reason: input.reason,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const photos = await keepPhotos(tx, input.uploadIds, newId, actor.userId, p.id);
    if (photos.length)
      await tx
        .updateTable('disclosure_publication')
        .set({ upload_ids: photos })
        .where('id', '=', newId)
        .execute();
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'disclosure_publication',
      entityId: newId,
      after: { corrects: p.id, reason: input.reason },
    });
    return pubOut(await pubQuery(tx).where('p.id', '=', newId).executeTakeFirstOrThrow());
  });
}

/** An entry's publications, every version and withdrawal included, newest first. */
export async function history(db: DbOrTx, actor: Actor, entryId: string) {
  const e = await entryFor(db, actor, entryId, false);
  const rows = await pubQuery(db)
    .where('p.entry_id', '=', e.id)
    .orderBy('p.published_at', 'desc')
    .orderBy('p.version', 'desc')
    .execute();
  return { items: rows.map(pubOut) };
}

// ---- residents' queries and failure reports ---------------------------------------------------------------------

async function unitsOf(db: DbOrTx, c: Community) {
  const units = await db
    .selectFrom('unit')
    .select(['id', 'kind'])
    .where('active', '=', true)
    .where((eb) =>
      eb.or([
        eb.and([eb('kind', '=', 'community'), eb('jurisdiction_code', '=', c.code)]),
        eb.and([eb('kind', '=', 'street_office'), eb('jurisdiction_code', '=', c.parent_code ?? '')]),
      ]),
    )
    .execute();
  return {
    community: units.find((u) => u.kind === 'community')?.id ?? null,
    street: units.find((u) => u.kind === 'street_office')?.id ?? null,
  };
}

const reference = (id: string) => `GK-${id.slice(0, 8).toUpperCase()}`;

async function createRequest(
  ctx: AppContext,
  c: Community,
  input: ResidentRequestIn,
  who: { userId: string; personId: string } | { phone: string },
  now: Date,
) {
  const db = ctx.db;
  if (input.entryId) {
    const e = await db
      .selectFrom('disclosure_entry')
      .select('id')
      .where('id', '=', input.entryId)
      .where('community_code', '=', c.code)
      .executeTakeFirst();
    if (!e) throw notFound('disclosure_entry');
  }
  const cal = await loadCalendar(db);
  const dueAt = requestDueAt(input.kind, now, cal);
  return db.transaction().execute(async (tx) => {
    const { id } = await tx
      .insertInto('disclosure_request')
      .values({
        community_code: c.code,
        region_path: c.path,
        kind: input.kind,
        report_kind: input.kind === 'report' ? (input.reportKind ?? null) : null,
        entry_id: input.entryId ?? null,
        subject: input.subject,
        body: input.body,
        user_id: 'userId' in who ? who.userId : null,
        person_id: 'personId' in who ? who.personId : null,
        phone_enc: 'phone' in who ? ctx.pii.encrypt(who.phone) : null,
        due_at: dueAt,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const units = await unitsOf(tx, c);
    const params = { community: c.name, subject: input.subject, due: dueAt.toISOString() };
    const out: NewNotification[] = [];
    if (units.community)
      out.push({
        unitId: units.community,
        kind: input.kind === 'query' ? 'disclosure_query' : 'disclosure_report',
        params,
      });
    // failure reports are the street's business too
    if (input.kind === 'report' && units.street)
      out.push({ unitId: units.street, kind: 'disclosure_report', params });
    await notify(tx, out);
    return { id, reference: reference(id), dueAt };
  });
}

/** Anyone, with a phone number to be answered on: a query or a failure report to the community. */
export async function publicRequest(
  ctx: AppContext,
  communityCode: string,
  input: PublicRequestIn,
  now = new Date(),
) {
  const c = await findCommunity(ctx.db, communityCode);
  const { phone, ...rest } = input;
  return createRequest(ctx, c, rest, { phone }, now);
}

/** A verified resident's query or failure report to their own community. */
export async function residentRequest(
  ctx: AppContext,
  actor: Actor,
  input: ResidentRequestIn,
  now = new Date(),
) {
  requireRole(actor, 'resident');
  const me = await verificationOf(ctx.db, actor);
  if (!me) throw conflict('vote_not_verified');
  const c = await findCommunity(ctx.db, me.communityCode);
  return createRequest(ctx, c, input, { userId: actor.userId, personId: me.personId }, now);
}

async function loadRequests(
  ctx: AppContext,
  where: {
    pathPrefix?: string;
    community?: string;
    kind?: 'query' | 'report';
    userId?: string;
    ids?: string[];
  },
  now: Date,
) {
  let q = ctx.db
    .selectFrom('disclosure_request as q')
    .innerJoin('region as r', 'r.code', 'q.community_code')
    .leftJoin('disclosure_entry as e', 'e.id', 'q.entry_id')
    .leftJoin('person as p', 'p.id', 'q.person_id')
    .select([
      'q.id',
      'q.community_code',
      'r.name as community_name',
      'q.kind',
      'q.report_kind',
      'q.entry_id',
      'e.title as entry_title',
      'q.subject',
      'q.body',
      'q.phone_enc',
      'p.name_masked',
      'q.status',
      'q.due_at',
      'q.answer',
      'q.answered_at',
      'q.created_at',
    ]);
  if (where.pathPrefix) q = q.where('q.region_path', 'like', `${where.pathPrefix}%`);
  if (where.community) q = q.where('q.community_code', '=', where.community);
  if (where.kind) q = q.where('q.kind', '=', where.kind);
  if (where.userId) q = q.where('q.user_id', '=', where.userId);
  if (where.ids) q = q.where('q.id', 'in', where.ids);
  const rows = await q.orderBy('q.created_at', 'desc').limit(500).execute();
  return rows.map((r) => ({
    id: r.id,
    communityCode: r.community_code,
    communityName: r.community_name,
    kind: r.kind,
    reportKind: r.report_kind,
    entryId: r.entry_id,
    entryTitle: r.entry_title,
    subject: r.subject,
    body: r.body,
    from: r.name_masked ?? (r.phone_enc ? maskPhone(ctx.pii.decrypt(r.phone_enc)) : null),
    status: r.status,
    clock: requestClock(r.due_at, r.answered_at, now),
    dueAt: r.due_at,
    answer: r.answer,
    answeredAt: r.answered_at,
    createdAt: r.created_at,
  }));
}

export async function listRequests(
  ctx: AppContext,
  actor: Actor,
  filter: { communityCode?: string; kind?: 'query' | 'report' },
  now = new Date(),
) {
  requireRole(actor, ...READERS);
  if (filter.communityCode) await staffCommunity(ctx.db, actor, filter.communityCode, READERS);
  return {
    items: await loadRequests(
      ctx,
      { pathPrefix: actor.scopePath, community: filter.communityCode, kind: filter.kind },
      now,
    ),
  };
}

/** The community (or the street) answers a query, or finds a failure report upheld or dismissed. */
export async function answerRequest(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: AnswerIn,
  now = new Date(),
) {
  const r = await ctx.db
    .selectFrom('disclosure_request')
    .select(['id', 'kind', 'status', 'region_path', 'user_id', 'subject'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r) throw notFound('disclosure_request');
  requireStaff(actor, r.region_path, true, 'disclosure_request');
  const next = requestOutcome(r.kind, r.status, input.outcome);
  if (!next)
    throw conflict(r.status === 'open' ? 'disclosure_outcome_mismatch' : 'disclosure_request_closed');
  await ctx.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('disclosure_request')
      .set({ status: next, answer: input.answer, answered_at: now, answered_by: actor.userId })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .execute();
    if (r.user_id)
      await notify(tx, [
        { userId: r.user_id, kind: 'disclosure_answer', params: { subject: r.subject, note: input.answer } },
      ]);
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'disclosure_request',
      entityId: id,
      after: { status: next },
    });
  });
  const [out] = await loadRequests(ctx, { ids: [id] }, now);
  return out!;
}

// ---- the street's overview ---------------------------------------------------------------------------------------

export async function overview(ctx: AppContext, actor: Actor, now = new Date()) {
  requireRole(actor, ...READERS);
  const entries = await withDue(ctx.db, await loadEntries(ctx.db, { pathPrefix: actor.scopePath }), now);
  const overdue = entries.filter((e) => e.next.state === 'overdue');
  const alerts = overdue.length
    ? await ctx.db
        .selectFrom('disclosure_overdue_alert')
        .select(['entry_id', 'due_key', 'notified_at'])
        .where(
          'entry_id',
          'in',
          overdue.map((e) => e.id),
        )
        .execute()
    : [];
  const requests = await loadRequests(ctx, { pathPrefix: actor.scopePath }, now);
  const communities = new Map<string, { code: string; name: string }>();
  for (const e of entries) communities.set(e.communityCode, { code: e.communityCode, name: e.communityName });
  for (const q of requests)
    communities.set(q.communityCode, { code: q.communityCode, name: q.communityName });
  return {
    communities: [...communities.values()]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((c) => {
        const qs = requests.filter((q) => q.communityCode === c.code && q.status === 'open');
        return {
          ...c,
          entries: entries.filter((e) => e.communityCode === c.code).length,
          overdue: overdue.filter((e) => e.communityCode === c.code).length,
          openQueries: qs.filter((q) => q.kind === 'query').length,
          openReports: qs.filter((q) => q.kind === 'report').length,
          overdueRequests: qs.filter((q) => q.clock === 'overdue').length,
        };
      }),
    overdue: overdue.map((e) => ({
      entryId: e.id,
      communityCode: e.communityCode,
      communityName: e.communityName,
      title: e.title,
      frequency: e.frequency,
      periodKey: e.next.periodKey,
      eventTitle: e.next.eventTitle,
      dueAt: e.next.dueAt!,
      overdueCount: e.next.overdueCount,
      alertedAt: alerts.find((a) => a.entry_id === e.id && a.due_key === e.dueKey)?.notified_at ?? null,
    })),
    reports: requests.filter((q) => q.kind === 'report'),
  };
}

// ---- the public page ----------------------------------------------------------------------------------------------

export async function publicPage(db: DbOrTx, communityCode: string, now = new Date()) {
  const c = await findCommunity(db, communityCode);
  const street = c.parent_code
    ? await db.selectFrom('region').select('name').where('code', '=', c.parent_code).executeTakeFirst()
    : undefined;
  const entries = await withDue(db, await loadEntries(db, { community: c.code }), now);
  const pubs = await pubQuery(db)
    .where('e.community_code', '=', c.code)
    .where('p.status', 'in', ['published', 'withdrawn'])
    .orderBy('p.published_at', 'desc')
    .limit(200)
    .execute();
  const powers = await itemsAt(db, c.path)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('micro_power_adoption as a')
          .select('a.item_id')
          .whereRef('a.item_id', '=', 'micro_power_item.id')
          .where('a.community_code', '=', c.code),
      ),
    )
    .execute();
  return {
    communityCode: c.code,
    communityName: c.name,
    streetName: street?.name ?? '',
    entries: entries.map(({ dueKey: _, openEvents: __, ...e }) => e),
    publications: pubs.map((p) => {
      const o = pubOut(p);
      // a withdrawn publication keeps its title, dates and the reason; its content is no longer published
      return p.status === 'withdrawn'
        ? { ...o, status: 'withdrawn' as const, body: '', list: [], photoIds: [] }
        : { ...o, status: 'published' as const };
    }),
    powers: powers.map((i) => {
      const { adoptedBy: _, ...rest } = itemOut(i as ItemRow);
      return rest;
    }),
  };
}

/** The resident's community's disclosures, with their own queries and reports. */
export async function myDisclosure(ctx: AppContext, actor: Actor, now = new Date()) {
  requireRole(actor, 'resident');
  const me = await verificationOf(ctx.db, actor);
  const code = me?.communityCode ?? actor.scopeCode;
  return {
    verified: Boolean(me),
    communityCode: code,
    page: await publicPage(ctx.db, code, now),
    requests: await loadRequests(ctx, { userId: actor.userId }, now),
  };
}

/** A photo of a publication in force, to anyone. */
export async function publicPhoto(db: DbOrTx, id: string) {
  const u = await uploads.keptUpload(db, id);
  if (!u || u.kept_for !== 'disclosure' || !u.kept_id) throw notFound('upload');
  const p = await db
    .selectFrom('disclosure_publication')
    .select('id')
    .where('id', '=', u.kept_id)
    .where('status', '=', 'published')
    .executeTakeFirst();
  if (!p) throw notFound('upload');
  return { mime: u.mime, data: u.data };
}

/** Every active entry whose publication is overdue, with the units to alert (the community's, its street's). */
export async function overdueEntries(db: DbOrTx, now: Date, cal: WorkingCalendar) {
  const entries = (await withDue(db, await loadEntries(db, {}), now, cal)).filter(
    (e) => e.next.state === 'overdue' && e.dueKey && e.next.dueAt,
  );
  const out = [];
  const unitCache = new Map<string, { community: string | null; street: string | null }>();
  for (const e of entries) {
    let units = unitCache.get(e.communityCode);
    if (!units) {
      units = await unitsOf(db, await findCommunity(db, e.communityCode));
      unitCache.set(e.communityCode, units);
    }
    out.push({
      id: e.id,
      districtCode: districtOf(e.communityCode),
      title: e.title,
      communityName: e.communityName,
      dueKey: e.dueKey!,
      dueAt: e.next.dueAt!,
      periodKey: e.next.periodKey,
      eventTitle: e.next.eventTitle,
      communityUnit: units.community,
      streetUnit: units.street,
    });
  }
  return out;
}
