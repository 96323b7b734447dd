import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/**
 * One jieba instance per process: loading its dictionary takes ~200 ms, so classifiers share it and only add
 * words. Words of an older category set stay in the dictionary; they only keep a phrase whole, never hurt.
 */
let shared: Jieba | undefined;
const added = new Set<string>();

function jieba(): Jieba {
  shared ??= Jieba.withDict(dict);
  return shared;
}

/** Frequency of added words: far above any split path of the same characters, below common words they overlap. */
const ADDED_WORD_FREQ = 2000;

/** Makes sure every term segments as one word (terms the dictionary already knows are left alone). */
export function addWords(terms: Iterable<string>): void {
  const j = jieba();
  const lines: string[] = [];
  for (const term of terms) {
    if (term.length < 2 || added.has(term) || /\s/.test(term)) continue;
    added.add(term);
    if (j.cut(term, false).length > 1) lines.push(`${term} ${ADDED_WORD_FREQ} n`);
  }
  if (lines.length > 0) j.loadDict(Buffer.from(lines.join('\n') + '\n'));
}

/** Words of the text in search mode: compounds and their dictionary sub-words ("拖欠工资" → 拖欠, 工资, 拖欠工资). */
export function segment(text: string): string[] {
  return jieba().cutForSearch(text, false);
}

/** Words of the text in precise mode: each character in exactly one word ("拖欠工资" → 拖欠工资). */
export function cut(text: string): string[] {
  return jieba().cut(text, false);
}
