/** English — the shared list layout (components/FilterTable.tsx). */
import type { ListMessageKey } from './list.zh-CN.ts';

export const listEnUS: Record<ListMessageKey, string> = {
  'list.empty': 'No data',
  'list.noMatch': 'Nothing matches these filters',
  'list.clearFilters': 'Clear filters',
  'list.noApiKeys':
    'No API keys yet. Create one here before an external system (such as an Open311 client) calls the API.',
};
