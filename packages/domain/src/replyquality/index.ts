import { z } from 'zod';
import { textSimilarity, type Idf } from '../text/similarity.ts';

/**
 * Reply quality (答复质量), scored before the resident sees a unit's reply. Five parts, after the published
 * Teddy Cup 2020 task 3 approaches and practice (research/hotline-intelligence.md §1 Task 3): relevance to the
 * request (character uni/bigram cosine), completeness (acknowledges the request, says what was done, when, whom to
 * contact), interpretability (cites the rule or policy, above all when refusing), timeliness (against the case's
 * deadline, else days since intake) and attitude (no dismissive phrases). Pure: the service loads, calls, stores.
 */

export const REPLY_PARTS = [
  'relevance',
  'completeness',
  'interpretability',
  'timeliness',
  'attitude',
] as const;
export type ReplyPart = (typeof REPLY_PARTS)[number];

/** Points per part; they add up to 100. */
export const REPLY_PART_MAX: Record<ReplyPart, number> = {
  relevance: 25,
  completeness: 25,
  interpretability: 15,
  timeliness: 15,
  attitude: 20,
};

/** A reason is a message key (`rq_…`, translated on the server and the web) with its parameters. */
export interface ReplyReason {
  key: ReplyReasonKey;
  params?: Record<string, string | number>;
}

export type ReplyReasonKey =
  | 'rq_relevance_very_low'
  | 'rq_relevance_low'
  | 'rq_no_acknowledgement'
  | 'rq_no_action'
  | 'rq_no_time'
  | 'rq_no_contact'
  | 'rq_too_short'
  | 'rq_refusal_without_basis'
  | 'rq_no_basis'
  | 'rq_late'
  | 'rq_slow'
  | 'rq_dismissive'
  | 'rq_no_courtesy'
  | 'rq_below_bar';

export interface ReplyPartScore {
  score: number;
  max: number;
  reasons: ReplyReason[];
}

export interface ReplyScore {
  total: number;
  parts: Record<ReplyPart, ReplyPartScore>;
  /** The reply is held back: total below the bar, relevance very low, or a dismissive phrase. */
  flagged: boolean;
  /** The reasons the reply is held back (empty when it is not). */
  flags: ReplyReason[];
}

export interface ReplyInput {
  /** What the resident asked (title and description). */
  request: string;
  /** The unit's reply (its result report). */
  reply: string;
  /** When the case came in. */
  createdAt: Date;
  /** When the unit reported. */
  repliedAt: Date;
  /** The lead's resolve deadline, when there is one. */
  dueAt?: Date | null;
  /** An inverse document frequency learned from earlier messages and replies (optional). */
  idf?: Idf;
}

/** Below this cosine a reply is "答非所问" and flagged whatever its total. */
export const RELEVANCE_VERY_LOW = 0.05;
/** At or above this cosine relevance earns full points (the real replies' upper quartile is about here). */
export const RELEVANCE_FULL = 0.3;

/** Dismissive phrases (态度): any one holds the reply back. After HuoTaoCN/scoring's sensitive-word check. */
export const DISMISSIVE_PHRASES = [
  '没事找事',
  '瞎投诉',
  '无理取闹',
  '胡搅蛮缠',
  '恶意投诉',
  '无中生有',
  '吃饱了撑',
  '多管闲事',
  '少管闲事',
  '找茬',
  '不要再打',
  '别再打',
  '不要再投诉',
  '别再投诉',
  '不要再反映',
  '别再反映',
  '爱莫能助',
  '与我们无关',
  '跟我们无关',
  '不归我们管',
  '不关我们的事',
  '你自己去',
  '自己想办法',
  '概不负责',
  '爱找谁找谁',
  '随便你',
] as const;

const ACK = /您好|你好|收悉|来信|来电|留言|反映|诉求|网友|市民/;
const ACTION =
  /已[经]?|经[过]?(调查|核实|核查|了解|研究|协调)|调查|核实|核查|处理|整改|清理|清运|维修|修复|修缮|更换|安排|协调|督促|责令|约谈|查处|拆除|落实|完成|办理|答复如下|回复如下|现场/;
const TIME =
  /\d{4}年|\d{1,2}月\d{1,2}日|\d{1,2}月(底|初|中旬|上旬|下旬)|\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|近日|目前|今日|当日|当天|本周|下周|年底|月底|预计|工作日内|天内/;
