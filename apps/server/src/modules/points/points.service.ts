import {
  districtOf,
  balanceOf,
  checkRule,
  checkScore,
  reversalOf,
  ruleSetInForce,
  ruleSetState,
  shanghaiDayOf,
  type PointsEntry,
  type PointsRule,
  type RuleSetState,
} from '@onegrid/domain';
import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../db/database.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import { createVote, stepVote } from '../participation/votes.service.ts';
import { findCommunity, requireCommunityStaff, staffCommunity, type Community } from '../regions/public.ts';
import { getHousehold, households, type Household } from './households.ts';
import type { NewEntry, NewRuleSet, RuleIn, RuleSetEdit, RuleSetVoteIn } from './points.io.ts';

/** Community staff (leads of the community or street) and admins keep the rules, the shop and the lists. */
export const MANAGERS = ['street_lead', 'admin'] as const;
/** Scorers: community staff and the grid workers of the community. */
export const SCORERS = ['street_lead', 'admin', 'grid_worker'] as const;
export const READERS = ['street_lead', 'admin', 'grid_worker', 'supervisor'] as const;

type Roles = readonly ('street_lead' | 'admin' | 'grid_worker' | 'supervisor')[];

// ---- rule sets and their adoption ---------------------------------------------------------------------------

/** The adoption state of each rule set from its linked vote, through the participation tally. */
async function states(
  db: DbOrTx,
  sets: { id: string; vote_id: string | null; adopt_option_id: string | null }[],
) {
  const voteIds = sets.map((s) => s.vote_id).filter((v): v is string => v !== null);
  const [votes, options, ballots, paper] = voteIds.length
    ? await Promise.all([
        db
          .selectFrom('civic_vote')
          .select(['id', 'status', 'kind', 'max_choices', 'budget_limit', 'title'])
          .where('id', 'in', voteIds)
          .execute(),
        db
          .selectFrom('civic_vote_option')
          .select(['id', 'vote_id', 'cost'])
          .where('vote_id', 'in', voteIds)
          .execute(),
        db.selectFrom('civic_ballot').selectAll().where('vote_id', 'in', voteIds).execute(),
        db.selectFrom('civic_paper_count').selectAll().where('vote_id', 'in', voteIds).execute(),
      ])
    : [[], [], [], []];
  const out = new Map<string, { state: RuleSetState; voteStatus: string | null }>();
  for (const s of sets) {
    const v = votes.find((x) => x.id === s.vote_id);
    if (!v || !s.adopt_option_id) {
      out.set(s.id, { state: 'draft', voteStatus: null });
      continue;
    }
    const state = ruleSetState({
      status: v.status,
      adoptOptionId: s.adopt_option_id,
      rules: {
        kind: v.kind,
        maxChoices: v.max_choices,
        budgetLimit: v.budget_limit === null ? null : Number(v.budget_limit),
        options: options
          .filter((o) => o.vote_id === v.id)
          .map((o) => ({ id: o.id, cost: o.cost === null ? null : Number(o.cost) })),
      },
      ballots: ballots
        .filter((b) => b.vote_id === v.id)
        .map((b) => ({
          voter: b.person_id,
          channel: b.channel,
          choices: b.choices,
          castAt: b.cast_at.getTime(),
          changes: b.changes,
        })),
      paper: paper.filter((p) => p.vote_id === v.id).map((p) => ({ optionId: p.option_id, count: p.count })),
    });
    out.set(s.id, { state, voteStatus: v.status });
  }
  return out;
}

const ruleOut = (r: {
  id: string;
  category: PointsRule['category'];
  title: string;
  points: number;
  cap_per_month: number | null;
  evidence_required: boolean;
  black_list: boolean;
}): PointsRule => ({
  id: r.id,
  category: r.category,
  title: r.title,
  points: r.points,
  capPerMonth: r.cap_per_month,
  evidenceRequired: r.evidence_required,
  blackList: r.black_list,
});

