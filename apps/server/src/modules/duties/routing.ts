import { regionAncestorCodes, resolveDuty, type DutyResolution } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import { categoryAncestors } from '../categories/public.ts';
import * as repo from './duties.repository.ts';

export interface RoutingLocation {
  gridCode: string | null;
  communityCode: string | null;
  streetCode: string | null;
  districtCode: string | null;
}

/**
 * Duty-list routing (DESIGN.md §4 steps 3–4): the most specific entry for (category, region of the point), 属地 parties
 * replaced by the street office of the location, then 属地兜底 and the district government. Used by dispatch and by
 * the "who would handle?" tester alike.
 */
export async function routeByDuty(
  db: DbOrTx,
  categoryCode: string,
  location: RoutingLocation,
): Promise<DutyResolution> {
  const ancestors = await categoryAncestors(db, categoryCode);
  const deepest = location.communityCode ?? location.streetCode ?? location.districtCode;
  const regionCodes = deepest ? regionAncestorCodes(deepest) : [];
  const entries = await repo.candidateDuties(db, [categoryCode, ...ancestors], regionCodes);
  const parties = await repo.partiesOf(
    db,
    entries.map((e) => e.id),
  );
  const offices = await db
    .selectFrom('unit')
    .select(['id', 'kind', 'jurisdiction_code'])
    .where('active', '=', true)
    .where('kind', 'in', ['street_office', 'government'])
    .execute();
  return resolveDuty({
    categoryCode,
    categoryAncestors: ancestors,
    location,
    entries: entries.map((e) => ({
      id: e.id,
      categoryCode: e.category_code,
      regionCode: e.region_code,
      parties: parties
        .filter((p) => p.duty_id === e.id)
        .map((p) => ({ role: p.role, unitId: p.unit_id, localStreet: p.local_street })),
    })),
    streetOfficeOf: (code) =>
      offices.find((o) => o.kind === 'street_office' && o.jurisdiction_code === code)?.id,
    districtGovernmentOf: (code) =>
      offices.find((o) => o.kind === 'government' && (code === null || o.jurisdiction_code === code))?.id ??
      offices.find((o) => o.kind === 'government')?.id,
  });
}
