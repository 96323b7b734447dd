/**
 * A list page's state (filters, page, page size) lives in the URL query, so a filtered page can be reloaded,
 * bookmarked, shared and reached again with the back button. These functions read and change that state; they
 * are pure so that the rules (a changed filter goes back to page 1, defaults stay out of the URL, other query
 * parameters are kept) are tested once, without a browser.
 */

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export type Filters<K extends string> = Partial<Record<K, string>>;

export interface ListState<K extends string> {
  page: number;
  pageSize: number;
  filters: Filters<K>;
}

export interface ListChange<K extends string> {
  /** a value that is empty, blank, null or undefined removes the filter */
  filters?: Partial<Record<K, string | null | undefined>>;
  page?: number;
  pageSize?: number;
}

function positiveInt(raw: string | null): number | null {
  if (raw === null || !/^\d{1,6}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 ? n : null;
}

/** Reads the list state; anything unreadable (page=abc, pageSize=7) falls back to the default. */
export function readListQuery<K extends string>(search: URLSearchParams, keys: readonly K[]): ListState<K> {
  const size = positiveInt(search.get('pageSize'));
  const filters: Filters<K> = {};
  for (const k of keys) {
    const v = search.get(k)?.trim();
    if (v) filters[k] = v;
  }
  return {
    page: positiveInt(search.get('page')) ?? 1,
    pageSize: size !== null && (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    filters,
  };
}

/**
 * The query after a change. A changed filter or page size starts again at page 1; the page and size are written
 * only when they differ from the defaults; parameters the list does not own are kept as they are.
 */
export function writeListQuery<K extends string>(
  search: URLSearchParams,
  keys: readonly K[],
  change: ListChange<K>,
): URLSearchParams {
  const current = readListQuery(search, keys);
  const next = new URLSearchParams(search);
  let page = change.page ?? current.page;
  if (change.filters) {
    for (const [k, raw] of Object.entries(change.filters) as [K, string | null | undefined][]) {
      const v = raw?.trim() ?? '';
      if (v === (current.filters[k] ?? '')) continue;
      page = 1;
      if (v) next.set(k, v);
      else next.delete(k);
    }
  }
  const pageSize = change.pageSize ?? current.pageSize;
  if (pageSize !== current.pageSize) page = 1;
  if (page > 1) next.set('page', String(page));
  else next.delete('page');
  if (pageSize !== DEFAULT_PAGE_SIZE) next.set('pageSize', String(pageSize));
  else next.delete('pageSize');
  return next;
}

/** Whether any of the list's filters is set (an empty list then says "nothing matches" and offers to clear). */
export function hasFilters<K extends string>(state: ListState<K>): boolean {
  return Object.keys(state.filters).length > 0;
}

/** A filter value from the URL narrowed to an allowed set (e.g. a role); anything else counts as unset. */
export function oneOf<T extends string>(values: readonly T[], raw: string | undefined): T | undefined {
  return raw !== undefined && (values as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

/** When the total shrank under the current page (rows deleted, filters changed elsewhere): the last page. */
export function lastPageFor(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
