import {
  districtOf,
  CREDIT_CODE_CHARS,
  creditCodeCheckChar,
  orgCodeCheckChar,
  orgType,
  TAG_DEFAULT_DEPARTMENT,
  TAG_LEVELS,
  TagType,
} from '@onegrid/domain';
import type pg from 'pg';
import type { PiiCipher } from '../../lib/pii.ts';
import { randomInt, rngFor, type Rng } from '../random.ts';
import { uuidMaker } from './address-plan.ts';
import { copyRows } from './bulk.ts';
import { DAY, dateOf, pickWeighted, REF_MS, type HouseRow, type Person } from './population.ts';

function stateOf(rng: Rng): [string, string] {
  const r = rng();
  return [
    r < 0.8 ? 'verified' : r < 0.92 ? 'claimed' : 'entered',
    dateOf(REF_MS - randomInt(rng, 1, 600) * DAY),
  ];
}

/** Adults of each community (lessors, legal representatives) and of each street (employees), in a stable order. */
function pools(persons: Person[]) {
  const adultsByCommunity = new Map<string, Person[]>();
  const workersByStreet = new Map<string, Person[]>();
  for (const p of persons) {
    if (p.age >= 25 && p.age <= 70 && p.popType === 'registered') {
      const l = adultsByCommunity.get(p.house.community_code) ?? [];
      l.push(p);
      adultsByCommunity.set(p.house.community_code, l);
    }
    if (p.age >= 18 && p.age <= 60) {
      const l = workersByStreet.get(p.house.street_code) ?? [];
      l.push(p);
      workersByStreet.set(p.house.street_code, l);
    }
  }
  return { adultsByCommunity, workersByStreet };
}

function pick<T>(rng: Rng, list: T[] | undefined): T | undefined {
  if (!list || list.length === 0) return undefined;
  return list[Math.floor(rng() * list.length)];
}

// ---------------------------------------------------------------------------------------------------------------
// Rentals (出租屋)

export async function writeRentals(
  client: pg.ClientBase,
  persons: Person[],
  rentalHouses: HouseRow[],
  otherHouses: HouseRow[],
  richGrids: Set<string>,
): Promise<number> {
  const { adultsByCommunity } = pools(persons);
  const occupants = new Map<string, number>();
  for (const p of persons) occupants.set(p.house.id, (occupants.get(p.house.id) ?? 0) + 1);
  const rng = rngFor('rentals');
  const newId = uuidMaker('rental');
  const firstInGrid = new Set<string>();
  const rows: unknown[][] = [];
  let filing = 0;
  const add = (house: HouseRow, use: string) => {
    const lessor = pick(rng, adultsByCommunity.get(house.community_code));
    const residential = use === 'housing' || use === 'dormitory';
    const rooms = residential ? randomInt(rng, 1, use === 'dormitory' ? 6 : 3) : 1;
    const limit = residential ? rooms * 2 : null;
    const actual = residential ? (occupants.get(house.id) ?? 0) : null;
    // The first rental of each rich grid has a serious hazard, so that the demo shows one.
    const forced = richGrids.has(house.grid_code) && !firstInGrid.has(house.grid_code);
    firstInGrid.add(house.grid_code);
    const hazard = forced
      ? 'serious'
      : pickWeighted(rng, [
          ['serious', 0.03],
          ['general', 0.14],
          ['safe', 0.83],
        ] as const);
    const crowded = limit !== null && actual !== null && actual > limit;
    const cls = hazard === 'serious' || crowded ? 'A' : rng() < 0.3 ? 'B' : 'C';
    const [state, at] = stateOf(rng);
    rows.push([
      newId(),
      house.id,
      lessor?.id ?? null,
      rng() < 0.85
        ? `平租备${String(2019 + randomInt(rng, 0, 7))}${String(++filing).padStart(6, '0')}`
        : null,
      use,
      rooms,
      limit,
      actual,
      hazard,
      cls,
      house.street_code,
      house.community_code,
      house.grid_code,
      state,
      at,
    ]);
  };
  for (const h of rentalHouses)
    add(h, rng() < (h.full_name.includes('正房') ? 0.4 : 0.1) ? 'dormitory' : 'housing');
  // Shops and workshops let to businesses.
  for (const h of otherHouses) {
    if (h.use === 'commercial' && rng() < 0.2) add(h, 'shop');
    else if (h.use === 'industrial' && rng() < 0.25) add(h, rng() < 0.5 ? 'factory' : 'warehouse');
  }
  await copyRows(
    client,
    'rental',
    [
      'id',
      'house_id',
      'lessor_person_id',
      'filing_no',
      'use',
      'rooms',
      'occupant_limit',
      'occupant_actual',
      'hazard',
      'management_class',
      'street_code',
      'community_code',
      'grid_code',
      'source_state',
      'state_at',
    ],
    rows,
  );
  return rows.length;
}

