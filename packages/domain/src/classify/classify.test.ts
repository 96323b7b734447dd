import { describe, expect, it } from 'vitest';
import {
  autoAt,
  blendGroups,
  blendHierarchical,
  blendScores,
  chooseThreshold,
  classifyMetrics,
  fitBlend,
  leafShares,
  fromSerialized,
  holdBackNewest,
  modelWeight,
  softmax,
  trainModel,
  type SerializedModel,
} from './index.ts';

const docs = [
  { terms: ['拖欠', '工资', '老板'], label: 'wage' },
  { terms: ['工资', '拖欠', '工地'], label: 'wage' },
  { terms: ['工资', '没发', '老板'], label: 'wage' },
  { terms: ['噪音', '晚上', '施工'], label: 'noise' },
  { terms: ['噪音', '扰民', '晚上'], label: 'noise' },
  { terms: ['施工', '噪音', '扰民'], label: 'noise' },
];

describe('complement naive Bayes', () => {
  it('learns which class the words point to, and says which words did', () => {
    const m = trainModel(docs, { minDocs: 1 });
    expect(m.score(['拖欠', '工资'])[0]!.label).toBe('wage');
    expect(m.score(['晚上', '噪音'])[0]!.label).toBe('noise');
    const why = m.explain(['拖欠', '工资', '晚上'], 'wage');
    expect(why.map((w) => w.term)).toContain('拖欠');
    expect(why.map((w) => w.term)).not.toContain('晚上');
  });

  it('gives probabilities that sum to one, sharper with a larger scale', () => {
    const m = trainModel(docs, { minDocs: 1 });
    const p1 = m.score(['工资']);
    expect(p1.reduce((a, b) => a + b.p, 0)).toBeCloseTo(1);
    expect(m.withScale(50).score(['工资'])[0]!.p).toBeGreaterThan(p1[0]!.p);
    expect(softmax(m.classes, m.raw(['工资']), 1)).toEqual(p1);
  });

  it('survives serialisation unchanged and drops rare terms', () => {
    const m = trainModel(docs, { minDocs: 2 });
    const copy = fromSerialized(JSON.parse(JSON.stringify(m.serialize())) as SerializedModel);
    expect(copy.score(['噪音', '施工'])).toEqual(m.score(['噪音', '施工']));
    expect(m.serialize().vocab).not.toContain('工地');
  });
});

describe('blending with the keyword prior', () => {
  const model = [
    { label: 'a', p: 0.9 },
    { label: 'b', p: 0.1 },
  ];
  const prior = [{ code: 'b', confidence: 0.8 }];
  it('is the prior alone without history, the model mostly with much', () => {
    expect(modelWeight(0)).toBe(0);
    expect(blendScores(model, prior, modelWeight(0), () => true, 3)).toEqual([
      { code: 'b', confidence: 0.8 },
    ]);
    const w = modelWeight(3000);
    expect(w).toBeGreaterThan(0.9);
    expect(blendScores(model, prior, w, () => true, 3)[0]!.code).toBe('a');
  });
  it('offers only leaves still offered', () => {
    expect(blendScores(model, prior, 0.5, (c) => c !== 'a', 3).map((r) => r.code)).toEqual(['b']);
  });
});

