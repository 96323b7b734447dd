/**
 * 议事协商 (中办发〔2015〕41号 《关于加强城乡社区协商的意见》): a topic raised by residents or from a case or a hot issue
 * is put on a meeting's agenda, published in advance; the meeting records attendance, minutes and the decision; what
 * is done afterwards is tracked publicly until the topic is done.
 */

export type TopicSource = 'resident' | 'case' | 'hotspot' | 'staff' | 'proposal';
export type TopicStatus = 'raised' | 'scheduled' | 'decided' | 'implementing' | 'done' | 'declined';
export type TopicAction = 'schedule' | 'decide' | 'start' | 'finish' | 'decline';

const NEXT: Record<TopicAction, { from: readonly TopicStatus[]; to: TopicStatus }> = {
  schedule: { from: ['raised', 'scheduled'], to: 'scheduled' },
  decide: { from: ['scheduled'], to: 'decided' },
  start: { from: ['decided'], to: 'implementing' },
  finish: { from: ['decided', 'implementing'], to: 'done' },
  decline: { from: ['raised', 'scheduled'], to: 'declined' },
};

/** The topic's next status, or null when the action does not apply to it now. */
export function topicNext(status: TopicStatus, action: TopicAction): TopicStatus | null {
  const t = NEXT[action];
  return t.from.includes(status) ? t.to : null;
}

/** Days an agenda must be public before the meeting (a community's own rules may ask more). */
export const AGENDA_NOTICE_DAYS = 3;

/** Whether an agenda published at `publishedAt` gives residents the notice due before a meeting at `meetingAt`. */
export function agendaNoticeGiven(
  publishedAt: number | null,
  meetingAt: number,
  days = AGENDA_NOTICE_DAYS,
): boolean {
  return publishedAt !== null && meetingAt - publishedAt >= days * 86_400_000;
}

/**
 * A meeting may decide only with its minutes and a decision written, and with a quorum: at least `quorumShare` of
 * the invited present (residents' representatives' meetings: more than half).
 */
export function canDecide(m: {
  invited: number;
  present: number;
  minutes: string;
  decision: string;
  quorumShare?: number;
}): 'no_minutes' | 'no_decision' | 'no_quorum' | null {
  if (!m.minutes.trim()) return 'no_minutes';
  if (!m.decision.trim()) return 'no_decision';
  const share = m.quorumShare ?? 0.5;
  if (m.invited > 0 && m.present <= m.invited * share) return 'no_quorum';
  return null;
}