const CONTACT = /\d{3,4}-?\d{7,8}|1[3-9]\d{9}|\d{5,}|0{4}-?0{7,8}|电话|热线|联系|咨询|致电|来访|窗口|办公室/;
const CITES =
  /《[^》]{2,60}》|根据|依据|按照|依照|按规定|规定|条例|办法|政策|文件|标准|〔\d{4}〕|\[\d{4}\]|第[一二三四五六七八九十百\d]+条/;
const REFUSAL =
  /不能|无法|不予|不属于|不符合|暂不|不具备|不可|不得|不在.{0,6}范围|不予受理|不支持|难以|不作处理|不宜/;
const COURTESY = /您|感谢|谢谢|请|理解|支持/;

const DAY = 86_400_000;
/** Fewer characters than this is a one-liner: completeness and relevance are capped in proportion. */
const SHORT_REPLY = 30;

const round = (n: number) => Math.round(n * 10) / 10;

/** Relevance: cosine of request and reply, linear from the "very low" bar up to full points. */
function relevance(input: ReplyInput): ReplyPartScore {
  const max = REPLY_PART_MAX.relevance;
  const sim = textSimilarity(input.request, input.reply, input.idf);
  let share = Math.max(0, Math.min(1, (sim - RELEVANCE_VERY_LOW) / (RELEVANCE_FULL - RELEVANCE_VERY_LOW)));
  const reasons: ReplyReason[] = [];
  const similarity = Math.round(sim * 100) / 100;
  // A reply of a few characters cannot be relevant, however many of them the request happens to contain.
  const chars = input.reply.replace(/\s/g, '').length;
  if (chars < SHORT_REPLY) share = Math.min(share, chars / SHORT_REPLY);
  if (sim < RELEVANCE_VERY_LOW) reasons.push({ key: 'rq_relevance_very_low', params: { similarity } });
  else if (share < 0.5) reasons.push({ key: 'rq_relevance_low', params: { similarity } });
  return { score: round(max * share), max, reasons };
}

/** Completeness: acknowledges the request (5), says what was done (8), when (6) and whom to contact (6). */
function completeness(reply: string): ReplyPartScore {
  const checks: [RegExp, number, ReplyReasonKey][] = [
    [ACK, 5, 'rq_no_acknowledgement'],
    [ACTION, 8, 'rq_no_action'],
    [TIME, 6, 'rq_no_time'],
    [CONTACT, 6, 'rq_no_contact'],
  ];
  let score = 0;
  const reasons: ReplyReason[] = [];
  for (const [re, pts, key] of checks) {
    if (re.test(reply)) score += pts;
    else reasons.push({ key });
  }
  // A reply of a line cannot say all this, whatever words it happens to contain.
  const chars = reply.replace(/\s/g, '').length;
  if (chars < SHORT_REPLY) {
    score = Math.min(score, Math.round((REPLY_PART_MAX.completeness * chars) / SHORT_REPLY));
    reasons.push({ key: 'rq_too_short', params: { chars } });
  }
  return { score, max: REPLY_PART_MAX.completeness, reasons };
}

/** Interpretability: a cited rule or policy; a refusal without one earns nothing, a plain answer half. */
function interpretability(reply: string): ReplyPartScore {
  const max = REPLY_PART_MAX.interpretability;
  if (CITES.test(reply)) return { score: max, max, reasons: [] };
  if (REFUSAL.test(reply)) return { score: 0, max, reasons: [{ key: 'rq_refusal_without_basis' }] };
  return { score: Math.round(max / 2), max, reasons: [{ key: 'rq_no_basis' }] };
}

/**
 * Timeliness: on time against the deadline earns full points, then 10 within a day late, 5 within three, else 0.
 * Without a deadline, days since intake (the real replies' delays: median 11 days): ≤3 d 15, ≤7 12, ≤14 9, ≤30 6,
 * ≤90 3, else 0.
 */
