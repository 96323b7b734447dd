/**
 * The words a case is found by (案件查询's full text): every pair of neighbouring Chinese characters (bigrams)
 * and every run of Latin letters or digits, as a tsvector literal under a GIN index; the address's lexemes carry an
 * '@' so that an address search asks for address words only. A query is cut into words by jieba (the classifier's
 * instance) and each word becomes its own bigrams, all required.
 *
 * Why bigrams and not jieba's words in the index: jieba cuts by context, so the same word is cut differently in a
 * sentence and in a query — "路灯不亮了" is 路 | 灯不亮 | 了, so a search for 路灯 missed it (measured; see the
 * README, 案件查询). Bigrams find any word of two characters or more wherever it stands, whatever the dictionary
 * (the classifier adds category words to it at run time), and writing them needs no segmenter. Why not pg_trgm:
 * the embedded cluster's C locale makes pg_trgm drop every Chinese character, and a two-character word — most
 * Chinese words — has no trigram to look up. A query word of one character matches bigrams starting with it.
 */
import { cut } from '../classify/public.ts';

const RUNS = /\p{Script=Han}+|[\p{N}\p{Script=Latin}]+/gu;
const HAN = /^\p{Script=Han}/u;
// A description is at most a few thousand characters; its first 2000 carry what a search needs.
const MAX_CHARS = 2000;
// Function words that say nothing about a case; dropped from queries.
const STOP = new Set('的 了 在 是 和 与 及 或 有 我 你 他 她 们 也 就 都 着 把 被 请 问 吗 呢 啊'.split(' '));

const norm = (s: string) => s.normalize('NFKC').toLowerCase();
const quote = (w: string) => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** The lexemes of a text: Chinese runs as bigrams (a lone character as itself), other runs whole. */
function lexemes(text: string, into: Set<string>, mark = ''): Set<string> {
  for (const [run] of norm(text).slice(0, MAX_CHARS).matchAll(RUNS)) {
    if (!HAN.test(run)) {
      if (run.length <= 40) into.add(mark + run);
      continue;
    }
    const chars = [...run];
    if (chars.length === 1) into.add(mark + chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) into.add(mark + chars[i]! + chars[i + 1]!);
  }
  return into;
}

/** The tsvector literal of a case: title and description lexemes, then the address's marked '@'. */
export function caseSearchWords(c: {
  title?: string | null;
  description: string;
  address?: string | null;
}): string {
  const set = lexemes(c.description, new Set());
  if (c.title && !c.description.startsWith(c.title)) lexemes(c.title, set);
  if (c.address) lexemes(c.address, set, '@');
  return [...set].map(quote).join(' ');
}

/**
 * A query of the words typed, all required, as a tsquery literal; `address` asks for address lexemes only. Each
 * Chinese run is cut into words by jieba and each word gives its own bigrams, so "路灯维修" asks for 路灯 and 维修
 * (not 灯维). A word of one character is joined to its neighbour in the run ("幸福路" → 幸福, 福路), and a lone
 * character matches any bigram starting with it. Null when nothing searchable was typed.
 */
export function wordsQuery(text: string, opts: { address?: boolean } = {}): string | null {
  const mark = opts.address ? '@' : '';
  const terms = new Set<string>();
  for (const [run] of norm(text).slice(0, 200).matchAll(RUNS)) {
    if (!HAN.test(run)) {
      terms.add(quote(mark + run));
      continue;
    }
    const chars = [...run];
    if (chars.length === 1) {
      terms.add(`${quote(mark + run)}:*`);
      continue;
    }
    let at = 0;
    for (const word of cut(run)) {
      const w = [...word];
      const start = at;
      at += w.length;
      if (w.length === 1 && STOP.has(word)) continue;
      if (w.length === 1) {
        const i = start > 0 ? start - 1 : start;
        terms.add(quote(mark + chars[i]! + chars[i + 1]!));
      } else for (let i = 0; i + 1 < w.length; i++) terms.add(quote(mark + w[i]! + w[i + 1]!));
    }
  }
  if (terms.size === 0) return null;
  return [...terms].slice(0, 24).join(' & ');
}
