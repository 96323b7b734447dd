import type { Role } from '@onegrid/domain';
import { CITY_CODE, DISTRICT_CODE } from '../divisions.ts';
import { districtOutline, spreadSeeds, polygon, type Point } from '../geometry.ts';
import { randomInt, rngFor } from '../random.ts';
import type { DemoDuty, DemoRegion, DemoUnit, DemoUser } from '../types.ts';
import { DEMO_PASSWORD } from '../users.ts';
import { streetOfficeName, streetUnitKey } from '../units.ts';
import { loadCityDivisions } from './divisions.ts';
import { cityOutline, DISTRICT_SEATS, tileLoose, without } from './geometry.ts';

/** The city 12345 centre: a government unit over the whole city, the top dispatch desk (issue 14). */
export const CITY_CENTRE_KEY = 'city.12345';
export const districtGovKey = (code: string): string => `gov.${code}`;

/** What DEMO_SCOPE=city adds to the one-district demo: everything of the city but 平谷区, which the demo has. */
export interface CityDemo {
  regions: DemoRegion[];
  units: DemoUnit[];
  users: DemoUser[];
  duties: DemoDuty[];
}

function landline(key: string): string {
  const rng = rngFor(`phone:${key}`);
  return `010-${randomInt(rng, 5, 8)}${String(randomInt(rng, 0, 9_999_999)).padStart(7, '0')}`;
}

/**
 * 北京市's other 15 districts, their streets/towns and communities/villages with generated boundaries; the city
 * centre, each district's government (its desk) and each street's office; the city centre's staff; city-wide
 * duty-list entries (属地: the street of the place leads) that 平谷区's own entries override. No grids, base
 * data, cases or users below the city centre outside 平谷区: the first start stays fast.
 */
export function buildCityDemo(dutyCategories: readonly string[]): CityDemo {
  const districts = loadCityDivisions().filter((d) => d.code !== DISTRICT_CODE);
  const pinggu = districtOutline(rngFor('district-outline'));
  const rest = without(cityOutline(rngFor('city-outline')), pinggu);
  const seats = districts.map((d) => DISTRICT_SEATS[d.code] ?? ([116.4, 40.2] as Point));
  const districtRings = tileLoose(rest, seats);
  const cityPath = `${CITY_CODE}/`;
  const regions: DemoRegion[] = [];
  const units: DemoUnit[] = [
    {
      key: CITY_CENTRE_KEY,
      name: '北京市12345市民服务热线中心',
      kind: 'government',
      parentKey: null,
      jurisdictionCode: CITY_CODE,
      phone: '010-12345',
    },
  ];
  districts.forEach((d, di) => {
    const ring = districtRings[di]!;
    const path = `${cityPath}${d.code}/`;
    regions.push({
      code: d.code,
      parentCode: CITY_CODE,
      name: d.name,
      level: 'district',
      path,
      boundary: polygon(ring),
      sort: di + 1,
    });
    const govKey = districtGovKey(d.code);
    units.push({
      key: govKey,
      name: `${d.name}人民政府`,
      kind: 'government',
      parentKey: null,
      jurisdictionCode: d.code,
      phone: landline(govKey),
    });
    const streetRings = tileLoose(
      ring,
      spreadSeeds(ring, d.streets.length, rngFor(`city-streets:${d.code}`)),
    );
    d.streets.forEach((s, si) => {
      const sRing = streetRings[si]!;
      const sPath = `${path}${s.code}/`;
      regions.push({
        code: s.code,
        parentCode: d.code,
        name: s.name,
        level: 'street',
        path: sPath,
        boundary: polygon(sRing),
        sort: si + 1,
      });
      units.push({
        key: streetUnitKey(s.code),
        // unit names are unique city-wide; several districts have a street of the same name
        name: `${d.name}${streetOfficeName(s)}`,
        kind: 'street_office',
        parentKey: govKey,
        jurisdictionCode: s.code,
        phone: landline(s.code),
      });
      if (s.communities.length === 0) return;
      const cRings = tileLoose(
        sRing,
        spreadSeeds(sRing, s.communities.length, rngFor(`city-communities:${s.code}`), 4),
      );
      s.communities.forEach((c, ci) => {
        regions.push({
          code: c.code,
          parentCode: s.code,
          name: c.name,
          level: 'community',
          path: `${sPath}${c.code}/`,
          boundary: polygon(cRings[ci]!),
          sort: ci + 1,
        });
      });
    });
  });
  const user = (username: string, name: string, phone: string, roles: Role[]): DemoUser => ({
    username,
    name,
    phone,
    unitKey: CITY_CENTRE_KEY,
    roles,
    password: DEMO_PASSWORD,
  });
  return {
    regions,
    units,
    users: [
      user('city_operator', '高晓燕', '13911880121', ['operator']),
      user('city_dispatcher', '田志刚', '13911880122', ['dispatcher']),
      user('city_supervisor', '邵建华', '13911880123', ['supervisor']),
    ],
    duties: [...new Set(dutyCategories)].map((categoryCode) => ({
      categoryCode,
      regionCode: CITY_CODE,
      note: '市级通用条目：属地街乡镇负责；区级条目优先',
      parties: [{ role: 'lead', unitKey: null, localStreet: true }],
    })),
  };
}
