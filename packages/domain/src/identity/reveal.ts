/** Settings of the bulk-reveal alert: more than `count` full phone numbers revealed by one user in `minutes`. */
export interface RevealAlertPolicy {
  count: number;
  minutes: number;
}

export const DEFAULT_REVEAL_ALERT: RevealAlertPolicy = { count: 20, minutes: 10 };

/**
 * Whether the reveal at `now` crosses the threshold, given the times of the same user's earlier reveals. It is
 * true once, on the reveal that makes the count in the window exceed the limit (count + 1), so a user who goes on
 * revealing raises one alert per window rather than one per reveal.
 */
export function crossesRevealThreshold(
  earlier: readonly Date[],
  now: Date,
  policy: RevealAlertPolicy,
): boolean {
  const from = now.getTime() - policy.minutes * 60_000;
  const inWindow = earlier.filter((t) => t.getTime() > from && t.getTime() <= now.getTime()).length + 1;
  return inWindow === policy.count + 1;
}

/** A stated reason for seeing personal data: trimmed, 2–200 characters. */
export function validRevealReason(reason: string | undefined | null): boolean {
  const r = reason?.trim() ?? '';
  return r.length >= 2 && r.length <= 200;
}
