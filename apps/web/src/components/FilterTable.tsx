/**
 * The one list layout of the console: a filter bar, an antd Table, the total count, and loading, empty and error
 * states. Server-paged lists keep their filters, page and page size in the URL query (lib/listQuery.ts), so a
 * filtered page survives a reload and the back button.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Grid, Input, Table, Typography, type TableProps } from 'antd';
import { api } from '../api/client.ts';
import type { Page } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import {
  hasFilters,
  lastPageFor,
  PAGE_SIZES,
  readListQuery,
  writeListQuery,
  type ListChange,
  type ListState,
} from '../lib/listQuery.ts';

export interface ListQuery<K extends string> extends ListState<K> {
  /** Changes the URL; a typed search replaces the entry, every other change adds one (back undoes it). */
  set: (change: ListChange<K>, options?: { replace?: boolean }) => void;
  /** Removes every filter of this list and goes back to page 1. */
  clear: () => void;
  filtered: boolean;
}

/** The list state of the page, read from and written to the URL query. */
export function useListQuery<K extends string>(keys: readonly K[]): ListQuery<K> {
  const [search, setSearch] = useSearchParams();
  // `keys` is a constant array at each call site; join it so a new array each render does not matter.
  const keyId = keys.join(',');
  const state = useMemo(() => readListQuery(search, keys), [search, keyId]);
  const set = useCallback(
    (change: ListChange<K>, options?: { replace?: boolean }) =>
      setSearch((prev) => writeListQuery(prev, keys, change), { replace: options?.replace ?? false }),
    [setSearch, keyId],
  );
  const clear = useCallback(
    () => set({ filters: Object.fromEntries(keys.map((k) => [k, null])) as ListChange<K>['filters'] }),
    [set, keyId],
  );
  return { ...state, set, clear, filtered: hasFilters(state) };
}

/**
 * One page of a server list (`GET url?…filters&page&pageSize` → `{ items, total }`). `toParams` turns the URL's
 * filter values into the API's when they differ (e.g. a Beijing calendar day into an ISO instant).
 */
export function useServerList<T, K extends string>(
  url: string,
  queryKey: (params: object) => QueryKey,
  list: ListQuery<K>,
  toParams: (filters: ListState<K>['filters']) => Record<string, string | undefined> = (f) => f,
) {
  const params = { ...toParams(list.filters), page: list.page, pageSize: list.pageSize };
  return useQuery({
    queryKey: queryKey(params),
    queryFn: () => api.get<Page<T>>(url, params),
    placeholderData: keepPreviousData,
  });
}

/**
 * A search box whose value lives in the URL. By default typing is local and Enter or the button applies it;
 * `live` applies every keystroke (lists filtered in the browser), replacing the history entry.
 */
export function SearchFilter({
  value,
  onSearch,
  placeholder,
  width = 240,
  live = false,
  testId,
}: {
  value: string | undefined;
  onSearch: (v: string) => void;
  placeholder?: string;
  width?: number;
  live?: boolean;
  testId?: string;
}) {
  const [draft, setDraft] = useState(value ?? '');
  // A reset or a back navigation changes the URL: show its value again (but keep a trailing space being typed).
  useEffect(() => {
    setDraft((d) => (d.trim() === (value ?? '') ? d : (value ?? '')));
  }, [value]);
  return (
    <Input.Search
      allowClear
      value={draft}
      placeholder={placeholder}
      style={{ width }}
      onChange={(e) => {
        setDraft(e.target.value);
        if (live) onSearch(e.target.value.trim());
      }}
      onSearch={(v) => onSearch(v.trim())}
      data-testid={testId}
    />
  );
}

export interface FilterTableProps<T> extends Omit<
  TableProps<T>,
  'dataSource' | 'loading' | 'pagination' | 'title' | 'footer'
> {
  /** the filter controls, laid out in one wrapping bar above the table */
  filters?: ReactNode;
  rows: readonly T[] | undefined;
  /** the server's total for a paged list; defaults to the number of rows */
  total?: number;
  loading: boolean;
  error?: Error | null;
  onRetry?: () => void;
  /** server paging from the URL; without it every row is shown on one page (reference lists) */
  list?: ListQuery<string>;
  /** for lists filtered in the browser: whether a filter is set, and how to clear it */
  filtered?: boolean;
  onClearFilters?: () => void;
  /** say what is missing when there is nothing at all (e.g. "no API keys yet") */
  emptyText?: ReactNode;
  /** false: no card around it (the page puts it in its own) */
  card?: boolean;
  testId?: string;
}

export function FilterTable<T extends object>({
  filters,
  rows,
  total,
  loading,
  error,
  onRetry,
  list,
  filtered,
  onClearFilters,
  emptyText,
  card = true,
  testId,
  ...table
}: FilterTableProps<T>) {
  const { t } = useI18n();
  // On a phone the columns keep their natural width and the table scrolls sideways inside its card, instead of
  // squeezing every header into a column of single characters or pushing the page wider than the screen.
  const narrow = !Grid.useBreakpoint().md;
  const count = total ?? rows?.length ?? 0;
  const isFiltered = list ? list.filtered : !!filtered;
  const clear = list ? list.clear : onClearFilters;

  // A page past the end (rows deleted meanwhile, or an old link): go to the last page there is.
  const page = list?.page;
  const pageSize = list?.pageSize;
  const set = list?.set;
  useEffect(() => {
    if (!set || page === undefined || pageSize === undefined || loading || error || total === undefined)
      return;
    const last = lastPageFor(total, pageSize);
    if (page > last) set({ page: last }, { replace: true });
  }, [set, page, pageSize, total, loading, error]);

  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={isFiltered ? t('list.noMatch') : (emptyText ?? t('list.empty'))}
      data-testid="list-empty"
    >
      {isFiltered && clear && (
        <Button size="small" onClick={clear}>
          {t('list.clearFilters')}
        </Button>
      )}
    </Empty>
  );

  const body = (
    <>
      {filters && (
        <div
          style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, marginBottom: 12 }}
          data-testid="list-filters"
        >
          {filters}
        </div>
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('common.loadFailed', { message: error.message })}
          action={
            onRetry && (
              <Button size="small" onClick={onRetry}>
                {t('common.retry')}
              </Button>
            )
          }
          data-testid="list-error"
        />
      )}
      <Table<T>
        size="middle"
        {...table}
        scroll={table.scroll ?? (narrow ? { x: 'max-content' } : undefined)}
        dataSource={rows}
        loading={loading}
        locale={{ emptyText: error ? ' ' : empty }}
        pagination={
          list
            ? {
                current: list.page,
                pageSize: list.pageSize,
                total: count,
                pageSizeOptions: PAGE_SIZES.map(String),
                showSizeChanger: true,
                showTotal: (n) => t('common.total', { total: n }),
                onChange: (p, s) => list.set(s !== list.pageSize ? { pageSize: s } : { page: p }),
              }
            : false
        }
        footer={
          list || !rows
            ? undefined
            : () => (
                <Typography.Text type="secondary" data-testid="list-total">
                  {t('common.total', { total: count })}
                </Typography.Text>
              )
        }
      />
    </>
  );
  return card ? <Card data-testid={testId}>{body}</Card> : <div data-testid={testId}>{body}</div>;
}
