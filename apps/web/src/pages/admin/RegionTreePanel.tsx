/** The region tree beside the map, filtered by name or code; picking a region shows it on the map. */
import { useMemo, useState } from 'react';
import { Alert, Card, Input, Spin, Tag, Tree } from 'antd';
import type { RegionNode } from '../../api/types.ts';
import { useI18n, type Translate } from '../../i18n/index.tsx';
import { levelKey } from '../../lib/options.ts';

interface TreeItem {
  key: string;
  title: React.ReactNode;
  children?: TreeItem[];
}

export const LEVEL_COLOR: Record<string, string> = {
  city: 'magenta',
  district: 'geekblue',
  street: 'cyan',
  community: 'green',
};

/** The region tree as Tree data, keeping only branches that match `q` (by name or code). */
function toTreeData(node: RegionNode, q: string, t: Translate): TreeItem | null {
  const children = node.children.map((c) => toTreeData(c, q, t)).filter((c): c is TreeItem => c !== null);
  const hit = !q || node.name.includes(q) || node.code.startsWith(q);
  if (!hit && children.length === 0) return null;
  return {
    key: node.code,
    title: (
      <span>
        {node.name}
        {(node.level === 'city' || node.level === 'district') && (
          <Tag
            color={LEVEL_COLOR[node.level]}
            style={{ marginInlineStart: 6, fontSize: 11, lineHeight: '16px' }}
          >
            {t(levelKey(node.level))}
          </Tag>
        )}
      </span>
    ),
    children: children.length ? children : undefined,
  };
}

export function RegionTreePanel({
  root,
  loading,
  error,
  height,
  selected,
  expanded,
  onExpand,
  onSelect,
}: {
  root: RegionNode | undefined;
  loading: boolean;
  error: Error | null;
  height: number;
  selected: string | null;
  expanded: string[];
  onExpand: (keys: string[]) => void;
  onSelect: (code: string) => void;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const treeData = useMemo(() => {
    if (!root) return [];
    const top = toTreeData(root, search.trim(), t);
    return top ? [top] : [];
  }, [root, search, t]);

  // When filtering, show every matching branch opened.
  const searchExpanded = useMemo(() => {
    if (!search.trim() || !root) return null;
    const keys: string[] = [];
    const walk = (n: TreeItem) => {
      if (n.children) {
        keys.push(n.key);
        n.children.forEach(walk);
      }
    };
    treeData.forEach(walk);
    return keys;
  }, [search, root, treeData]);

  return (
    <Card title={t('map.regions')} size="small" styles={{ body: { padding: 8 } }}>
      <Input.Search
        allowClear
        placeholder={t('map.searchRegion')}
        onChange={(e) => setSearch(e.target.value)}
        style={{ marginBottom: 8 }}
      />
      {loading ? (
        <Spin style={{ display: 'block', padding: 24 }} />
      ) : error ? (
        <Alert type="error" title={t('common.loadFailed', { message: error.message })} />
      ) : (
        <Tree
          height={height}
          blockNode
          treeData={treeData}
          selectedKeys={selected ? [selected] : []}
          expandedKeys={searchExpanded ?? expanded}
          onExpand={(keys) => onExpand(keys.map(String))}
          onSelect={(keys) => {
            const k = keys[0];
            if (k !== undefined) onSelect(String(k));
          }}
        />
      )}
    </Card>
  );
}
