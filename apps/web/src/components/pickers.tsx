/** Form controls for the shared reference data: regions, units and categories. */
import { useMemo, useState } from 'react';
import { Select, TreeSelect, type SelectProps } from 'antd';
import { useCategories, useRegionTree, useUnitOptions } from '../api/queries.ts';
import type { Category, RegionNode } from '../api/types.ts';
import { useI18n, type Lang } from '../i18n/index.tsx';
import { buildCategoryTree, type CategoryNode } from '../lib/tree.ts';

export function categoryName(c: Pick<Category, 'nameZh' | 'nameEn'>, lang: Lang): string {
  return lang === 'en-US' && c.nameEn ? c.nameEn : c.nameZh;
}

interface TreeOption {
  value: string;
  title: string;
  selectable?: boolean;
  children?: TreeOption[];
}

interface ValueProps<T> {
  id?: string;
  value?: T;
  onChange?: (value: T) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: React.CSSProperties;
}

export function RegionTreeSelect(props: ValueProps<string | undefined>) {
  const { data: tree, isLoading } = useRegionTree();
  const { t } = useI18n();
  const treeData = useMemo(() => {
    const map = (n: RegionNode): TreeOption => ({
      value: n.code,
      title: `${n.name}`,
      children: n.children.length ? n.children.map(map) : undefined,
    });
    return tree ? [map(tree)] : [];
  }, [tree]);
  return (
    <TreeSelect
      id={props.id}
      value={props.value}
      onChange={(v: string | undefined) => props.onChange?.(v)}
      placeholder={props.placeholder}
      allowClear={props.allowClear}
      disabled={props.disabled}
      style={{ width: '100%', ...props.style }}
      loading={isLoading}
      treeData={treeData}
      treeDefaultExpandedKeys={tree ? [tree.code] : []}
      showSearch={{ treeNodeFilterProp: 'title' }}
      styles={{ popup: { root: { maxHeight: 420, overflow: 'auto' } } }}
      notFoundContent={isLoading ? t('common.loading') : undefined}
      popupMatchSelectWidth={false}
      treeNodeLabelProp="title"
    />
  );
}

export function CategoryTreeSelect(props: ValueProps<string | undefined> & { leafOnly?: boolean }) {
  const { data: items, isLoading } = useCategories();
  const { lang } = useI18n();
  const treeData = useMemo(() => {
    const map = (n: CategoryNode): TreeOption => ({
      value: n.code,
      title: `${categoryName(n, lang)}`,
      selectable: props.leafOnly ? n.isLeaf : true,
      children: n.children?.map(map),
    });
    return buildCategoryTree(items ?? []).map(map);
  }, [items, lang, props.leafOnly]);
  return (
    <TreeSelect
      id={props.id}
      value={props.value}
      onChange={(v: string | undefined) => props.onChange?.(v)}
      placeholder={props.placeholder}
      allowClear={props.allowClear}
      disabled={props.disabled}
      style={{ width: '100%', ...props.style }}
      loading={isLoading}
      treeData={treeData}
      showSearch={{ treeNodeFilterProp: 'title' }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 420, overflow: 'auto' } } }}
    />
  );
}

/**
 * Server-searched unit picker. `known` adds options for values not in the current result page (when editing),
 * `extraOptions` are put first (e.g. 属地街乡镇 in the duty editor).
 */
export function UnitSelect(
  props: ValueProps<string | undefined> & {
    known?: { id: string; name: string }[];
    extraOptions?: { value: string; label: string }[];
    excludeId?: string;
    /** Only units inside the caller's jurisdiction (where a user may be placed). */
    manageable?: boolean;
  },
) {
  const [q, setQ] = useState('');
  const { data, isFetching } = useUnitOptions(q, props.manageable);
  const options = useMemo<SelectProps['options']>(() => {
    const seen = new Set<string>();
    const out: { value: string; label: string }[] = [];
    for (const o of props.extraOptions ?? []) {
      seen.add(o.value);
      out.push(o);
    }
    for (const u of [...(data?.items ?? []), ...(props.known ?? [])]) {
      if (seen.has(u.id) || u.id === props.excludeId) continue;
      seen.add(u.id);
      out.push({ value: u.id, label: u.name });
    }
    return out;
  }, [data, props.known, props.extraOptions, props.excludeId]);
  return (
    <Select
      id={props.id}
      value={props.value}
      onChange={(v: string | undefined) => props.onChange?.(v)}
      placeholder={props.placeholder}
      allowClear={props.allowClear}
      disabled={props.disabled}
      style={{ width: '100%', ...props.style }}
      loading={isFetching}
      options={options}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onOpenChange={(open) => {
        if (!open) setQ('');
      }}
    />
  );
}

/** The communities (and villages) of a region tree, grouped by the street or town above them. */
export function communityGroups(
  tree: RegionNode | undefined,
): { label: string; options: { value: string; label: string }[] }[] {
  const groups: { label: string; options: { value: string; label: string }[] }[] = [];
  const walk = (n: RegionNode, parent: RegionNode | null) => {
    if (n.level === 'community') {
      const label = parent?.name ?? '';
      let g = groups.find((x) => x.label === label);
      if (!g) groups.push((g = { label, options: [] }));
      g.options.push({ value: n.code, label: n.name });
      return;
    }
    for (const c of n.children) walk(c, n);
  };
  if (tree) walk(tree, null);
  return groups;
}

/**
 * Picks one community of the caller's jurisdiction (the region tree the server scopes to the caller): for staff
 * above one community, such as a street lead. Nothing to pick when the jurisdiction is a single community.
 */
export function CommunitySelect(props: ValueProps<string | undefined> & { 'data-testid'?: string }) {
  const { data: tree, isLoading } = useRegionTree();
  const { t } = useI18n();
  const groups = useMemo(() => communityGroups(tree), [tree]);
  const options: SelectProps['options'] = groups.length === 1 ? groups[0]!.options : groups;
  if (tree?.level === 'community') return null;
  return (
    <Select
      id={props.id}
      data-testid={props['data-testid']}
      value={props.value}
      onChange={(v: string | undefined) => props.onChange?.(v)}
      placeholder={props.placeholder}
      allowClear={props.allowClear}
      disabled={props.disabled}
      style={{ minWidth: 260, ...props.style }}
      loading={isLoading}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      notFoundContent={isLoading ? t('common.loading') : undefined}
      popupMatchSelectWidth={false}
    />
  );
}
