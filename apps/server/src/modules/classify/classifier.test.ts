import { describe, expect, it } from 'vitest';
import { buildDemoData } from '../../demo/demo-data.ts';
import { createClassifier, type ClassifierCategory } from './classifier.ts';

// Accuracy on real messages is measured on the shipped catalogue (the demo's categories), not on made-up ones:
// this file tests the classifier against that data on purpose.
const categories: ClassifierCategory[] = buildDemoData().categories.map((c) => ({ ...c, active: true }));
const clf = createClassifier(categories);
const codeOf = (nameZh: string) => {
  const c = categories.find((x) => x.isLeaf && x.nameZh === nameZh);
  if (!c) throw new Error(`no leaf ${nameZh}`);
  return c.code;
};
const top = (text: string) => clf.classify(text, 5)[0];

describe('classifier on the demo categories', () => {
  it.each([
    ['小区门口垃圾堆了好几天没人清理', '暴露垃圾'],
    ['家里停水两天了', '停水'],
    ['公司拖欠工资三个月', '拖欠工资'],
    ['楼下的路灯晚上不亮，一片漆黑', '路灯故障'],
    ['马路上的井盖丢了，很危险', '井盖缺失破损'],
    ['暖气不热，室温只有十五度', '暖气不热'],
    ['闻到很浓的燃气味，可能漏气了', '燃气泄漏'],
    ['工地半夜施工，噪音太大睡不着', '施工扰民'],
    ['电梯坏了把人困在里面', '电梯故障'],
    ['出租车司机拒载还绕路', '出租车网约车'],
    ['孩子上小学的学位和划片问题', '入学入园'],
    ['楼道里有人飞线给电动车充电', '飞线充电'],
  ])('%s → %s', (text, leaf) => {
    const s = top(text);
    expect(s?.code).toBe(codeOf(leaf));
  });

  it('a taxi is not a rented flat: a term inside a longer matched term is not counted again', () => {
    const codes = clf.classify('出租车乱收费', 5).map((s) => s.code);
    expect(codes[0]).toBe(codeOf('出租车网约车'));
    expect(codes).not.toContain(codeOf('群租房'));
  });

  it('suggestions are leaves, best first, with confidences in [0, 1] that sum to at most 1', () => {
    const leaves = new Set(categories.filter((c) => c.isLeaf).map((c) => c.code));
    for (const text of ['小区门口垃圾堆了好几天没人清理', '停水停电又停气', '物业不管，垃圾没人清运']) {
      const s = clf.classify(text, 5);
      expect(s.length).toBeGreaterThan(1);
      expect(s.length).toBeLessThanOrEqual(5);
      for (const x of s) {
        expect(leaves.has(x.code)).toBe(true);
        expect(x.confidence).toBeGreaterThanOrEqual(0);
        expect(x.confidence).toBeLessThanOrEqual(1);
      }
      const conf = s.map((x) => x.confidence);
      expect(conf).toEqual([...conf].sort((a, b) => b - a));
      expect(conf.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1.001);
    }
    expect(clf.classify('停水停电又停气', 2)).toHaveLength(2);
  });

  it('a clear message is confident, a vague one is not', () => {
    const clear = top('家里停水两天了，水龙头一滴水都没有，自来水公司也不来修')!;
    const vague = top('有个问题想反映一下，希望尽快处理')!;
    expect(clear.confidence).toBeGreaterThanOrEqual(0.6);
    expect(vague === undefined || vague.confidence < 0.6).toBe(true);
    // two matters in one message share the confidence
    const mixed = clf.classify('停水了，也停电了', 2);
    expect(mixed.map((s) => s.code).sort()).toEqual([codeOf('停水'), codeOf('停电')].sort());
    expect(mixed[0]!.confidence).toBeLessThan(top('停水了')!.confidence - 0.2);
    expect(mixed[1]!.confidence).toBeGreaterThan(0.2);
  });

  it('empty or meaningless text gives nothing, or nothing confident', () => {
    expect(clf.classify('')).toEqual([]);
    expect(clf.classify('   \n ')).toEqual([]);
    expect(clf.classify('asdfghjkl qwerty 12345')).toEqual([]);
    for (const text of ['哈哈哈哈哈', '你好', '。。。！！！', '今天天气不错']) {
      const s = clf.classify(text);
      expect(
        s.every((x) => x.confidence < 0.6),
        text,
      ).toBe(true);
    }
  });

  it('full-width and spaced input reads the same as plain text', () => {
    expect(top('家 里 停 水 两 天 了')?.code).toBe(codeOf('停水'));
    expect(clf.classify('ＬＥＤ屏太亮')[0]?.code).toBe(clf.classify('led屏太亮')[0]?.code);
  });

  it('inactive leaves and leaves of inactive groups are never suggested', () => {
    const water = codeOf('停水');
    const waterGroup = categories.find((c) => c.code === water)!.parentCode!;
    const withoutLeaf = createClassifier(
      categories.map((c) => (c.code === water ? { ...c, active: false } : c)),
    );
    expect(withoutLeaf.classify('家里停水两天了').map((s) => s.code)).not.toContain(water);
    const withoutGroup = createClassifier(
      categories.map((c) => (c.code === waterGroup ? { ...c, active: false } : c)),
    );
    expect(withoutGroup.classify('家里停水两天了').every((s) => !s.code.startsWith(`${waterGroup}.`))).toBe(
      true,
    );
    expect(withoutGroup.leafCount).toBe(clf.leafCount - 5);
  });

  it('an admin keyword added to a leaf takes effect in a new classifier', () => {
    const text = '小区里有人养鸽子，鸽子粪到处都是';
    const pests = codeOf('病媒生物');
    const before = createClassifier(categories).classify(text)[0]?.code;
    expect(before).not.toBe(pests);
    const edited = categories.map((c) =>
      c.code === pests ? { ...c, keywords: [...c.keywords, '鸽子粪'] } : c,
    );
    expect(createClassifier(edited).classify(text)[0]?.code).toBe(pests);
  });

  it('classifies 10,000 messages', () => {
    const texts = [
      '小区门口垃圾堆了好几天没人清理',
      '家里停水两天了',
      '公司拖欠工资三个月',
      '楼上装修噪音太大，周末早上七点就开始砸墙，物业也不管',
      '我们村的土地流转合同到期了，村委会一直不给说法，租金也没有发',
    ];
    let n = 0;
    for (let i = 0; i < 10_000; i++) n += clf.classify(texts[i % texts.length]!, 5).length > 0 ? 1 : 0;
    expect(n).toBe(10_000);
  });
});
