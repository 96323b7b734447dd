import { describe, expect, it } from 'vitest';
import {
  buildGazetteer,
  clusterCases,
  distinctReporters,
  heatOf,
  hotClusters,
  isHot,
  placeOf,
  populationOf,
  rankMonthly,
  shiftMonth,
  suffixPlace,
  weeklyEffect,
  type ClusterCase,
} from './index.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2026-11-02T09:00:00+08:00');

describe('heat', () => {
  it('is U times the likes factor times the 14-day half-life', () => {
    expect(heatOf({ reporters: 3, likes: 0, dislikes: 0, daysSinceLast: 0 })).toBe(3);
    // 1 + 0.1·log2(1 + 7) = 1.3
    expect(heatOf({ reporters: 3, likes: 10, dislikes: 3, daysSinceLast: 0 })).toBeCloseTo(3.9, 10);
    expect(heatOf({ reporters: 4, likes: 0, dislikes: 0, daysSinceLast: 14 })).toBeCloseTo(2, 10);
    expect(heatOf({ reporters: 4, likes: 0, dislikes: 0, daysSinceLast: 28 })).toBeCloseTo(1, 10);
  });

  it('ignores more dislikes than likes and a clock ahead', () => {
    expect(heatOf({ reporters: 5, likes: 1, dislikes: 9, daysSinceLast: -3 })).toBe(5);
  });

  it('counts one person writing ten times once; a case without a phone is its own reporter', () => {
    const same = Array.from({ length: 10 }, (_, i) => ({ id: String(i), reporter: 'h1' }));
    expect(distinctReporters(same)).toBe(1);
    expect(distinctReporters([...same, { id: 'a', reporter: null }, { id: 'b', reporter: null }])).toBe(3);
    expect(isHot(2)).toBe(false);
    expect(isHot(3)).toBe(true);
  });
});

describe('place and population', () => {
  const gz = buildGazetteer([
    { name: '金谷东园社区', kind: 'community', key: '110117001001' },
    { name: '金谷东园', kind: 'community', key: '110117001001' },
    { name: '新平北路', kind: 'road' },
    { name: '滨河街道', kind: 'street' },
    { name: '阳光花园', kind: 'compound', key: 'a1' },
  ]);

  it('finds the most specific gazetteer name, the longest at a position', () => {
    expect(placeOf('金谷东园社区路灯不亮', '', gz)).toEqual({
      kind: 'community',
      key: 'community:110117001001',
      label: '金谷东园社区',
    });
    // a compound beats the road and the street it lies on
    expect(placeOf('滨河街道新平北路阳光花园垃圾没人清', '', gz)?.key).toBe('compound:a1');
    expect(placeOf('垃圾没人清', '就在新平北路上', gz)?.key).toBe('road:新平北路');
  });

  it('reads a place by its suffix when the gazetteer has none, past region prefixes and function words', () => {
    expect(suffixPlace('A市A3区丽发新城小区旁的搅拌站')?.label).toBe('丽发新城');
    expect(suffixPlace('A市暮云街道丽发新城社区搅拌厂')?.label).toBe('丽发新城');
    expect(suffixPlace('投诉伊景园滨河苑捆绑车位销售')?.label).toBe('伊景园滨河苑');
    expect(suffixPlace('今有关于小区的问题')).toBeNull();
  });

  it('falls back to a population', () => {
    expect(populationOf('外卖员在小区门口被拦')?.label).toBe('外卖骑手');
    expect(placeOf('拖欠骑手工资', '平台不给结算', gz)).toEqual({
      kind: 'population',
      key: 'population:外卖骑手',
      label: '外卖骑手',
    });
    expect(placeOf('有个问题', '想咨询一下', gz)).toBeNull();
  });
});

function mk(id: string, over: Partial<ClusterCase>): ClusterCase {
  return {
    id,
    group: '市容环境',
    place: { kind: 'community', key: 'community:1', label: '金谷东园社区' },
    title: '',
    body: '',
    at: T0,
    reporter: `p${id}`,
    likes: 0,
    dislikes: 0,
    ...over,
  };
}

