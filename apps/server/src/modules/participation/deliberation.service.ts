import {
  districtOf,
  agendaNoticeGiven,
  AGENDA_NOTICE_DAYS,
  canDecide,
  topicNext,
  type TopicStatus,
} from '@onegrid/domain';
import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../db/database.ts';
import { requireRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import type {
  MeetingRecordIn,
  NewMeeting,
  NewResidentTopic,
  NewTopic,
  TopicActionIn,
} from './participation.io.ts';
import { findCommunity, type Community } from '../regions/public.ts';
import { requireCommunityStaff, verificationOf } from './votes.service.ts';

async function topics(
  db: DbOrTx,
  where: { ids?: string[]; pathPrefix?: string; community?: string; publicOnly?: boolean },
) {
  let q = db
    .selectFrom('deliberation_topic as t')
    .innerJoin('region as r', 'r.code', 't.community_code')
    .selectAll('t')
    .select('r.name as community_name')
    .orderBy('t.created_at', 'desc')
    .limit(200);
  if (where.ids) q = q.where('t.id', 'in', where.ids);
  if (where.pathPrefix) q = q.where('t.region_path', 'like', `${where.pathPrefix}%`);
  if (where.community) q = q.where('t.community_code', '=', where.community);
  // the public reads what a meeting took up and what came of it, not raw submissions
  if (where.publicOnly) q = q.where('t.status', 'in', ['scheduled', 'decided', 'implementing', 'done']);
  const rows = await q.execute();
  const ids = rows.map((r) => r.id);
  const followups = ids.length
    ? await db
        .selectFrom('deliberation_followup')
        .selectAll()
        .where('topic_id', 'in', ids)
        .orderBy('created_at')
        .execute()
    : [];
  return rows.map((t) => ({
    id: t.id,
    communityCode: t.community_code,
    communityName: t.community_name,
    title: t.title,
    body: t.body,
    source: t.source,
    sourceRef: t.source_ref,
    status: t.status,
    decision: t.decision,
    createdAt: t.created_at,
    updatedAt: t.updated_at,
    followups: followups.filter((f) => f.topic_id === t.id).map((f) => ({ body: f.body, at: f.created_at })),
  }));
}

async function meetings(
  db: DbOrTx,
  where: { ids?: string[]; pathPrefix?: string; community?: string; publicOnly?: boolean },
) {
  let q = db.selectFrom('deliberation_meeting').selectAll().orderBy('meeting_at', 'desc').limit(100);
  if (where.ids) q = q.where('id', 'in', where.ids);
  if (where.pathPrefix) q = q.where('region_path', 'like', `${where.pathPrefix}%`);
  if (where.community) q = q.where('community_code', '=', where.community);
  if (where.publicOnly) q = q.where('agenda_published_at', 'is not', null);
  const rows = await q.execute();
  const ids = rows.map((r) => r.id);
  const links = ids.length
    ? await db
        .selectFrom('deliberation_meeting_topic as mt')
        .innerJoin('deliberation_topic as t', 't.id', 'mt.topic_id')
        .select(['mt.meeting_id', 't.id', 't.title', 't.status'])
        .where('mt.meeting_id', 'in', ids)
        .execute()
    : [];
  return rows.map((m) => ({
    id: m.id,
    communityCode: m.community_code,
    title: m.title,
    place: m.place,
    meetingAt: m.meeting_at,
    agenda: m.agenda,
    agendaPublishedAt: m.agenda_published_at,
    invited: m.invited,
    present: m.present,
    attendees: m.attendees,
    minutes: m.minutes,
    decision: m.decision,
    heldAt: m.held_at,
    topics: links
      .filter((l) => l.meeting_id === m.id)
      .map((l) => ({ id: l.id, title: l.title, status: l.status })),
  }));
}

export async function createTopicFrom(
  tx: DbOrTx,
  actor: Actor,
  c: Community,
  t: {
    title: string;
    body: string;
    source: 'staff' | 'case' | 'hotspot' | 'proposal' | 'resident';
    sourceRef?: string | null;
  },
) {
  const row = await tx
    .insertInto('deliberation_topic')
    .values({
      community_code: c.code,
      region_path: c.path,
      title: t.title,
      body: t.body,
      source: t.source,
      source_ref: t.sourceRef ?? null,
      created_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAudit(tx, actor, { action: 'create', entity: 'deliberation_topic', entityId: row.id, after: t });
  return row.id;
}

/**
 * What a topic from a case or a hot issue links to must exist: a case of the community (its place under the
 * community), or a hot-issue cluster of the latest run. Anything else is answered as not found.
 */
async function requireSource(db: DbOrTx, c: Community, input: NewTopic) {
  const ref = input.sourceRef ?? '';
  if (input.source === 'case') {
    const found = /^\d{1,18}$/.test(ref)
      ? await db
          .selectFrom('case')
          .select('id')
          .where('id', '=', ref)
          .where('region_path', 'like', `${c.path}%`)
          .executeTakeFirst()
      : undefined;
    if (!found) throw notFound('case');
  }
  if (input.source === 'hotspot') {
    const found = /^[0-9a-f-]{36}$/i.test(ref)
      ? await db.selectFrom('hot_cluster').select('id').where('id', '=', ref).executeTakeFirst()
      : undefined;
    if (!found) throw notFound('hot_cluster');
  }
}

export async function createTopic(db: Db, actor: Actor, input: NewTopic) {
  const c = await findCommunity(db, input.communityCode);
  requireCommunityStaff(actor, c);
  await requireSource(db, c, input);
  return db.transaction().execute(async (tx) => {
    const id = await createTopicFrom(tx, actor, c, {
      ...input,
      sourceRef: input.source === 'staff' ? null : input.sourceRef,
    });
    return (await topics(tx, { ids: [id] }))[0]!;
  });
}

/** A verified resident raises a topic for deliberation in their community (staff put it on an agenda, or decline). */
export async function raiseTopic(db: Db, actor: Actor, input: NewResidentTopic) {
  requireRole(actor, 'resident');
  return db.transaction().execute(async (tx) => {
    const me = await verificationOf(tx, actor);
    if (!me) throw conflict('vote_not_verified');
    const c = await findCommunity(tx, me.communityCode);
    const id = await createTopicFrom(tx, actor, c, { ...input, source: 'resident' });
    return (await topics(tx, { ids: [id] }))[0]!;
  });
}

export async function listTopics(db: DbOrTx, actor: Actor, communityCode?: string) {
  if (communityCode) requireCommunityStaff(actor, await findCommunity(db, communityCode), false);
  else requireRole(actor, 'street_lead', 'admin', 'supervisor');
  return { items: await topics(db, { pathPrefix: actor.scopePath, community: communityCode }) };
}

async function setTopicStatus(tx: DbOrTx, ids: string[], to: TopicStatus, decision?: string) {
  if (ids.length === 0) return;
  await tx
    .updateTable('deliberation_topic')
    .set({ status: to, updated_at: new Date(), ...(decision !== undefined ? { decision } : {}) })
    .where('id', 'in', ids)
    .execute();
}

/** start (decided → implementing), finish (→ done), decline; each with an optional public note. */
export async function topicAction(db: Db, actor: Actor, id: string, input: TopicActionIn) {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT 1 FROM deliberation_topic WHERE id = ${id} FOR UPDATE`.execute(tx);
    const [t] = await topics(tx, { ids: [id] });
    if (!t) throw notFound('deliberation_topic');
    requireCommunityStaff(actor, await findCommunity(tx, t.communityCode), true, 'deliberation_topic');
    const next = topicNext(t.status, input.action);
    if (!next) throw conflict('topic_wrong_state', { status: t.status, action: input.action });
    await setTopicStatus(tx, [id], next);
    if (input.note)
      await tx
        .insertInto('deliberation_followup')
        .values({
          topic_id: id,
          district_code: districtOf(t.communityCode),
          body: input.note,
          created_by: actor.userId,
        })
        .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'deliberation_topic',
      entityId: id,
      after: input,
    });
    return (await topics(tx, { ids: [id] }))[0]!;
  });
}

/** What was done after the decision, published on the topic. */
export async function addFollowup(db: Db, actor: Actor, id: string, body: string) {
  return db.transaction().execute(async (tx) => {
    const [t] = await topics(tx, { ids: [id] });
    if (!t) throw notFound('deliberation_topic');
    requireCommunityStaff(actor, await findCommunity(tx, t.communityCode), true, 'deliberation_topic');
    await tx
      .insertInto('deliberation_followup')
      .values({ topic_id: id, district_code: districtOf(t.communityCode), body, created_by: actor.userId })
      .execute();
    return (await topics(tx, { ids: [id] }))[0]!;
  });
}

/** A meeting with its agenda and topics (raised or already scheduled ones of the community), which become scheduled. */
export async function createMeeting(db: Db, actor: Actor, input: NewMeeting, now = new Date()) {
  const c = await findCommunity(db, input.communityCode);
  requireCommunityStaff(actor, c);
  return db.transaction().execute(async (tx) => {
    const ts = await topics(tx, { ids: input.topicIds });
    for (const id of input.topicIds) {
      const t = ts.find((x) => x.id === id);
      if (!t || t.communityCode !== c.code) throw notFound('deliberation_topic');
      if (!topicNext(t.status, 'schedule'))
        throw conflict('topic_wrong_state', { status: t.status, action: 'schedule' });
    }
    const m = await tx
      .insertInto('deliberation_meeting')
      .values({
        community_code: c.code,
        region_path: c.path,
        title: input.title,
        place: input.place,
        meeting_at: input.meetingAt,
        agenda: input.agenda,
        agenda_published_at: input.publishAgenda ? now : null,
        invited: input.invited,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('deliberation_meeting_topic')
      .values(
        input.topicIds.map((t) => ({ meeting_id: m.id, district_code: districtOf(c.code), topic_id: t })),
      )
      .execute();
    await setTopicStatus(tx, input.topicIds, 'scheduled');
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'deliberation_meeting',
      entityId: m.id,
      after: input,
    });
    return (await meetings(tx, { ids: [m.id] }))[0]!;
  });
}

export async function publishAgenda(db: Db, actor: Actor, id: string, now = new Date()) {
  return db.transaction().execute(async (tx) => {
    const [m] = await meetings(tx, { ids: [id] });
    if (!m) throw notFound('deliberation_meeting');
    requireCommunityStaff(actor, await findCommunity(tx, m.communityCode), true, 'deliberation_meeting');
    if (!m.agendaPublishedAt)
      await tx
        .updateTable('deliberation_meeting')
        .set({ agenda_published_at: now })
        .where('id', '=', id)
        .execute();
    return (await meetings(tx, { ids: [id] }))[0]!;
  });
}

/**
 * The meeting held: attendance, minutes, decision. Its agenda must have been public the notice period before, and
 * a quorum present; its topics are then decided, with the meeting's decision.
 */
export async function recordMeeting(
  db: Db,
  actor: Actor,
  id: string,
  input: MeetingRecordIn,
  now = new Date(),
) {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT 1 FROM deliberation_meeting WHERE id = ${id} FOR UPDATE`.execute(tx);
    const [m] = await meetings(tx, { ids: [id] });
    if (!m) throw notFound('deliberation_meeting');
    requireCommunityStaff(actor, await findCommunity(tx, m.communityCode), true, 'deliberation_meeting');
    if (m.heldAt) throw conflict('meeting_cannot_decide', { why: 'held' });
    if (!agendaNoticeGiven(m.agendaPublishedAt?.getTime() ?? null, m.meetingAt.getTime()))
      throw conflict('meeting_agenda_late', { days: AGENDA_NOTICE_DAYS });
    const why = canDecide({ invited: m.invited, ...input });
    if (why) throw conflict('meeting_cannot_decide', { why });
    await tx
      .updateTable('deliberation_meeting')
      .set({
        present: input.present,
        attendees: input.attendees,
        minutes: input.minutes,
        decision: input.decision,
        held_at: now,
      })
      .where('id', '=', id)
      .execute();
    await setTopicStatus(
      tx,
      m.topics.filter((t) => t.status === 'scheduled').map((t) => t.id),
      'decided',
      input.decision,
    );
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'deliberation_meeting',
      entityId: id,
      after: input,
    });
    return (await meetings(tx, { ids: [id] }))[0]!;
  });
}

export async function listMeetings(db: DbOrTx, actor: Actor, communityCode?: string) {
  if (communityCode) requireCommunityStaff(actor, await findCommunity(db, communityCode), false);
  else requireRole(actor, 'street_lead', 'admin', 'supervisor');
  return { items: await meetings(db, { pathPrefix: actor.scopePath, community: communityCode }) };
}

/** What a community publishes: meetings with a public agenda, topics taken up and what came of them. */
export async function publicDeliberation(db: DbOrTx, communityCode: string) {
  return {
    // who attended is not published: the count is
    meetings: (await meetings(db, { community: communityCode, publicOnly: true })).map((m) => ({
      ...m,
      attendees: null,
    })),
    topics: await topics(db, { community: communityCode, publicOnly: true }),
  };
}
