/** 积分制 (issue 13): what /api/points, /api/my/points and /api/public/points answer. */
export type PointsCategory = 'sanitation' | 'mutual_aid' | 'volunteer' | 'customs' | 'violation' | 'other';
export const POINTS_CATEGORIES: PointsCategory[] = [
  'sanitation',
  'mutual_aid',
  'volunteer',
  'customs',
  'violation',
  'other',
];
export interface PointsRule {
  id: string;
  category: PointsCategory;
  title: string;
  points: number;
  capPerMonth: number | null;
  evidenceRequired: boolean;
  blackList: boolean;
}
export interface PointsRuleSet {
  id: string;
  communityCode: string;
  version: number;
  title: string;
  state: 'draft' | 'in_vote' | 'adopted' | 'rejected';
  inForce: boolean;
  voteId: string | null;
  voteStatus: string | null;
  createdAt: string;
  rules: PointsRule[];
}
export interface PointsEntry {
  id: string;
  ruleTitle: string | null;
  category: PointsCategory | null;
  points: number;
  occurredOn: string;
  evidence: string;
  note: string;
  reverses: string | null;
  reversed: boolean;
  createdAt: string;
  scorer: string | null;
}
export interface PointsRedemption {
  id: string;
  goodName: string;
  quantity: number;
  points: number;
  status: 'requested' | 'handed' | 'cancelled';
  channel: 'counter' | 'resident';
  createdAt: string;
  handledAt: string | null;
}
export interface PointsBalance {
  earned: number;
  lost: number;
  redeemed: number;
  balance: number;
}
export interface PointsLedger extends PointsBalance {
  household: { houseId: string; address: string; headMasked: string | null };
  entries: PointsEntry[];
  redemptions: PointsRedemption[];
}
export interface PointsGood {
  id: string;
  name: string;
  description: string;
  price: number;
  stock: number;
  active: boolean;
}
export interface PointsBoard {
  month: string;
  publishedAt: string;
  red: { label: string; points: number }[];
  black: { label: string; entries: number }[];
}
export interface MyPoints extends PointsBalance {
  communityCode: string;
  household: { address: string };
  entries: PointsEntry[];
  redemptions: PointsRedemption[];
  rulesInForce: { version: number; title: string; rules: PointsRule[] } | null;
  goods: PointsGood[];
  board: PointsBoard | null;
}
export interface PublicPoints {
  communityCode: string;
  communityName: string;
  rulesInForce: { version: number; title: string; rules: PointsRule[] } | null;
  boards: PointsBoard[];
  balances: { label: string; balance: number }[];
}
