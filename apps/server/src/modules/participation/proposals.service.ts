import { districtOf, proposalQualified } from '@onegrid/domain';
import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../db/database.ts';
import { requireRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import { createTopicFrom } from './deliberation.service.ts';
import type { NewProposal, ProposalAnswer } from './participation.io.ts';
import { findCommunity } from '../regions/public.ts';
import { requireCommunityStaff, verificationOf } from './votes.service.ts';

/** Supports a resident's proposal needs before the community must take it up (a vote or a meeting). */
export const SUPPORT_THRESHOLD = Math.max(1, Number(process.env.PROPOSAL_SUPPORT_THRESHOLD ?? 10) || 10);

async function verified(db: DbOrTx, actor: Actor) {
  requireRole(actor, 'resident');
  const me = await verificationOf(db, actor);
  if (!me) throw conflict('vote_not_verified');
  return me;
}

async function list(
  db: DbOrTx,
  where: { ids?: string[]; community?: string; pathPrefix?: string },
  personId: string | null,
) {
  let q = db
    .selectFrom('civic_proposal as p')
    .selectAll('p')
    .select((e) => [
      e
        .selectFrom('civic_support as s')
        .whereRef('s.proposal_id', '=', 'p.id')
        .select(e.fn.countAll<string>().as('n'))
        .as('supports'),
      sql<boolean>`exists (select 1 from civic_support s where s.proposal_id = p.id and s.person_id = ${personId})`.as(
        'supported',
      ),
    ])
    .orderBy('p.created_at', 'desc')
    .limit(200);
  if (where.ids) q = q.where('p.id', 'in', where.ids);
  if (where.community) q = q.where('p.community_code', '=', where.community);
  if (where.pathPrefix) q = q.where('p.region_path', 'like', `${where.pathPrefix}%`);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    communityCode: r.community_code,
    title: r.title,
    body: r.body,
    threshold: r.threshold,
    supports: Number(r.supports ?? 0),
    status: r.status,
    answer: r.answer,
    createdAt: r.created_at,
    mine: personId !== null && r.author_person_id === personId,
    supported: Boolean(r.supported),
  }));
}

export async function myProposals(db: DbOrTx, actor: Actor) {
  requireRole(actor, 'resident');
  const me = await verificationOf(db, actor);
  return { items: await list(db, { community: actor.scopeCode }, me?.personId ?? null) };
}

export async function staffProposals(db: DbOrTx, actor: Actor, communityCode?: string) {
  if (communityCode) requireCommunityStaff(actor, await findCommunity(db, communityCode), false);
  else requireRole(actor, 'street_lead', 'admin', 'supervisor');
  return { items: await list(db, { community: communityCode, pathPrefix: actor.scopePath }, null) };
}

/** A verified resident raises a proposal; they are its first supporter. */
export async function propose(db: Db, actor: Actor, input: NewProposal) {
  return db.transaction().execute(async (tx) => {
    const me = await verified(tx, actor);
    const c = await findCommunity(tx, me.communityCode);
    const p = await tx
      .insertInto('civic_proposal')
      .values({
        community_code: c.code,
        region_path: c.path,
        title: input.title,
        body: input.body,
        author_person_id: me.personId,
        author_user_id: actor.userId,
        threshold: SUPPORT_THRESHOLD,
        status: proposalQualified(1, SUPPORT_THRESHOLD) ? 'qualified' : 'collecting',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('civic_support')
      .values({ proposal_id: p.id, district_code: districtOf(c.code), person_id: me.personId })
      .execute();
    await writeAudit(tx, actor, { action: 'create', entity: 'civic_proposal', entityId: p.id, after: input });
    return (await list(tx, { ids: [p.id] }, me.personId))[0]!;
  });
}

/** One support per verified resident; at the threshold the proposal qualifies. Supporting again changes nothing. */
export async function support(db: Db, actor: Actor, id: string) {
  return db.transaction().execute(async (tx) => {
    const me = await verified(tx, actor);
    await sql`SELECT 1 FROM civic_proposal WHERE id = ${id} FOR UPDATE`.execute(tx);
    const p = await tx.selectFrom('civic_proposal').selectAll().where('id', '=', id).executeTakeFirst();
    if (!p || p.community_code !== me.communityCode) throw notFound('civic_proposal');
    if (p.status !== 'collecting' && p.status !== 'qualified')
      throw conflict('proposal_wrong_state', { status: p.status });
    await tx
      .insertInto('civic_support')
      .values({ proposal_id: id, district_code: districtOf(p.community_code), person_id: me.personId })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const [now] = await list(tx, { ids: [id] }, me.personId);
    if (now!.status === 'collecting' && proposalQualified(now!.supports, p.threshold)) {
      await tx.updateTable('civic_proposal').set({ status: 'qualified' }).where('id', '=', id).execute();
      now!.status = 'qualified';
    }
    return now!;
  });
}

/**
 * Staff take a qualified proposal into deliberation (a topic is raised from it) or decline it with an answer the
 * residents read; into a vote it goes by creating the vote with the proposal attached (`createVote`).
 */
export async function answerProposal(db: Db, actor: Actor, id: string, input: ProposalAnswer) {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT 1 FROM civic_proposal WHERE id = ${id} FOR UPDATE`.execute(tx);
    const p = await tx.selectFrom('civic_proposal').selectAll().where('id', '=', id).executeTakeFirst();
    if (!p) throw notFound('civic_proposal');
    const c = await findCommunity(tx, p.community_code);
    requireCommunityStaff(actor, c, true, 'civic_proposal');
    const allowed = input.status === 'declined' ? ['collecting', 'qualified'] : ['qualified'];
    if (!allowed.includes(p.status)) throw conflict('proposal_wrong_state', { status: p.status });
    await tx
      .updateTable('civic_proposal')
      .set({ status: input.status, answer: input.answer })
      .where('id', '=', id)
      .execute();
    if (input.status === 'in_deliberation')
      await createTopicFrom(tx, actor, c, {
        title: p.title,
        body: p.body,
        source: 'proposal',
        sourceRef: p.id,
      });
    await writeAudit(tx, actor, { action: 'update', entity: 'civic_proposal', entityId: id, after: input });
    return (await list(tx, { ids: [id] }, null))[0]!;
  });
}
