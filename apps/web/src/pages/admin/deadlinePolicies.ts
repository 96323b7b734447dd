/** The deadline policy list's rules, pure: the order rows are shown in and how a limit reads. */
import type { DeadlinePolicy, Duration } from '../../api/types.ts';
import type { Translate } from '../../i18n/index.tsx';
import { durationUnitKey, URGENCIES } from '../../lib/options.ts';

export const STAGES = ['accept', 'respond', 'resolve'] as const;
export type Stage = (typeof STAGES)[number];

export function formatDuration(d: Duration, t: Translate): string {
  return `${d.value} ${t(durationUnitKey(d.unit))}`;
}

/** Defaults first, then overrides by category code; urgencies in their natural order (emergency first). */
export function sortPolicies(items: readonly DeadlinePolicy[]): DeadlinePolicy[] {
  const order = (p: DeadlinePolicy) => URGENCIES.indexOf(p.urgency);
  return [...items].sort((a, b) => {
    if ((a.categoryCode === null) !== (b.categoryCode === null)) return a.categoryCode === null ? -1 : 1;
    const c = (a.categoryCode ?? '').localeCompare(b.categoryCode ?? '');
    return c || order(a) - order(b);
  });
}
