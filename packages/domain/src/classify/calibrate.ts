/**
 * Rules around the trained classifier (issue 12): how its scores blend with the keyword prior, how the
 * auto-dispatch threshold is chosen on held-back history, and the metrics the admin page and the bench report.
 */

export interface Ranked {
  code: string;
  confidence: number;
}

/** Weight of the trained model against the keyword prior: n / (n + halfAt); no history → the prior alone. */
export function modelWeight(trainingSize: number, halfAt = 300): number {
  return trainingSize <= 0 ? 0 : trainingSize / (trainingSize + halfAt);
}

/**
 * p(leaf) = w · p_model(leaf) + (1 − w) · p_prior(leaf), over the leaves still offered; best first, at most `limit`,
 * only leaves with some probability. The prior's own "none of these" mass stays out, so an empty prior leaves the
 * model's confidence scaled by w. For models trained on leaves (versions before the group-level model).
 */
export function blendScores(
  model: readonly { label: string; p: number }[],
  prior: readonly Ranked[],
  weight: number,
  offered: (code: string) => boolean,
  limit: number,
): Ranked[] {
  const out = new Map<string, number>();
  for (const m of model) if (offered(m.label)) out.set(m.label, weight * m.p);
  for (const r of prior)
    if (offered(r.code)) out.set(r.code, (out.get(r.code) ?? 0) + (1 - weight) * r.confidence);
  return ranked(out, limit);
}

/** Per group, each leaf's share of the group's training labels (weighted): p(leaf | group) when the text says nothing. */
export type LeafShares = Record<string, Record<string, number>>;

export function leafShares(
  labels: readonly { label: string; weight?: number }[],
  groupOf: (leaf: string) => string,
): LeafShares {
  const out: LeafShares = {};
  for (const { label, weight = 1 } of labels) {
    const g = (out[groupOf(label)] ??= {});
    g[label] = (g[label] ?? 0) + weight;
  }
  for (const g of Object.values(out)) {
    const total = Object.values(g).reduce((a, b) => a + b, 0);
    for (const leaf of Object.keys(g)) g[leaf] = Math.round((g[leaf]! / total) * 1e4) / 1e4;
  }
  return out;
}

/** p(group) = w · p_model(group) + (1 − w) · p_prior(group), the prior's mass being that of the group's offered leaves. */
export function blendGroups(
  model: readonly { label: string; p: number }[],
  prior: readonly Ranked[],
  weight: number,
  groupOf: (leaf: string) => string,
  offered: (code: string) => boolean,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of model) out.set(m.label, weight * m.p);
  for (const r of prior) {
    if (!offered(r.code)) continue;
    const g = groupOf(r.code);
    out.set(g, (out.get(g) ?? 0) + (1 - weight) * r.confidence);
  }
  return out;
}

/**
 * The group-level model's blend: p(leaf) = p(group) · p(leaf | group), with p(group) from `blendGroups` and
 * p(leaf | group) the prior's share of its group where the prior has evidence in that group (the text names the
 * leaf), else the leaf's share of the group in the training history. The model decides the area, the words decide
 * the leaf: a text with no word of a leaf never gets that leaf with more confidence than the history's share.
 */
export function blendHierarchical(
  model: readonly { label: string; p: number }[],
  prior: readonly Ranked[],
  weight: number,
  groupOf: (leaf: string) => string,
  shares: LeafShares,
  offered: (code: string) => boolean,
  limit: number,
): Ranked[] {
  const groups = blendGroups(model, prior, weight, groupOf, offered);
  const priorIn = new Map<string, Ranked[]>();
  for (const r of prior) {
    if (!offered(r.code)) continue;
    const g = groupOf(r.code);
    const list = priorIn.get(g) ?? [];
    priorIn.set(g, list);
    list.push(r);
  }
  const out = new Map<string, number>();
  for (const [g, pg] of groups) {
    if (pg <= 0) continue;
    const evidence = priorIn.get(g);
    const within: [string, number][] = evidence
      ? evidence.map((r) => [r.code, r.confidence])
      : Object.entries(shares[g] ?? {}).filter(([leaf]) => offered(leaf));
    const total = within.reduce((a, [, v]) => a + v, 0);
    if (total > 0) for (const [leaf, v] of within) out.set(leaf, (out.get(leaf) ?? 0) + (pg * v) / total);
  }
  return ranked(out, limit);
}

function ranked(scores: Map<string, number>, limit: number): Ranked[] {
  return [...scores]
    .filter(([, p]) => p > 0)
    .map(([code, p]) => ({ code, confidence: Math.round(p * 1000) / 1000 }))
    .sort((a, b) => b.confidence - a.confidence || (a.code < b.code ? -1 : 1))
    .slice(0, limit);
}

export interface Scored {
  confidence: number;
  right: boolean;
}

