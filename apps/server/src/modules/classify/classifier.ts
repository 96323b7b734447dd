import { idf as idfFile } from '@node-rs/jieba/dict.js';
import { addWords, segment } from './segmenter.ts';
import { SYNONYMS, WEAK_WORDS } from './synonyms.ts';

export interface ClassifierCategory {
  code: string;
  parentCode: string | null;
  nameZh: string;
  keywords: string[];
  isLeaf: boolean;
  active: boolean;
}

export interface Suggestion {
  code: string;
  /** Share of the evidence for this leaf, in [0, 1]; ≥ 0.6 is usually right (see evaluate.ts). */
  confidence: number;
}

export interface Classifier {
  /** Leaves best first, only those with some evidence; at most `limit`. Empty when nothing matched. */
  classify(text: string, limit?: number): Suggestion[];
  /** Number of active leaves it chooses from. */
  readonly leafCount: number;
}

export interface ClassifierOptions {
  /** Add the module's own synonym list to the categories' keywords (default true; off to measure its effect). */
  synonyms?: boolean;
  /** For evaluate.ts only. */
  tuning?: Partial<ClassifierTuning>;
}

/**
 * Tuned on the development set (evaluate.ts), then left alone. Weights by where a term comes from; the group
 * share lets evidence for siblings lift a leaf (暖气 + 漏水 → heating leak over any other leak).
 */
export interface ClassifierTuning {
  keyword: number;
  name: number;
  namePart: number;
  synonym: number;
  groupName: number;
  groupShare: number;
  /** Softmax temperature and the mass of "none of these": one specific keyword alone stays below 0.6. */
  temperature: number;
  noneMass: number;
  /** Long messages match many terms by chance: the temperature grows with ln(1 + words / lengthScale). */
  lengthScale: number;
  /** Exponent on jieba's general-corpus IDF (news text): words like 反映/问题/建议 say little about the category. */
  commonness: number;
  /** Factor on the weight of WEAK_WORDS. */
  weak: number;
}

export const DEFAULT_TUNING: ClassifierTuning = {
  keyword: 1,
  name: 1.5,
  namePart: 1,
  synonym: 0.8,
  groupName: 0.6,
  groupShare: 0.3,
  temperature: 1,
  noneMass: 8,
  lengthScale: 80,
  commonness: 0.5,
  weak: 0.35,
};

/** The matter is stated early; past this, words cost time (jieba ~0.6 µs a character) and add mostly noise. */
const MAX_CHARS = 600;
const GENERAL_IDF_DEFAULT = 11.7;
const GENERAL_IDF_SCALE = 12;

interface Posting {
  leaf: number;
  weight: number;
}

/** Halfwidth, lower case, no spaces: "ＷｉＦｉ 没 信号" → "wifi没信号". */
function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function generalIdf(terms: Set<string>): Map<string, number> {
  const out = new Map<string, number>();
  const text = Buffer.from(idfFile).toString('utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const space = text.indexOf(' ', start);
    if (space > start && space < end) {
      const word = text.slice(start, space);
      if (terms.has(word)) out.set(word, Number(text.slice(space + 1, end)));
    }
    start = end + 1;
  }
  return out;
}

/**
 * Keyword classifier over the category tree. Every leaf gets terms from its keywords, its name (whole and in
 * words), this module's synonyms and its group's name; a term weighs less the more leaves share it (IDF over
 * the leaves) and the more common it is in ordinary Chinese (jieba's corpus IDF). A message's score for a leaf
 * is the sum of its matched terms' weights (sub-linear in repeats) plus a share of its group's evidence;
 * confidence is a softmax over the leaves with a fixed mass for "none of them".
 * Built once per category set: ~1 000 terms, a map lookup per word of the message.
 */
