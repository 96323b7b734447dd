import { describe, expect, it } from 'vitest';
import { buildDemoData } from '../../demo/demo-data.ts';
import { createClassifier, groupOfIn, isOffered, type ClassifierCategory } from './classifier.ts';
import { trainModel } from '@onegrid/domain';
import { termsOf } from './features.ts';
import { learnedClassifier, trainFromHistory, type HistoryItem } from './learn.ts';

// The group-level model (issue 12's defect: a leaf-level model trained on noisy history suggested a street light as
// 出租车网约车 at 0.81 and a residence permit as 入学入园): the model picks the area, the words pick the leaf.
const categories: ClassifierCategory[] = buildDemoData().categories.map((c) => ({ ...c, active: true }));
const byCode = new Map(categories.map((c) => [c.code, c]));
const leaf = (nameZh: string) => categories.find((c) => c.isLeaf && c.nameZh === nameZh)!.code;
const taxonomy = {
  groupOf: groupOfIn(byCode),
  offered: (code: string) => Boolean(byCode.get(code) && isOffered(byCode.get(code)!, byCode)),
};
const prior = createClassifier(categories);

/** A history whose labels come from the replying department: street lights sometimes filed under transport. */
function history(): HistoryItem[] {
  const out: HistoryItem[] = [];
  const add = (texts: string[], label: string, n: number) => {
    for (let i = 0; i < n; i++)
      out.push({ text: texts[i % texts.length]!, label, at: out.length * 3_600_000 });
  };
  for (let round = 0; round < 4; round++) {
    add(['出租车拒载，司机态度恶劣', '网约车绕路多收费', '出租车不打表'], leaf('出租车网约车'), 12);
    add(['小区门口路灯不亮', '路灯坏了好几天没人修', '晚上路灯一直不亮很黑'], leaf('路灯故障'), 8);
    // the noise: a reply that named the transport bureau
    add(['这条路晚上路灯坏了，行人车辆很危险'], leaf('出租车网约车'), 4);
    add(['公司拖欠工资三个月', '老板欠薪不给'], leaf('拖欠工资'), 10);
  }
  return out;
}

describe('the trained classifier at group level', () => {
  const trained = trainFromHistory(history(), prior, taxonomy);
  const clf = learnedClassifier(prior, trained.model, taxonomy);

  it('stores a group-level model with its weight and the leaves’ shares', () => {
    expect(trained.model.level).toBe('group');
    expect(trained.model.classes).toEqual(
      [...new Set([leaf('出租车网约车'), leaf('路灯故障'), leaf('拖欠工资')].map(taxonomy.groupOf))].sort(),
    );
    expect(trained.model.weight).toBeGreaterThan(0);
    expect(trained.model.weight).toBeLessThanOrEqual(trained.trainingSize / (trained.trainingSize + 300));
  });

  it('suggests the street light for a street light, never a taxi above the threshold', () => {
    const s = clf.classify('小区门口的路灯坏了好几天，晚上很黑', 3);
    expect(s[0]!.code).toBe(leaf('路灯故障'));
    const taxi = s.find((x) => x.code === leaf('出租车网约车'));
    expect(taxi?.confidence ?? 0).toBeLessThan(trained.threshold ?? 0.6);
  });

  it('explains with each word once', () => {
    const [top] = clf.explain('公司拖欠工资三个月，工资一直不发', 1);
    expect(top!.code).toBe(leaf('拖欠工资'));
    const words = top!.terms.map((t) => t.term);
    expect(words).toContain('工资');
    expect(new Set(words).size).toBe(words.length);
  });

  it('serves an older leaf-level model as it was trained', () => {
    const old = trainModel(history().map((h) => ({ terms: termsOf(h.text), label: h.label }))).serialize();
    expect(old.level).toBeUndefined();
    const served = learnedClassifier(prior, old, taxonomy);
    // per leaf: the model's leaves compete with the prior's
    const s = served.classify('出租车不打表，司机绕路', 3);
    expect(s[0]!.code).toBe(leaf('出租车网约车'));
    expect(served.explain('出租车不打表', 1)[0]!.terms.length).toBeGreaterThan(0);
  });
});
