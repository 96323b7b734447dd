/**
 * The trained classifier (issue 12): a complement naive Bayes (Rennie et al. 2003, "Tackling the poor assumptions
 * of naive Bayes text classifiers": TF transform, IDF, length normalisation, complement counts, weight
 * normalisation) over terms the server extracts (jieba words and character bigrams). Pure: training takes term
 * lists, the model serialises to JSON, scoring takes a term list.
 */

export interface TrainingDoc {
  terms: readonly string[];
  label: string;
  /** Default 1 (e.g. a dispatcher's correction may weigh more). */
  weight?: number;
}

export interface TrainOptions {
  /** Additive smoothing (default 0.3). */
  alpha?: number;
  /** Terms seen in fewer documents are dropped (default 2). */
  minDocs?: number;
}

/** The stored form: plain JSON. `rows[f]` is [classIndex, count, classIndex, count, …] of feature `vocab[f]`. */
export interface SerializedModel {
  kind: 'cnb';
  alpha: number;
  docs: number;
  classes: string[];
  classTotals: number[];
  vocab: string[];
  idf: number[];
  totals: number[];
  rows: number[][];
  /** Softmax scale of the scores (calibrated on held-back data; 1 until then). */
  scale: number;
  /**
   * 'group': the classes are category groups, blended with the keyword prior per group (`blendHierarchical`, with
   * `weight` and `leafShares`); absent: the classes are leaves (versions before it, blended per leaf).
   */
  level?: 'group';
  weight?: number;
  leafShares?: Record<string, Record<string, number>>;
}

export interface ModelScore {
  label: string;
  /** In [0, 1], the softmax of the scores; sums to 1 over the classes. */
  p: number;
}

export interface TermContribution {
  term: string;
  weight: number;
}

export interface TrainedModel {
  readonly classes: readonly string[];
  readonly docs: number;
  /** Every class, best first. */
  score(terms: readonly string[]): ModelScore[];
  /** The unscaled scores in class order (for calibration: `softmax(raw, scale)` is what `score` answers). */
  raw(terms: readonly string[]): Float64Array;
  /** The terms of the text that pointed most to a class, strongest first. */
  explain(terms: readonly string[], label: string, top?: number): TermContribution[];
  withScale(scale: number): TrainedModel;
  serialize(): SerializedModel;
}

function termFrequencies(terms: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}

/** log(1 + tf) · idf, L2-normalised; terms outside the vocabulary are left out. */
function vectorOf(terms: readonly string[], index: ReadonlyMap<string, number>, idf: ArrayLike<number>) {
  const out: { f: number; x: number }[] = [];
  let norm = 0;
  for (const [t, n] of termFrequencies(terms)) {
    const f = index.get(t);
    if (f === undefined) continue;
    const x = Math.log1p(n) * idf[f]!;
    out.push({ f, x });
    norm += x * x;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const e of out) e.x /= norm;
  return out;
}

export function trainModel(docs: readonly TrainingDoc[], opts: TrainOptions = {}): TrainedModel {
  const alpha = opts.alpha ?? 0.3;
  const minDocs = opts.minDocs ?? 2;
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const vocab = [...df].filter(([, n]) => n >= minDocs).map(([t]) => t);
  vocab.sort();
  const index = new Map(vocab.map((t, i) => [t, i]));
  const n = docs.length;
  const idf = vocab.map((t) => Math.log((1 + n) / (1 + df.get(t)!)) + 1);
  const classes = [...new Set(docs.map((d) => d.label))].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const counts = vocab.map(() => new Map<number, number>());
  const classTotals = classes.map(() => 0);
  const totals = vocab.map(() => 0);
  for (const d of docs) {
    const c = classIndex.get(d.label)!;
    const w = d.weight ?? 1;
    for (const { f, x } of vectorOf(d.terms, index, idf)) {
      const m = counts[f]!;
      m.set(c, (m.get(c) ?? 0) + w * x);
      classTotals[c]! += w * x;
      totals[f]! += w * x;
    }
  }
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  return fromSerialized({
    kind: 'cnb',
    alpha,
    docs: n,
    classes,
    classTotals: classTotals.map(round),
    vocab,
    idf: idf.map(round),
    totals: totals.map(round),
    rows: counts.map((m) => [...m].flatMap(([c, v]) => [c, round(v)])),
    scale: 1,
  });
}

