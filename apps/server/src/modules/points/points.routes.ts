import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import * as boards from './boards.service.ts';
import {
  BoardIn,
  CommunityParams,
  CommunityQuery,
  CounterRedeemIn,
  GoodEdit,
  HouseholdQuery,
  IdParams,
  NewEntry,
  NewGood,
  NewRuleSet,
  RedeemIn,
  RedemptionStep,
  ReverseIn,
  RuleSetEdit,
  RuleSetVoteIn,
} from './points.io.ts';
import {
  BoardList,
  BoardOut,
  Deleted,
  GoodList,
  GoodOut,
  HouseholdList,
  LedgerOut,
  MyPoints,
  PublicPoints,
  RedemptionList,
  RuleSetList,
  RuleSetOut,
} from './points.responses.ts';
import * as points from './points.service.ts';
import * as shop from './shop.service.ts';

const tags = ['points'];

/** 积分制 · 积分超市 · 红黑榜 (issue 13, 三治融合 · 德治): for community staff, residents and the public. */
export async function pointsRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  // ---- rules (积分细则) and their vote ---------------------------------------------------------------------
  r.get(
    '/points/rule-sets',
    {
      schema: {
        tags,
        description:
          "A community's points rules, every version with its vote's state; the one in force marked.",
        querystring: CommunityQuery,
        response: { 200: RuleSetList },
      },
    },
    async (req) => points.listRuleSets(db, actorOf(req), req.query.communityCode),
  );
  r.post(
    '/points/rule-sets',
    {
      schema: {
        tags,
        description: 'A new version of the rules (a draft until put to a vote).',
        body: NewRuleSet,
        response: { 200: RuleSetOut },
      },
    },
    async (req) => points.createRuleSet(db, actorOf(req), req.body),
  );
  r.put(
    '/points/rule-sets/:id',
    {
      schema: {
        tags,
        description: "A draft's title and rules (frozen once put to a vote).",
        params: IdParams,
        body: RuleSetEdit,
        response: { 200: RuleSetOut },
      },
    },
    async (req) => points.updateRuleSet(db, actorOf(req), req.params.id, req.body),
  );
  r.delete(
    '/points/rule-sets/:id',
    {
      schema: { tags, description: 'Delete a draft.', params: IdParams, response: { 200: Deleted } },
    },
    async (req) => points.deleteRuleSet(db, actorOf(req), req.params.id),
  );
  r.post(
    '/points/rule-sets/:id/vote',
    {
      schema: {
        tags,
        description:
          'Put a draft to the residents: a yes/no vote of the community (participation), opened at once; the rules are in force once it is published with 同意 carried.',
        params: IdParams,
        body: RuleSetVoteIn,
        response: { 200: RuleSetOut },
      },
    },
    async (req) => points.putToVote(db, actorOf(req), req.params.id, req.body),
  );

  // ---- households and their ledger -------------------------------------------------------------------------
  r.get(
    '/points/households',
    {
      schema: {
        tags,
        description: 'Households with points (or whose address matches q), with balances.',
        querystring: HouseholdQuery,
        response: { 200: HouseholdList },
      },
    },
    async (req) => points.listHouseholds(db, actorOf(req), req.query.communityCode, req.query.q),
  );
  r.get(
    '/points/households/:id',
    {
      schema: {
        tags,
        description: "A household's ledger: balance, entries and corrections, redemptions.",
        params: IdParams,
        response: { 200: LedgerOut },
      },
    },
    async (req) => points.householdLedger(db, actorOf(req), req.params.id),
  );
  r.post(
    '/points/entries',
    {
      schema: {
        tags,
        description: 'Score a household on a rule in force (community staff, grid workers of the community).',
        body: NewEntry,
        response: { 200: LedgerOut },
      },
    },
    async (req) => points.recordEntry(db, actorOf(req), req.body),
  );
  r.post(
    '/points/entries/:id/reverse',
    {
      schema: {
        tags,
        description: 'Correct a mistaken entry by a reversing entry (nothing is deleted).',
        params: IdParams,
        body: ReverseIn,
        response: { 200: LedgerOut },
      },
    },
    async (req) => points.reverseEntry(db, actorOf(req), req.params.id, req.body.reason),
  );

  // ---- 积分超市 ---------------------------------------------------------------------------------------------
  r.get(
    '/points/goods',
    {
      schema: {
        tags,
        description: "The community's 积分超市: goods, price and stock.",
        querystring: CommunityQuery,
        response: { 200: GoodList },
      },
    },
    async (req) => shop.listGoods(db, actorOf(req), req.query.communityCode),
  );
  r.post(
    '/points/goods',
    { schema: { tags, description: 'A good of the shop.', body: NewGood, response: { 200: GoodOut } } },
    async (req) => shop.createGood(db, actorOf(req), req.body),
  );
  r.put(
    '/points/goods/:id',
    {
      schema: {
        tags,
        description: 'Edit a good: price, stock, offered or not.',
        params: IdParams,
        body: GoodEdit,
        response: { 200: GoodOut },
      },
    },
    async (req) => shop.updateGood(db, actorOf(req), req.params.id, req.body),
  );
  r.get(
    '/points/redemptions',
    {
      schema: {
        tags,
        description: "The community's redemptions, newest first.",
        querystring: CommunityQuery,
        response: { 200: RedemptionList },
      },
    },
    async (req) => shop.listRedemptions(db, actorOf(req), req.query.communityCode),
  );
  r.post(
    '/points/redemptions',
    {
      schema: {
        tags,
        description:
          'At the counter: redeem for a household and hand the goods over (balance and stock checked).',
        body: CounterRedeemIn,
        response: { 200: LedgerOut },
      },
    },
    async (req) => shop.redeemAtCounter(db, actorOf(req), req.body),
  );
  r.post(
    '/points/redemptions/:id/steps',
    {
      schema: {
        tags,
        description: "A resident's request: hand the goods over, or cancel (stock and points given back).",
        params: IdParams,
        body: RedemptionStep,
        response: { 200: LedgerOut },
      },
    },
    async (req) => shop.stepRedemptionByStaff(db, actorOf(req), req.params.id, req.body.step),
  );

  // ---- 红黑榜 -----------------------------------------------------------------------------------------------
  r.get(
    '/points/boards',
    {
      schema: {
        tags,
        description: 'Published monthly 红黑榜.',
        querystring: CommunityQuery,
        response: { 200: BoardList },
      },
    },
    async (req) => boards.listBoards(db, actorOf(req), req.query.communityCode),
  );
  r.post(
    '/points/boards',
    {
      schema: {
        tags,
        description:
          "Compute and publish a month's 红黑榜 now (the job does it on the 1st for the month before).",
        body: BoardIn,
        response: { 200: BoardOut },
      },
    },
    async (req) => boards.generateBoard(db, actorOf(req), req.body.communityCode, req.body.month),
  );

  // ---- the resident ----------------------------------------------------------------------------------------
  r.get(
    '/my/points',
    {
      schema: {
        tags,
        description: "Your household's points, the rules in force, the shop and this month's lists.",
        response: { 200: MyPoints },
      },
    },
    async (req) => boards.myPoints(db, actorOf(req)),
  );
  r.post(
    '/my/points/redemptions',
    {
      schema: {
        tags,
        description: 'Ask to redeem points for your household (handed over at the community counter).',
        body: RedeemIn,
        response: { 200: LedgerOut },
      },
    },
    async (req) => shop.redeemAsResident(db, actorOf(req), req.body),
  );
  r.post(
    '/my/points/redemptions/:id/cancel',
    {
      schema: {
        tags,
        description: "Withdraw your household's request while it waits.",
        params: IdParams,
        response: { 200: LedgerOut },
      },
    },
    async (req) => shop.cancelMyRedemption(db, actorOf(req), req.params.id),
  );

  // ---- public ----------------------------------------------------------------------------------------------
  r.get(
    '/public/points/:communityCode',
    {
      schema: {
        tags,
        description:
          "A community's rules in force, published 红黑榜 and balances per household under a minimal label (building/unit/room, masked head of household).",
        params: CommunityParams,
        response: { 200: PublicPoints },
      },
      config: { auth: false, rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (req) => boards.publicPoints(db, req.params.communityCode),
  );
}
