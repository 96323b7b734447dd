import { buildCategories } from './categories.ts';
import { buildDeadlinePolicies } from './deadlines.ts';
import { buildDuties } from './duties.ts';
import { buildRegionsAndGrids } from './regions.ts';
import type { DemoData } from './types.ts';
import { buildUnits } from './units.ts';
import { buildUsers } from './users.ts';

export type * from './types.ts';

/**
 * Demo data for 北京市平谷区 (110117), where 街乡吹哨、部门报到 began: real streets, communities and villages from
 * the statistics bureau's codes, generated but plausible boundaries and grids, the district's departments and
 * utilities, an event-category tree with its duty list and deadlines, and one demo account per role.
 * Pure and deterministic: seeded randomness only, no clock, no database.
 */
export function buildDemoData(): DemoData {
  const { regions, grids } = buildRegionsAndGrids();
  const categories = buildCategories();
  return {
    regions,
    grids,
    units: buildUnits(),
    categories,
    deadlinePolicies: buildDeadlinePolicies(categories),
    duties: buildDuties(categories),
    users: buildUsers(grids),
  };
}
