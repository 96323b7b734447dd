import {
  autoAt,
  blendGroups,
  blendHierarchical,
  blendScores,
  chooseThreshold,
  classifyMetrics,
  fitBlend,
  fromSerialized,
  holdBackNewest,
  leafShares,
  modelWeight,
  trainModel,
  type ClassifyMetrics,
  type Ranked,
  type SerializedModel,
  softmax,
} from '@onegrid/domain';
import type { Classifier } from './classifier.ts';
import { termsOf } from './features.ts';

/** Auto-dispatch threshold before any training (domain routing's former fixed value). */
export const DEFAULT_THRESHOLD = 0.6;
/** Share of the history, newest first, held back to measure and calibrate. */
export const HELD_BACK_SHARE = 0.2;
/** Auto-dispatched cases on the held-back slice must be right at least this often. */
export const TARGET_PRECISION = 0.95;

export interface HistoryItem {
  text: string;
  /** A leaf code. */
  label: string;
  at: number;
  weight?: number;
}

export interface TrainingResult {
  model: SerializedModel;
  trainingSize: number;
  threshold: number | null;
  metrics: HeldBackMetrics;
}

export interface HeldBackMetrics extends ClassifyMetrics {
  heldBack: number;
  /** Leaf-level top-1 (the metrics' top1/top3 and per-group figures are by group). */
  leafTop1: number;
  autoShare: number;
  autoPrecision: number;
  scale: number;
  weight: number;
}

/** The keyword prior, the trained model and their blend: what the service serves. */
export interface LearnedClassifier {
  classify(text: string, limit?: number): Ranked[];
  /** With the model's terms that drove each suggestion. */
  explain(text: string, limit?: number): (Ranked & { terms: { term: string; weight: number }[] })[];
}

export interface Taxonomy {
  /** The group (top-level category) of a leaf. */
  groupOf: (leaf: string) => string;
  offered: (code: string) => boolean;
}

/**
 * Serves a stored model: a group-level model (`level: 'group'`) decides the group with the prior, the prior's words
 * (or the history's shares) the leaf; an older leaf-level model blends per leaf as it did when it was trained.
 */
export function learnedClassifier(
  prior: Classifier,
  stored: SerializedModel | null,
  taxonomy: Taxonomy,
): LearnedClassifier {
  const { groupOf, offered } = taxonomy;
  const model = stored ? fromSerialized(stored) : null;
  const grouped = stored?.level === 'group';
  const weight = !model ? 0 : grouped ? (stored.weight ?? 0) : modelWeight(model.docs);
  const shares = stored?.leafShares ?? {};
  const classify = (text: string, limit = 5, terms = model ? termsOf(text) : []) => {
    const p = prior.classify(text, prior.leafCount);
    if (!model || weight === 0) return p.filter((r) => offered(r.code)).slice(0, limit);
    return grouped
      ? blendHierarchical(model.score(terms), p, weight, groupOf, shares, offered, limit)
      : blendScores(model.score(terms), p, weight, offered, limit);
  };
  return {
    classify: (text, limit) => classify(text, limit),
    explain(text, limit = 5) {
      const terms = model ? termsOf(text) : [];
      return classify(text, limit, terms).map((r) => ({
        ...r,
        terms: model ? shownTerms(model.explain(terms, grouped ? groupOf(r.code) : r.code, 10), 5) : [],
      }));
    },
  };
}

/** A bigram shows as its two characters; a word and the same bigram show once, with their weights added. */
function shownTerms(contributions: readonly { term: string; weight: number }[], top: number) {
  const out = new Map<string, number>();
  for (const t of contributions) {
    const term = t.term.startsWith('~') ? t.term.slice(1) : t.term;
    out.set(term, (out.get(term) ?? 0) + t.weight);
  }
  return [...out]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([term, weight]) => ({ term, weight: Math.round(weight * 1000) / 1000 }));
}

/**
 * Trains a group-level model on the older history and measures it on the newest slice (held back): the softmax
 * scale and the model's weight against the prior with the least log loss of the right group (the weight at most
 * n / (n + 300), so a small history leans on the prior), then the lowest threshold at which the blended top leaf is
 * right ≥ 95 % of the time. The model served is the one measured (trained without the held-back slice), so its
 * figures are what it does.
 */
export function trainFromHistory(
  history: readonly HistoryItem[],
  prior: Classifier,
  taxonomy: Taxonomy,
): TrainingResult {
  const { groupOf, offered } = taxonomy;
  const { train, heldBack } = holdBackNewest(history, (h) => h.at, HELD_BACK_SHARE);
  const base = trainModel(
    train.map((h) => ({ terms: termsOf(h.text), label: groupOf(h.label), weight: h.weight })),
  );
  const shares = leafShares(train, groupOf);
  const held = heldBack.map((h) => {
    const terms = termsOf(h.text);
    return { h, raw: base.raw(terms), prior: prior.classify(h.text, prior.leafCount) };
  });
  const { scale, weight } = fitBlend(
    held.map(({ h, raw, prior: p }) => ({
      p: (s: number, w: number) =>
        blendGroups(softmax(base.classes, raw, s), p, w, groupOf, offered).get(groupOf(h.label)) ?? 0,
    })),
    modelWeight(base.docs),
  );
  const model: SerializedModel = {
    ...base.withScale(scale).serialize(),
    level: 'group',
    weight,
    leafShares: shares,
  };
  const ranked = held.map(({ h, raw, prior: p }) => ({
    h,
    r: blendHierarchical(softmax(base.classes, raw, scale), p, weight, groupOf, shares, offered, 3),
  }));
  const scored = ranked.map(({ h, r }) => ({
    confidence: r[0]?.confidence ?? 0,
    right: r[0]?.code === h.label,
  }));
  const choice = chooseThreshold(scored, TARGET_PRECISION);
  const auto = autoAt(scored, choice.threshold);
  const metrics = classifyMetrics(
    ranked.map(({ h, r }) => ({ truth: h.label, ranked: r.map((x) => x.code) })),
    groupOf,
  );
  return {
    model,
    trainingSize: train.length,
    threshold: choice.threshold,
    metrics: {
      ...metrics,
      heldBack: heldBack.length,
      leafTop1: scored.length ? scored.filter((s) => s.right).length / scored.length : 0,
      autoShare: auto.share,
      autoPrecision: auto.precision,
      scale,
      weight,
    },
  };
}