// ---------------------------------------------------------------------------------------------------------------
// Organisations and places (实有单位/场所)

type W = readonly (readonly [string, number])[];
const TYPES_BY_USE: Record<string, { urban: W; rural: W }> = {
  commercial: {
    urban: [
      ['030101', 20],
      ['030201', 18],
      ['030202', 10],
      ['030301', 10],
      ['030103', 6],
      ['030104', 4],
      ['030303', 2],
      ['030304', 4],
      ['030203', 3],
      ['030401', 2],
      ['030402', 1],
      ['030403', 3],
      ['030302', 2],
      ['030102', 1],
    ],
    rural: [
      ['030101', 20],
      ['030201', 10],
      ['030202', 6],
      ['030301', 5],
      ['030103', 2],
      ['030104', 5],
      ['030303', 5],
      ['030304', 3],
      ['030204', 12],
      ['030401', 1],
      ['030403', 4],
      ['030102', 1],
      ['030105', 1],
    ],
  },
  office: {
    urban: [
      ['010301', 60],
      ['010302', 8],
      ['010201', 8],
      ['020302', 8],
      ['020301', 5],
      ['010202', 6],
    ],
    rural: [
      ['010301', 30],
      ['010303', 30],
      ['010201', 15],
      ['020301', 10],
      ['020302', 10],
      ['010202', 5],
    ],
  },
  industrial: {
    urban: [
      ['010101', 25],
      ['010102', 25],
      ['010103', 15],
      ['010104', 20],
      ['010105', 5],
      ['010202', 10],
    ],
    rural: [
      ['010101', 30],
      ['010102', 20],
      ['010103', 25],
      ['010104', 15],
      ['010105', 5],
      ['010202', 5],
    ],
  },
  public_service: {
    urban: [
      ['020101', 30],
      ['020102', 15],
      ['020103', 8],
      ['020201', 30],
      ['020203', 17],
    ],
    rural: [
      ['020101', 20],
      ['020102', 15],
      ['020103', 3],
      ['020202', 50],
      ['020203', 12],
    ],
  },
  other: {
    urban: [
      ['020302', 30],
      ['010202', 30],
      ['030403', 20],
      ['030304', 20],
    ],
    rural: [
      ['020302', 20],
      ['010202', 40],
      ['030403', 20],
      ['010303', 20],
    ],
  },
};

const EMPLOYEES: Record<string, [number, number]> = {
  '010101': [15, 120],
  '010102': [10, 150],
  '010103': [10, 80],
  '010104': [20, 200],
  '010105': [10, 60],
  '010201': [20, 200],
  '010202': [5, 60],
  '010301': [3, 40],
  '010302': [8, 40],
  '010303': [5, 30],
  '020101': [10, 30],
  '020102': [30, 80],
  '020103': [50, 150],
  '020201': [5, 20],
  '020202': [1, 4],
  '020203': [10, 50],
  '020301': [10, 60],
  '020302': [2, 10],
  '030101': [1, 8],
  '030102': [3, 15],
  '030103': [2, 6],
  '030104': [1, 5],
  '030105': [5, 15],
  '030201': [3, 20],
  '030202': [1, 5],
  '030203': [5, 30],
  '030204': [2, 8],
  '030301': [2, 8],
  '030302': [5, 20],
  '030303': [2, 10],
  '030304': [3, 12],
  '030401': [3, 10],
  '030402': [5, 25],
  '030403': [1, 4],
};

