import { describe, expect, it } from 'vitest';
import {
  AddressIndex,
  checkAddressAgainstNearest,
  chineseNumber,
  editDistance,
  nameSimilarity,
  normalizeAddress,
  numberKey,
  parseAddress,
  scoreCandidate,
  similarityOfNormalized,
  type AddressRecord,
  type ParsedAddress,
} from './index.ts';

const KNOWN = {
  districts: ['平谷区'],
  streets: ['滨河街道', '兴谷街道'],
  communities: ['桃园社区', '岳泰社区'],
};

describe('normalizeAddress', () => {
  it.each([
    ['滨河路１２號', '滨河路12号'],
    ['金谷园 ３栋 二门 五零一', '金谷园3号楼2单元501'],
    ['金谷园3幢2单元501户', '金谷园3号楼2单元501室'],
    ['金谷园A座', '金谷园A号楼'],
    ['金谷园ａ座', '金谷园A号楼'],
    ['金谷园3-2-501', '金谷园3号楼2单元501室'],
    ['金谷园 3 - 2 - 5 0 1', '金谷园3号楼2单元501室'],
    ['金谷园（北区）、三号楼', '金谷园北区3号楼'],
    ['新平北路十二号', '新平北路12号'],
    ['二十三号楼', '23号楼'],
    ['一百零五号', '105号'],
    // numerals inside names stay: 三里屯, 十里堡
    ['三里屯路8号', '三里屯路8号'],
    ['十里堡2号楼', '十里堡2号楼'],
    ['滨河東路〇八號', '滨河东路8号'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeAddress(input)).toBe(expected);
  });

  it('reads runs of Chinese numerals as numbers', () => {
    expect(chineseNumber('五零一')).toBe(501);
    expect(chineseNumber('十二')).toBe(12);
    expect(chineseNumber('二十')).toBe(20);
    expect(chineseNumber('两')).toBe(2);
    expect(chineseNumber('甲')).toBeNull();
  });
});

describe('parseAddress', () => {
  const table: [string, Partial<ParsedAddress>][] = [
    [
      '北京市平谷区滨河街道滨河路12号金谷园小区3号楼2单元501',
      {
        street: '滨河街道',
        road: '滨河路',
        door: '12',
        compound: '金谷园小区',
        building: '3',
        unit: '2',
        room: '501',
        floor: '5',
      },
    ],
    ['3号楼2单元501', { building: '3', unit: '2', room: '501', floor: '5' }],
    ['金谷园３栋二门五零一', { compound: '金谷园', building: '3', unit: '2', room: '501', floor: '5' }],
    ['金谷园小区3-2-1203', { compound: '金谷园小区', building: '3', unit: '2', room: '1203', floor: '12' }],
    ['滨河路１２號', { road: '滨河路', door: '12' }],
    ['平谷区 桃园社区 金谷园 5号楼', { community: '桃园社区', compound: '金谷园', building: '5' }],
    ['新平北路8号院2号楼3单元4层', { road: '新平北路', door: '8', building: '2', unit: '3', floor: '4' }],
    ['金谷园3号楼501', { compound: '金谷园', building: '3', room: '501', floor: '5' }],
    ['府前大街6号', { road: '府前大街', door: '6' }],
    ['金谷园2号楼3单元5楼', { compound: '金谷园', building: '2', unit: '3', floor: '5' }],
    ['东风街道幸福路3号', { street: '东风街道', road: '幸福路', door: '3' }],
    ['苏子峪村三条胡同1号', { community: '苏子峪村', road: '三条胡同', door: '1' }],
  ];
  it.each(table)('%s', (input, expected) => {
    const parsed = parseAddress(input, KNOWN);
    for (const [k, v] of Object.entries(expected)) expect(parsed[k as keyof ParsedAddress], k).toBe(v);
    // nothing else is invented
    for (const k of ['road', 'door', 'compound', 'building', 'unit', 'room'] as const)
      if (!(k in expected)) expect(parsed[k], k).toBeUndefined();
  });

  it('finds the number key of node names', () => {
    expect(numberKey('12号')).toBe('12');
    expect(numberKey('金谷园3号楼')).toBe('3');
    expect(numberKey('A座')).toBe('A');
    expect(numberKey('2单元')).toBe('2');
    expect(numberKey('五层')).toBe('5');
    expect(numberKey('0501')).toBe('501');
  });
});

