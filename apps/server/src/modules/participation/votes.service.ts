import {
  districtOf,
  castBallot,
  checkPaperCounts,
  eligibleVoter,
  shanghaiDayOf,
  normaliseResidentId,
  tally,
  type StoredBallot,
  type VoteRules,
  type VoteStatus,
  voteStatusAt,
  votingAgeBornBy,
} from '@onegrid/domain';
import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../db/database.ts';
import { hasRole, requireRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import { inTransaction } from '../../lib/idempotency.ts';
import { findCommunity, requireCommunityStaff as communityStaff } from '../regions/public.ts';
import type {
  BallotIn,
  NewVote,
  PaperCountsIn,
  StaffBallotIn,
  StaffVerifyIn,
  VerifyIn,
} from './participation.io.ts';

/** Community staff (a community's or street's leads) and admins run votes; supervisors read them. */
export const MANAGERS = ['street_lead', 'admin'] as const;
const READERS = ['street_lead', 'admin', 'supervisor'] as const;

/**
 * Staff of the community (or above it): managers (or readers when `manage` is false) whose jurisdiction holds the
 * community. Outside it, the thing asked for is answered as not found (`entity`), as everywhere else.
 */
export function requireCommunityStaff(
  actor: Actor,
  c: { path: string },
  manage = true,
  entity = 'region',
): void {
  communityStaff(actor, c, manage ? MANAGERS : READERS, entity);
}

// ---- residents verified against the base data --------------------------------------------------------------

export interface Verification {
  personId: string;
  communityCode: string;
}

/** The resident's verification, or null (staff and unverified residents). */
export async function verificationOf(db: DbOrTx, actor: Actor): Promise<Verification | null> {
  if (!hasRole(actor, 'resident')) return null;
  const v = await db
    .selectFrom('resident_verification')
    .select(['person_id', 'community_code'])
    .where('user_id', '=', actor.userId)
    .executeTakeFirst();
  return v ? { personId: v.person_id, communityCode: v.community_code } : null;
}

/**
 * An account's verification as its owner and the community office see it — the community and the person masked,
 * or `verified: false`. The one read of a verified resident's person, online (`myVerification`) and in person.
 */
async function verificationView(db: DbOrTx, userId: string) {
  const v = await db
    .selectFrom('resident_verification as v')
    .innerJoin('region as r', 'r.code', 'v.community_code')
    .innerJoin('person as p', 'p.id', 'v.person_id')
    .select(['v.community_code', 'r.name', 'p.name_masked', 'v.method', 'v.verified_at'])
    .where('v.user_id', '=', userId)
    .executeTakeFirst();
  return {
    verified: Boolean(v),
    communityCode: v?.community_code ?? null,
    communityName: v?.name ?? null,
    nameMasked: v?.name_masked ?? null,
    method: v?.method ?? null,
    verifiedAt: v?.verified_at ?? null,
  };
}

export async function myVerification(db: DbOrTx, actor: Actor) {
  requireRole(actor, 'resident');
  return verificationView(db, actor.userId);
}

/** Facts the eligibility rule reads about a person. */
async function voterFacts(db: DbOrTx, personId: string) {
  const p = await db
    .selectFrom('person')
    .select(['id', 'deceased', sql<string | null>`birth_date::text`.as('birth_date')])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!p) return null;
  const residences = await db
    .selectFrom('residence')
    .select(['community_code', sql<string | null>`moved_out::text`.as('moved_out')])
    .where('person_id', '=', personId)
    .execute();
  return {
    deceased: p.deceased,
    birthDate: p.birth_date,
    residences: residences.map((r) => ({ communityCode: r.community_code, movedOut: r.moved_out })),
  };
}

/** Throws unless the person may vote in the community today. */
async function requireEligible(db: DbOrTx, personId: string, communityCode: string, now: Date) {
  const facts = await voterFacts(db, personId);
  if (!facts) throw notFound('person');
  const why = eligibleVoter(facts, communityCode, shanghaiDayOf(now));
  if (why) throw conflict('vote_not_eligible', { why });
}

