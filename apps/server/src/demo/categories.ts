import type { Urgency } from '@onegrid/domain';
import { CITY_GROUPS } from './category-groups-city.ts';
import { SERVICE_GROUPS } from './category-groups-services.ts';
import type { DemoCategory } from './types.ts';

/**
 * The category tree: the component (部件) and event (事件) classes of GB/T 30428 (数字化城市管理信息系统) merged
 * with the matters Beijing's 12345 hotline classifies (utilities, property management, labour, education, health…).
 * Group codes are 'C01'…; leaf codes 'C01.01'…; Open311 service_code = '2' + group + leaf + '01' (7 digits, room
 * for sub-items). Keywords feed the text classifier.
 */
export type CategoryLeaf = [
  nameZh: string,
  nameEn: string,
  urgency: Urgency,
  gridSolvable: boolean,
  /** Space-separated. */
  keywords: string,
];
export interface CategoryGroup {
  nameZh: string;
  nameEn: string;
  leaves: CategoryLeaf[];
}

/**
 * Groups whose cases are published (de-identified) on the Open311 feed: things, not people. Facilities are
 * published at their exact place, the others at a ~100 m cell.
 */
const PUBLISHED: Record<string, 'facility' | 'area'> = {
  公用设施: 'facility',
  道路设施: 'facility',
  市容环境: 'area',
  宣传广告: 'area',
  园林绿化: 'area',
};

const GROUPS: CategoryGroup[] = [...CITY_GROUPS, ...SERVICE_GROUPS];

function two(n: number): string {
  return String(n).padStart(2, '0');
}

export function buildCategories(): DemoCategory[] {
  const rows: DemoCategory[] = [];
  GROUPS.forEach((group, gi) => {
    const code = `C${two(gi + 1)}`;
    rows.push({
      code,
      parentCode: null,
      nameZh: group.nameZh,
      nameEn: group.nameEn,
      isLeaf: false,
      defaultUrgency: 'ordinary',
      serviceCode: null,
      gridSolvable: false,
      keywords: [],
      sort: gi + 1,
      public: false,
      facility: false,
    });
    group.leaves.forEach(([nameZh, nameEn, urgency, gridSolvable, keywords], li) => {
      rows.push({
        code: `${code}.${two(li + 1)}`,
        parentCode: code,
        nameZh,
        nameEn,
        isLeaf: true,
        defaultUrgency: urgency,
        serviceCode: `2${two(gi + 1)}${two(li + 1)}01`,
        gridSolvable,
        keywords: keywords.split(' '),
        sort: li + 1,
        public: PUBLISHED[group.nameZh] !== undefined,
        facility: PUBLISHED[group.nameZh] === 'facility',
      });
    });
  });
  return rows;
}

/** Category code by its Chinese leaf name, for readable duty and deadline tables. */
export function leafCode(categories: DemoCategory[], nameZh: string): string {
  const leaf = categories.find((c) => c.isLeaf && c.nameZh === nameZh);
  if (!leaf) throw new Error(`demo categories: no leaf named ${nameZh}`);
  return leaf.code;
}
