/**
 * People's mediation (人民调解), per the People's Mediation Law of the PRC (《中华人民共和国人民调解法》, 2010) and the
 * Ministry of Justice's document formats (《人民调解文书格式》): a file moves from intake through screening,
 * a mediator, sessions, to an agreement (written or oral) or a termination, then follow-up of performance.
 * - Art. 17: a party applies or the committee offers; a matter one party refuses is not mediated. The Ministry's
 *   《人民调解工作若干规定》(2002) adds that matters only a special authority may handle, or that a court, the police or
 *   another authority has accepted or decided, are not taken (screening: they get the right route).
 * - Art. 19/23: the committee names the mediator, or the parties choose; the parties' rights (choose or refuse the
 *   mediator, refuse or end mediation, public or not) are told them first (the rights-and-duties notice). The
 *   若干规定 let a party ask for a mediator to be replaced (回避, recusal).
 * - Art. 27: the mediator records each session; the committee keeps the file.
 * - Art. 28/30: an agreement may be written, or oral (recorded by the mediator), effective when reached.
 * - Art. 26: when mediation fails it is ended and the parties are told the other routes (arbitration,
 *   administrative, court). Art. 31: the committee follows up on performance.
 * - Art. 33: the parties may apply to a court for judicial confirmation within 30 days of the agreement taking effect.
 */
import { z } from 'zod';
import { DAY_MS, dayNumberOf } from '../calendar/time.ts';

export const MediationStatus = z.enum([
  'received', // 受理登记
  'referred', // 不予受理, routed elsewhere (screening)
  'assigned', // 指派调解员
  'mediating', // 调解中 (sessions)
  'agreed', // 达成协议 (written or oral)
  'terminated', // 终止调解
  'closed', // 回访后结案
]);
export type MediationStatus = z.infer<typeof MediationStatus>;

export const MediationAction = z.enum([
  'screen_accept',
  'screen_refer',
  'give_notice',
  'assign',
  'recuse',
  'hold_session',
  'agree_written',
  'agree_oral',
  'terminate',
  'follow_up',
  'court_application',
]);
export type MediationAction = z.infer<typeof MediationAction>;

/** Which action is allowed in which status, and the status it leads to (null: stays). */
export const MEDIATION_TRANSITIONS: Readonly<
  Record<MediationAction, { from: readonly MediationStatus[]; to: MediationStatus | null }>
> = {
  screen_accept: { from: ['received'], to: 'assigned' },
  screen_refer: { from: ['received'], to: 'referred' },
  // the rights-and-duties notice is given once the matter is taken, before the first session
  give_notice: { from: ['received', 'assigned'], to: null },
  assign: { from: ['assigned', 'mediating'], to: null },
  recuse: { from: ['assigned', 'mediating'], to: null },
  hold_session: { from: ['assigned', 'mediating'], to: 'mediating' },
  agree_written: { from: ['mediating'], to: 'agreed' },
  agree_oral: { from: ['mediating'], to: 'agreed' },
  terminate: { from: ['assigned', 'mediating'], to: 'terminated' },
  // a follow-up that finds the agreement performed closes the file; otherwise it stays agreed (statusAfterFollowUp)
  follow_up: { from: ['agreed'], to: 'closed' },
  // Art. 33: the parties applied to a court for judicial confirmation (recorded, status unchanged)
  court_application: { from: ['agreed', 'closed'], to: null },
};

export type MediationRefusal = 'not_in_this_status' | 'notice_not_given' | 'no_mediator';

export interface MediationState {
  status: MediationStatus;
  /** the parties were given the rights-and-duties notice (告知书) */
  noticeGiven: boolean;
  mediatorId: string | null;
}

/** The status after an action, or why it is refused. */
export function mediationStep(
  state: MediationState,
  action: MediationAction,
): { ok: true; status: MediationStatus } | { ok: false; code: MediationRefusal } {
  const t = MEDIATION_TRANSITIONS[action];
  if (!t.from.includes(state.status)) return { ok: false, code: 'not_in_this_status' };
  if (
    (action === 'hold_session' || action === 'agree_written' || action === 'agree_oral') &&
    !state.mediatorId
  )
    return { ok: false, code: 'no_mediator' };
  if (action === 'hold_session' && !state.noticeGiven) return { ok: false, code: 'notice_not_given' };
  return { ok: true, status: t.to ?? state.status };
}

/** Art. 33: the last day the parties may apply for judicial confirmation (30 natural days after the agreement takes effect). */
export const COURT_CONFIRMATION_DAYS = 30;

export function courtConfirmationDeadline(agreementEffectiveAt: Date): { lastDay: number; endsAt: Date } {
  const lastDay = dayNumberOf(agreementEffectiveAt) + COURT_CONFIRMATION_DAYS;
  // the window ends when the last day ends in Shanghai
  return { lastDay, endsAt: new Date((lastDay + 1) * DAY_MS - 8 * 3_600_000) };
}

/** The file number of the MoJ formats: （2026）滨河人调字第12号 — year, committee's short name, running number per year. */
export function mediationFileNumber(year: number, committeeShortName: string, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError('a file number counts from 1');
  return `（${year}）${committeeShortName}人调字第${seq}号`;
}

/**
 * Does a mediator have to withdraw (回避: a party, a party's relative, or someone with an interest in the matter)?
 * `relatedPersonIds` are the persons the mediator declared a relation to.
 */
export function mustRecuse(
  mediatorPersonId: string | null,
  partyPersonIds: readonly string[],
  relatedPersonIds: readonly string[],
): boolean {
  if (mediatorPersonId && partyPersonIds.includes(mediatorPersonId)) return true;
  return partyPersonIds.some((p) => relatedPersonIds.includes(p));
}
