import type { Category, RegionNode } from '../api/types.ts';

export interface CategoryNode extends Category {
  children?: CategoryNode[];
}

/** The API gives categories flat and ordered; build the tree (orphans become roots). */
export function buildCategoryTree(items: Category[]): CategoryNode[] {
  const byCode = new Map<string, CategoryNode>();
  for (const c of items) byCode.set(c.code, { ...c });
  const roots: CategoryNode[] = [];
  for (const c of items) {
    const node = byCode.get(c.code)!;
    const parent = c.parentCode ? byCode.get(c.parentCode) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

export function findRegion(root: RegionNode | undefined, code: string): RegionNode | undefined {
  if (!root) return undefined;
  if (root.code === code) return root;
  for (const c of root.children) {
    const f = findRegion(c, code);
    if (f) return f;
  }
  return undefined;
}

/** Codes from the root down to (and including) `code`, or [] when absent. */
export function regionPath(root: RegionNode | undefined, code: string): string[] {
  if (!root) return [];
  if (root.code === code) return [root.code];
  for (const c of root.children) {
    const p = regionPath(c, code);
    if (p.length) return [root.code, ...p];
  }
  return [];
}

export function walkRegions(root: RegionNode | undefined, fn: (n: RegionNode) => void): void {
  if (!root) return;
  fn(root);
  for (const c of root.children) walkRegions(c, fn);
}

/**
 * Keeps the categories that match `q` (code, either name, a keyword) and the branches leading to them; a matching
 * parent keeps all its children.
 */
export function filterCategoryTree(nodes: CategoryNode[], q: string): CategoryNode[] {
  const query = q.trim();
  if (!query) return nodes;
  const needle = query.toLowerCase();
  const out: CategoryNode[] = [];
  for (const n of nodes) {
    const children = filterCategoryTree(n.children ?? [], query);
    const hit =
      n.code.toLowerCase().includes(needle) ||
      n.nameZh.includes(query) ||
      n.nameEn.toLowerCase().includes(needle) ||
      n.keywords.some((k) => k.includes(query));
    if (hit || children.length)
      out.push({ ...n, children: children.length ? children : hit ? n.children : undefined });
  }
  return out;
}

/** How many categories a (filtered) tree shows, at every level. */
export function countCategoryTree(nodes: CategoryNode[]): number {
  return nodes.reduce((n, c) => n + 1 + countCategoryTree(c.children ?? []), 0);
}
