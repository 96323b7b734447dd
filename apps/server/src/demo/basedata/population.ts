import { residentIdCheckChar } from '@onegrid/domain';
import type pg from 'pg';
import type { PiiCipher } from '../../lib/pii.ts';
import { randomInt, rngFor, type Rng } from '../random.ts';
import { uuidMaker } from './address-plan.ts';
import { copyRows } from './bulk.ts';
import { givenName, maskName, pickSurname } from './person-names.ts';

/** The demo's "today": ages, dates of moving in and tag start dates are counted back from it. */
export const REFERENCE_DATE = '2026-12-01';
const REF_MS = Date.UTC(2026, 11, 1);
const DAY = 86_400_000;

export interface HouseRow {
  id: string;
  address_id: string;
  use: string;
  street_code: string;
  community_code: string;
  grid_code: string;
  full_name: string;
  lon: number;
  lat: number;
}

interface Person {
  id: string;
  surname: string;
  given: string;
  idType: 'resident_id' | 'passport' | 'hk_macao_permit' | 'taiwan_permit';
  idNo: string | null;
  gender: 'male' | 'female';
  birth: string;
  age: number;
  ethnicity: string;
  phone: string | null;
  hukouRegion: string | null;
  hukouAddress: string | null;
  house: HouseRow;
  popType: 'registered' | 'floating' | 'unsettled' | 'overseas';
  hukouStatus: 'consistent' | 'person_here_hukou_away' | 'hukou_here_person_away';
  householdNo: string;
  relation: string;
  movedIn: string;
  permitNo: string | null;
  permitExpiry: string | null;
  householdSize: number;
  householdOld: boolean;
  rural: boolean;
  state: string;
  stateAt: string;
}

/** Where floating residents come from: county-level codes of the provinces around Beijing and beyond. */
const ORIGINS: [code: string, place: string, weight: number][] = [
  ['131082', '河北省廊坊市三河市', 10],
  ['130281', '河北省唐山市遵化市', 8],
  ['130225', '河北省唐山市乐亭县', 4],
  ['130827', '河北省承德市宽城满族自治县', 5],
  ['130821', '河北省承德市承德县', 5],
  ['130684', '河北省保定市高碑店市', 3],
  ['130731', '河北省张家口市涿鹿县', 3],
  ['120225', '天津市蓟州区', 6],
  ['410523', '河南省安阳市汤阴县', 5],
  ['411721', '河南省驻马店市西平县', 4],
  ['371526', '山东省聊城市高唐县', 4],
  ['370831', '山东省济宁市泗水县', 3],
  ['341221', '安徽省阜阳市临泉县', 4],
  ['511321', '四川省南充市南部县', 3],
  ['230183', '黑龙江省哈尔滨市尚志市', 3],
  ['220282', '吉林省吉林市桦甸市', 2],
  ['150429', '内蒙古自治区赤峰市宁城县', 3],
  ['140223', '山西省大同市广灵县', 2],
  ['210881', '辽宁省营口市盖州市', 2],
  ['421126', '湖北省黄冈市蕲春县', 2],
];
const ORIGIN_TOTAL = ORIGINS.reduce((n, o) => n + o[2], 0);

/** GB 3304 nationality codes: 01 汉, 11 满 (many in 平谷's hills), 03 回, 02 蒙古, 10 朝鲜, 08 壮. */
const ETHNICITIES: [string, number][] = [
  ['01', 0.962],
  ['11', 0.022],
  ['03', 0.009],
  ['02', 0.003],
  ['10', 0.002],
  ['08', 0.002],
];

const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '166',
  '176',
  '177',
  '178',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '198',
  '199',
];

function pickWeighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((n, i) => n + i[1], 0);
  let r = rng() * total;
  for (const [v, w] of items) {
    r -= w;
    if (r < 0) return v;
  }
  return items[items.length - 1]![0];
}

function dateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function shuffle<T>(rng: Rng, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

interface Member {
  relation: string;
  age: number;
  gender: 'male' | 'female';
}

const REGISTERED_SIZES = [
  [1, 0.2],
  [2, 0.32],
  [3, 0.25],
  [4, 0.13],
  [5, 0.07],
  [6, 0.03],
] as const;
const FLOATING_SIZES = [
  [1, 0.38],
  [2, 0.34],
  [3, 0.2],
  [4, 0.08],
] as const;

/** A household's members: head, spouse, children, the head's parents — ages that fit together. */
function household(rng: Rng, registered: boolean): Member[] {
  const size = pickWeighted(rng, registered ? REGISTERED_SIZES : FLOATING_SIZES);
  const other = (g: 'male' | 'female'): 'male' | 'female' => (g === 'male' ? 'female' : 'male');
  const sex = (): 'male' | 'female' => (rng() < 0.51 ? 'male' : 'female');
  let headAge: number;
  if (!registered) headAge = randomInt(rng, 20, size === 1 ? 45 : 52);
  // Old heads: more in their sixties and seventies than in their eighties (r² skews towards the young end).
  else if (size === 1) headAge = rng() < 0.4 ? 65 + Math.floor(30 * rng() ** 2) : randomInt(rng, 20, 64);
  else if (size === 2) headAge = rng() < 0.5 ? 60 + Math.floor(32 * rng() ** 2) : randomInt(rng, 23, 59);
  else if (size === 3) headAge = randomInt(rng, 27, 62);
  else headAge = randomInt(rng, 30, 60);
  const headGender = rng() < 0.62 ? 'male' : 'female';
  const out: Member[] = [{ relation: 'head', age: headAge, gender: headGender }];
  if (size === 1) return out;
  const spouseAge = Math.max(20, headAge + randomInt(rng, -5, 4));
  out.push({ relation: 'spouse', age: spouseAge, gender: other(headGender) });
  const youngerParent = Math.min(headAge, spouseAge);
  const child = () => {
    const age = Math.max(0, youngerParent - randomInt(rng, 22, 34));
    out.push({ relation: 'child', age, gender: sex() });
  };
  const parent = () => {
    const age = headAge + randomInt(rng, 22, 32);
    if (age > 99) return child();
    out.push({ relation: 'parent', age, gender: sex() });
  };
  while (out.length < size) {
    const n = out.length;
    if (!registered) child();
    else if (size >= 5 && n >= 3 && headAge < 60) parent();
    else if (size === 4 && n === 3 && rng() < 0.45) parent();
    else child();
  }
  return out;
}

/** The codes of a community that are urban (社区), from the plan. */
export interface PopulationInput {
  houses: HouseRow[];
  /** Households each grid should hold. */
  householdsPerGrid: Map<string, number>;
  urbanCommunities: Set<string>;
}

/**
 * Persons and their residences. Per grid (seeded by its code): rentals take the floating households (one to five
 * in a rental), the other occupied homes one registered household each; about a tenth of homes stay empty.
 */
export function generatePopulation(input: PopulationInput): { persons: Person[]; rentalHouses: HouseRow[] } {
  const byGrid = new Map<string, HouseRow[]>();
  for (const h of input.houses) {
    if (h.use !== 'residence') continue;
    const list = byGrid.get(h.grid_code) ?? [];
    list.push(h);
    byGrid.set(h.grid_code, list);
  }
  const ids = new Set<string>();
  const phones = new Set<string>();
  const persons: Person[] = [];
  const householdSeq = new Map<string, number>();
  const rentalHouses: HouseRow[] = [];

  for (const grid of [...byGrid.keys()].sort()) {
    const rng = rngFor(`pop:${grid}`);
    const newId = uuidMaker(`person:${grid}`);
    const homes = shuffle(rng, [...byGrid.get(grid)!]);
    const community = homes[0]!.community_code;
    const rural = !input.urbanCommunities.has(community);
    const wanted = Math.min(input.householdsPerGrid.get(grid) ?? 0, Math.floor(homes.length * 0.95));
    const floatingHouseholds = Math.round(wanted * 0.34);
    const perRental = rural ? 3.6 : 2.4;
    const rentals = Math.min(Math.ceil(floatingHouseholds / perRental), Math.floor(homes.length * 0.25));
    const registeredHouseholds = wanted - floatingHouseholds;
    const plan: { house: HouseRow; type: Person['popType'] }[] = [];
    rentalHouses.push(...homes.slice(0, rentals));
    // Floating households spread over the rentals, every rental at least one.
    for (let k = 0; k < floatingHouseholds && rentals > 0; k++) {
      const house = homes[k < rentals ? k : randomInt(rng, 0, rentals - 1)]!;
      plan.push({ house, type: rng() < 0.025 ? 'overseas' : 'floating' });
    }
    for (let k = 0; k < registeredHouseholds && rentals + k < homes.length; k++) {
      const r = rng();
      plan.push({ house: homes[rentals + k]!, type: r < 0.02 ? 'unsettled' : 'registered' });
    }
    for (const { house, type } of plan) {
      const seq = (householdSeq.get(community) ?? 0) + 1;
      householdSeq.set(community, seq);
      const householdNo = `${community.slice(6)}${String(seq).padStart(4, '0')}`;
      const members = household(rng, type === 'registered' || type === 'unsettled');
      const old = members.every((m) => m.age >= 60);
      const origin = pickWeighted(
        rng,
        ORIGINS.map((o) => [o, o[2] / ORIGIN_TOTAL] as const),
      );
      const surname = pickSurname(rng);
      const movedInFamily = dateOf(
        type === 'registered'
          ? REF_MS - randomInt(rng, 200, 12_000) * DAY
          : REF_MS - randomInt(rng, 20, 3_000) * DAY,
      );
      const awayHousehold = type === 'registered' && rng() < 0.06;
      for (const m of members) {
        const birthMs = REF_MS - (m.age * 365.25 + rng() * 364) * DAY;
        const birth = dateOf(birthMs);
        const year = Number(birth.slice(0, 4));
        // Children take the head's surname; spouses and parents have their own.
        const ownSurname =
          m.relation === 'child' && rng() < 0.92
            ? surname
            : m.relation === 'head'
              ? surname
              : pickSurname(rng);
        const given = givenName(rng, m.gender, year);
        let idType: Person['idType'] = 'resident_id';
        let idNo: string | null = null;
        if (type === 'registered' || type === 'floating') {
          const region = type === 'registered' ? '110117' : origin[0];
          const digits = birth.replace(/-/g, '');
          let s = randomInt(rng, 0, 499) * 2 + (m.gender === 'male' ? 1 : 0);
          for (;;) {
            const first17 = `${region}${digits}${String(s).padStart(3, '0')}`;
            idNo = first17 + residentIdCheckChar(first17);
            if (!ids.has(idNo)) break;
            s = (s + 2) % 1000;
          }
          ids.add(idNo);
        } else if (type === 'overseas') {
          const r = rng();
          idType = r < 0.5 ? 'hk_macao_permit' : r < 0.8 ? 'taiwan_permit' : 'passport';
          do {
            idNo =
              idType === 'hk_macao_permit'
                ? `H${randomInt(rng, 10_000_000, 99_999_999)}`
                : idType === 'taiwan_permit'
                  ? String(randomInt(rng, 10_000_000, 99_999_999))
                  : `E${randomInt(rng, 10_000_000, 99_999_999)}`;
          } while (ids.has(idNo));
          ids.add(idNo);
        }
        let phone: string | null = null;
        if (m.age >= 14 && rng() < 0.96) {
          do
            phone =
              MOBILE_PREFIXES[randomInt(rng, 0, MOBILE_PREFIXES.length - 1)]! +
              String(randomInt(rng, 0, 99_999_999)).padStart(8, '0');
          while (phones.has(phone));
          phones.add(phone);
        }
        const floating = type === 'floating';
        const hasPermit = floating && m.age >= 16 && rng() < 0.7;
        const r = rng();
        persons.push({
          id: newId(),
          surname: ownSurname,
          given,
          idType,
          idNo,
          gender: m.gender,
          birth,
          age: m.age,
          ethnicity: pickWeighted(rng, ETHNICITIES),
          phone,
          hukouRegion: type === 'registered' ? '110117' : floating ? origin[0] : null,
          hukouAddress: type === 'registered' ? house.full_name : floating ? origin[1] : null,
          house,
          popType: type,
          hukouStatus:
            type === 'registered'
              ? awayHousehold
                ? 'hukou_here_person_away'
                : 'consistent'
              : 'person_here_hukou_away',
          householdNo,
          relation: m.relation,
          movedIn: m.relation === 'child' && birth > movedInFamily ? birth : movedInFamily,
          permitNo: hasPermit
            ? `京${year % 100}${String(randomInt(rng, 0, 99_999_999)).padStart(8, '0')}`
            : null,
          permitExpiry: hasPermit ? dateOf(REF_MS + randomInt(rng, -60, 3 * 365) * DAY) : null,
          householdSize: members.length,
          householdOld: old,
          rural,
          state: r < 0.8 ? 'verified' : r < 0.92 ? 'claimed' : 'entered',
          stateAt: dateOf(REF_MS - randomInt(rng, 1, 600) * DAY),
        });
      }
    }
  }
  return { persons, rentalHouses };
}

/** Persons and residences into the database: crypto in Node, rows by COPY. */
export async function writePopulation(
  client: pg.ClientBase,
  pii: PiiCipher,
  persons: Person[],
): Promise<void> {
  await copyRows(
    client,
    'person',
    [
      'id',
      'name_enc',
      'name_hash',
      'name_masked',
      'id_type',
      'id_enc',
      'id_hash',
      'gender',
      'birth_date',
      'ethnicity',
      'phone_enc',
      'phone_hash',
      'hukou_region',
      'hukou_address',
      'street_code',
      'community_code',
      'grid_code',
      'source_state',
      'state_at',
    ],
    (function* () {
      for (const p of persons) {
        const name = p.surname + p.given;
        yield [
          p.id,
          pii.encrypt(name),
          pii.blindIndex(name),
          maskName(p.surname, p.given),
          p.idType,
          p.idNo ? pii.encrypt(p.idNo) : null,
          p.idNo ? pii.blindIndex(p.idNo) : null,
          p.gender,
          p.birth,
          p.ethnicity,
          p.phone ? pii.encrypt(p.phone) : null,
          p.phone ? pii.blindIndex(p.phone) : null,
          p.hukouRegion,
          p.hukouAddress,
          p.house.street_code,
          p.house.community_code,
          p.house.grid_code,
          p.state,
          p.stateAt,
        ];
      }
    })(),
  );
  const newId = uuidMaker('residence');
  await copyRows(
    client,
    'residence',
    [
      'id',
      'person_id',
      'house_id',
      'population_type',
      'hukou_status',
      'household_no',
      'relation_to_head',
      'moved_in',
      'permit_no_enc',
      'permit_expiry',
      'street_code',
      'community_code',
      'grid_code',
      'source_state',
      'state_at',
    ],
    (function* () {
      for (const p of persons)
        yield [
          newId(),
          p.id,
          p.house.id,
          p.popType,
          p.hukouStatus,
          p.householdNo,
          p.relation,
          p.movedIn,
          p.permitNo ? pii.encrypt(p.permitNo) : null,
          p.permitExpiry,
          p.house.street_code,
          p.house.community_code,
          p.house.grid_code,
          p.state,
          p.stateAt,
        ];
    })(),
  );
}

export type { Person };
export { pickWeighted, shuffle, dateOf, REF_MS, DAY };
