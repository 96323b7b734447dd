import { describe, expect, it } from 'vitest';
import { heatOf } from './heat.ts';
import { likesWithOpinion, matchOpinionCluster, OPINION_ITEM_LIKES, type ClusterProfile } from './opinion.ts';

const place = (key: string, label: string) => ({ kind: 'compound' as const, key: `compound:${key}`, label });
const clusters: ClusterProfile[] = [
  {
    id: 'lamps',
    place: place('xfl', '幸福里小区'),
    text: '幸福里小区路灯不亮 幸福里小区东门路灯坏了晚上很黑 幸福里路灯坏了一个星期没人修',
  },
  {
    id: 'noise',
    place: place('hpy', '和平苑'),
    text: '和平苑夜间施工噪音扰民 和平苑工地晚上施工太吵 和平苑半夜还在打桩',
  },
  {
    id: 'riders',
    place: { kind: 'population', key: 'population:外卖骑手', label: '外卖骑手' },
    text: '外卖骑手不让进小区 外卖骑手电动车被拦 骑手送餐进不了小区',
  },
  {
    id: 'bins',
    place: null,
    text: '垃圾桶满了没人清运 垃圾桶满溢臭气熏天 垃圾没人清运',
  },
];

describe('a 舆情 post attached to a hot issue', () => {
  it('joins the most similar cluster of the same place', () => {
    const m = matchOpinionCluster(
      { text: '幸福里小区的路灯坏了好多天，晚上黑漆漆的，物业也不管', place: place('xfl', '幸福里小区') },
      clusters,
    );
    expect(m?.id).toBe('lamps');
    expect(m!.similarity).toBeGreaterThanOrEqual(0.3);
  });

  it('never joins a cluster of another place, however similar the words', () => {
    expect(
      matchOpinionCluster(
        { text: '和平苑夜间施工噪音扰民，半夜还在打桩', place: place('other', '阳光小区') },
        clusters,
      ),
    ).toBeNull();
  });

  it('without a place it needs more similarity (threshold + penalty)', () => {
    const text = '垃圾桶满了好几天没人清运，臭气熏天';
    const m = matchOpinionCluster({ text, place: null }, clusters);
    expect(m?.id).toBe('bins');
    // the same post just below the raised bar does not join
    expect(matchOpinionCluster({ text, place: null }, clusters, { penalty: 1 })).toBeNull();
    // …and an unrelated post joins nothing
    expect(matchOpinionCluster({ text: '感谢社区组织的重阳节活动', place: null }, clusters)).toBeNull();
  });

  it('no clusters: no match', () => {
    expect(matchOpinionCluster({ text: '路灯坏了', place: null }, [])).toBeNull();
  });

  it('an attached post counts as one like, never as a reporter: U and hotness do not change, heat rises a little', () => {
    expect(OPINION_ITEM_LIKES).toBe(1);
    expect(likesWithOpinion(2, 3)).toBe(5);
    expect(likesWithOpinion(2, 0)).toBe(2);
    const before = heatOf({ reporters: 3, likes: 2, dislikes: 0, daysSinceLast: 0 });
    const after = heatOf({ reporters: 3, likes: likesWithOpinion(2, 3), dislikes: 0, daysSinceLast: 0 });
    expect(after).toBeGreaterThan(before);
    expect(after).toBeLessThan(heatOf({ reporters: 4, likes: 2, dislikes: 0, daysSinceLast: 0 }));
  });
});