/** A community's rule sets, newest first, each with its vote's state; the one in force is marked. */
export async function ruleSetsOf(db: DbOrTx, communityCode: string) {
  const sets = await db
    .selectFrom('points_rule_set')
    .selectAll()
    .where('community_code', '=', communityCode)
    .orderBy('version', 'desc')
    .execute();
  const st = await states(db, sets);
  const rules = sets.length
    ? await db
        .selectFrom('points_rule')
        .selectAll()
        .where(
          'rule_set_id',
          'in',
          sets.map((s) => s.id),
        )
        .orderBy('position')
        .execute()
    : [];
  const withState = sets.map((s) => ({
    ...s,
    state: st.get(s.id)!.state,
    voteStatus: st.get(s.id)!.voteStatus,
  }));
  const inForce = ruleSetInForce(withState);
  return withState.map((s) => ({
    id: s.id,
    communityCode: s.community_code,
    version: s.version,
    title: s.title,
    state: s.state,
    inForce: inForce?.id === s.id,
    voteId: s.vote_id,
    voteStatus: s.voteStatus,
    createdAt: s.created_at,
    rules: rules.filter((r) => r.rule_set_id === s.id).map(ruleOut),
  }));
}

export async function rulesInForce(db: DbOrTx, communityCode: string) {
  return (await ruleSetsOf(db, communityCode)).find((s) => s.inForce) ?? null;
}

export async function listRuleSets(db: DbOrTx, actor: Actor, communityCode?: string) {
  const c = await staffCommunity(db, actor, communityCode, READERS);
  return { communityCode: c.code, communityName: c.name, items: await ruleSetsOf(db, c.code) };
}

function checkRules(rules: RuleIn[]) {
  rules.forEach((r, i) => {
    const why = checkRule(r);
    if (why.length) throw conflict('points_rule_problem', { row: i + 1, why: why.join(', ') });
  });
}

/** The rules of a set, in the set's district (its community's; docs/distribution.md). */
async function writeRules(tx: DbOrTx, set: { id: string; communityCode: string }, rules: RuleIn[]) {
  const setId = set.id;
  await tx.deleteFrom('points_rule').where('rule_set_id', '=', setId).execute();
  await tx
    .insertInto('points_rule')
    .values(
      rules.map((r, i) => ({
        rule_set_id: setId,
        district_code: districtOf(set.communityCode),
        position: i + 1,
        category: r.category,
        title: r.title,
        points: r.points,
        cap_per_month: r.capPerMonth,
        evidence_required: r.evidenceRequired,
        black_list: r.blackList,
      })),
    )
    .execute();
}

async function oneSet(db: DbOrTx, id: string) {
  const s = await db.selectFrom('points_rule_set').selectAll().where('id', '=', id).executeTakeFirst();
  if (!s) throw notFound('points_rule_set');
  return s;
}

async function presentSet(db: DbOrTx, code: string, id: string) {
  return (await ruleSetsOf(db, code)).find((s) => s.id === id)!;
}

