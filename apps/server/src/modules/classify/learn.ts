import {
  autoAt,
  blendScores,
  chooseThreshold,
  classifyMetrics,
  fitScale,
  fromSerialized,
  holdBackNewest,
  modelWeight,
  trainModel,
  type ClassifyMetrics,
  type Ranked,
  type SerializedModel,
  type TrainedModel,
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

export function learnedClassifier(
  prior: Classifier,
  model: TrainedModel | null,
  offered: (code: string) => boolean,
): LearnedClassifier {
  const weight = model ? modelWeight(model.docs) : 0;
  const classify = (text: string, limit = 5, terms = model ? termsOf(text) : []) => {
    const p = prior.classify(text, prior.leafCount);
    if (!model || weight === 0) return p.filter((r) => offered(r.code)).slice(0, limit);
    return blendScores(model.score(terms), p, weight, offered, limit);
  };
  return {
    classify: (text, limit) => classify(text, limit),
    explain(text, limit = 5) {
      const terms = model ? termsOf(text) : [];
      return classify(text, limit, terms).map((r) => ({
        ...r,
        terms: model
          ? model.explain(terms, r.code, 5).map((t) => ({
              term: t.term.startsWith('~') ? t.term.slice(1) : t.term,
              weight: Math.round(t.weight * 1000) / 1000,
            }))
          : [],
      }));
    },
  };
}

/**
 * Trains on the older history, measures on the newest slice (held back): the softmax scale with the least log
 * loss, then the lowest threshold at which the blended top suggestion is right ≥ 95 % of the time. The model
 * served is the one measured (trained without the held-back slice), so its figures are what it does.
 */
export function trainFromHistory(
  history: readonly HistoryItem[],
  prior: Classifier,
  opts: { groupOf: (leaf: string) => string; offered: (code: string) => boolean },
): TrainingResult {
  const { train, heldBack } = holdBackNewest(history, (h) => h.at, HELD_BACK_SHARE);
  const base = trainModel(train.map((h) => ({ terms: termsOf(h.text), label: h.label, weight: h.weight })));
  const weight = modelWeight(base.docs);
  const held = heldBack.map((h) => {
    const terms = termsOf(h.text);
    return { h, terms, raw: base.raw(terms), prior: prior.classify(h.text, prior.leafCount) };
  });
  const scale = fitScale(
    held.map(({ h, raw, prior: p }) => ({
      scores: (s: number) => {
        const blended = blendScores(softmax(base.classes, raw, s), p, weight, opts.offered, 200);
        return blended.find((b) => b.code === h.label)?.confidence ?? 0;
      },
    })),
  );
  const model = base.withScale(scale);
  const ranked = held.map(({ h, raw, prior: p }) => ({
    h,
    r: blendScores(softmax(model.classes, raw, scale), p, weight, opts.offered, 3),
  }));
  const scored = ranked.map(({ h, r }) => ({
    confidence: r[0]?.confidence ?? 0,
    right: r[0]?.code === h.label,
  }));
  const choice = chooseThreshold(scored, TARGET_PRECISION);
  const auto = autoAt(scored, choice.threshold);
  const metrics = classifyMetrics(
    ranked.map(({ h, r }) => ({ truth: h.label, ranked: r.map((x) => x.code) })),
    opts.groupOf,
  );
  return {
    model: model.serialize(),
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

export { fromSerialized };
