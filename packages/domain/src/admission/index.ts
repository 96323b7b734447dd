import { z } from 'zod';

/**
 * 社区工作事项准入 (issue 13): what departments may push down to communities. Each district keeps three lists —
 * duties communities carry by law (依法履职事项), tasks they assist with (协助事项) and a negative list (负面清单) of
 * what may never be sent. A department applies to put an item on the assist list; the civil-affairs office reviews
 * it first, a joint body (联席会议) decides in batch rounds, the item is entered, supervised while in force, and
 * exits or expires. 权随责走、费随事转: every admitted item carries its hours and the money that follows it.
 * Sources: /work/shared/research/services-participation-security.md §4 (郑州二七区, 北京西城, 南京, 黄山).
 */

/** duty: 依法履职事项; assist: 协助事项; negative: 负面清单. */
export const AdmissionList = z.enum(['duty', 'assist', 'negative']);
export type AdmissionList = z.infer<typeof AdmissionList>;

/** What reaches a community: a task, a ledger (台账), an evaluation or ranking (评比达标), an inspection (检查考核),
 * a statistical survey (统计调查, including 一表通 templates), a plaque or certificate (挂牌/证明). */
export const AdmissionItemKind = z.enum(['task', 'ledger', 'evaluation', 'inspection', 'survey', 'plaque']);
export type AdmissionItemKind = z.infer<typeof AdmissionItemKind>;

/** The community's part in an item: 负责 / 协助 / 配合. */
export const AdmissionCommunityRole = z.enum(['lead', 'assist', 'cooperate']);
export type AdmissionCommunityRole = z.infer<typeof AdmissionCommunityRole>;

export const AdmissionStatus = z.enum([
  'draft',
  'submitted',
  /** sent back by the preliminary review with a note: the department edits and submits again */
  'returned',
  /** passed the civil-affairs office's preliminary review (初审), waiting for a round */
  'reviewed',
  'in_round',
  'approved',
  'rejected',
  /** entered on the list: the item is in force */
  'entered',
]);
export type AdmissionStatus = z.infer<typeof AdmissionStatus>;

export const AdmissionAction = z.enum([
  'edit',
  'submit',
  'return',
  'review',
  'schedule',
  'approve',
  'reject',
  'enter',
]);
export type AdmissionAction = z.infer<typeof AdmissionAction>;

const TRANSITIONS: Record<AdmissionStatus, Partial<Record<AdmissionAction, AdmissionStatus>>> = {
  draft: { edit: 'draft', submit: 'submitted' },
  returned: { edit: 'returned', submit: 'submitted' },
  submitted: { return: 'returned', review: 'reviewed' },
  reviewed: { schedule: 'in_round', return: 'returned' },
  in_round: { approve: 'approved', reject: 'rejected' },
  approved: { enter: 'entered' },
  rejected: {},
  entered: {},
};

/** The status an action leads to, or null when the action is not possible in this status. */
export function nextAdmissionStatus(
  status: AdmissionStatus,
  action: AdmissionAction,
): AdmissionStatus | null {
  return TRANSITIONS[status][action] ?? null;
}

/** The actions possible in a status (what the page offers, before the caller's role is considered). */
export function admissionActions(status: AdmissionStatus): AdmissionAction[] {
  return Object.keys(TRANSITIONS[status]) as AdmissionAction[];
}

/** in_force: on the list; exited: taken off (退出) by decision. Expiry follows from validUntil. */
export const AdmissionItemStatus = z.enum(['in_force', 'exited']);
export type AdmissionItemStatus = z.infer<typeof AdmissionItemStatus>;

/** An item on one of the district's lists, as the rules need it. */
export interface AdmissionItemFacts {
  id: string;
  list: AdmissionList;
  kind: AdmissionItemKind;
  title: string;
  districtCode: string;
  /** the department the item was admitted for; null: any department (a duty by law) */
  unitId: string | null;
  /** streets or communities it covers; empty: the whole district */
  scopeCodes: readonly string[];
  status: AdmissionItemStatus;
  validFrom: string;
  /** last day in force (inclusive); null: open-ended */
  validUntil: string | null;
  hoursPerMonth: number;
  fundingPerYear: number;
}

/** in_force, exited, expired (past validUntil) or pending (before validFrom), on a given day (YYYY-MM-DD). */
export type AdmissionItemState = 'in_force' | 'exited' | 'expired' | 'pending';
export function admissionItemState(
  item: Pick<AdmissionItemFacts, 'status' | 'validFrom' | 'validUntil'>,
  day: string,
): AdmissionItemState {
  if (item.status === 'exited') return 'exited';
  if (item.validUntil !== null && day > item.validUntil) return 'expired';
  if (day < item.validFrom) return 'pending';
  return 'in_force';
}

/** Whether a 12-digit community code lies in an item's district and scope (a street code covers its communities). */
export function admissionItemCovers(
  item: Pick<AdmissionItemFacts, 'districtCode' | 'scopeCodes'>,
  communityCode: string,
): boolean {
  if (communityCode.slice(0, 6) !== item.districtCode.slice(0, 6)) return false;
  if (!item.scopeCodes.length) return true;
  return item.scopeCodes.some(
    (s) => s === communityCode || (s.endsWith('000') && s.slice(0, 9) === communityCode.slice(0, 9)),
  );
}