const WORDS = [
  ...'鑫源福满兴旺金谷平安永盛顺达华联惠民百姓德胜宏达东方利民佳美万家康健红星新兴祥瑞京平泰和恒通丰泽汇隆嘉禾',
];
const SUFFIX: Record<string, string> = {
  '010101': '食品有限公司',
  '010102': '机械制造有限公司',
  '010103': '建材有限公司',
  '010104': '服装有限公司',
  '010105': '化工有限公司',
  '010201': '建筑工程有限公司',
  '010202': '物流有限公司',
  '010301': '科技有限公司',
  '010302': '物业管理有限公司',
  '010303': '果品专业合作社',
  '030101': '便利店',
  '030102': '农贸市场',
  '030103': '大药房',
  '030104': '五金建材店',
  '030105': '加油站',
  '030201': '饭庄',
  '030202': '小吃店',
  '030203': '宾馆',
  '030204': '农家院',
  '030301': '美发店',
  '030302': '足疗店',
  '030303': '汽车修理部',
  '030304': '快递服务站',
  '030401': '网吧',
  '030402': 'KTV',
  '030403': '棋牌室',
  '020302': '志愿服务协会',
};

function orgName(rng: Rng, type: string, communityName: string): string {
  const w = () => WORDS[Math.floor(rng() * WORDS.length)]!;
  const stem = communityName.replace(/(社区|村)$/, '');
  switch (type) {
    case '020101':
      return `平谷区${stem}${rng() < 0.5 ? '幼儿园' : '阳光幼儿园'}`;
    case '020102':
      return `平谷区${stem}小学`;
    case '020103':
      return `平谷区${stem}中学`;
    case '020201':
      return `${stem}社区卫生服务站`;
    case '020202':
      return `${stem}村卫生室`;
    case '020203':
      return `平谷区${w()}${w()}养老照料中心`;
    case '020301':
      return `${stem}${rng() < 0.5 ? '社区服务站' : '党群服务中心'}`;
    default: {
      const suffix = SUFFIX[type] ?? '有限公司';
      return suffix.endsWith('公司') || suffix.endsWith('合作社')
        ? `北京${w()}${w()}${suffix}`
        : `${w()}${w()}${suffix}`;
    }
  }
}

