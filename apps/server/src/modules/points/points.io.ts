import { POINTS_CATEGORIES } from '@onegrid/domain';
import { z } from 'zod';

const Code = z.string().regex(/^\d{12}$/);
// the demo base data has deterministic ids that are not RFC 4122 versioned: any 8-4-4-4-12 hex
const Uuid = z.guid();
const Day = z.iso.date();
const Key = z.string().trim().min(8).max(100);

export const IdParams = z.object({ id: Uuid });
export const CommunityQuery = z.object({ communityCode: Code.optional() });
export const CommunityParams = z.object({ communityCode: Code });

export const RuleIn = z.object({
  category: z.enum(POINTS_CATEGORIES),
  title: z.string().trim().min(2).max(100),
  points: z.number().int().min(-1000).max(1000),
  capPerMonth: z.number().int().min(1).max(100_000).nullable().default(null),
  evidenceRequired: z.boolean().default(false),
  blackList: z.boolean().default(false),
});
export type RuleIn = z.infer<typeof RuleIn>;

export const NewRuleSet = z.object({
  communityCode: Code,
  title: z.string().trim().min(2).max(100),
  rules: z.array(RuleIn).min(1).max(100),
});
export type NewRuleSet = z.infer<typeof NewRuleSet>;
export const RuleSetEdit = NewRuleSet.omit({ communityCode: true });
export type RuleSetEdit = z.infer<typeof RuleSetEdit>;

/** Put a draft rule set to the residents: a yes/no vote of the community, opened at once. */
export const RuleSetVoteIn = z
  .object({
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
  })
  .refine((v) => Date.parse(v.closesAt) > Date.parse(v.opensAt), {
    path: ['closesAt'],
    message: 'after_opens',
  });
export type RuleSetVoteIn = z.infer<typeof RuleSetVoteIn>;

export const HouseholdQuery = z.object({
  communityCode: Code.optional(),
  /** part of the address (楼 / 单元 / 室) */
  q: z.string().trim().max(50).default(''),
});

export const NewEntry = z.object({
  houseId: Uuid,
  ruleId: Uuid,
  occurredOn: Day,
  evidence: z.string().trim().max(1000).default(''),
  note: z.string().trim().max(1000).default(''),
  idempotencyKey: Key,
});
export type NewEntry = z.infer<typeof NewEntry>;
export const ReverseIn = z.object({ reason: z.string().trim().min(2).max(500) });

export const NewGood = z.object({
  communityCode: Code,
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(500).default(''),
  price: z.number().int().min(1).max(1_000_000),
  stock: z.number().int().min(0).max(1_000_000),
});
export type NewGood = z.infer<typeof NewGood>;
export const GoodEdit = NewGood.omit({ communityCode: true }).extend({ active: z.boolean() });
export type GoodEdit = z.infer<typeof GoodEdit>;

export const RedeemIn = z.object({
  goodId: Uuid,
  quantity: z.number().int().min(1).max(100).default(1),
  idempotencyKey: Key,
});
export type RedeemIn = z.infer<typeof RedeemIn>;
export const CounterRedeemIn = RedeemIn.extend({ houseId: Uuid });
export type CounterRedeemIn = z.infer<typeof CounterRedeemIn>;
export const RedemptionStep = z.object({ step: z.enum(['hand', 'cancel']) });

export const BoardIn = z.object({ communityCode: Code, month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });
