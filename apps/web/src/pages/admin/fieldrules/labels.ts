/** How a visit rule reads in the interface: its tag and level by name, its intervals in words. */
import type { Translate } from '../../../i18n/index.tsx';
import { hasMessage } from '../../../i18n/index.tsx';

export type Unit = 'day' | 'week' | 'month';
export interface IntervalLike {
  unit: Unit;
  count: number;
}

export function tagName(t: Translate, tag: string): string {
  const key = `bv.tag.${tag}`;
  return hasMessage(key) ? t(key) : tag;
}

export function levelName(t: Translate, tag: string, level: string | null): string {
  if (level === null) return t('fr.allLevels');
  if (tag === 'severe_mental') return t('fr.mental', { n: level });
  if (tag === 'disabled') return t('fr.disabledLevel', { n: level });
  const key = `rpt.v.${level}`;
  return hasMessage(key) ? t(key) : level;
}

export const everyText = (t: Translate, i: IntervalLike) =>
  t('fr.everyText', { n: i.count, unit: t(`fr.unit.${i.unit}`) });

export const withinText = (t: Translate, i: IntervalLike) =>
  t('fr.withinText', { n: i.count, unit: t(`fr.unit.${i.unit}`) });