/** A unified social credit code with valid check characters (GB 32100 over a GB 11714 organisation code). */
function creditCode(rng: Rng, type: string, used: Set<string>): string {
  const l1 = type.slice(0, 2);
  const small = [
    '030101',
    '030103',
    '030104',
    '030201',
    '030202',
    '030301',
    '030303',
    '030403',
    '030204',
  ].includes(type);
  const prefix =
    l1 === '02'
      ? type === '020301'
        ? '11'
        : type === '020302'
          ? '52'
          : '12'
      : type === '010303'
        ? '93'
        : small && rng() < 0.7
          ? '92'
          : '91';
  for (;;) {
    let body = '';
    for (let i = 0; i < 8; i++) {
      // Mostly digits, as issued codes are.
      body +=
        rng() < 0.8
          ? String(randomInt(rng, 0, 9))
          : CREDIT_CODE_CHARS[randomInt(rng, 10, CREDIT_CODE_CHARS.length - 1)]!;
    }
    const first17 = `${prefix}110117${body}${orgCodeCheckChar(body)}`;
    const code = first17 + creditCodeCheckChar(first17);
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

const HAZARDS: Record<'fire' | 'public_order' | 'work_safety', string[]> = {
  fire: ['疏散通道堆放杂物', '灭火器过期未更换', '电动自行车室内充电', '私拉乱接电线', '安全出口指示灯损坏'],
  public_order: ['未落实住宿实名登记', '视频监控设备损坏', '未成年人进入未登记'],
  work_safety: ['危险化学品储存不规范', '特种作业人员无证上岗', '安全警示标识缺失', '设备防护装置缺失'],
};

export interface OrgInput {
  houses: HouseRow[];
  /** Door plates of the rich grids, for the organisations the demo wants there whatever the houses are. */
  richPlates: {
    id: string;
    full_name: string;
    street_code: string;
    community_code: string;
    grid_code: string;
    lon: number;
    lat: number;
  }[];
  communityNames: Map<string, string>;
  urbanCommunities: Set<string>;
  householdsPerGrid: Map<string, number>;
}

export async function writeOrganisations(
  client: pg.ClientBase,
  pii: PiiCipher,
  persons: Person[],
  input: OrgInput,
): Promise<{ organisations: number; employments: number; hazards: number }> {
  const { adultsByCommunity, workersByStreet } = pools(persons);
  const rng = rngFor('organisations');
  const newId = uuidMaker('organisation');
  const newEmp = uuidMaker('employment');
  const newHazard = uuidMaker('hazard');
  const used = new Set<string>();
  const orgRows: unknown[][] = [];
  const empRows: unknown[][] = [];
  const hazardRows: unknown[][] = [];
  const place = (
    at: {
      id: string;
      full_name: string;
      street_code: string;
      community_code: string;
      grid_code: string;
      lon: number;
      lat: number;
    },
    type: string,
    force?: 'fire' | 'public_order' | 'work_safety',
  ) => {
    const t = orgType(type)!;
    const keys = t.key ?? [];
    const fire = force === 'fire' || (keys.includes('fire') ? rng() < 0.6 : rng() < 0.01);
    const order = force === 'public_order' || (keys.includes('public_order') ? rng() < 0.6 : rng() < 0.005);
    const safety = force === 'work_safety' || (keys.includes('work_safety') ? rng() < 0.6 : rng() < 0.005);
    const rep =
      pick(rng, adultsByCommunity.get(at.community_code)) ?? pick(rng, workersByStreet.get(at.street_code));
    const [lo, hi] = EMPLOYEES[type] ?? [1, 10];
    const employees = randomInt(rng, lo, hi);
    const id = newId();
    const phone =
      rep?.phone && rng() < 0.6
        ? rep.phone
        : `010-${rng() < 0.5 ? '6996' : '6998'}${String(randomInt(rng, 0, 9999)).padStart(4, '0')}`;
    const [state, stateAt] = stateOf(rng);
    orgRows.push([
      id,
      t.kind ?? 'unit',
      type,
      orgName(rng, type, input.communityNames.get(at.community_code) ?? ''),
      creditCode(rng, type, used),
      rep?.id ?? null,
      pii.encrypt(phone),
      at.id,
      at.full_name,
      at.lon,
      at.lat,
      at.street_code,
      at.community_code,
      at.grid_code,
      fire,
      order,
      safety,
      employees,
      state,
      stateAt,
    ]);
    // Employees who live in the street (at most 10 linked; the count says how many there are).
    const pool = workersByStreet.get(at.street_code) ?? [];
    const linked = Math.min(employees, 10, pool.length);
    const seen = new Set<string>();
    for (let k = 0; k < linked; k++) {
      const p = pool[Math.floor(rng() * pool.length)]!;
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      empRows.push([
        newEmp(),
        p.id,
        id,
        districtOf(at.street_code),
        k === 0 ? '负责人' : '员工',
        dateOf(REF_MS - randomInt(rng, 30, 4000) * DAY),
      ]);
    }
    // Hazards: key units more often; most found ones are rectified.
    const flags = (['fire', 'public_order', 'work_safety'] as const).filter(
      (f, i) => [fire, order, safety][i],
    );
    const chance = force ? 1 : flags.length ? 0.18 : 0.03;
    if (rng() < chance) {
      const flag = force ?? flags[0] ?? 'fire';
      const found = REF_MS - randomInt(rng, 3, 300) * DAY;
      const open = force !== undefined || rng() < 0.4;
      const list = HAZARDS[flag];
      hazardRows.push([
        newHazard(),
        id,
        districtOf(at.street_code),
        dateOf(found),
        list[Math.floor(rng() * list.length)]!,
        rng() < 0.2 ? 'serious' : 'general',
        dateOf(found + 30 * DAY),
        open ? null : dateOf(found + randomInt(rng, 2, 28) * DAY),
        open ? null : '已整改到位，复查合格',
      ]);
    }
  };
  // About one organisation per twelve households, whatever the number of shop rooms (the rest stand empty).
  const perGrid = new Map<string, number>();
  for (const h of input.houses) {
    const table = TYPES_BY_USE[h.use];
    if (!table) continue;
    const n = perGrid.get(h.grid_code) ?? 0;
    const wanted = (input.householdsPerGrid.get(h.grid_code) ?? 0) * 0.085 + rngFor(`orgs:${h.grid_code}`)();
    if (n >= Math.floor(wanted)) continue;
    perGrid.set(h.grid_code, n + 1);
    const urban = input.urbanCommunities.has(h.community_code);
    place(
      {
        id: h.address_id,
        full_name: h.full_name,
        street_code: h.street_code,
        community_code: h.community_code,
        grid_code: h.grid_code,
        lon: h.lon,
        lat: h.lat,
      },
      pickWeighted(rng, urban ? table.urban : table.rural),
    );
  }
  // The rich grids get a key unit of each kind, each with an open hazard.
  const plates = new Map<string, OrgInput['richPlates']>();
  for (const p of input.richPlates) plates.set(p.grid_code, [...(plates.get(p.grid_code) ?? []), p]);
  for (const [, list] of [...plates].sort(([a], [b]) => a.localeCompare(b))) {
    place(list[0]!, '030203', 'public_order');
    place(list[1 % list.length]!, '030401', 'fire');
    place(list[2 % list.length]!, '010102', 'work_safety');
    place(list[3 % list.length]!, '030201');
  }
  await copyRows(
    client,
    'organisation',
    [
      'id',
      'kind',
      'type_code',
      'name',
      'credit_code',
      'legal_rep_id',
      'contact_phone_enc',
      'address_id',
      'address_text',
      'lon',
      'lat',
      'street_code',
      'community_code',
      'grid_code',
      'key_fire',
      'key_public_order',
      'key_work_safety',
      'employee_count',
      'source_state',
      'state_at',
    ],
    orgRows,
  );
  await copyRows(
    client,
    'employment',
    ['id', 'person_id', 'organisation_id', 'district_code', 'position', 'since'],
    empRows,
  );
  await copyRows(
    client,
    'org_hazard',
    [
      'id',
      'organisation_id',
      'district_code',
      'found_on',
      'description',
      'level',
      'rectify_by',
      'rectified_on',
      'rectification',
    ],
    hazardRows,
  );
  return { organisations: orgRows.length, employments: empRows.length, hazards: hazardRows.length };
}

// ---------------------------------------------------------------------------------------------------------------
// Tags on persons (特殊人群 / 关怀对象)

/** Shares among eligible persons, per tag; a tag's eligibility is an age band (and more, see below). */
const SPECIAL_SHARE: Partial<Record<TagType, number>> = {
  community_correction: 0.0008,
  released_prisoner: 0.0012,
  severe_mental: 0.003,
  drug_user: 0.0008,
  key_youth: 0.006, // of the 12–25-year-olds (≈ 0.1 % of all)
  key_petitioner: 0.0007,
};

/** Who may carry a tag; `relaxed` (filling the rich grids) drops the household and village conditions. */
function eligible(tag: TagType, p: Person, relaxed = false): boolean {
  switch (tag) {
    case 'elderly_alone':
      return p.age >= 65 && (relaxed ? p.householdSize <= 2 : p.householdSize === 1);
    case 'elderly_empty_nest':
      return p.age >= 65 && (relaxed ? p.householdSize <= 3 : p.householdSize === 2 && p.householdOld);
    case 'elderly_advanced':
      return p.age >= 80;
    case 'left_behind_child':
      return p.age < 16 && (relaxed || (p.rural && p.popType === 'registered'));
    case 'key_youth':
      return p.age >= 12 && p.age <= 25;
    case 'community_correction':
    case 'drug_user':
      return p.age >= 18 && p.age <= 65;
    case 'released_prisoner':
    case 'key_petitioner':
      return p.age >= 20 && p.age <= 75;
    case 'entitled_group':
      return p.age >= 40;
    case 'tekun':
      return p.age >= 60 && (relaxed || p.householdSize === 1);
    case 'disabled':
    case 'dibao':
    case 'severe_mental':
      return true;
  }
}

function levelOf(rng: Rng, tag: TagType, p: Person): string | null {
  switch (tag) {
    case 'elderly_alone':
    case 'elderly_empty_nest':
      return p.age >= 80 ? 'high_risk' : p.age >= 70 ? 'key' : 'general';
    case 'disabled':
      return pickWeighted(rng, [
        ['1', 0.12],
        ['2', 0.23],
        ['3', 0.3],
        ['4', 0.35],
      ] as const);
    case 'severe_mental':
      return pickWeighted(rng, [
        ['0', 0.55],
        ['1', 0.25],
        ['2', 0.1],
        ['3', 0.05],
        ['4', 0.03],
        ['5', 0.02],
      ] as const);
    case 'community_correction':
      return pickWeighted(rng, [
        ['strict', 0.25],
        ['ordinary', 0.55],
        ['lenient', 0.2],
      ] as const);
    case 'drug_user':
      return pickWeighted(rng, [
        ['year1', 0.35],
        ['year2', 0.35],
        ['year3', 0.3],
      ] as const);
    case 'dibao':
    case 'elderly_advanced':
    case 'entitled_group':
    case 'key_petitioner':
    case 'key_youth':
    case 'left_behind_child':
    case 'released_prisoner':
    case 'tekun': {
      const levels = TAG_LEVELS[tag];
      return levels.length ? levels[0]! : null;
    }
  }
}

function detailsOf(rng: Rng, tag: TagType): Record<string, unknown> {
  switch (tag) {
    case 'disabled':
      return {
        type: pickWeighted(rng, [
          ['limb', 0.5],
          ['visual', 0.12],
          ['hearing', 0.15],
          ['speech', 0.02],
          ['intellectual', 0.08],
          ['mental', 0.08],
          ['multiple', 0.05],
        ] as const),
        certificate: true,
      };
    case 'dibao':
      return { monthly_amount: 1450, members_covered: true };
    case 'community_correction':
      return {
        sentence: pickWeighted(rng, [
          ['probation', 0.8],
          ['parole', 0.12],
          ['supervision', 0.05],
          ['medical_parole', 0.03],
        ] as const),
      };
    case 'severe_mental':
      return { guardian: true, medication: rng() < 0.8 };
    case 'drug_user':
      return { programme: rng() < 0.6 ? 'community_rehab' : 'community_detox', drug_free: rng() < 0.7 };
    case 'key_youth':
      return {
        category: pickWeighted(rng, [
          ['idle', 0.5],
          ['misconduct', 0.3],
          ['child_of_prisoner', 0.1],
          ['other', 0.1],
        ] as const),
      };
    case 'entitled_group':
      return {
        category: pickWeighted(rng, [
          ['veteran', 0.7],
          ['martyr_family', 0.1],
          ['disabled_soldier', 0.2],
        ] as const),
      };
    case 'elderly_advanced':
    case 'elderly_alone':
    case 'elderly_empty_nest':
    case 'key_petitioner':
    case 'left_behind_child':
    case 'released_prisoner':
    case 'tekun':
      return {};
  }
}

export async function writeTags(
  client: pg.ClientBase,
  persons: Person[],
  unitIds: Map<string, string>,
  workerOfGrid: Map<string, string>,
  richGrids: Set<string>,
): Promise<Record<string, number>> {
  const rng = rngFor('tags');
  const newId = uuidMaker('tag');
  const rows: unknown[][] = [];
  const counts: Record<string, number> = {};
  const tagged = new Set<string>();
  const add = (tag: TagType, p: Person) => {
    const key = `${tag}:${p.id}`;
    if (tagged.has(key)) return;
    tagged.add(key);
    counts[tag] = (counts[tag] ?? 0) + 1;
    const [state, stateAt] = stateOf(rng);
    const startMax = Math.min(p.age * 365, 3000);
    rows.push([
      newId(),
      p.id,
      tag,
      levelOf(rng, tag, p),
      dateOf(REF_MS - randomInt(rng, 10, Math.max(11, startMax)) * DAY),
      unitIds.get(TAG_DEFAULT_DEPARTMENT[tag]) ?? null,
      workerOfGrid.get(p.house.grid_code) ?? null,
      detailsOf(rng, tag),
      p.house.street_code,
      p.house.community_code,
      p.house.grid_code,
      state,
      stateAt,
    ]);
  };
  // Households on 低保 (about 1.6 % of registered households, 1.1 % of all persons, all members covered).
  const dibaoHouseholds = new Set<string>();
  for (const p of persons) {
    if (p.relation === 'head' && p.popType === 'registered' && rngFor(`dibao:${p.householdNo}`)() < 0.016)
      dibaoHouseholds.add(p.householdNo);
  }
  for (const p of persons) {
    if (p.popType === 'overseas') continue;
    if (eligible('elderly_alone', p) && rng() < 0.45) add('elderly_alone', p);
    if (eligible('elderly_empty_nest', p) && rng() < 0.2) add('elderly_empty_nest', p);
    if (eligible('elderly_advanced', p)) add('elderly_advanced', p);
    if (rng() < (p.age >= 60 ? 0.05 : 0.015)) add('disabled', p);
    if (dibaoHouseholds.has(p.householdNo)) add('dibao', p);
    if (eligible('tekun', p) && rng() < 0.03) add('tekun', p);
    if (eligible('left_behind_child', p) && rng() < 0.06) add('left_behind_child', p);
    if (eligible('entitled_group', p) && rng() < 0.005) add('entitled_group', p);
    for (const [tag, share] of Object.entries(SPECIAL_SHARE) as [TagType, number][]) {
      if (eligible(tag, p) && rng() < share) add(tag, p);
    }
  }
  // Every tag at least twice in each rich grid (the demo grid worker's), so that every screen has rows to show.
  const byGrid = new Map<string, Person[]>();
  for (const p of persons) {
    if (!richGrids.has(p.house.grid_code) || p.popType === 'overseas') continue;
    byGrid.set(p.house.grid_code, [...(byGrid.get(p.house.grid_code) ?? []), p]);
  }
  for (const [grid, list] of [...byGrid].sort(([a], [b]) => a.localeCompare(b))) {
    for (const tag of TagType.options) {
      const have = list.filter((p) => tagged.has(`${tag}:${p.id}`)).length;
      const candidates = list.filter((p) => eligible(tag, p, true) && !tagged.has(`${tag}:${p.id}`));
      for (let k = have; k < 2 && candidates.length; k++) {
        add(
          tag,
          candidates.splice(Math.floor(rngFor(`rich:${grid}:${tag}:${k}`)() * candidates.length), 1)[0]!,
        );
      }
    }
  }
  await copyRows(
    client,
    'person_tag',
    [
      'id',
      'person_id',
      'tag',
      'level',
      'started_on',
      'responsible_unit_id',
      'assigned_user_id',
      'details',
      'street_code',
      'community_code',
      'grid_code',
      'source_state',
      'state_at',
    ],
    rows,
  );
  return counts;
}