export function fromSerialized(s: SerializedModel): TrainedModel {
  const { alpha, classes, vocab } = s;
  const C = classes.length;
  const V = vocab.length;
  const index = new Map(vocab.map((t, i) => [t, i]));
  const grand = s.classTotals.reduce((a, b) => a + b, 0);
  // D_c: the complement's total plus smoothing; a_f = log(T_f + α); delta_cf = a_f − log(T_f − N_cf + α)
  const logD = s.classTotals.map((n) => Math.log(grand - n + alpha * V));
  const a = s.totals.map((t) => Math.log(t + alpha));
  const sumA = a.reduce((x, y) => x + y, 0);
  const deltas: { c: number; d: number }[][] = s.rows.map((row, f) => {
    const out: { c: number; d: number }[] = [];
    for (let i = 0; i < row.length; i += 2)
      out.push({ c: row[i]!, d: a[f]! - Math.log(Math.max(alpha, s.totals[f]! - row[i + 1]! + alpha)) });
    return out;
  });
  // Z_c = Σ_f |log θ̃_cf| over the whole vocabulary (weight normalisation)
  const z = logD.map((ld) => V * ld - sumA);
  deltas.forEach((row) => row.forEach(({ c, d }) => (z[c]! += d)));
  const raw = new Float64Array(C);

  function rawScores(terms: readonly string[]) {
    const x = vectorOf(terms, index, s.idf);
    let sumX = 0;
    let sumXA = 0;
    for (const e of x) {
      sumX += e.x;
      sumXA += e.x * a[e.f]!;
    }
    for (let c = 0; c < C; c++) raw[c] = sumX * logD[c]! - sumXA;
    for (const e of x) for (const { c, d } of deltas[e.f]!) raw[c]! += e.x * d;
    for (let c = 0; c < C; c++) raw[c] = z[c]! > 0 ? (raw[c]! / z[c]!) * V : 0;
    return x;
  }

  const model: TrainedModel = {
    classes,
    docs: s.docs,
    score(terms) {
      if (C === 0) return [];
      rawScores(terms);
      return softmax(classes, raw, s.scale);
    },
    raw(terms) {
      rawScores(terms);
      return Float64Array.from(raw);
    },
    explain(terms, label, top = 5) {
      const c = classes.indexOf(label);
      if (c < 0) return [];
      const x = vectorOf(terms, index, s.idf);
      const out: TermContribution[] = [];
      for (const e of x) {
        const hit = deltas[e.f]!.find((d) => d.c === c);
        if (hit && hit.d > 0) out.push({ term: vocab[e.f]!, weight: (e.x * hit.d * V) / z[c]! });
      }
      return out.sort((p, q) => q.weight - p.weight).slice(0, top);
    },
    withScale(scale) {
      return fromSerialized({ ...s, scale });
    },
    serialize() {
      return s;
    },
  };
  return model;
}

/** Scores → probabilities over the classes, best first: softmax(scale · score). */
export function softmax(classes: readonly string[], raw: ArrayLike<number>, scale: number): ModelScore[] {
  let max = -Infinity;
  for (let c = 0; c < classes.length; c++) if (raw[c]! > max) max = raw[c]!;
  let total = 0;
  const out: ModelScore[] = [];
  for (let c = 0; c < classes.length; c++) {
    const e = Math.exp(scale * (raw[c]! - max));
    total += e;
    out.push({ label: classes[c]!, p: e });
  }
  for (const o of out) o.p /= total;
  return out.sort((x, y) => y.p - x.p || (x.label < y.label ? -1 : 1));
}
