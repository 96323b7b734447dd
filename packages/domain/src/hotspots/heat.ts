/**
 * Heat of a hot issue (issue 12): H = U × (1 + 0.1·log2(1 + max(0, likes − dislikes))) × 2^(−days since the last
 * case / 14). U counts distinct reporters — one person writing ten times is one (their phone's blind index; a case
 * without a phone counts as its own reporter). A cluster is hot when U ≥ 3.
 */

export const HOT_MIN_REPORTERS = 3;
export const HEAT_HALF_LIFE_DAYS = 14;
const DAY_MS = 86_400_000;

export interface HeatInput {
  reporters: number;
  likes: number;
  dislikes: number;
  /** Days from the last case to now; negative values (a clock ahead) count as 0. */
  daysSinceLast: number;
}

export function heatOf({ reporters, likes, dislikes, daysSinceLast }: HeatInput): number {
  const net = Math.max(0, likes - dislikes);
  const age = Math.max(0, daysSinceLast);
  return reporters * (1 + 0.1 * Math.log2(1 + net)) * Math.pow(2, -age / HEAT_HALF_LIFE_DAYS);
}

export function isHot(reporters: number): boolean {
  return reporters >= HOT_MIN_REPORTERS;
}

/** The reporter key of a case: its phone blind index, else the case itself. */
export function reporterKey(c: { id: string; reporter: string | null }): string {
  return c.reporter ? `p:${c.reporter}` : `c:${c.id}`;
}

export function distinctReporters(cases: readonly { id: string; reporter: string | null }[]): number {
  return new Set(cases.map(reporterKey)).size;
}

export function daysBetween(fromMs: number, toMs: number): number {
  return (toMs - fromMs) / DAY_MS;
}