export function createClassifier(categories: ClassifierCategory[], opts: ClassifierOptions = {}): Classifier {
  const useSynonyms = opts.synonyms ?? true;
  const tune: ClassifierTuning = { ...DEFAULT_TUNING, ...opts.tuning };
  const byCode = new Map(categories.map((c) => [c.code, c]));
  const leaves = categories.filter((c) => isOffered(c, byCode));
  const groupOf = leaves.map((leaf) => groupCode(leaf, byCode));
  const groupCodes = [...new Set(groupOf)];
  const groupIndex = groupOf.map((g) => groupCodes.indexOf(g));

  // term → (leaf or group → source weight), keeping the strongest source
  const leafTerms = new Map<string, Map<number, number>>();
  const groupTerms = new Map<string, Map<number, number>>();
  const put = (terms: Map<string, Map<number, number>>, term: string, key: number, weight: number) => {
    const t = normalize(term);
    if (t.length === 0) return;
    let m = terms.get(t);
    if (!m) {
      m = new Map<number, number>();
      terms.set(t, m);
    }
    m.set(key, Math.max(m.get(key) ?? 0, weight));
  };
  leaves.forEach((leaf, i) => {
    for (const word of leaf.keywords) put(leafTerms, word, i, tune.keyword);
    put(leafTerms, leaf.nameZh, i, tune.name);
    if (useSynonyms) for (const s of SYNONYMS[leaf.nameZh] ?? []) put(leafTerms, s, i, tune.synonym);
  });
  const groupNames = groupCodes.map((g) => byCode.get(g)?.nameZh ?? '');
  // every term segments as one word; then the names' own words count too ("井盖缺失破损" → 井盖, 缺失, 破损)
  addWords([...leafTerms.keys(), ...groupNames.map(normalize)]);
  leaves.forEach((leaf, i) => {
    const name = normalize(leaf.nameZh);
    for (const part of segment(name))
      if (part.length >= 2 && part !== name) put(leafTerms, part, i, tune.namePart);
  });
  // a group's name says the group, not the leaf
  groupNames.forEach((raw, gi) => {
    const name = normalize(raw);
    if (name.length < 2) return;
    put(groupTerms, name, gi, tune.groupName);
    for (const part of segment(name)) if (part.length >= 2) put(groupTerms, part, gi, tune.groupName);
  });

  const general = generalIdf(new Set([...leafTerms.keys(), ...groupTerms.keys()]));
  const commonness = (t: string) =>
    ((general.get(t) ?? GENERAL_IDF_DEFAULT) / GENERAL_IDF_SCALE) ** tune.commonness *
    (WEAK_WORDS.has(t) ? tune.weak : 1);
  const leafCount = leaves.length;
  const groupCount = groupCodes.length;

  const index = new Map<string, { leaves: Posting[]; groups: Posting[] }>();
  const entry = (t: string) => {
    let e = index.get(t);
    if (!e) index.set(t, (e = { leaves: [], groups: [] }));
    return e;
  };
  for (const [t, m] of leafTerms) {
    const idf = Math.log(1 + leafCount / m.size) * commonness(t);
    const e = entry(t);
    for (const [leaf, w] of m) e.leaves.push({ leaf, weight: w * idf });
    // the term's evidence for each group it belongs to, counted once per group
    const perGroup = new Map<number, number>();
    for (const [leaf, w] of m) {
      const g = groupIndex[leaf]!;
      perGroup.set(g, Math.max(perGroup.get(g) ?? 0, w * idf));
    }
    for (const [g, w] of perGroup) e.groups.push({ leaf: g, weight: w });
  }
  for (const [t, m] of groupTerms) {
    const idf = Math.log(1 + groupCount / m.size) * commonness(t);
    const e = entry(t);
    for (const [g, w] of m) e.groups.push({ leaf: g, weight: w * idf });
  }

  // A term inside a longer matched term is not separate evidence: "出租车" says taxi, not its "出租" (renting).
  // Search-mode segmentation emits a compound's 2- and 3-character dictionary words next to the compound.
  const inner = new Map<string, string[]>();
  for (const t of index.keys()) {
    const subs: string[] = [];
    for (let len = 2; len < t.length && len <= 3; len++)
      for (let i = 0; i + len <= t.length; i++) {
        const sub = t.slice(i, i + len);
        if (index.has(sub) && !subs.includes(sub)) subs.push(sub);
      }
    if (subs.length > 0) inner.set(t, subs);
  }

  const leafScore = new Float64Array(leafCount);
  const groupScore = new Float64Array(groupCount);

  function classify(text: string, limit = 5): Suggestion[] {
    const norm = normalize(text).slice(0, MAX_CHARS);
    if (norm.length === 0 || leafCount === 0 || limit <= 0) return [];
    const words = segment(norm);
    const counts = new Map<string, number>();
    for (const w of words) if (index.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    if (counts.size === 0) return [];
    // longest first, so a suppressed middle term no longer suppresses its own parts
    for (const t of [...counts.keys()].sort((a, b) => b.length - a.length)) {
      const n = counts.get(t)!;
      const subs = n > 0 ? inner.get(t) : undefined;
      if (subs)
        for (const sub of subs) if (counts.has(sub)) counts.set(sub, Math.max(0, counts.get(sub)! - n));
    }
    leafScore.fill(0);
    groupScore.fill(0);
    for (const [w, n] of counts) {
      if (n === 0) continue;
      const e = index.get(w)!;
      const tf = 1 + Math.log(n);
      for (const p of e.leaves) leafScore[p.leaf]! += p.weight * tf;
      for (const p of e.groups) groupScore[p.leaf]! += p.weight * tf;
    }
    let max = 0;
    for (let i = 0; i < leafCount; i++) {
      const s = leafScore[i]! + tune.groupShare * groupScore[groupIndex[i]!]!;
      leafScore[i] = s;
      if (s > max) max = s;
    }
    if (max <= 0) return [];
    // softmax over the leaves with evidence, plus "none"; shifted by max for numeric safety
    const temperature =
      tune.temperature * (tune.lengthScale > 0 ? 1 + Math.log(1 + words.length / tune.lengthScale) : 1);
    let total = tune.noneMass * Math.exp(-max / temperature);
    const ranked: { i: number; e: number }[] = [];
    for (let i = 0; i < leafCount; i++) {
      const s = leafScore[i]!;
      if (s <= 0) continue;
      const e = Math.exp((s - max) / temperature);
      total += e;
      ranked.push({ i, e });
    }
    ranked.sort((a, b) => b.e - a.e || a.i - b.i);
    return ranked.slice(0, limit).map((r) => ({
      code: leaves[r.i]!.code,
      confidence: Math.round((r.e / total) * 1000) / 1000,
    }));
  }

  return { classify, leafCount };
}

/** The top-level group of a category (itself when it has no parent): the trained model's classes. */
export function groupOfIn<T extends { code: string; parentCode: string | null }>(
  byCode: ReadonlyMap<string, T>,
): (code: string) => string {
  return (code) => {
    const c = byCode.get(code);
    return c ? groupCode(c, byCode) : code;
  };
}

function groupCode<T extends { code: string; parentCode: string | null }>(
  c: T,
  byCode: ReadonlyMap<string, T>,
): string {
  let top = c;
  for (const p of ancestors(c, byCode)) top = p;
  return top.code;
}

/** Parent, grandparent… (at most 10: the tree is shallow, and a cycle must not hang the server). */
function* ancestors<T extends { parentCode: string | null }>(
  c: T,
  byCode: ReadonlyMap<string, T>,
): Generator<T> {
  let p = byCode.get(c.parentCode ?? '');
  for (let depth = 0; p && depth < 10; depth++) {
    yield p;
    p = byCode.get(p.parentCode ?? '');
  }
}

/** An active leaf whose ancestors are all active: a leaf under an inactive group is not offered either. */
export function isOffered<T extends { parentCode: string | null; isLeaf: boolean; active: boolean }>(
  c: T,
  byCode: ReadonlyMap<string, T>,
): boolean {
  if (!c.isLeaf || !c.active) return false;
  for (const p of ancestors(c, byCode)) if (!p.active) return false;
  return true;
}