/**
 * A resident proves who they are with their name and ID number: both must match one person of the base data who
 * lives in the resident's community, is of age, and is not yet linked to another account.
 */
export async function verifyResident(ctx: AppContext, actor: Actor, input: VerifyIn, now = new Date()) {
  requireRole(actor, 'resident');
  return ctx.db.transaction().execute(async (tx) => {
    await linkResident(ctx, tx, actor, { userId: actor.userId, communityCode: actor.scopeCode }, input, now);
    return myVerification(tx, actor);
  });
}

/**
 * Staff at the community office verify a resident who cannot do it online (issue 13 follow-up): they find the
 * resident's account (its username or phone) and the person in the base data (name and ID number, as the base
 * data search does) and link the two — the same rule and writer as online, recorded as `staff` with who did it.
 * The account must be a resident's of a community in the caller's jurisdiction (else 404 `user`).
 */
export async function verifyResidentInPerson(
  ctx: AppContext,
  actor: Actor,
  input: StaffVerifyIn,
  now = new Date(),
) {
  requireRole(actor, ...MANAGERS);
  return ctx.db.transaction().execute(async (tx) => {
    const account = input.account.trim();
    const user = await tx
      .selectFrom('app_user as u')
      .innerJoin('unit as n', 'n.id', 'u.unit_id')
      .innerJoin('region as r', 'r.code', 'n.jurisdiction_code')
      .select(['u.id', 'u.username', 'r.code', 'r.path'])
      .where('u.active', '=', true)
      .where('r.level', '=', 'community')
      .where(sql<boolean>`'resident' = any(u.roles)`)
      .where((eb) =>
        eb.or([eb('u.username', '=', account), eb('u.phone_hash', '=', ctx.pii.blindIndex(account))]),
      )
      .executeTakeFirst();
    if (!user) throw notFound('user');
    requireCommunityStaff(actor, user, true, 'user');
    await linkResident(ctx, tx, actor, { userId: user.id, communityCode: user.code }, input, now);
    return { username: user.username, ...(await verificationView(tx, user.id)) };
  });
}

/**
 * The one writer of `resident_verification`: the person with this name and ID number must be of age and live in
 * the account's community, and not be linked to another account; the link is made (or moved) and audited.
 * Online the resident links themself; in person `by` is the staff member, recorded in `verified_by`.
 */
async function linkResident(
  ctx: AppContext,
  tx: DbOrTx,
  by: Actor,
  account: { userId: string; communityCode: string },
  input: VerifyIn,
  now: Date,
) {
  const person = await tx
    .selectFrom('person')
    .select('id')
    .where('name_hash', '=', ctx.pii.blindIndex(input.name))
    .where('id_hash', '=', ctx.pii.blindIndex(normaliseResidentId(input.idNumber)))
    .executeTakeFirst();
  if (!person) throw conflict('resident_not_found');
  await requireEligible(tx, person.id, account.communityCode, now);
  const taken = await tx
    .selectFrom('resident_verification')
    .select('user_id')
    .where('person_id', '=', person.id)
    .executeTakeFirst();
  if (taken && taken.user_id !== account.userId) throw conflict('resident_already_verified');
  const inPerson = by.userId !== account.userId;
  const fields = {
    person_id: person.id,
    community_code: account.communityCode,
    method: inPerson ? ('staff' as const) : ('online' as const),
    verified_by: inPerson ? by.userId : null,
  };
  await tx
    .insertInto('resident_verification')
    .values({ user_id: account.userId, ...fields })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ ...fields, verified_at: now }))
    .execute();
  await writeAudit(tx, by, {
    action: 'create',
    entity: 'resident_verification',
    entityId: account.userId,
    after: { personId: person.id, communityCode: account.communityCode, method: fields.method },
  });
}

// ---- votes --------------------------------------------------------------------------------------------------

type VoteRow = Awaited<ReturnType<typeof loadVotes>>[number];

