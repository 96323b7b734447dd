import { describe, expect, it } from 'vitest';
import { learnIdf } from '../text/similarity.ts';
import {
  acceptanceRate,
  duplicateReasons,
  duplicateScore,
  rankDuplicates,
  DUPLICATE_RULES,
  type DuplicateCase,
  type DuplicateSignals,
} from './candidates.ts';

const now = new Date('2026-12-07T02:00:00Z');
const daysAgo = (n: number) => new Date(+now - n * 86_400_000);
// about 111 m per 0.001° of latitude
const base = { lon: 121.5, lat: 31.2 };

function kase(id: string, over: Partial<DuplicateCase>): DuplicateCase {
  return {
    id,
    text: '',
    lon: base.lon,
    lat: base.lat,
    createdAt: daysAgo(1),
    phoneHashes: [],
    categoryGroup: 'city',
    ...over,
  };
}

const sig = (over: Partial<DuplicateSignals>): DuplicateSignals => ({
  distanceM: 100,
  days: 2,
  similarity: 0,
  sameCaller: false,
  sameGroup: false,
  ...over,
});

describe('duplicateReasons', () => {
  it('nothing older than the window qualifies, not even the same caller with the same words', () => {
    expect(duplicateReasons(sig({ days: 31, similarity: 1, sameCaller: true, sameGroup: true }))).toEqual([]);
    expect(duplicateReasons(sig({ days: 30, sameCaller: true }))).toEqual(['same_caller']);
  });

  it('similar text qualifies near or where a place is unknown, never when both places are far apart', () => {
    const t = DUPLICATE_RULES.textThreshold;
    expect(duplicateReasons(sig({ similarity: t }))).toEqual(['same_text']);
    expect(duplicateReasons(sig({ similarity: t, distanceM: null }))).toEqual(['same_text']);
    expect(duplicateReasons(sig({ similarity: t, distanceM: 501 }))).toEqual([]);
    expect(duplicateReasons(sig({ similarity: t - 0.01, distanceM: null }))).toEqual([]);
  });

  it('a near case of the same group needs some agreement of text; another group or no words in common is not one', () => {
    const n = DUPLICATE_RULES.nearTextThreshold;
    expect(duplicateReasons(sig({ similarity: n, sameGroup: true, distanceM: 500 }))).toEqual([
      'near_similar',
    ]);
    expect(duplicateReasons(sig({ similarity: n, sameGroup: false }))).toEqual([]);
    expect(duplicateReasons(sig({ similarity: n - 0.01, sameGroup: true }))).toEqual([]);
    expect(duplicateReasons(sig({ similarity: n, sameGroup: true, distanceM: null }))).toEqual([]);
  });
});

describe('duplicateScore', () => {
  it('ranks more similar, nearer, the same caller and newer higher, within [0, 1]', () => {
    const a = duplicateScore(sig({ similarity: 0.8 }));
    expect(duplicateScore(sig({ similarity: 0.6 }))).toBeLessThan(a);
    expect(duplicateScore(sig({ similarity: 0.8, distanceM: 400 }))).toBeLessThan(a);
    expect(duplicateScore(sig({ similarity: 0.8, sameCaller: true }))).toBeGreaterThan(a);
    expect(duplicateScore(sig({ similarity: 0.8, days: 20 }))).toBeLessThan(a);
    expect(
      duplicateScore(sig({ similarity: 1, distanceM: 0, days: 0, sameCaller: true, sameGroup: true })),
    ).toBe(1);
  });
});

describe('rankDuplicates', () => {
  const corpus = [
    '小区门口路灯坏了晚上很黑',
    '楼下餐馆油烟扰民',
    '小区垃圾没人清运发臭',
    '道路井盖缺失有安全隐患',
    '公交站台广告牌松动',
  ];
  const idf = learnIdf(corpus);

  it('finds the same problem in other words from another phone, and leaves a different problem at the same spot', () => {
    const cases = [
      kase('1', { text: '幸福小区东门的路灯不亮了，晚上出行很黑' }),
      kase('2', {
        text: '幸福小区东门旁边的餐馆排烟管道直排，油烟熏得居民楼没法开窗',
        lat: base.lat + 0.001,
        categoryGroup: 'env',
      }),
      kase('3', { text: '幸福小区东门路灯坏了', lat: base.lat + 0.02 }), // ~2.2 km away
      kase('4', { text: '幸福小区东门路灯坏了很久', createdAt: daysAgo(40) }),
    ];
    const out = rankDuplicates(
      {
        text: '幸福小区东门路灯坏了好几天，晚上黑漆漆的',
        ...base,
        at: now,
        phoneHash: 'p2',
        categoryGroup: 'city',
      },
      cases,
      idf,
    );
    expect(out.map((c) => c.case.id)).toEqual(['1']);
    expect(out[0]!.reasons).toContain('near_similar');
    expect(out[0]!.signals.distanceM).toBe(0);
    expect(out[0]!.signals.days).toBe(1);
  });

  it('the same caller qualifies about anything, and ranks first among equals', () => {
    const cases = [
      kase('5', { text: '小区垃圾没人清运', phoneHashes: ['other'] }),
      kase('6', { text: '小区垃圾没人清运', phoneHashes: ['mine'] }),
      kase('7', { text: '完全不同的事情', phoneHashes: ['mine'], lon: 120, lat: 30 }),
    ];
    const out = rankDuplicates({ text: '小区垃圾没人清运', at: now, phoneHash: 'mine' }, cases, idf);
    expect(out.map((c) => c.case.id)).toEqual(['6', '5', '7']);
    expect(out[2]!.reasons).toEqual(['same_caller']);
  });

  it('keeps at most the limit', () => {
    const cases = Array.from({ length: 15 }, (_, i) => kase(String(i), { text: '道路井盖缺失' }));
    expect(rankDuplicates({ text: '道路井盖缺失', at: now }, cases, idf)).toHaveLength(DUPLICATE_RULES.limit);
  });
});

describe('acceptanceRate', () => {
  it('is confirmed over shown, null when nothing was shown', () => {
    expect(acceptanceRate({ shown: 8, confirmed: 2 })).toBe(0.25);
    expect(acceptanceRate({ shown: 0, confirmed: 0 })).toBeNull();
  });
});
