/**
 * People's mediation (人民调解) beyond the lifecycle (mediation.ts): what a file is about, where a refused matter
 * goes, what makes an agreement valid, the file's document index and the statistics. Sources:
 * - 《中华人民共和国人民调解法》(2010) Art. 26 (termination: tell the parties the other routes), Art. 28–30 (written
 *   agreement effective when the parties have signed and the mediator signed under the committee's seal; oral
 *   agreement effective when reached), Art. 31 (follow-up on performance), Art. 33 (judicial confirmation);
 * - 《人民调解工作若干规定》(司法部令第75号, 2002) Art. 22 (matters not taken: the right authority), Art. 34 (回访);
 * - 司法部《人民调解文书格式》: 人民调解申请书, 受理登记, 权利义务告知书, 调解记录, 调解协议书, 口头调解协议登记,
 *   回访记录, and the file's 卷内目录 (document index); the statistics of the 司法行政统计 (by dispute type).
 */
import { z } from 'zod';
import type { MediationStatus } from './mediation.ts';

/** The dispute types of the judicial statistics (矛盾纠纷类型), the usual ones of a grid. */
export const DisputeType = z.enum([
  'marriage_family', // 婚姻家庭
  'neighbour', // 邻里
  'property_land', // 房屋宅基地
  'contract', // 合同
  'damages', // 损害赔偿
  'labour', // 劳动争议 (wages)
  'property_service', // 物业
  'traffic', // 道路交通
  'medical', // 医疗
  'other', // 其他
]);
export type DisputeType = z.infer<typeof DisputeType>;

export const MediationSource = z.enum(['case', 'patrol', 'walk_in', 'referral']);
export type MediationSource = z.infer<typeof MediationSource>;

/** The other routes a matter can take (screening refers to one; a termination explains them). */
export const DisputeRoute = z.enum([
  'arbitration', // 仲裁 (labour or commercial)
  'litigation', // 诉讼
  'petition', // 信访
  'administrative', // 行政处理 (an authority's decision or administrative mediation)
  'police', // 公安 (治安调解 / a criminal matter)
]);
export type DisputeRoute = z.infer<typeof DisputeRoute>;

export const PartyRole = z.enum(['applicant', 'respondent', 'third_party']);
export type PartyRole = z.infer<typeof PartyRole>;

export const Performance = z.enum(['performed', 'partly', 'not_performed']);
export type Performance = z.infer<typeof Performance>;

/**
 * Art. 29: a written agreement takes effect when every party (applicants and respondents; a third party only if
 * bound by a term) has signed, sealed or put a fingerprint. Returns the ids of parties who have not signed.
 */
export function unsignedParties(
  parties: readonly { id: string; role: PartyRole }[],
  signedPartyIds: readonly string[],
): string[] {
  return parties.filter((p) => p.role !== 'third_party' && !signedPartyIds.includes(p.id)).map((p) => p.id);
}

/** A file must have a party on each side before it can be mediated (an applicant and a respondent). */
export function partiesComplete(parties: readonly { role: PartyRole }[]): boolean {
  return parties.some((p) => p.role === 'applicant') && parties.some((p) => p.role === 'respondent');
}

/** Art. 34 若干规定: a follow-up that finds the agreement performed closes the file; otherwise it stays agreed. */
export function statusAfterFollowUp(performance: Performance): MediationStatus {
  return performance === 'performed' ? 'closed' : 'agreed';
}

/** The documents of the MoJ formats a file holds, each made by one event of the file. */
export const MediationDocument = z.enum([
  'application', // 人民调解申请书 / 受理登记表
  'referral', // 不予受理告知 (with the route)
  'notice', // 人民调解权利义务告知书
  'session_record', // 人民调解调查/调解记录
  'agreement', // 人民调解协议书
  'oral_agreement', // 口头调解协议登记表
  'termination', // 终止调解告知 (other routes)
  'follow_up', // 人民调解回访记录
  'court_application', // 司法确认申请 (the parties applied)
]);
export type MediationDocument = z.infer<typeof MediationDocument>;

const DOCUMENT_OF: Readonly<Record<string, MediationDocument>> = {
  create: 'application',
  screen_refer: 'referral',
  give_notice: 'notice',
  hold_session: 'session_record',
  agree_written: 'agreement',
  agree_oral: 'oral_agreement',
  terminate: 'termination',
  follow_up: 'follow_up',
  court_application: 'court_application',
};

/** The file's document index (卷内目录): its documents in the order they were made, numbered from 1. */
export function documentIndex(
  events: readonly { id: string; action: string; at: string }[],
): { no: number; document: MediationDocument; at: string; eventId: string }[] {
  const out: { no: number; document: MediationDocument; at: string; eventId: string }[] = [];
  for (const e of events) {
    const document = DOCUMENT_OF[e.action];
    if (document) out.push({ no: out.length + 1, document, at: e.at, eventId: e.id });
  }
  return out;
}

/** How a file ends up in the statistics: the outcome column of 调解案件统计. */
export type MediationOutcome = 'ongoing' | 'referred' | 'agreed' | 'terminated';
export function mediationOutcome(status: MediationStatus): MediationOutcome {
  switch (status) {
    case 'received':
    case 'assigned':
    case 'mediating':
      return 'ongoing';
    case 'referred':
      return 'referred';
    case 'agreed':
    case 'closed':
      return 'agreed';
    case 'terminated':
      return 'terminated';
  }
}

/** 调解成功率: agreements among the files mediated to an end (referred and ongoing files do not count); null without any. */
export function agreementRate(agreed: number, terminated: number): number | null {
  const ended = agreed + terminated;
  return ended === 0 ? null : Math.round((agreed / ended) * 1000) / 10;
}

/** The committee's short name in file numbers: 滨河街道 → 滨河, 金谷东园社区 → 金谷东园. */
export function committeeShortName(regionName: string): string {
  const short = regionName.replace(
    /(街道办事处|街道|社区居民委员会|社区|居委会|村民委员会|村委会|镇|乡)$/u,
    '',
  );
  return short || regionName;
}