export const AdmissionRefusal = z.enum([
  /** nothing attached */
  'missing',
  /** the item is on the negative list: never sent */
  'negative_list',
  'exited',
  'expired',
  'pending',
  /** admitted for another department */
  'other_unit',
  /** admitted for another kind (a ledger item does not admit an inspection) */
  'wrong_kind',
  /** the community is outside the item's district or scope */
  'out_of_scope',
]);
export type AdmissionRefusal = z.infer<typeof AdmissionRefusal>;

export type AdmissionGateDecision =
  { ok: true } | { ok: false; reason: AdmissionRefusal; communities?: string[] };

/**
 * THE GATE: may this unit send this kind of thing to these communities on this day with this item attached? Only
 * an item on the duty or assist list, in force, admitted for the sender (or any department for a duty by law), of
 * that kind and covering every community passes. An item on the negative list never does.
 */
export function admissionGate(
  item: AdmissionItemFacts | undefined,
  send: { unitId: string; kind: AdmissionItemKind; communityCodes: readonly string[]; day: string },
): AdmissionGateDecision {
  if (!item) return { ok: false, reason: 'missing' };
  if (item.list === 'negative') return { ok: false, reason: 'negative_list' };
  const state = admissionItemState(item, send.day);
  if (state !== 'in_force') return { ok: false, reason: state };
  if (item.unitId !== null && item.unitId !== send.unitId) return { ok: false, reason: 'other_unit' };
  if (item.kind !== send.kind) return { ok: false, reason: 'wrong_kind' };
  const outside = send.communityCodes.filter((c) => !admissionItemCovers(item, c));
  if (outside.length || !send.communityCodes.length)
    return { ok: false, reason: 'out_of_scope', communities: outside };
  return { ok: true };
}

export interface AdmissionWorkloadLine {
  itemId: string;
  title: string;
  list: AdmissionList;
  kind: AdmissionItemKind;
  hoursPerMonth: number;
  fundingPerYear: number;
}
export interface AdmissionWorkload {
  communityCode: string;
  items: AdmissionWorkloadLine[];
  hoursPerMonth: number;
  fundingPerYear: number;
  /** items a department sends to communities (assist list) vs. the community's own duties by law */
  assistHours: number;
  dutyHours: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * 费随事转: a community's admitted workload on a day — the duty and assist items in force that cover it, their
 * estimated hours a month and the money a year that follows them. Negative-list items are never workload.
 */
export function admissionWorkload(
  items: readonly AdmissionItemFacts[],
  communityCode: string,
  day: string,
): AdmissionWorkload {
  const lines = items
    .filter(
      (i) =>
        i.list !== 'negative' &&
        admissionItemState(i, day) === 'in_force' &&
        admissionItemCovers(i, communityCode),
    )
    .map((i) => ({
      itemId: i.id,
      title: i.title,
      list: i.list,
      kind: i.kind,
      hoursPerMonth: i.hoursPerMonth,
      fundingPerYear: i.fundingPerYear,
    }));
  const sum = (ls: AdmissionWorkloadLine[]) => round2(ls.reduce((s, l) => s + l.hoursPerMonth, 0));
  return {
    communityCode,
    items: lines,
    hoursPerMonth: sum(lines),
    fundingPerYear: round2(lines.reduce((s, l) => s + l.fundingPerYear, 0)),
    assistHours: sum(lines.filter((l) => l.list === 'assist')),
    dutyHours: sum(lines.filter((l) => l.list === 'duty')),
  };
}

/** What a department must state in an application (郑州二七区《申请准入社区工作事项审批表》). */
export const AdmissionApplicationInput = z.strictObject({
  title: z.string().trim().min(2).max(120),
  kind: AdmissionItemKind,
  legalBasis: z.string().trim().min(2).max(1000),
  communityRole: AdmissionCommunityRole,
  content: z.string().trim().min(2).max(4000),
  /** 授权内容: the powers that come with the task */
  powers: z.string().trim().max(1000).default(''),
  validFrom: z.iso.date(),
  validUntil: z.iso.date().nullable().default(null),
  hoursPerMonth: z.number().min(0).max(1000),
  /** yuan per community per year */
  fundingPerYear: z.number().min(0).max(10_000_000),
  /** staff that come with it (人随事转), e.g. 1 名专职协管员 */
  staff: z.string().trim().max(500).default(''),
  training: z.string().trim().max(500).default(''),
  /** streets or communities of the district it covers; empty: all */
  scopeCodes: z
    .array(z.string().regex(/^\d{12}$/))
    .max(100)
    .default([]),
  /** a 一表通 template this survey admits */
  reportTemplateId: z.uuid().nullable().default(null),
});
export type AdmissionApplicationInput = z.infer<typeof AdmissionApplicationInput>;

/** What an application lacks to be submitted: 费随事转 means an item with hours needs money, a survey a template or a
 * description, a dated item a sane period. Message keys. */
export function admissionGaps(a: AdmissionApplicationInput): string[] {
  const gaps: string[] = [];
  if (a.validUntil !== null && a.validUntil < a.validFrom) gaps.push('admission_period_order');
  if (a.hoursPerMonth > 0 && a.fundingPerYear <= 0) gaps.push('admission_funding_missing');
  if (a.communityRole === 'lead' && !a.powers) gaps.push('admission_powers_missing');
  return gaps;
}
