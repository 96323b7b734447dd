/**
 * Text similarity for Chinese citizen messages without a segmenter: a message becomes a bag of character
 * unigrams and bigrams (the features a complement naive Bayes on the Teddy Cup messages does best with, see
 * research/hotline-intelligence.md §1), weighted by an optional inverse document frequency, compared by cosine.
 * Pure and deterministic; the duplicate check, hot-issue clustering, reply relevance and knowledge search share it.
 */

/** A sparse, L2-normalised term vector. */
export type TextVector = Map<string, number>;

/** Inverse document frequency per term, learned from a corpus ({@link learnIdf}); unknown terms get `fallback`. */
export interface Idf {
  weights: Map<string, number>;
  fallback: number;
  docs: number;
}

const DROP = /[\s\p{P}\p{S}]+/gu;
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/**
 * Lower case, full-width ASCII to half width, punctuation, symbols and spaces to one separator (a bigram never
 * spans a separator). Digits stay: "3号楼" and "5号楼" differ.
 */
export function normaliseText(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(DROP, ' ')
    .trim();
}

/** Character unigrams and bigrams of the normalised text, with counts. Latin and digit runs count as one unigram. */
export function textTerms(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (t: string) => out.set(t, (out.get(t) ?? 0) + 1);
  for (const chunk of normaliseText(text).split(' ')) {
    if (!chunk) continue;
    // one token per CJK character, per run of latin letters or per run of digits
    const tokens = chunk.match(/[a-z]+|[0-9]+|./gu) ?? [];
    for (let i = 0; i < tokens.length; i++) {
      add(tokens[i]!);
      if (i + 1 < tokens.length) add(tokens[i]! + tokens[i + 1]!);
    }
  }
  return out;
}

/** Smoothed IDF over a corpus: ln((1 + N) / (1 + df)) + 1, as scikit-learn's TfidfVectorizer. */
export function learnIdf(corpus: Iterable<string>): Idf {
  const df = new Map<string, number>();
  let docs = 0;
  for (const doc of corpus) {
    docs++;
    for (const t of textTerms(doc).keys()) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  for (const [t, n] of df) weights.set(t, Math.log((1 + docs) / (1 + n)) + 1);
  return { weights, fallback: Math.log(1 + docs) + 1, docs };
}

/** Sub-linear TF (1 + ln tf) × IDF, L2-normalised. Without an IDF every term weighs the same. */
export function textVector(text: string, idf?: Idf): TextVector {
  const v: TextVector = new Map();
  let norm = 0;
  for (const [t, tf] of textTerms(text)) {
    const w = (1 + Math.log(tf)) * (idf ? (idf.weights.get(t) ?? idf.fallback) : 1);
    v.set(t, w);
    norm += w * w;
  }
  if (norm > 0) {
    const n = Math.sqrt(norm);
    for (const [t, w] of v) v.set(t, w / n);
  }
  return v;
}

/** Cosine of two normalised vectors, in [0, 1]; 0 when either is empty. */
export function cosine(a: TextVector, b: TextVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) dot += w * o;
  }
  return Math.min(1, Math.max(0, dot));
}

/** Similarity of two texts in [0, 1] (1 = same terms in the same proportions). */
export function textSimilarity(a: string, b: string, idf?: Idf): number {
  return cosine(textVector(a, idf), textVector(b, idf));
}
