import type { Channel } from '@onegrid/domain';
import type { DashboardSummary } from '../../api/dashboard.ts';
import type { RegionNode } from '../../api/types.ts';
import { categoryName } from '../../components/pickers.tsx';
import type { Lang, Translate } from '../../i18n/index.tsx';
import { CHANNELS, channelKey } from '../../lib/caseOptions.ts';

const MAIN_CHANNELS: Channel[] = ['hotline', 'web', 'app', 'grid_patrol', 'open311', 'department'];

/** Every channel that received something, and the main ones even at zero, most first. */
export function channelRows(by: Partial<Record<Channel, number>>, t: Translate) {
  return CHANNELS.filter((c) => MAIN_CHANNELS.includes(c) || (by[c] ?? 0) > 0)
    .map((c) => ({ label: t(channelKey(c)), value: by[c] ?? 0 }))
    .sort((a, b) => b.value - a.value);
}

export function categoryRows(s: DashboardSummary, t: Translate, lang: Lang, top: number) {
  return s.intake.byCategory.slice(0, top).map((r) => ({
    label: r.category ? categoryName(r.category, lang) : t('dash.uncategorized'),
    value: r.cases,
  }));
}

/** The region tree down to streets: the figures are kept per street. */
export function streetTree(n: RegionNode): {
  value: string;
  title: string;
  children?: ReturnType<typeof streetTree>[];
} {
  const children =
    n.level === 'street' ? [] : n.children.filter((c) => c.level !== 'community').map(streetTree);
  return { value: n.code, title: n.name, ...(children.length ? { children } : {}) };
}
