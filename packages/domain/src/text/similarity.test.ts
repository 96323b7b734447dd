import { describe, expect, it } from 'vitest';
import { cosine, learnIdf, normaliseText, textSimilarity, textTerms, textVector } from './similarity.ts';

describe('text similarity', () => {
  it('normalises full-width characters, case and punctuation', () => {
    expect(normaliseText('ＡＢＣ，小区！ 3号楼')).toBe('abc 小区 3号楼');
  });

  it('counts character unigrams and bigrams, never across punctuation', () => {
    const t = textTerms('漏水，漏水');
    expect(t.get('漏')).toBe(2);
    expect(t.get('漏水')).toBe(2);
    expect(t.has('水漏')).toBe(false);
  });

  it('keeps digit runs whole so different buildings differ', () => {
    const t = textTerms('12号楼');
    expect(t.has('12')).toBe(true);
    expect(t.has('1')).toBe(false);
  });

  it('is 1 for the same text, 0 for texts with nothing in common, and symmetric', () => {
    expect(textSimilarity('小区门口垃圾没人清理', '小区门口垃圾没人清理')).toBeCloseTo(1, 10);
    expect(textSimilarity('路灯不亮', '噪音扰民')).toBe(0);
    const a = '小区门口垃圾堆积多日没人清理';
    const b = '门口的垃圾好几天了也没有人来清理';
    expect(textSimilarity(a, b)).toBeCloseTo(textSimilarity(b, a), 12);
  });

  it('ranks a rewording of the same problem above a different problem', () => {
    const a = '幸福小区3号楼门口垃圾堆积多日没人清理，气味很大';
    const same = '幸福小区三号楼门前的垃圾好几天没人收，臭气熏天';
    const other = '幸福小区3号楼楼上装修噪音太大，晚上十点还在施工';
    expect(textSimilarity(a, same)).toBeGreaterThan(textSimilarity(a, other));
    const idf = learnIdf([a, same, other, '小区停车难', '小区物业不作为', '小区路灯不亮']);
    expect(textSimilarity(a, same, idf)).toBeGreaterThan(textSimilarity(a, other, idf));
  });

  it('weights rare terms above common ones with an IDF', () => {
    const idf = learnIdf(['小区漏水', '小区停电', '小区噪音', '小区燃气']);
    expect(idf.weights.get('小区')!).toBeLessThan(idf.weights.get('燃气')!);
    expect(idf.fallback).toBeGreaterThan(idf.weights.get('燃气')!);
  });

  it('gives unit vectors and 0 for an empty text', () => {
    const v = textVector('垃圾清运不及时');
    const norm = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
    expect(norm).toBeCloseTo(1, 12);
    expect(cosine(textVector('。，！'), v)).toBe(0);
  });
});
