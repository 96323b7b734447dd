import { describe, expect, it } from 'vitest';
import { buildDemoData } from '../demo-data.ts';
import { createClassifier, type ClassifierCategory } from '../../modules/classify/classifier.ts';
import { CLASS_TO_GROUP, classMember, SOURCE_CLASSES } from '../../modules/classify/teddy-labels.ts';
import { handLabels, historyLeaf, loadHistoryMessages, messageText } from './messages.ts';

const messages = loadHistoryMessages();
const categories: ClassifierCategory[] = buildDemoData().categories.map((c) => ({ ...c, active: true }));
const byCode = new Map(categories.map((c) => [c.code, c]));
const prior = createClassifier(categories);
const inClass = classMember(categories);
const codeByName = new Map(categories.filter((c) => c.isLeaf).map((c) => [c.nameZh, c.code]));
const groupName = (leaf: string) => byCode.get(byCode.get(leaf)!.parentCode!)!.nameZh;

describe('the demo history labels (hand-labels.tsv)', () => {
  it('gives every message of both files exactly one of the source classes', () => {
    const labels = handLabels();
    expect(messages).toHaveLength(7142);
    expect(labels.size).toBe(messages.length);
    for (const m of messages) expect(SOURCE_CLASSES).toContain(m.sourceClass);
    // the hand labels, not a department guess: a message about a bus route is 城乡建设 as the source's tree files it
    const bus = messages.filter((m) => /公交/.test(m.title) && !/公交卡|驾/.test(m.title));
    expect(bus.length).toBeGreaterThan(20);
    expect(bus.filter((m) => m.sourceClass === '城乡建设').length / bus.length).toBeGreaterThan(0.7);
  });

  it('labels each message with a leaf of its class, or none for a class the tree has no group for', () => {
    const sample = messages.filter((_, i) => i % 7 === 0);
    let none = 0;
    for (const m of sample) {
      const leaf = historyLeaf(messageText(m), m.sourceClass, prior, inClass, codeByName);
      if (leaf === null) {
        none++;
        // neither one of the 7 evaluated classes nor one mapped to a group of our tree
        expect(SOURCE_CLASSES.indexOf(m.sourceClass)).toBeGreaterThanOrEqual(7);
        expect(CLASS_TO_GROUP[m.sourceClass]).toBeUndefined();
        continue;
      }
      expect(byCode.get(leaf)!.isLeaf).toBe(true);
      expect(inClass(leaf, m.sourceClass)).toBe(true);
      const extra = CLASS_TO_GROUP[m.sourceClass];
      if (extra) expect(groupName(leaf)).toBe(extra);
    }
    expect(none).toBeGreaterThan(0);
    expect(none / sample.length).toBeLessThan(0.1);
  });
});
