/**
 * Effect of a proactive task (主动治理, issue 12): cases matching its topic per week, `weeks` weeks before the task
 * opened against `weeks` weeks after. Weeks after that have not ended by `now` are left out of the comparison.
 */

const WEEK_MS = 7 * 86_400_000;

export interface TaskEffect {
  /** Cases per week before opening, oldest first (week −weeks … −1). */
  before: number[];
  /** Cases per week after opening (week 0 … weeks−1); null for a week not yet over. */
  after: (number | null)[];
  beforeMean: number;
  /** Mean over the weeks after that are over; null when none is. */
  afterMean: number | null;
  /** (afterMean − beforeMean) / beforeMean; null when either is unknown or nothing came before. */
  change: number | null;
}

export function weeklyEffect(times: readonly number[], openedAt: number, now: number, weeks = 8): TaskEffect {
  const before = new Array<number>(weeks).fill(0);
  const after: (number | null)[] = Array.from({ length: weeks }, (_, i) =>
    openedAt + (i + 1) * WEEK_MS <= now ? 0 : null,
  );
  for (const t of times) {
    const w = Math.floor((t - openedAt) / WEEK_MS);
    if (w < 0 && w >= -weeks) before[weeks + w]!++;
    else if (w >= 0 && w < weeks && after[w] !== null) after[w] = after[w]! + 1;
  }
  const beforeMean = before.reduce((s, n) => s + n, 0) / weeks;
  const over = after.filter((n): n is number => n !== null);
  const afterMean = over.length ? over.reduce((s, n) => s + n, 0) / over.length : null;
  const change = afterMean === null || beforeMean === 0 ? null : (afterMean - beforeMean) / beforeMean;
  return { before, after, beforeMean, afterMean, change };
}