async function loadVotes(db: DbOrTx, where: { ids?: string[]; pathPrefix?: string; communityCode?: string }) {
  let q = db
    .selectFrom('civic_vote as v')
    .innerJoin('region as r', 'r.code', 'v.community_code')
    .selectAll('v')
    .select('r.name as community_name')
    .orderBy('v.created_at', 'desc')
    .limit(200);
  if (where.ids) q = q.where('v.id', 'in', where.ids);
  if (where.pathPrefix) q = q.where('v.region_path', 'like', `${where.pathPrefix}%`);
  if (where.communityCode) q = q.where('v.community_code', '=', where.communityCode);
  return q.execute();
}

/** The status a reader sees (the domain's rule): an open vote past its closing time is closed. */
const shownStatus = (v: { status: VoteStatus; closes_at: Date }, now: Date): VoteStatus =>
  voteStatusAt(v.status, v.closes_at.getTime(), now.getTime());

async function details(db: DbOrTx, votes: VoteRow[]) {
  const ids = votes.map((v) => v.id);
  if (ids.length === 0) return { options: [], ballots: [], paper: [] };
  const [options, ballots, paper] = await Promise.all([
    db.selectFrom('civic_vote_option').selectAll().where('vote_id', 'in', ids).orderBy('position').execute(),
    db.selectFrom('civic_ballot').selectAll().where('vote_id', 'in', ids).execute(),
    db.selectFrom('civic_paper_count').selectAll().where('vote_id', 'in', ids).execute(),
  ]);
  return { options, ballots, paper };
}

const num = (v: string | null) => (v === null ? null : Number(v));

function rulesOf(v: VoteRow, options: { id: string; cost: string | null }[]): VoteRules {
  return {
    kind: v.kind,
    maxChoices: v.max_choices,
    budgetLimit: num(v.budget_limit),
    options: options.map((o) => ({ id: o.id, cost: num(o.cost) })),
  };
}

const stored = (b: {
  person_id: string;
  channel: StoredBallot['channel'];
  choices: string[];
  cast_at: Date;
  changes: number;
}): StoredBallot => ({
  voter: b.person_id,
  channel: b.channel,
  choices: b.choices,
  castAt: b.cast_at.getTime(),
  changes: b.changes,
});

/** Votes as a reader sees them: counts for staff, for others only once published; the reader's own ballot. */
async function present(
  db: DbOrTx,
  votes: VoteRow[],
  reader: { staff: boolean; personId: string | null },
  now: Date,
) {
  const d = await details(db, votes);
  return votes.map((v) => {
    const options = d.options.filter((o) => o.vote_id === v.id);
    const ballots = d.ballots.filter((b) => b.vote_id === v.id);
    const rules = rulesOf(v, options);
    const status = shownStatus(v, now);
    const t = tally(
      rules,
      ballots.map(stored),
      d.paper.filter((p) => p.vote_id === v.id).map((p) => ({ optionId: p.option_id, count: p.count })),
    );
    const counted = reader.staff || status === 'published';
    const mine = reader.personId ? ballots.find((b) => b.person_id === reader.personId) : undefined;
    return {
      id: v.id,
      communityCode: v.community_code,
      communityName: v.community_name,
      kind: v.kind,
      title: v.title,
      body: v.body,
      maxChoices: v.max_choices,
      budgetLimit: num(v.budget_limit),
      status,
      opensAt: v.opens_at,
      closesAt: v.closes_at,
      proposalId: v.proposal_id,
      publishedAt: v.published_at,
      results: counted ? { voters: t.voters, spent: t.spent } : null,
      options: options.map((o) => {
        const r = t.options.find((x) => x.id === o.id)!;
        return {
          id: o.id,
          title: o.title,
          description: o.description,
          cost: num(o.cost),
          online: counted ? r.online : 0,
          paper: counted ? r.paper : 0,
          votes: counted ? r.votes : 0,
          won: counted && status === 'published' ? r.won : false,
        };
      }),
      myBallot: mine ? { channel: mine.channel, choices: mine.choices, changes: mine.changes } : null,
    };
  });
}