describe('the group-level blend', () => {
  // two groups: lights (L) with leaves L1 (street light) and L2 (lamp post), transport (T) with T1 (taxi) and T2 (bus)
  const groupOf = (leaf: string) => leaf.slice(0, 1);
  const shares = leafShares(
    [
      { label: 'T1' },
      { label: 'T1' },
      { label: 'T1' },
      { label: 'T2' },
      { label: 'L1' },
      { label: 'L2', weight: 3 },
    ],
    groupOf,
  );
  it("learns each leaf's share of its group from the history", () => {
    expect(shares).toEqual({ T: { T1: 0.75, T2: 0.25 }, L: { L1: 0.25, L2: 0.75 } });
  });
  it('lets the model pick the group and the words pick the leaf', () => {
    // the model leans to transport; the prior has evidence only for the street light
    const model = [
      { label: 'T', p: 0.6 },
      { label: 'L', p: 0.4 },
    ];
    const prior = [{ code: 'L1', confidence: 0.9 }];
    expect(blendGroups(model, prior, 0.5, groupOf, () => true)).toEqual(
      new Map([
        ['T', 0.3],
        ['L', 0.2 + 0.45],
      ]),
    );
    const r = blendHierarchical(model, prior, 0.5, groupOf, shares, () => true, 5);
    // the street light takes all of its group's mass (the prior's words); transport spreads by the history's shares
    expect(r).toEqual([
      { code: 'L1', confidence: 0.65 },
      { code: 'T1', confidence: 0.225 },
      { code: 'T2', confidence: 0.075 },
    ]);
  });
  it('never gives a leaf without words more than its share of its group', () => {
    // a confident model on transport with no word of a transport leaf: the taxi gets at most its share
    const r = blendHierarchical([{ label: 'T', p: 1 }], [], 0.9, groupOf, shares, () => true, 5);
    expect(r[0]).toEqual({ code: 'T1', confidence: 0.675 });
  });
  it('offers only leaves still offered, renormalising within the group', () => {
    const r = blendHierarchical([{ label: 'T', p: 1 }], [], 1, groupOf, shares, (c) => c !== 'T1', 5);
    expect(r).toEqual([{ code: 'T2', confidence: 1 }]);
  });
});

describe('threshold choice', () => {
  const items = [
    ...Array.from({ length: 19 }, (_, i) => ({ confidence: 0.9 + i / 1000, right: true })),
    { confidence: 0.9, right: false },
    ...Array.from({ length: 10 }, () => ({ confidence: 0.5, right: false })),
    ...Array.from({ length: 10 }, () => ({ confidence: 0.4, right: true })),
  ];
  it('takes the lowest confidence at which the cases above are right ≥ 95 %', () => {
    const c = chooseThreshold(items, 0.95);
    expect(c.threshold).toBe(0.9);
    expect(c.share).toBeCloseTo(20 / 40);
    expect(c.precision).toBeCloseTo(19 / 20);
    expect(autoAt(items, c.threshold)).toEqual({ share: 0.5, precision: 0.95 });
  });
  it('gives none when nothing reaches the target', () => {
    expect(chooseThreshold([{ confidence: 0.9, right: false }], 0.95, 1).threshold).toBeNull();
    expect(autoAt(items, null)).toEqual({ share: 0, precision: 0 });
  });
  it('needs enough cases for a cut', () => {
    expect(chooseThreshold([{ confidence: 0.99, right: true }], 0.95, 10).threshold).toBeNull();
  });
});

describe('metrics and the held-back slice', () => {
  it('counts top-1, top-3, per group and the confused pairs', () => {
    const groupOf = (l: string) => l[0]!;
    const m = classifyMetrics(
      [
        { truth: 'a1', ranked: ['a2', 'b1'] },
        { truth: 'a1', ranked: ['b1', 'a1'] },
        { truth: 'b1', ranked: ['b2'] },
        { truth: 'b1', ranked: ['a1', 'c1', 'd1'] },
      ],
      groupOf,
    );
    expect(m.top1).toBe(0.5);
    expect(m.top3).toBe(0.75);
    expect(m.perGroup).toEqual([
      { group: 'a', n: 2, top1: 1 },
      { group: 'b', n: 2, top1: 1 },
    ]);
    expect(m.confused).toEqual([
      { truth: 'a', predicted: 'b', n: 1 },
      { truth: 'b', predicted: 'a', n: 1 },
    ]);
  });
  it('holds back the newest share', () => {
    const { train, heldBack } = holdBackNewest([5, 1, 4, 2, 3], (x) => x, 0.4);
    expect(train).toEqual([1, 2, 3]);
    expect(heldBack).toEqual([4, 5]);
  });
  it('fits the scale and weight with the least log loss, the weight capped', () => {
    // the right class's probability peaks at scale 4, weight 0.7
    const p = (x: number, w: number) => Math.exp(-((x - 4) ** 2) - (w - 0.7) ** 2);
    expect(fitBlend([{ p }], 0.9, [1, 2, 4, 8])).toEqual({ scale: 4, weight: 0.7 });
    // a small history's cap holds even where a larger weight would fit better
    expect(fitBlend([{ p }], 0.25, [1, 2, 4, 8])).toEqual({ scale: 4, weight: 0.25 });
    expect(fitBlend([{ p }], 0, [1, 2, 4, 8]).weight).toBe(0);
  });
});