describe('nameSimilarity and scoreCandidate', () => {
  it('forgives one wrong or missing character, not two in a short name', () => {
    expect(nameSimilarity('金谷园', '金谷园')).toBe(1);
    expect(nameSimilarity('金古园小区', '金谷园小区')).toBeGreaterThanOrEqual(0.8);
    expect(nameSimilarity('新平路', '新平北路')).toBeGreaterThanOrEqual(0.7);
    expect(nameSimilarity('金谷', '银河')).toBe(0);
  });

  it('the bounded edit distance answers as the full one: edit share or containment, 0 below one half', () => {
    // the rule as first written: full Levenshtein by code point, a contained name at 0.95 of its share
    const reference = (a: string, b: string) => {
      if (!a || !b) return 0;
      if (a === b) return 1;
      const longest = Math.max([...a].length, [...b].length);
      const byEdit = 1 - editDistance(a, b) / longest;
      const contained = a.includes(b) || b.includes(a) ? Math.min(a.length, b.length) / longest : 0;
      const s = Math.max(byEdit, contained * 0.95);
      return s >= 0.5 ? s : 0;
    };
    let seed = 1;
    const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const alphabet = [...'金谷园古路街小区1号𠀋'];
    const word = () =>
      Array.from(
        { length: 1 + Math.floor(rand() * 9) },
        () => alphabet[Math.floor(rand() * alphabet.length)],
      ).join('');
    for (let n = 0; n < 5000; n++) {
      const a = word();
      const b = rand() < 0.3 ? a.slice(0, 1 + Math.floor(rand() * a.length)) : word();
      expect(similarityOfNormalized(a, b), `${a} ~ ${b}`).toBeCloseTo(reference(a, b), 12);
    }
  });

  it('ranks the candidate that matches every typed number first', () => {
    const q = parseAddress('金谷园3号楼2单元501', KNOWN);
    const right = scoreCandidate(q, {
      kind: 'room',
      compound: '金谷园小区',
      building: '3',
      unit: '2',
      room: '501',
    });
    const otherUnit = scoreCandidate(q, {
      kind: 'room',
      compound: '金谷园小区',
      building: '3',
      unit: '1',
      room: '501',
    });
    const typo = scoreCandidate(q, {
      kind: 'room',
      compound: '金谷苑小区',
      building: '3',
      unit: '2',
      room: '501',
    });
    const building = scoreCandidate(q, { kind: 'building', compound: '金谷园小区', building: '3' });
    expect(right).toBeGreaterThan(otherUnit);
    expect(right).toBeGreaterThan(typo);
    expect(right).toBeGreaterThan(building);
    expect(right).toBeCloseTo(1, 5);
  });

  it('prefers the node the query names over a deeper one, and the named community', () => {
    const q = parseAddress('桃园社区幸福路3号', KNOWN);
    const door = scoreCandidate(q, { kind: 'doorplate', road: '幸福路', door: '3', community: '桃园社区' });
    const elsewhere = scoreCandidate(q, {
      kind: 'doorplate',
      road: '幸福路',
      door: '3',
      community: '岳泰社区',
    });
    const behind = scoreCandidate(q, {
      kind: 'building',
      road: '幸福路',
      door: '3',
      building: '1',
      community: '桃园社区',
    });
    expect(door).toBeGreaterThan(elsewhere);
    expect(door).toBeGreaterThan(behind);
  });
});

/** A small tree: 滨河路 → 12号 → 金谷园小区 → 3号楼 → 1/2单元 → 5层 → 501; 新平北路 → 8号; 桃园小区 → 1号楼. */
function tree(): AddressRecord[] {
  const rows: AddressRecord[] = [];
  const add = (
    id: string,
    parentId: string | null,
    kind: AddressRecord['kind'],
    name: string,
    lon: number,
    lat: number,
    communityCode = '110117001001',
    footprint: unknown = null,
  ) => {
    const parent = rows.find((r) => r.id === parentId);
    rows.push({
      id,
      parentId,
      kind,
      name,
      fullName: `${parent ? parent.fullName : ''}${name}`,
      streetCode: '110117001000',
      communityCode,
      gridCode: `${communityCode}01`,
      lon,
      lat,
      footprint,
    });
  };
  add('r1', null, 'road', '滨河路', 117.1, 40.14, '110117001001', {
    type: 'LineString',
    coordinates: [
      [117.09, 40.14],
      [117.11, 40.14],
    ],
  });
  add('d12', 'r1', 'doorplate', '12号', 117.1, 40.1405);
  add('d14', 'r1', 'doorplate', '14号', 117.102, 40.1405);
  add('c1', 'd12', 'compound', '金谷园小区', 117.1, 40.141);
  add('b3', 'c1', 'building', '3号楼', 117.1001, 40.1412, '110117001001', {
    type: 'Polygon',
    coordinates: [
      [
        [117.1, 40.1411],
        [117.1002, 40.1411],
        [117.1002, 40.1413],
        [117.1, 40.1413],
        [117.1, 40.1411],
      ],
    ],
  });
  add('b4', 'c1', 'building', '4号楼', 117.1005, 40.1412);
  for (const u of ['1', '2']) {
    add(`b3u${u}`, 'b3', 'unit', `${u}单元`, 117.1001, 40.1412);
    add(`b3u${u}f5`, `b3u${u}`, 'floor', '5层', 117.1001, 40.1412);
    add(`b3u${u}r501`, `b3u${u}f5`, 'room', '501', 117.1001, 40.1412);
    add(`b3u${u}r502`, `b3u${u}f5`, 'room', '502', 117.1001, 40.1412);
  }
  add('r2', null, 'road', '新平北路', 117.12, 40.15, '110117001002');
  add('d8', 'r2', 'doorplate', '8号', 117.12, 40.1505, '110117001002');
  add('c2', null, 'compound', '桃园小区', 117.13, 40.16, '110117001002');
  add('c2b1', 'c2', 'building', '1号楼', 117.1301, 40.1601, '110117001002');
  return rows;
}