/** In the caller's transaction when given one (points: a rule set put to a vote in one step). */
export async function createVote(db: DbOrTx, actor: Actor, input: NewVote) {
  const c = await findCommunity(db, input.communityCode);
  requireCommunityStaff(actor, c);
  return inTransaction(db, async (tx) => {
    if (input.proposalId) {
      const p = await tx
        .selectFrom('civic_proposal')
        .select(['status', 'community_code'])
        .where('id', '=', input.proposalId)
        .executeTakeFirst();
      if (!p || p.community_code !== c.code) throw notFound('civic_proposal');
      if (p.status !== 'qualified' && p.status !== 'in_vote')
        throw conflict('proposal_wrong_state', { status: p.status });
      await tx
        .updateTable('civic_proposal')
        .set({ status: 'in_vote' })
        .where('id', '=', input.proposalId)
        .execute();
    }
    const v = await tx
      .insertInto('civic_vote')
      .values({
        community_code: c.code,
        region_path: c.path,
        kind: input.kind,
        title: input.title,
        body: input.body,
        max_choices: input.maxChoices,
        budget_limit: input.kind === 'budget' ? input.budgetLimit : null,
        opens_at: input.opensAt,
        closes_at: input.closesAt,
        proposal_id: input.proposalId ?? null,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('civic_vote_option')
      .values(
        input.options.map((o, i) => ({
          vote_id: v.id,
          district_code: districtOf(c.code),
          position: i + 1,
          title: o.title,
          description: o.description,
          cost: input.kind === 'budget' ? o.cost : null,
        })),
      )
      .execute();
    await writeAudit(tx, actor, { action: 'create', entity: 'civic_vote', entityId: v.id, after: input });
    return (
      await present(tx, await loadVotes(tx, { ids: [v.id] }), { staff: true, personId: null }, new Date())
    )[0]!;
  });
}

async function voteForUpdate(tx: DbOrTx, id: string) {
  const [v] = await loadVotes(tx, { ids: [id] });
  if (!v) throw notFound('civic_vote');
  return v;
}

/** open (draft → open), close (open → closed, also before its time), publish (closed → published). */
export async function stepVote(
  db: DbOrTx,
  actor: Actor,
  id: string,
  step: 'open' | 'close' | 'publish',
  now = new Date(),
) {
  return inTransaction(db, async (tx) => {
    await sql`SELECT 1 FROM civic_vote WHERE id = ${id} FOR UPDATE`.execute(tx);
    const v = await voteForUpdate(tx, id);
    requireCommunityStaff(actor, { path: v.region_path }, true, 'civic_vote');
    const status = shownStatus(v, now);
    const next: Record<typeof step, { from: VoteStatus; to: VoteStatus }> = {
      open: { from: 'draft', to: 'open' },
      close: { from: 'open', to: 'closed' },
      publish: { from: 'closed', to: 'published' },
    };
    if (status !== next[step].from) throw conflict('vote_wrong_state', { status });
    await tx
      .updateTable('civic_vote')
      .set({
        status: next[step].to,
        ...(step === 'close' || (step === 'publish' && !v.closed_at) ? { closed_at: now } : {}),
        ...(step === 'publish' ? { published_at: now } : {}),
      })
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, actor, { action: 'update', entity: 'civic_vote', entityId: id, after: { step } });
    return (await present(tx, [await voteForUpdate(tx, id)], { staff: true, personId: null }, now))[0]!;
  });
}

export async function listVotesForStaff(db: DbOrTx, actor: Actor, communityCode?: string, now = new Date()) {
  requireRole(actor, ...READERS);
  if (communityCode) requireCommunityStaff(actor, await findCommunity(db, communityCode), false);
  const votes = await loadVotes(db, { pathPrefix: actor.scopePath, communityCode });
  return { items: await present(db, votes, { staff: true, personId: null }, now) };
}

export async function getVote(db: DbOrTx, actor: Actor, id: string, now = new Date()) {
  const [v] = await loadVotes(db, { ids: [id] });
  if (!v) throw notFound('civic_vote');
  if (hasRole(actor, 'resident')) {
    const me = await verificationOf(db, actor);
    if (actor.scopeCode !== v.community_code || v.status === 'draft') throw notFound('civic_vote');
    return (await present(db, [v], { staff: false, personId: me?.personId ?? null }, now))[0]!;
  }
  requireCommunityStaff(actor, { path: v.region_path }, false);
  return (await present(db, [v], { staff: true, personId: null }, now))[0]!;
}

/** A resident's community's votes (not drafts), with their own ballot. */
export async function myVotes(db: DbOrTx, actor: Actor, now = new Date()) {
  requireRole(actor, 'resident');
  const me = await verificationOf(db, actor);
  const votes = (await loadVotes(db, { communityCode: actor.scopeCode })).filter((v) => v.status !== 'draft');
  return { items: await present(db, votes, { staff: false, personId: me?.personId ?? null }, now) };
}

/** Published votes of a community, for anyone. */
export async function publicVotes(db: DbOrTx, communityCode: string, now = new Date()) {
  const votes = (await loadVotes(db, { communityCode })).filter((v) => v.status === 'published');
  return { items: await present(db, votes, { staff: false, personId: null }, now) };
}

async function cast(
  tx: DbOrTx,
  actor: Actor,
  v: VoteRow,
  ballot: { voter: string; channel: StoredBallot['channel']; choices: string[] },
  now: Date,
) {
  // one resident, one ballot: serialise this resident's ballots on this vote
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`${v.id}:${ballot.voter}`}))`.execute(tx);
  const options = await tx
    .selectFrom('civic_vote_option')
    .select(['id', 'cost'])
    .where('vote_id', '=', v.id)
    .execute();
  const existing = await tx
    .selectFrom('civic_ballot')
    .selectAll()
    .where('vote_id', '=', v.id)
    .where('person_id', '=', ballot.voter)
    .executeTakeFirst();
  const decision = castBallot(
    rulesOf(v, options),
    { status: v.status, opensAt: v.opens_at.getTime(), closesAt: v.closes_at.getTime() },
    existing ? stored(existing) : undefined,
    ballot,
    now.getTime(),
  );
  if (!decision.ok)
    throw conflict(`vote_${decision.reason}`, {
      max: v.max_choices,
      limit: num(v.budget_limit) ?? 0,
    });
  const b = decision.ballot;
  await tx
    .insertInto('civic_ballot')
    .values({
      vote_id: v.id,
      district_code: districtOf(v.community_code),
      person_id: b.voter,
      channel: b.channel,
      choices: [...b.choices],
      changes: b.changes,
      cast_at: now,
      entered_by: b.channel === 'online' ? null : actor.userId,
    })
    .onConflict((oc) =>
      oc.columns(['district_code', 'vote_id', 'person_id']).doUpdateSet({
        channel: b.channel,
        choices: [...b.choices],
        changes: b.changes,
        cast_at: now,
        entered_by: b.channel === 'online' ? null : actor.userId,
      }),
    )
    .execute();
  // who voted how is not audited (a secret ballot); that a ballot was entered for someone by staff is
  if (b.channel !== 'online')
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'civic_ballot',
      entityId: `${v.id}:${b.voter}`,
      after: { channel: b.channel },
    });
  return {
    changed: decision.changed,
    ballot: { channel: b.channel, choices: [...b.choices], changes: b.changes },
  };
}

/** A verified resident votes, or changes their vote, while it is open. */
export async function voteAsResident(db: Db, actor: Actor, id: string, input: BallotIn, now = new Date()) {
  requireRole(actor, 'resident');
  return db.transaction().execute(async (tx) => {
    const me = await verificationOf(tx, actor);
    if (!me) throw conflict('vote_not_verified');
    const [v] = await loadVotes(tx, { ids: [id] });
    if (!v || v.community_code !== me.communityCode || v.status === 'draft') throw notFound('civic_vote');
    await requireEligible(tx, me.personId, v.community_code, now);
    return cast(tx, actor, v, { voter: me.personId, channel: 'online', choices: input.choices }, now);
  });
}

/** Staff, in person: a resident's ballot on their behalf, or the paper ballot handed to them (registered, not read). */
export async function voteByStaff(db: Db, actor: Actor, id: string, input: StaffBallotIn, now = new Date()) {
  return db.transaction().execute(async (tx) => {
    const [v] = await loadVotes(tx, { ids: [id] });
    if (!v) throw notFound('civic_vote');
    requireCommunityStaff(actor, { path: v.region_path }, true, 'civic_vote');
    await requireEligible(tx, input.personId, v.community_code, now);
    return cast(
      tx,
      actor,
      v,
      {
        voter: input.personId,
        channel: input.paper ? 'paper' : 'staff',
        choices: input.paper ? [] : input.choices,
      },
      now,
    );
  });
}

/** The paper ballots' totals per option, entered after the count (replacing earlier totals). */
export async function setPaperCounts(
  db: Db,
  actor: Actor,
  id: string,
  input: PaperCountsIn,
  now = new Date(),
) {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT 1 FROM civic_vote WHERE id = ${id} FOR UPDATE`.execute(tx);
    const v = await voteForUpdate(tx, id);
    requireCommunityStaff(actor, { path: v.region_path }, true, 'civic_vote');
    const status = shownStatus(v, now);
    if (status === 'published' || status === 'draft') throw conflict('vote_wrong_state', { status });
    const options = await tx
      .selectFrom('civic_vote_option')
      .select(['id', 'cost'])
      .where('vote_id', '=', id)
      .execute();
    const { n } = await tx
      .selectFrom('civic_ballot')
      .select((e) => e.fn.countAll<string>().as('n'))
      .where('vote_id', '=', id)
      .where('channel', '=', 'paper')
      .executeTakeFirstOrThrow();
    const why = checkPaperCounts(rulesOf(v, options), Number(n), input.counts);
    if (why) throw conflict('vote_bad_paper_counts', { why });
    await tx.deleteFrom('civic_paper_count').where('vote_id', '=', id).execute();
    if (input.counts.length)
      await tx
        .insertInto('civic_paper_count')
        .values(
          input.counts.map((c) => ({
            vote_id: id,
            district_code: districtOf(v.community_code),
            option_id: c.optionId,
            count: c.count,
            entered_by: actor.userId,
          })),
        )
        .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'civic_paper_count',
      entityId: id,
      after: input,
    });
    return (await present(tx, [v], { staff: true, personId: null }, now))[0]!;
  });
}

