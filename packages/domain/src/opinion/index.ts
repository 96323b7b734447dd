import { z } from 'zod';

/**
 * 舆情: public posts about the district (from a monitoring vendor's feed or an uploaded sheet). Pure rules: an item's
 * heat from its reach, its sentiment when the source gives none, which region it is about, whether it raises an
 * alert, and the alert's response clock after 国办发〔2016〕61号 (重特大 within 24 h, the rest within 48 h).
 */

export const Sentiment = z.enum(['negative', 'neutral', 'positive']);
export type Sentiment = z.infer<typeof Sentiment>;

export interface Reach {
  reposts: number;
  comments: number;
  likes: number;
}

/**
 * Heat: a repost carries a post to new readers (×3), a comment is engagement (×2), a like the least (×1), summed.
 * Linear on purpose: the thresholds below are in the same unit ("weighted interactions") and read plainly.
 */
export function opinionHeat(r: Reach): number {
  return Math.max(0, r.reposts) * 3 + Math.max(0, r.comments) * 2 + Math.max(0, r.likes);
}

const NEGATIVE =
  /投诉|不满|愤怒|气愤|曝光|维权|举报|乱收费|拖欠|欠薪|扰民|噪音|污染|恶臭|臭|脏|堵|坑|黑心|事故|受伤|死亡|塌|漏水|停水|停电|没人管|不作为|推诿|敷衍|失望|无奈|霸凌|打人|欺负|诈骗|危险|隐患|违建|违章|偷排|垃圾成山/g;
const POSITIVE = /点赞|感谢|表扬|好评|满意|给力|暖心|及时|高效|赞|辛苦了/g;

/** Sentiment from a lexicon when the source gives none: more negative than positive cues is negative. */
export function guessSentiment(text: string): Sentiment {
  const neg = text.match(NEGATIVE)?.length ?? 0;
  const pos = text.match(POSITIVE)?.length ?? 0;
  if (neg > pos) return 'negative';
  if (pos > neg) return 'positive';
  return 'neutral';
}

export interface NamedRegion {
  id: string;
  name: string;
  path: string;
}

/**
 * The region a post is about: the longest region name found in its text (a community's name is longer and more
 * specific than its street's; among equals the deeper path). Names shorter than two characters never match.
 */
export function regionOfText<R extends NamedRegion>(text: string, regions: readonly R[]): R | null {
  let best: R | null = null;
  for (const r of regions) {
    if (r.name.length < 2 || !text.includes(r.name)) continue;
    if (
      !best ||
      r.name.length > best.name.length ||
      (r.name.length === best.name.length && r.path.length > best.path.length)
    )
      best = r;
  }
  return best;
}

export const OpinionLevel = z.enum(['major', 'general']);
export type OpinionLevel = z.infer<typeof OpinionLevel>;

/** 国办发〔2016〕61号: 重特大 by 24 h at the latest, other public concerns within 48 h. */
export const RESPONSE_HOURS: Record<OpinionLevel, number> = { major: 24, general: 48 };

export const OpinionSettings = z
  .object({
    /** Negative items about the district at or above this heat raise an alert. */
    alertHeat: z.number().int().min(1).max(10_000_000),
    /** …and at or above this one the alert is 重特大 (24 h). */
    majorHeat: z.number().int().min(1).max(10_000_000),
  })
  .refine((s) => s.majorHeat >= s.alertHeat, { message: 'major_below_alert', path: ['majorHeat'] });
export type OpinionSettings = z.infer<typeof OpinionSettings>;

export const OPINION_ALERT_HEAT_KEY = 'opinion_alert_heat';
export const OPINION_MAJOR_HEAT_KEY = 'opinion_major_heat';
export const DEFAULT_OPINION_SETTINGS: OpinionSettings = { alertHeat: 100, majorHeat: 1000 };

export function opinionSettingsOf(alertHeat: unknown, majorHeat: unknown): OpinionSettings {
  const parsed = OpinionSettings.safeParse({ alertHeat, majorHeat });
  return parsed.success ? parsed.data : DEFAULT_OPINION_SETTINGS;
}

export interface AlertDecision {
  level: OpinionLevel;
  /** The clock starts when the post was published (the public concern arose then), and runs RESPONSE_HOURS. */
  dueAt: Date;
}

/**
 * Whether an item raises an alert: negative, about a region of the district, and at or above the alert heat.
 * Null when it does not.
 */
export function opinionAlert(
  item: { sentiment: Sentiment; heat: number; regionPath: string | null; publishedAt: Date },
  settings: OpinionSettings,
): AlertDecision | null {
  if (item.sentiment !== 'negative' || item.regionPath === null || item.heat < settings.alertHeat)
    return null;
  const level: OpinionLevel = item.heat >= settings.majorHeat ? 'major' : 'general';
  return { level, dueAt: new Date(item.publishedAt.getTime() + RESPONSE_HOURS[level] * 3_600_000) };
}

export type AlertClock = 'open' | 'overdue' | 'responded' | 'responded_late';

/** Where an alert's clock stands at `now`: answered on time or late, or still open / overdue. */
export function alertClock(a: { dueAt: Date; respondedAt: Date | null }, now: Date): AlertClock {
  if (a.respondedAt) return a.respondedAt.getTime() <= a.dueAt.getTime() ? 'responded' : 'responded_late';
  return now.getTime() > a.dueAt.getTime() ? 'overdue' : 'open';
}