describe('AddressIndex', () => {
  const places = [
    { code: '110117', name: '平谷区', level: 'district' },
    { code: '110117001000', name: '滨河街道', level: 'street' },
    { code: '110117001001', name: '岳泰社区', level: 'community' },
    { code: '110117001002', name: '桃园社区', level: 'community' },
  ];
  const index = AddressIndex.build(tree(), places);
  const top = (q: string) => index.search(q)[0]?.record.id;

  it.each([
    ['滨河路12号金谷园小区3号楼2单元501', 'b3u2r501'],
    ['北京市平谷区滨河街道金谷园3-2-501', 'b3u2r501'],
    ['金谷园３栋二门五零一', 'b3u2r501'],
    ['金古园3号楼1单元502', 'b3u1r502'], // a wrong character in the compound name
    ['金谷小区3号楼', 'b3'], // a missing character
    ['滨河路１２號', 'd12'],
    ['滨河路14号', 'd14'],
    ['新平路8号', 'd8'], // a missing character in the road name
    ['桃园小区1号楼', 'c2b1'],
    ['平谷区桃园社区桃园1栋', 'c2b1'],
    ['金谷园4号楼', 'b4'],
  ])('%s → %s', (q, id) => {
    expect(top(q)).toBe(id);
  });

  it('follows, of many roads of one name, the one in the named community and else the first loaded', () => {
    const rows: AddressRecord[] = [];
    const road = (id: string, communityCode: string) => {
      const base = { streetCode: '110117001000', communityCode, gridCode: null, lon: 117.1, lat: 40.1 };
      rows.push({
        ...base,
        id,
        parentId: null,
        kind: 'road',
        name: '前街',
        fullName: '前街',
        footprint: null,
      });
      rows.push({
        ...base,
        id: `${id}d1`,
        parentId: id,
        kind: 'doorplate',
        name: '1号',
        fullName: '前街1号',
        footprint: null,
      });
    };
    // more namesakes than the anchors followed, the named community's last
    for (let n = 0; n < 30; n++) road(`q${n}`, '110117001001');
    road('qt', '110117001002');
    const many = AddressIndex.build(rows, places);
    expect(many.search('桃园社区前街1号')[0]?.record.id).toBe('qtd1');
    expect(many.search('岳泰社区前街1号')[0]?.record.id).toBe('q0d1');
    expect(many.search('前街1号')[0]?.record.id).toBe('q0d1');
  });

  it('answers nothing for a text naming no road or compound, and keeps to the filter', () => {
    expect(index.search('3号楼2单元501')).toEqual([]);
    expect(index.search('金谷园3号楼', { filter: (r) => r.communityCode === '110117001002' })).toEqual([]);
  });

  it('gives paths and children', () => {
    expect(index.pathOf('b3u2r501').map((r) => r.id)).toEqual([
      'r1',
      'd12',
      'c1',
      'b3',
      'b3u2',
      'b3u2f5',
      'b3u2r501',
    ]);
    expect(index.childrenOf('c1').map((r) => r.id)).toEqual(['b3', 'b4']);
  });

  it('finds the nearest door plate and building to a point', () => {
    const near = index.nearest(117.10015, 40.14122);
    expect(near.building?.record.id).toBe('b3');
    expect(near.doorplate?.record.id).toBe('d12');
    expect(near.building!.distanceM).toBeLessThan(10);
    expect(index.nearest(118, 41).building).toBeNull();
  });

  it('lists roads and footprints in a box, roads first, within the limit', () => {
    const box = { minLon: 117.095, minLat: 40.139, maxLon: 117.105, maxLat: 40.145 };
    expect(index.inBox(box, ['road', 'building'], 10).records.map((r) => r.id)).toEqual(['r1', 'b3']);
    expect(index.inBox(box, ['road'], 10).records.map((r) => r.id)).toEqual(['r1']);
    expect(index.inBox(box, ['road', 'building'], 1)).toMatchObject({ truncated: true });
  });
});

describe('checkAddressAgainstNearest', () => {
  it('agrees when the text names the road or compound near the point, within a typo', () => {
    const near = ['滨河街道岳泰社区滨河路12号', '滨河街道岳泰社区滨河路12号金谷园小区3号楼'];
    expect(checkAddressAgainstNearest('滨河路12号门口', near)).toMatchObject({ kind: 'match' });
    expect(checkAddressAgainstNearest('金古园3号楼下', near)).toMatchObject({ kind: 'match' });
    expect(checkAddressAgainstNearest('新平北路8号', near)).toEqual({ kind: 'differs', nearest: near[0] });
    expect(checkAddressAgainstNearest('楼下', near)).toEqual({ kind: 'none' });
    expect(checkAddressAgainstNearest('滨河路12号', [])).toEqual({ kind: 'none' });
  });
});
