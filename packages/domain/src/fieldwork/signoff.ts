/**
 * The department's sign-off (签收) of an anomaly found on a household visit (issue 11): the responsible department
 * signs for it before the yellow deadline (settings `signoffYellowHours` after the visit), at the latest before the
 * red one (`signoffRedHours`), then replies with what it did. The light is computed, never stored.
 */
export type SignoffState = 'pending' | 'signed' | 'replied';
export type SignoffLight = 'green' | 'yellow' | 'red';

export interface SignoffClock {
  yellowAt: Date;
  redAt: Date;
  signedAt: Date | null;
  repliedAt: Date | null;
}

export function signoffState(s: Pick<SignoffClock, 'signedAt' | 'repliedAt'>): SignoffState {
  if (s.repliedAt) return 'replied';
  if (s.signedAt) return 'signed';
  return 'pending';
}

/**
 * The light of a sign-off: while unsigned, green before the yellow deadline, yellow until the red one, red after;
 * once signed, the light it was signed under stays (a late sign-off stays yellow or red on the record).
 */
export function signoffLight(s: SignoffClock, now: Date): SignoffLight {
  const at = s.signedAt ?? now;
  if (+at >= +s.redAt) return 'red';
  if (+at >= +s.yellowAt) return 'yellow';
  return 'green';
}