/** A new version of the community's rules, a draft until put to a vote. */
export async function createRuleSet(db: Db, actor: Actor, input: NewRuleSet) {
  const c = await staffCommunity(db, actor, input.communityCode, MANAGERS);
  checkRules(input.rules);
  return db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`points_rule_set:${c.code}`}))`.execute(tx);
    const last = await tx
      .selectFrom('points_rule_set')
      .select((e) => e.fn.max('version').as('v'))
      .where('community_code', '=', c.code)
      .executeTakeFirst();
    const s = await tx
      .insertInto('points_rule_set')
      .values({
        community_code: c.code,
        region_path: c.path,
        version: Number(last?.v ?? 0) + 1,
        title: input.title,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeRules(tx, { id: s.id, communityCode: c.code }, input.rules);
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'points_rule_set',
      entityId: s.id,
      after: input,
    });
    return presentSet(tx, c.code, s.id);
  });
}

async function draftOf(tx: DbOrTx, actor: Actor, id: string) {
  await sql`SELECT 1 FROM points_rule_set WHERE id = ${id} FOR UPDATE`.execute(tx);
  const s = await oneSet(tx, id);
  requireCommunityStaff(actor, { path: s.region_path }, MANAGERS, 'points_rule_set');
  if (s.vote_id) throw conflict('points_wrong_state', { state: 'in_vote' });
  return s;
}

/** A draft's title and rules change freely; once put to a vote they are frozen. */
export async function updateRuleSet(db: Db, actor: Actor, id: string, input: RuleSetEdit) {
  checkRules(input.rules);
  return db.transaction().execute(async (tx) => {
    const s = await draftOf(tx, actor, id);
    await tx.updateTable('points_rule_set').set({ title: input.title }).where('id', '=', id).execute();
    await writeRules(tx, { id, communityCode: s.community_code }, input.rules);
    await writeAudit(tx, actor, { action: 'update', entity: 'points_rule_set', entityId: id, after: input });
    return presentSet(tx, s.community_code, id);
  });
}

export async function deleteRuleSet(db: Db, actor: Actor, id: string) {
  return db.transaction().execute(async (tx) => {
    await draftOf(tx, actor, id);
    await tx.deleteFrom('points_rule_set').where('id', '=', id).execute();
    await writeAudit(tx, actor, { action: 'delete', entity: 'points_rule_set', entityId: id });
    return { deleted: true };
  });
}

const CATEGORY_ZH: Record<PointsRule['category'], string> = {
  sanitation: '环境卫生',
  mutual_aid: '邻里互助',
  volunteer: '志愿服务',
  customs: '移风易俗',
  violation: '违规行为',
  other: '其他',
};

/**
 * Puts a draft to the residents: a yes/no vote of the community made through the participation service (its
 * first option adopts), opened at once; the rules are in force once that vote is published with 同意 carried.
 */
/**
 * A draft goes to the residents: the vote is made and opened, and the rule set linked to it, in one transaction
 * (the draft's row locked first) — a failure leaves neither an orphan vote nor a second vote for the same draft.
 */
export async function putToVote(db: Db, actor: Actor, id: string, input: RuleSetVoteIn) {
  return db.transaction().execute(async (tx) => {
    const s = await draftOf(tx, actor, id);
    const rules = await tx
      .selectFrom('points_rule')
      .selectAll()
      .where('rule_set_id', '=', id)
      .orderBy('position')
      .execute();
    const body = rules
      .map(
        (r) =>
          `${r.position}. [${CATEGORY_ZH[r.category]}] ${r.title}：${r.points > 0 ? '+' : ''}${r.points} 分${r.cap_per_month ? `（每户每月至多 ${r.cap_per_month} 分）` : ''}${r.black_list ? '（列入黑榜）' : ''}`,
      )
      .join('\n');
    const vote = await createVote(tx, actor, {
      communityCode: s.community_code,
      kind: 'choice',
      title: `积分细则（第 ${s.version} 版）：${s.title}`.slice(0, 100),
      body: `表决是否通过以下积分细则：\n${body}`.slice(0, 5000),
      maxChoices: 1,
      budgetLimit: null,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      options: [
        { title: '同意', description: '通过本版积分细则', cost: null },
        { title: '不同意', description: '', cost: null },
      ],
    });
    await stepVote(tx, actor, vote.id, 'open');
    await tx
      .updateTable('points_rule_set')
      .set({ vote_id: vote.id, adopt_option_id: vote.options[0]!.id })
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'points_rule_set',
      entityId: id,
      after: { voteId: vote.id },
    });
    return presentSet(tx, s.community_code, id);
  });
}

// ---- the ledger ----------------------------------------------------------------------------------------------

type EntryRow = Awaited<ReturnType<typeof entriesOf>>[number];

export async function entriesOf(
  db: DbOrTx,
  where: { houseIds?: string[]; communityCode?: string; month?: string },
) {
  let q = db
    .selectFrom('points_entry as e')
    .leftJoin('points_rule as r', 'r.id', 'e.rule_id')
    .leftJoin('app_user as u', 'u.id', 'e.scored_by')
    .select([
      'e.id',
      'e.house_id',
      'e.community_code',
      'e.rule_id',
      'e.points',
      'e.black_list',
      'e.occurred_on',
      'e.evidence',
      'e.note',
      'e.reverses',
      'e.created_at',
      'r.title as rule_title',
      'r.category',
      'u.name as scorer_name',
    ])
    .orderBy('e.occurred_on', 'desc')
    .orderBy('e.created_at', 'desc');
  if (where.houseIds)
    q = where.houseIds.length ? q.where('e.house_id', 'in', where.houseIds) : q.where(sql<boolean>`false`);
  if (where.communityCode) q = q.where('e.community_code', '=', where.communityCode);
  if (where.month) q = q.where(sql<boolean>`to_char(e.occurred_on, 'YYYY-MM') = ${where.month}`);
  return q.execute();
}

export const asEntry = (e: EntryRow): PointsEntry => ({
  id: e.id,
  household: e.house_id,
  ruleId: e.rule_id,
  points: e.points,
  occurredOn: e.occurred_on,
  reverses: e.reverses,
  blackList: e.black_list,
});

export async function redemptionsOf(db: DbOrTx, houseIds: string[]) {
  if (houseIds.length === 0) return [];
  return db
    .selectFrom('points_redemption as d')
    .innerJoin('points_good as g', 'g.id', 'd.good_id')
    .select([
      'd.id',
      'd.house_id',
      'd.good_id',
      'g.name as good_name',
      'd.quantity',
      'd.points',
      'd.status',
      'd.channel',
      'd.created_at',
      'd.handled_at',
    ])
    .where('d.house_id', 'in', houseIds)
    .orderBy('d.created_at', 'desc')
    .execute();
}

/** Balances of the given households, by the domain rule. */
export async function balances(db: DbOrTx, houseIds: string[]) {
  const [entries, reds] = await Promise.all([entriesOf(db, { houseIds }), redemptionsOf(db, houseIds)]);
  const es = entries.map(asEntry);
  return new Map(
    houseIds.map((h) => [
      h,
      balanceOf(
        es.filter((e) => e.household === h),
        reds.filter((r) => r.house_id === h),
      ),
    ]),
  );
}

/** Houses of a community with points activity (entries or redemptions). */
export async function ledgerHouses(db: DbOrTx, communityCode: string) {
  const rows = await db
    .selectFrom('points_entry')
    .select('house_id')
    .where('community_code', '=', communityCode)
    .union(db.selectFrom('points_redemption').select('house_id').where('community_code', '=', communityCode))
    .execute();
  return rows.map((r) => r.house_id);
}

export const entryOut = (e: EntryRow, staff: boolean) => ({
  id: e.id,
  ruleTitle: e.rule_title,
  category: e.category,
  points: e.points,
  occurredOn: e.occurred_on,
  evidence: e.evidence,
  note: e.note,
  reverses: e.reverses,
  createdAt: e.created_at,
  /** who scored is shown to staff only */
  scorer: staff ? e.scorer_name : null,
});

const householdOut = (h: Household) => ({
  houseId: h.houseId,
  address: h.address,
  headMasked: h.headMasked,
});

/** Households of a community for staff: those with points activity, or those whose address matches `q`. */
export async function listHouseholds(db: DbOrTx, actor: Actor, communityCode: string | undefined, q: string) {
  const c = await staffCommunity(db, actor, communityCode, READERS);
  let ids: string[];
  if (q) {
    const rows = await db
      .selectFrom('house as h')
      .innerJoin('address_node as a', 'a.id', 'h.address_id')
      .select('h.id')
      .where('h.community_code', '=', c.code)
      .where('a.full_name', 'like', `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`)
      .orderBy('a.full_name')
      .limit(30)
      .execute();
    ids = rows.map((r) => r.id);
  } else ids = await ledgerHouses(db, c.code);
  const [hs, bal] = await Promise.all([households(db, ids), balances(db, ids)]);
  const items = ids
    .map((id) => ({ ...householdOut(hs.get(id)!), ...bal.get(id)! }))
    .sort((a, b) => b.balance - a.balance || a.address.localeCompare(b.address));
  return { communityCode: c.code, communityName: c.name, items: items.slice(0, 200) };
}

async function householdInScope(db: DbOrTx, actor: Actor, houseId: string, roles: Roles) {
  const h = await getHousehold(db, houseId);
  const c = await findCommunity(db, h.communityCode);
  requireCommunityStaff(actor, c, roles, 'house');
  return { h, c };
}

/** One household's ledger: balance, entries (with corrections), redemptions. */
export async function ledger(db: DbOrTx, houseId: string, staff: boolean) {
  const h = await getHousehold(db, houseId);
  const [entries, reds] = await Promise.all([
    entriesOf(db, { houseIds: [houseId] }),
    redemptionsOf(db, [houseId]),
  ]);
  const reversed = new Set(entries.map((e) => e.reverses).filter(Boolean));
  return {
    household: householdOut(h),
    ...balanceOf(entries.map(asEntry), reds),
    entries: entries.map((e) => ({ ...entryOut(e, staff), reversed: reversed.has(e.id) })),
    redemptions: reds.map((r) => ({
      id: r.id,
      goodId: r.good_id,
      goodName: r.good_name,
      quantity: r.quantity,
      points: r.points,
      status: r.status,
      channel: r.channel,
      createdAt: r.created_at,
      handledAt: r.handled_at,
    })),
  };
}

export async function householdLedger(db: DbOrTx, actor: Actor, houseId: string) {
  await householdInScope(db, actor, houseId, READERS);
  return ledger(db, houseId, true);
}

/** Serialises everything that moves one household's balance. */
export const lockHousehold = (tx: DbOrTx, houseId: string) =>
  sql`SELECT pg_advisory_xact_lock(hashtext(${`points_house:${houseId}`}))`.execute(tx);

/** A scorer records an entry on a rule in force for a household of the community. */
export async function recordEntry(db: Db, actor: Actor, input: NewEntry, now = new Date()) {
  const { c } = await householdInScope(db, actor, input.houseId, SCORERS);
  if (input.occurredOn > shanghaiDayOf(now)) throw conflict('points_future_day');
  return db.transaction().execute(async (tx) => {
    const again = await tx
      .selectFrom('points_entry')
      .select(['id', 'house_id'])
      .where('idempotency_key', '=', input.idempotencyKey)
      .executeTakeFirst();
    if (again) return ledger(tx, again.house_id, true);
    await lockHousehold(tx, input.houseId);
    const set = await rulesInForce(tx, c.code);
    const rule = (await ruleSetsOf(tx, c.code)).flatMap((s) => s.rules).find((r) => r.id === input.ruleId);
    if (!rule) throw notFound('points_rule_set');
    const entries = (await entriesOf(tx, { houseIds: [input.houseId] })).map(asEntry);
    const why = checkScore(
      rule,
      Boolean(set?.rules.some((r) => r.id === rule.id)),
      { household: input.houseId, ...input },
      entries,
    );
    if (why) throw conflict(`points_${why}`, { cap: rule.capPerMonth ?? 0 });
    const e = await tx
      .insertInto('points_entry')
      .values({
        community_code: c.code,
        region_path: c.path,
        house_id: input.houseId,
        rule_id: rule.id,
        points: rule.points,
        black_list: rule.blackList,
        occurred_on: input.occurredOn,
        evidence: input.evidence,
        note: input.note,
        scored_by: actor.userId,
        idempotency_key: input.idempotencyKey,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'points_entry',
      entityId: e.id,
      after: { houseId: input.houseId, ruleId: rule.id, points: rule.points },
    });
    return ledger(tx, input.houseId, true);
  });
}

/** A mistaken entry is corrected by a reversing entry (its negation), never deleted. */
export async function reverseEntry(db: Db, actor: Actor, id: string, reason: string, now = new Date()) {
  const target = await db.selectFrom('points_entry').selectAll().where('id', '=', id).executeTakeFirst();
  if (!target) throw notFound('points_entry');
  requireCommunityStaff(actor, { path: target.region_path }, SCORERS, 'points_entry');
  return db.transaction().execute(async (tx) => {
    await lockHousehold(tx, target.house_id);
    const entries = (await entriesOf(tx, { houseIds: [target.house_id] })).map(asEntry);
    const r = reversalOf(
      entries.find((e) => e.id === id)!,
      entries,
    );
    if (!r.ok) throw conflict(`points_${r.reason}`);
    const e = await tx
      .insertInto('points_entry')
      .values({
        community_code: target.community_code,
        region_path: target.region_path,
        house_id: target.house_id,
        rule_id: target.rule_id,
        points: r.points,
        black_list: target.black_list,
        occurred_on: shanghaiDayOf(now),
        note: reason,
        reverses: id,
        scored_by: actor.userId,
        idempotency_key: `reverse:${id}`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'points_entry',
      entityId: e.id,
      after: { reverses: id, reason },
    });
    return ledger(tx, target.house_id, true);
  });
}

export type { Community };
export const isResident = (actor: Actor) => hasRole(actor, 'resident');