function timeliness(input: ReplyInput): ReplyPartScore {
  const max = REPLY_PART_MAX.timeliness;
  const at = input.repliedAt.getTime();
  if (input.dueAt) {
    const late = at - input.dueAt.getTime();
    if (late <= 0) return { score: max, max, reasons: [] };
    const hours = Math.ceil(late / 3_600_000);
    const score = late <= DAY ? 10 : late <= 3 * DAY ? 5 : 0;
    return { score, max, reasons: [{ key: 'rq_late', params: { hours } }] };
  }
  const days = Math.max(0, (at - input.createdAt.getTime()) / DAY);
  const steps: [number, number][] = [
    [3, 15],
    [7, 12],
    [14, 9],
    [30, 6],
    [90, 3],
  ];
  const score = steps.find(([d]) => days <= d)?.[1] ?? 0;
  return {
    score,
    max,
    reasons: score < 9 ? [{ key: 'rq_slow', params: { days: Math.round(days) } }] : [],
  };
}

/** Attitude: any dismissive phrase costs every point; a reply without a courteous word loses five. */
function attitude(reply: string): ReplyPartScore {
  const max = REPLY_PART_MAX.attitude;
  const found = dismissivePhrases(reply);
  if (found.length)
    return { score: 0, max, reasons: [{ key: 'rq_dismissive', params: { phrases: found.join('、') } }] };
  if (!COURTESY.test(reply)) return { score: max - 5, max, reasons: [{ key: 'rq_no_courtesy' }] };
  return { score: max, max, reasons: [] };
}

/** The dismissive phrases a text contains (in list order). */
export function dismissivePhrases(text: string): string[] {
  const plain = text.replace(/\s/g, '');
  return DISMISSIVE_PHRASES.filter((p) => plain.includes(p));
}

/** Scores a reply; `minScore` is the bar below which it is held back (the district setting). */
export function scoreReply(input: ReplyInput, minScore: number = DEFAULT_REPLY_MIN_SCORE): ReplyScore {
  const parts: Record<ReplyPart, ReplyPartScore> = {
    relevance: relevance(input),
    completeness: completeness(input.reply),
    interpretability: interpretability(input.reply),
    timeliness: timeliness(input),
    attitude: attitude(input.reply),
  };
  const total = Math.round(REPLY_PARTS.reduce((s, p) => s + parts[p].score, 0));
  const flags: ReplyReason[] = [];
  if (total < minScore) flags.push({ key: 'rq_below_bar', params: { total, min: minScore } });
  flags.push(...parts.relevance.reasons.filter((r) => r.key === 'rq_relevance_very_low'));
  flags.push(...parts.attitude.reasons.filter((r) => r.key === 'rq_dismissive'));
  // Below the bar, the unit is told every part's shortfalls so it knows what to fix.
  if (total < minScore)
    for (const p of REPLY_PARTS)
      for (const r of parts[p].reasons) if (!flags.some((f) => f.key === r.key)) flags.push(r);
  return { total, parts, flagged: flags.length > 0, flags };
}

/** What happens to a reply below the bar: back to the unit (the report is refused) or to the dispatcher. */
export const ReplyLowAction = z.enum(['return', 'review']);
export type ReplyLowAction = z.infer<typeof ReplyLowAction>;

export const DEFAULT_REPLY_MIN_SCORE = 60;
export const REPLY_MIN_SCORE_KEY = 'reply_quality_min_score';
export const REPLY_LOW_ACTION_KEY = 'reply_quality_low_action';

/** The reply-quality settings (two rows of the `setting` table), as the API reads and writes them. */
export const ReplyQualitySettings = z.object({
  minScore: z.number().int().min(0).max(100),
  onLow: ReplyLowAction,
});
export type ReplyQualitySettings = z.infer<typeof ReplyQualitySettings>;

export const DEFAULT_REPLY_QUALITY_SETTINGS: ReplyQualitySettings = {
  minScore: DEFAULT_REPLY_MIN_SCORE,
  onLow: 'review',
};

/** The settings from their stored values; a missing or invalid value falls back to its default. */
export function replyQualitySettingsOf(minScore: unknown, onLow: unknown): ReplyQualitySettings {
  const m = ReplyQualitySettings.shape.minScore.safeParse(minScore);
  const a = ReplyLowAction.safeParse(onLow);
  return {
    minScore: m.success ? m.data : DEFAULT_REPLY_QUALITY_SETTINGS.minScore,
    onLow: a.success ? a.data : DEFAULT_REPLY_QUALITY_SETTINGS.onLow,
  };
}
