/**
 * The one filter bar of the base-data lists (persons, tagged persons, houses, organisations): a place picker
 * (street → community), the grids of that place, the search box and the code selects. Each list names the filters
 * it takes, in the order they are shown; values live in the URL (useListQuery), as the API's query names.
 */
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Checkbox, Select, TreeSelect } from 'antd';
import { api } from '../../api/client.ts';
import type { Schema } from '../../api/contract.ts';
import { useRegionTree } from '../../api/queries.ts';
import type { Page, RegionNode } from '../../api/types.ts';
import { SearchFilter, type ListQuery } from '../../components/FilterTable.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { CARE_TAGS, SPECIAL_TAGS, useCode } from './bits.tsx';

export type BaseFilterKey =
  | 'communityCode'
  | 'gridCode'
  | 'populationType'
  | 'tag'
  | 'ageBand'
  | 'sourceState'
  | 'name'
  | 'use'
  | 'rental'
  | 'hazard'
  | 'kind'
  | 'keyUnit'
  | 'openHazards'
  | 'q';

/** The code selects: URL key → code table, values, label key and width. */
const CODE_SELECTS = {
  populationType: {
    table: 'pop',
    values: ['registered', 'floating', 'unsettled', 'overseas'],
    label: 'bd.populationType',
    width: 130,
  },
  ageBand: {
    table: 'age',
    values: ['minor', 'adult', 'senior', 'advanced'],
    label: 'bd.ageBand',
    width: 160,
  },
  sourceState: {
    table: 'state',
    values: ['entered', 'claimed', 'verified'],
    label: 'bd.sourceState',
    width: 120,
  },
  use: {
    table: 'houseUse',
    values: [
      'residence',
      'dormitory',
      'work_shed',
      'office',
      'commercial',
      'public_service',
      'industrial',
      'other',
    ],
    label: 'bd.use',
    width: 150,
  },
  hazard: { table: 'hazardLevel', values: ['serious', 'general', 'safe'], label: 'bd.hazard', width: 120 },
  kind: { table: 'orgKind', values: ['unit', 'place'], label: 'bd.kind', width: 110 },
} as const satisfies Partial<
  Record<BaseFilterKey, { table: string; values: readonly string[]; label: string; width: number }>
>;

/** The yes-only checkboxes: URL key → label key. */
const FLAGS = { rental: 'bd.rentalOnly', keyUnit: 'bd.keyOnly', openHazards: 'bd.withHazards' } as const;

/** The search boxes: URL key → placeholder key and width. */
const SEARCHES = {
  name: { label: 'bd.searchName', width: 150 },
  q: { label: 'bd.searchOrg', width: 200 },
} as const;

interface TreeOption {
  value: string;
  title: string;
  selectable: boolean;
  children?: TreeOption[];
}

/** Streets and their communities (the base data is kept per community): a street opens, a community is picked. */
function communityTree(node: RegionNode | undefined): TreeOption[] {
  if (!node) return [];
  if (node.level === 'community') return [{ value: node.code, title: node.name, selectable: true }];
  const children = node.children.flatMap(communityTree);
  if (node.level !== 'street') return children;
  return children.length ? [{ value: node.code, title: node.name, selectable: false, children }] : [];
}

export function CommunityPicker({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  const { t } = useI18n();
  const tree = useRegionTree();
  const treeData = useMemo(() => communityTree(tree.data), [tree.data]);
  return (
    <TreeSelect
      allowClear
      value={value}
      onChange={(v: string | undefined) => onChange(v)}
      placeholder={t('bd.community')}
      style={{ width: 190 }}
      loading={tree.isLoading}
      treeData={treeData}
      showSearch={{ treeNodeFilterProp: 'title' }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 420, overflow: 'auto' } } }}
      data-testid="bd-community-filter"
    />
  );
}

type GridRow = Schema<'GridRow'>;

