import { distanceM } from '../fieldwork/sync.ts';
import { cosine, textVector, type Idf, type TextVector } from '../text/similarity.ts';

/**
 * Duplicates by meaning, at intake (issue 12): is this new call or report about a problem an open case already
 * carries? Four signals — place (haversine distance), time (days since the case was opened), text (cosine of
 * character uni+bigram vectors with an IDF learned from the cases, text/similarity.ts) and the same caller (the
 * phone's blind index) — plus the category group as a tie-breaker. Pure: the service loads the open cases in the
 * actor's sight and calls {@link rankDuplicates}.
 */

export interface DuplicateRules {
  /** a candidate is near when within this many metres (Mark-a-Spot, Civiclens: 500 m) */
  radiusM: number;
  /** only cases opened within this many days are candidates (Mark-a-Spot: 30) */
  windowDays: number;
  /**
   * text alone qualifies a candidate from this cosine on (unless both places are known and farther apart than
   * the radius); calibrated on the real messages — see calibration/README and `npm run eval:duplicates`
   */
  textThreshold: number;
  /** a near case of the same category group qualifies from this lower cosine on (place and text agree) */
  nearTextThreshold: number;
  /** the most candidates returned */
  limit: number;
}

/**
 * Text threshold calibrated on 225 hand-labelled pairs of the 2020 Teddy Cup messages (`npm run eval:duplicates`,
 * apps/server/src/modules/duplicates/calibration): at 0.4, precision 0.91 (0.91 weighted by bin), recall 0.78.
 */
export const DUPLICATE_RULES: DuplicateRules = {
  radiusM: 500,
  windowDays: 30,
  textThreshold: 0.4,
  nearTextThreshold: 0.2,
  limit: 10,
};

/** What is known of the new call or report. */
export interface DuplicateProbe {
  text: string;
  lon?: number | null | undefined;
  lat?: number | null | undefined;
  /** when the call came in (now) */
  at: Date;
  /** blind index of the caller's phone */
  phoneHash?: string | null | undefined;
  /** the category group (the leaf's parent) of the chosen or suggested category */
  categoryGroup?: string | null | undefined;
}

/** An open case that might carry the same problem. */
export interface DuplicateCase {
  id: string;
  text: string;
  lon: number | null;
  lat: number | null;
  createdAt: Date;
  /** blind indexes of the reporter's and every attached caller's phone */
  phoneHashes: readonly string[];
  categoryGroup: string | null;
}

export interface DuplicateSignals {
  /** metres between the two places; null when either has no coordinates */
  distanceM: number | null;
  /** whole days from the case's opening to the probe */
  days: number;
  /** text cosine in [0, 1] */
  similarity: number;
  sameCaller: boolean;
  sameGroup: boolean;
}

/** Why a candidate is shown: the strongest qualifying signal first. */
export type DuplicateReason = 'same_caller' | 'same_text' | 'near_similar';

export interface DuplicateCandidate<C extends DuplicateCase = DuplicateCase> {
  case: C;
  signals: DuplicateSignals;
  reasons: DuplicateReason[];
  /** ranking score in [0, 1] */
  score: number;
}

const DAY_MS = 86_400_000;

export function duplicateSignals(
  probe: DuplicateProbe,
  c: DuplicateCase,
  probeVector: TextVector,
  caseVector: TextVector,
): DuplicateSignals {
  const located = probe.lon != null && probe.lat != null && c.lon !== null && c.lat !== null;
  return {
    distanceM: located
      ? Math.round(distanceM({ lon: probe.lon!, lat: probe.lat! }, { lon: c.lon!, lat: c.lat! }))
      : null,
    days: Math.max(0, Math.floor((+probe.at - +c.createdAt) / DAY_MS)),
    similarity: Math.round(cosine(probeVector, caseVector) * 1000) / 1000,
    sameCaller: !!probe.phoneHash && c.phoneHashes.includes(probe.phoneHash),
    sameGroup: !!probe.categoryGroup && probe.categoryGroup === c.categoryGroup,
  };
}

/**
 * Which signals make a candidate, in order of strength; empty when it is none. Always within the time window
 * (and not from the future). Then: the same caller about anything, anywhere; or a text this similar, unless both
 * places are known and farther apart than the radius; or a near case of the same category group whose text
 * agrees at least a little (a pothole and a broken streetlight at the same corner are two cases).
 */
export function duplicateReasons(
  s: DuplicateSignals,
  rules: DuplicateRules = DUPLICATE_RULES,
): DuplicateReason[] {
  if (s.days > rules.windowDays) return [];
  const near = s.distanceM !== null && s.distanceM <= rules.radiusM;
  const far = s.distanceM !== null && s.distanceM > rules.radiusM;
  const out: DuplicateReason[] = [];
  if (s.sameCaller) out.push('same_caller');
  if (s.similarity >= rules.textThreshold && !far) out.push('same_text');
  if (near && s.sameGroup && s.similarity >= rules.nearTextThreshold) out.push('near_similar');
  return out;
}

/**
 * Ranking: text weighs most (it is what says the problem is the same), then place, the same caller, recency and
 * the category group. Unknown place counts as half near.
 */
export function duplicateScore(s: DuplicateSignals, rules: DuplicateRules = DUPLICATE_RULES): number {
  const place = s.distanceM === null ? 0.5 : Math.max(0, 1 - s.distanceM / rules.radiusM);
  const time = Math.max(0, 1 - s.days / rules.windowDays);
  const score =
    0.5 * s.similarity +
    0.2 * place +
    0.15 * (s.sameCaller ? 1 : 0) +
    0.1 * time +
    0.05 * (s.sameGroup ? 1 : 0);
  return Math.round(score * 1000) / 1000;
}

/** The qualifying candidates, best first (score, then similarity, then the newer case), at most `rules.limit`. */
export function rankDuplicates<C extends DuplicateCase>(
  probe: DuplicateProbe,
  cases: readonly C[],
  idf?: Idf,
  rules: DuplicateRules = DUPLICATE_RULES,
): DuplicateCandidate<C>[] {
  const pv = textVector(probe.text, idf);
  const out: DuplicateCandidate<C>[] = [];
  for (const c of cases) {
    if (+c.createdAt > +probe.at + DAY_MS) continue;
    const signals = duplicateSignals(probe, c, pv, textVector(c.text, idf));
    const reasons = duplicateReasons(signals, rules);
    if (reasons.length === 0) continue;
    out.push({ case: c, signals, reasons, score: duplicateScore(signals, rules) });
  }
  out.sort(
    (a, b) =>
      b.score - a.score ||
      b.signals.similarity - a.signals.similarity ||
      +b.case.createdAt - +a.case.createdAt,
  );
  return out.slice(0, rules.limit);
}

/** Weekly acceptance: confirmed / shown, per ISO week (Monday, Asia/Shanghai), as the report shows it. */
export interface DecisionCount {
  week: string;
  shown: number;
  confirmed: number;
  rejected: number;
}

export function acceptanceRate(d: Pick<DecisionCount, 'shown' | 'confirmed'>): number | null {
  return d.shown === 0 ? null : Math.round((d.confirmed / d.shown) * 1000) / 1000;
}
