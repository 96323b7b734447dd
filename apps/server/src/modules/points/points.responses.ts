import { POINTS_CATEGORIES } from '@onegrid/domain';
import { z } from 'zod';

const Category = z.enum(POINTS_CATEGORIES);
export const RuleOut = z.object({
  id: z.string(),
  category: Category,
  title: z.string(),
  points: z.number(),
  capPerMonth: z.number().nullable(),
  evidenceRequired: z.boolean(),
  blackList: z.boolean(),
});
export const RuleSetOut = z.object({
  id: z.string(),
  communityCode: z.string(),
  version: z.number(),
  title: z.string(),
  state: z.enum(['draft', 'in_vote', 'adopted', 'rejected']),
  inForce: z.boolean(),
  voteId: z.string().nullable(),
  voteStatus: z.string().nullable(),
  createdAt: z.date(),
  rules: z.array(RuleOut),
});
export const RuleSetList = z.object({
  communityCode: z.string(),
  communityName: z.string(),
  items: z.array(RuleSetOut),
});
export const Deleted = z.object({ deleted: z.boolean() });

const BalanceFields = {
  earned: z.number(),
  lost: z.number(),
  redeemed: z.number(),
  balance: z.number(),
};
export const HouseholdList = z.object({
  communityCode: z.string(),
  communityName: z.string(),
  items: z.array(
    z.object({
      houseId: z.string(),
      address: z.string(),
      headMasked: z.string().nullable(),
      ...BalanceFields,
    }),
  ),
});

const EntryOut = z.object({
  id: z.string(),
  ruleTitle: z.string().nullable(),
  category: Category.nullable(),
  points: z.number(),
  occurredOn: z.string(),
  evidence: z.string(),
  note: z.string(),
  reverses: z.string().nullable(),
  reversed: z.boolean(),
  createdAt: z.date(),
  scorer: z.string().nullable(),
});
const RedemptionStatus = z.enum(['requested', 'handed', 'cancelled']);
const RedemptionOut = z.object({
  id: z.string(),
  goodId: z.string(),
  goodName: z.string(),
  quantity: z.number(),
  points: z.number(),
  status: RedemptionStatus,
  channel: z.enum(['counter', 'resident']),
  createdAt: z.date(),
  handledAt: z.date().nullable(),
});
export const LedgerOut = z.object({
  household: z.object({ houseId: z.string(), address: z.string(), headMasked: z.string().nullable() }),
  ...BalanceFields,
  entries: z.array(EntryOut),
  redemptions: z.array(RedemptionOut),
});

export const GoodOut = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  price: z.number(),
  stock: z.number(),
  active: z.boolean(),
});
export const GoodList = z.object({ items: z.array(GoodOut) });
export const RedemptionList = z.object({
  items: z.array(RedemptionOut.omit({ goodId: true }).extend({ houseId: z.string(), address: z.string() })),
});

export const BoardOut = z.object({
  month: z.string(),
  publishedAt: z.date(),
  red: z.array(z.object({ label: z.string(), points: z.number() })),
  black: z.array(z.object({ label: z.string(), entries: z.number() })),
});
export const BoardList = z.object({ items: z.array(BoardOut) });

const PublicRules = z.object({ version: z.number(), title: z.string(), rules: z.array(RuleOut) }).nullable();

export const MyPoints = z.object({
  communityCode: z.string(),
  household: z.object({ address: z.string() }),
  ...BalanceFields,
  entries: z.array(EntryOut),
  redemptions: z.array(RedemptionOut),
  rulesInForce: PublicRules,
  goods: z.array(GoodOut),
  board: BoardOut.nullable(),
});

/** The public page: minimal labels only (building/unit/room and a masked head of household). */
export const PublicPoints = z.object({
  communityCode: z.string(),
  communityName: z.string(),
  rulesInForce: PublicRules,
  boards: z.array(BoardOut),
  balances: z.array(z.object({ label: z.string(), balance: z.number() })),
});
