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