/** Persons staff may enter a ballot for: adults living in the community, masked (a picker). */
export async function votersLookup(db: DbOrTx, actor: Actor, id: string, q: string, now = new Date()) {
  const [v] = await loadVotes(db, { ids: [id] });
  if (!v) throw notFound('civic_vote');
  requireCommunityStaff(actor, { path: v.region_path }, true, 'civic_vote');
  const rows = await db
    .selectFrom('person as p')
    .innerJoin('residence as r', 'r.person_id', 'p.id')
    .leftJoin('civic_ballot as b', (j) => j.onRef('b.person_id', '=', 'p.id').on('b.vote_id', '=', id))
    .select(['p.id', 'p.name_masked', 'p.birth_date', 'b.channel'])
    .distinct()
    .where('r.community_code', '=', v.community_code)
    .where('r.moved_out', 'is', null)
    .where('p.deceased', '=', false)
    .where(sql<boolean>`p.birth_date <= ${votingAgeBornBy(shanghaiDayOf(now))}::date`)
    .$if(q.length > 0, (qb) => qb.where('p.name_masked', 'like', `${q.slice(0, 1)}%`))
    .orderBy('p.name_masked')
    .limit(20)
    .execute();
  return {
    items: rows.map((r) => ({
      personId: r.id,
      nameMasked: r.name_masked,
      birthYear: r.birth_date ? String(r.birth_date).slice(0, 4) : null,
      voted: r.channel ?? null,
    })),
  };
}