describe('clustering', () => {
  const topics = [
    '暖气不热',
    '路灯不亮',
    '噪音扰民',
    '停车收费',
    '孩子入学',
    '社保转移',
    '公交改线',
    '油烟污染',
  ];
  const noise = Array.from({ length: 30 }, (_, i) =>
    mk(`n${i}`, { title: `${topics[i % 8]}${'甲乙丙丁戊己庚辛壬癸'[i % 10]}`, group: `g${i}` }),
  );

  it('puts the same problem worded differently at one place into one cluster', () => {
    const cases = [
      mk('1', { title: '金谷东园社区垃圾堆放多日无人清运' }),
      mk('2', { title: '金谷东园社区垃圾多日没人清运，发臭', at: T0 + DAY }),
      mk('3', { title: '金谷东园垃圾堆放无人清运', at: T0 + 2 * DAY, likes: 5, dislikes: 1 }),
      ...noise,
    ];
    const hot = hotClusters(clusterCases(cases, { now: T0 + 2 * DAY }));
    expect(hot).toHaveLength(1);
    expect(hot[0]!.caseIds.sort()).toEqual(['1', '2', '3']);
    expect(hot[0]!.reporters).toBe(3);
    expect(hot[0]!.likes).toBe(5);
    expect(hot[0]!.perDay.map((d) => d.count)).toEqual([1, 1, 1]);
    expect(hot[0]!.heat).toBeCloseTo(3 * (1 + 0.1 * Math.log2(5)), 10);
    expect(hot[0]!.description).toContain('垃圾');
  });

  it('never joins different groups, places, dissimilar texts or cases more than 30 days apart', () => {
    const title = '金谷东园社区垃圾堆放多日无人清运';
    const cases = [
      mk('1', { title }),
      mk('2', { title, group: '街面秩序' }),
      mk('3', { title, place: { kind: 'community', key: 'community:2', label: '平粮社区' } }),
      mk('4', { title: '金谷东园社区暖气不热室温太低' }),
      mk('5', { title, at: T0 + 31 * DAY }),
      ...noise,
    ];
    const clusters = clusterCases(cases);
    const of = (id: string) => clusters.findIndex((c) => c.caseIds.includes(id));
    expect(new Set(['1', '2', '3', '4', '5'].map(of)).size).toBe(5);
  });

  it('one caller writing three times is not hot', () => {
    const cases = [0, 1, 2].map((i) =>
      mk(String(i), { title: '金谷东园社区垃圾堆放多日无人清运', reporter: 'same', at: T0 + i * DAY }),
    );
    const [c] = clusterCases([...cases, ...noise]).filter((x) => x.caseIds.length === 3);
    expect(c!.reporters).toBe(1);
    expect(c!.hot).toBe(false);
  });

  it('scales linearly: 20,000 cases in blocks cluster in one pass', () => {
    const cases: ClusterCase[] = [];
    for (let i = 0; i < 20_000; i++)
      cases.push(
        mk(String(i), {
          title: `${i % 200}号院${['垃圾无人清运', '暖气不热', '路灯不亮', '噪音扰民'][i % 4]}`,
          place: { kind: 'place', key: `place:${i % 200}`, label: `${i % 200}号院` },
          at: T0 + (i % 25) * DAY,
        }),
      );
    const clusters = clusterCases(cases);
    expect(clusters.length).toBeLessThanOrEqual(800);
    expect(clusters.reduce((s, c) => s + c.caseIds.length, 0)).toBe(20_000);
  });
});

describe('monthly ranking', () => {
  const place = (k: string) => ({ kind: 'place' as const, key: `place:${k}`, label: k });
  const at = (month: string, day = 10) =>
    Date.parse(`${month}-${String(day).padStart(2, '0')}T12:00:00+08:00`);

  it('ranks topics by distinct reporters with the previous months for the trend', () => {
    const cases = [
      // A: 3 reporters in November (4 cases), 2 cases in October → recurring, trend 4 − 2/3
      ...['a', 'b', 'c', 'c'].map((r, i) => ({
        id: `A${i}`,
        group: 'g',
        place: place('A'),
        at: at('2026-11'),
        reporter: r,
      })),
      ...[0, 1].map((i) => ({
        id: `Ao${i}`,
        group: 'g',
        place: place('A'),
        at: at('2026-10'),
        reporter: 'x',
      })),
      // B: 5 cases by one reporter, new this month
      ...[0, 1, 2, 3, 4].map((i) => ({
        id: `B${i}`,
        group: 'g',
        place: place('B'),
        at: at('2026-11'),
        reporter: 'z',
      })),
      // no place: not a topic; another month: ignored
      { id: 'n', group: 'g', place: null, at: at('2026-11'), reporter: 'q' },
      { id: 'old', group: 'g', place: place('C'), at: at('2026-05'), reporter: 'q' },
    ];
    const r = rankMonthly(cases, '2026-11');
    expect(r.map((t) => t.key)).toEqual(['g|place:A', 'g|place:B']);
    expect(r[0]).toMatchObject({ cases: 4, reporters: 3, previous: [2, 0, 0], recurring: true, trend: 3.33 });
    expect(r[1]).toMatchObject({ cases: 5, reporters: 1, recurring: false });
  });

  it('shifts months across years', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-11', 2)).toBe('2027-01');
  });
});

describe('proactive task effect', () => {
  it('counts cases per week 8 weeks before and after opening, leaving unfinished weeks out', () => {
    const opened = T0;
    const times = [
      opened - 1 * DAY, // week −1
      opened - 2 * DAY,
      opened - 8 * 7 * DAY + DAY, // week −8
      opened - 9 * 7 * DAY, // outside
      opened + DAY, // week 0
      opened + 20 * DAY, // week 2, not over yet at now
    ];
    const e = weeklyEffect(times, opened, opened + 15 * DAY);
    expect(e.before).toEqual([1, 0, 0, 0, 0, 0, 0, 2]);
    expect(e.after).toEqual([1, 0, null, null, null, null, null, null]);
    expect(e.beforeMean).toBe(3 / 8);
    expect(e.afterMean).toBe(0.5);
    expect(e.change).toBeCloseTo((0.5 - 0.375) / 0.375, 10);
  });
});