/** The grids of the chosen community (or of the user's whole jurisdiction), searched on the server. */
export function GridPicker({
  communityCode,
  value,
  onChange,
}: {
  communityCode: string | undefined;
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const grids = useQuery({
    queryKey: ['grids', 'picker', communityCode ?? null, q],
    queryFn: () =>
      api.get<Page<GridRow>>('/api/grids', {
        regionCode: communityCode,
        q: q || undefined,
        page: 1,
        pageSize: 200,
      }),
    staleTime: 60_000,
    placeholderData: (prev) => prev,
  });
  const options = useMemo(() => {
    const items = grids.data?.items ?? [];
    const out = items.map((g) => ({ value: g.code, label: g.name || g.code }));
    // a grid from the URL not in this page of results still shows as its code
    if (value && !items.some((g) => g.code === value)) out.unshift({ value, label: value });
    return out;
  }, [grids.data, value]);
  return (
    <Select
      allowClear
      value={value}
      onChange={(v: string | undefined) => onChange(v)}
      placeholder={t('bd.grid')}
      style={{ width: 170 }}
      loading={grids.isFetching}
      options={options}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onOpenChange={(open) => {
        if (!open) setQ('');
      }}
      popupMatchSelectWidth={false}
      data-testid="bd-grid-filter"
    />
  );
}

export function TagSelect({
  value,
  onChange,
}: {
  value?: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  const { t } = useI18n();
  const code = useCode();
  return (
    <Select
      allowClear
      placeholder={t('bd.tag')}
      style={{ width: 180 }}
      value={value}
      onChange={onChange}
      options={[
        {
          label: t('bd.special'),
          options: SPECIAL_TAGS.map((v) => ({ value: v, label: code('tagType', v) })),
        },
        { label: t('bd.care'), options: CARE_TAGS.map((v) => ({ value: v, label: code('tagType', v) })) },
      ]}
      data-testid="bd-tag-filter"
    />
  );
}

export function BaseFilters<K extends BaseFilterKey>({
  list,
  keys,
}: {
  list: ListQuery<K>;
  keys: readonly K[];
}) {
  const { t } = useI18n();
  const code = useCode();
  const f = list.filters as Partial<Record<BaseFilterKey, string>>;
  const set = (change: Partial<Record<BaseFilterKey, string | undefined>>) =>
    list.set({
      filters: Object.fromEntries(Object.entries(change).map(([k, v]) => [k, v || null])) as Partial<
        Record<K, string | null>
      >,
    });
  return (
    <>
      {keys.map((k: BaseFilterKey) => {
        if (k === 'communityCode')
          return (
            <CommunityPicker
              key={k}
              value={f.communityCode}
              // another community: a grid of the old one no longer applies
              onChange={(v) =>
                set(
                  keys.includes('gridCode' as K)
                    ? { communityCode: v, gridCode: undefined }
                    : { communityCode: v },
                )
              }
            />
          );
        if (k === 'gridCode')
          return (
            <GridPicker
              key={k}
              communityCode={f.communityCode}
              value={f.gridCode}
              onChange={(v) => set({ gridCode: v })}
            />
          );
        if (k === 'tag') return <TagSelect key={k} value={f.tag} onChange={(v) => set({ tag: v })} />;
        if (k in SEARCHES) {
          const s = SEARCHES[k as keyof typeof SEARCHES];
          return (
            <SearchFilter
              key={k}
              value={f[k]}
              onSearch={(v) => set({ [k]: v })}
              placeholder={t(s.label)}
              width={s.width}
            />
          );
        }
        if (k in FLAGS)
          return (
            <Checkbox
              key={k}
              checked={f[k] === 'true'}
              onChange={(e) => set({ [k]: e.target.checked ? 'true' : undefined })}
            >
              {t(FLAGS[k as keyof typeof FLAGS])}
            </Checkbox>
          );
        const c = CODE_SELECTS[k as keyof typeof CODE_SELECTS];
        return (
          <Select
            key={k}
            allowClear
            placeholder={t(c.label)}
            style={{ width: c.width }}
            value={f[k]}
            onChange={(v: string | undefined) => set({ [k]: v })}
            options={c.values.map((v) => ({ value: v, label: code(c.table, v) }))}
          />
        );
      })}
    </>
  );
}
