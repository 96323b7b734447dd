import { describe, expect, it } from 'vitest';
import type { Category } from '../api/types.ts';
import { buildCategoryTree, countCategoryTree, filterCategoryTree, type CategoryNode } from './tree.ts';

function cat(
  code: string,
  parentCode: string | null,
  nameZh: string,
  nameEn: string,
  keywords: string[] = [],
) {
  return {
    code,
    parentCode,
    nameZh,
    nameEn,
    keywords,
    isLeaf: parentCode !== null,
    defaultUrgency: 'ordinary',
    serviceCode: null,
    gridSolvable: false,
    active: true,
    public: false,
    facility: false,
  } satisfies Category;
}

const FLAT = [
  cat('C10', null, '供水排水', 'Water supply and drainage'),
  cat('C10.01', 'C10', '停水', 'Water outage', ['没水']),
  cat('C10.02', 'C10', '管道漏水', 'Leaking pipe', ['爆管']),
  cat('C13', null, '供暖', 'Heating'),
  cat('C13.01', 'C13', '暖气不热', 'Radiator cold', ['不热']),
  cat('X99', 'GONE', '孤儿', 'Orphan'),
];

const codes = (nodes: CategoryNode[]): unknown[] =>
  nodes.map((n) => (n.children ? [n.code, codes(n.children)] : n.code));

describe('category tree', () => {
  it('builds parents with their children; a category whose parent is missing becomes a root', () => {
    expect(codes(buildCategoryTree(FLAT))).toEqual([
      ['C10', ['C10.01', 'C10.02']],
      ['C13', ['C13.01']],
      'X99',
    ]);
    expect(countCategoryTree(buildCategoryTree(FLAT))).toBe(6);
  });

  it('keeps what matches by code, Chinese or English name (any case) or keyword, with the branch to it', () => {
    const tree = buildCategoryTree(FLAT);
    expect(codes(filterCategoryTree(tree, '爆管'))).toEqual([['C10', ['C10.02']]]);
    expect(codes(filterCategoryTree(tree, 'RADIATOR'))).toEqual([['C13', ['C13.01']]]);
    expect(codes(filterCategoryTree(tree, 'c10.01'))).toEqual([['C10', ['C10.01']]]);
    expect(codes(filterCategoryTree(tree, '  停水 '))).toEqual([['C10', ['C10.01']]]);
    expect(filterCategoryTree(tree, '地铁')).toEqual([]);
  });

  it('a matching parent keeps all its children; no query keeps the whole tree', () => {
    const tree = buildCategoryTree(FLAT);
    expect(codes(filterCategoryTree(tree, '供暖'))).toEqual([['C13', ['C13.01']]]);
    expect(filterCategoryTree(tree, ' ')).toBe(tree);
  });
});