export interface ThresholdChoice {
  /** Auto-dispatch from this confidence on; null when no threshold reaches the target. */
  threshold: number | null;
  /** Share of the held-back cases at or above it, and how many of those were right. */
  share: number;
  precision: number;
}

/**
 * The lowest confidence t such that the held-back cases with confidence ≥ t are right at least `target` of the
 * time (and at least `minCount` of them, so that one lucky case sets no threshold).
 */
export function chooseThreshold(items: readonly Scored[], target = 0.95, minCount = 10): ThresholdChoice {
  const sorted = [...items].sort((a, b) => b.confidence - a.confidence);
  let right = 0;
  let best: ThresholdChoice = { threshold: null, share: 0, precision: 0 };
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i]!.right) right++;
    // a cut lies only between distinct confidences
    if (i + 1 < sorted.length && sorted[i + 1]!.confidence === sorted[i]!.confidence) continue;
    const n = i + 1;
    if (n >= minCount && right / n >= target)
      best = { threshold: sorted[i]!.confidence, share: n / sorted.length, precision: right / n };
  }
  return best;
}

/** Share of items auto-dispatched at a threshold and how many of those are right. */
export function autoAt(items: readonly Scored[], threshold: number | null) {
  const auto = threshold === null ? [] : items.filter((i) => i.confidence >= threshold);
  const right = auto.filter((i) => i.right).length;
  return {
    share: items.length === 0 ? 0 : auto.length / items.length,
    precision: auto.length === 0 ? 0 : right / auto.length,
  };
}

export interface Prediction {
  truth: string;
  /** Predicted labels, best first. */
  ranked: readonly string[];
}

export interface ClassifyMetrics {
  n: number;
  top1: number;
  top3: number;
  /** Per truth group: items and how many were right at top-1, most items first. */
  perGroup: { group: string; n: number; top1: number }[];
  /** Most frequent (truth group, predicted group) mistakes, at most `pairs`. */
  confused: { truth: string; predicted: string; n: number }[];
}

/** Top-1/top-3 at the level `groupOf` maps labels to (e.g. leaf → group). */
export function classifyMetrics(
  predictions: readonly Prediction[],
  groupOf: (label: string) => string,
  pairs = 10,
): ClassifyMetrics {
  let top1 = 0;
  let top3 = 0;
  const per = new Map<string, { n: number; top1: number }>();
  const confused = new Map<string, number>();
  for (const p of predictions) {
    const truth = groupOf(p.truth);
    const groups = p.ranked.map(groupOf);
    const g = per.get(truth) ?? { n: 0, top1: 0 };
    per.set(truth, g);
    g.n++;
    if (groups[0] === truth) {
      top1++;
      g.top1++;
    } else if (groups[0] !== undefined) {
      const key = `${truth}\u0000${groups[0]}`;
      confused.set(key, (confused.get(key) ?? 0) + 1);
    }
    if (groups.slice(0, 3).includes(truth)) top3++;
  }
  const n = predictions.length;
  return {
    n,
    top1: n === 0 ? 0 : top1 / n,
    top3: n === 0 ? 0 : top3 / n,
    perGroup: [...per]
      .map(([group, s]) => ({ group, ...s }))
      .sort((a, b) => b.n - a.n || (a.group < b.group ? -1 : 1)),
    confused: [...confused]
      .map(([k, v]) => {
        const [truth, predicted] = k.split('\u0000') as [string, string];
        return { truth, predicted, n: v };
      })
      .sort((a, b) => b.n - a.n || (a.truth < b.truth ? -1 : 1))
      .slice(0, pairs),
  };
}

/** The newest `share` of items (by time) held back for evaluation; the rest trains. */
export function holdBackNewest<T>(items: readonly T[], timeOf: (t: T) => number, share = 0.2) {
  const sorted = [...items].sort((a, b) => timeOf(a) - timeOf(b));
  const cut = Math.floor(sorted.length * (1 - share));
  return { train: sorted.slice(0, cut), heldBack: sorted.slice(cut) };
}

/**
 * Softmax scale and model weight with the least log loss of the right group on held-back items, the weight at most
 * `maxWeight` (so a small history cannot outvote the keyword prior on the strength of a small held-back slice).
 */
export function fitBlend(
  items: readonly { p: (scale: number, weight: number) => number }[],
  maxWeight: number,
  scales: readonly number[] = Array.from({ length: 25 }, (_, i) => 2 ** (i / 2)),
  weights: readonly number[] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9],
): { scale: number; weight: number } {
  let best = { scale: scales[0]!, weight: 0 };
  let bestLoss = Infinity;
  const candidates = [...new Set([...weights.filter((w) => w < maxWeight), maxWeight])];
  for (const weight of candidates)
    for (const scale of scales) {
      let loss = 0;
      for (const it of items) loss -= Math.log(Math.max(1e-9, it.p(scale, weight)));
      if (loss < bestLoss) {
        bestLoss = loss;
        best = { scale, weight };
      }
    }
  return best;
}
