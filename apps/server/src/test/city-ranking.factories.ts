import type { RateCounts } from '@onegrid/domain';
import type { Db } from '../db/database.ts';
import { newRegion, newUnit, unitDistrict } from './factories.ts';

/**
 * A city of one's own for the city rankings (issue 14), until the city demo exists in the test template: districts
 * under the template's city root (北京市), each with its government, streets with their offices, and optionally a
 * square boundary so the city dashboard's district map has something to draw.
 */
export const CITY_CODE = '110000000000';

export interface CityDistrict {
  code: string;
  path: string;
  name: string;
  governmentId: string;
  streets: { code: string; path: string; name: string; officeId: string }[];
}

let free = 80;

/** A district under the city with `streets` streets (names given, or generated). */
export async function newCityDistrict(
  owner: Db,
  over: { name: string; streets: string[] | number; square?: [number, number, number] },
): Promise<CityDistrict> {
  let code = '';
  for (; free < 99; free++) {
    code = `1101${String(free).padStart(2, '0')}000000`;
    const taken = await owner.selectFrom('region').select('code').where('code', '=', code).executeTakeFirst();
    if (!taken) break;
  }
  free++;
  const path = `${CITY_CODE}/${code}/`;
  const sq = over.square;
  await owner
    .insertInto('region')
    .values({
      code,
      parent_code: CITY_CODE,
      name: over.name,
      level: 'district',
      path,
      boundary: sq
        ? JSON.stringify({
            type: 'Polygon',
            coordinates: [
              [
                [sq[0], sq[1]],
                [sq[0] + sq[2], sq[1]],
                [sq[0] + sq[2], sq[1] + sq[2]],
                [sq[0], sq[1] + sq[2]],
                [sq[0], sq[1]],
              ],
            ],
          })
        : null,
    } as never)
    .execute();
  const governmentId = await newUnit(owner, {
    kind: 'government',
    parentId: null,
    jurisdictionCode: code,
    name: `${over.name}人民政府`,
  });
  const names =
    typeof over.streets === 'number'
      ? Array.from({ length: over.streets }, (_, i) => `${over.name.replace(/区$/, '')}${i + 1}街道`)
      : over.streets;
  const streets = [];
  // newRegion takes free codes from the top down: the last name first, so codes follow the names' order
  for (const name of [...names].reverse()) {
    const region = await newRegion(owner, { parentCode: code, level: 'street', name });
    const officeId = await newUnit(owner, {
      kind: 'street_office',
      parentId: governmentId,
      jurisdictionCode: region.code,
      name: `${name}办事处`,
    });
    streets.unshift({ ...region, name, officeId });
  }
  return { code, path, name: over.name, governmentId, streets };
}

/** The city's own government unit (a city-level centre's staff sit in it). */
export async function cityGovernment(owner: Db): Promise<string> {
  const row = await owner
    .selectFrom('unit')
    .select('id')
    .where('kind', '=', 'government')
    .where('jurisdiction_code', '=', CITY_CODE)
    .executeTakeFirst();
  return (
    row?.id ??
    (await newUnit(owner, {
      kind: 'government',
      parentId: null,
      jurisdictionCode: CITY_CODE,
      name: '北京市人民政府',
    }))
  );
}

/** One day's counters of a unit, as the assessment fold writes them. */
export async function addUnitDay(owner: Db, unitId: string, day: string, c: Partial<RateCounts>) {
  await owner
    .insertInto('assessment_unit_day')
    .values({
      day,
      unit_id: unitId,
      district_code: await unitDistrict(owner, unitId),
      response_hit: c.responseHit ?? 0,
      response_miss: c.responseMiss ?? 0,
      callbacks: c.callbacks ?? 0,
      resolved: c.resolved ?? 0,
      satisfied: c.satisfied ?? 0,
      basically_satisfied: c.basicallySatisfied ?? 0,
      unsatisfied: c.unsatisfied ?? 0,
    })
    .execute();
}
