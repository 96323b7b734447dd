import { z } from 'zod';
import { CallbackRating } from '../case/lifecycle.ts';

/**
 * 三率 and 考核 (DESIGN.md §4 "Three rates and assessment"). Everything here is arithmetic on counts; the server
 * keeps the counts (per unit and day) and the facts behind them, and asks these functions for the figures.
 */

/** A rating level of a callback (回访): 满意 / 基本满意 / 不满意. */
export const RatingLevel = CallbackRating;
export type RatingLevel = z.infer<typeof RatingLevel>;

const Weight = z.number().min(0).max(1);
const Score = z.number().min(0).max(100);

/** What an administrator may configure; stored as one JSON value (setting `assessment_settings`). */
export const AssessmentSettings = z.object({
  /** Weights of the three rates in the composite; they need not sum to 1 (the composite divides by their sum). */
  weights: z.object({ response: Weight, resolution: Weight, satisfaction: Weight }),
  /** Score of each rating level in the satisfaction rate, 0–100. */
  ratingScores: z.object({ satisfied: Score, basically_satisfied: Score, unsatisfied: Score }),
  /**
   * Departments only (the streets' 考核督办权): whistle report-in punctuality and the streets' ratings of them.
   * 0 until the whistle module provides figures; a weight > 0 adds that component to the weighted mean.
   */
  departmentAddOns: z.object({ reportInPunctuality: Weight, streetRatings: Weight }),
});
export type AssessmentSettings = z.infer<typeof AssessmentSettings>;

export const DEFAULT_ASSESSMENT_SETTINGS: AssessmentSettings = {
  weights: { response: 0.1, resolution: 0.45, satisfaction: 0.45 },
  ratingScores: { satisfied: 100, basically_satisfied: 80, unsatisfied: 0 },
  departmentAddOns: { reportInPunctuality: 0, streetRatings: 0 },
};

/** A stored value that no longer parses (or is missing) falls back to the defaults, part by part. */
export function assessmentSettingsFrom(value: unknown): AssessmentSettings {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const part = <K extends keyof AssessmentSettings>(key: K): AssessmentSettings[K] => {
    const parsed = AssessmentSettings.shape[key].safeParse(v[key]);
    return (parsed.success ? parsed.data : DEFAULT_ASSESSMENT_SETTINGS[key]) as AssessmentSettings[K];
  };
  return {
    weights: part('weights'),
    ratingScores: part('ratingScores'),
    departmentAddOns: part('departmentAddOns'),
  };
}

/** The counts behind a unit's rates for a period (sums of the daily counters). */
export interface RateCounts {
  /** Lead assignments accepted (or the resident contacted) within the accept deadline. */
  responseHit: number;
  /** Lead assignments accepted late, or not accepted by the deadline. */
  responseMiss: number;
  callbacks: number;
  resolved: number;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
}

export const ZERO_COUNTS: RateCounts = {
  responseHit: 0,
  responseMiss: 0,
  callbacks: 0,
  resolved: 0,
  satisfied: 0,
  basicallySatisfied: 0,
  unsatisfied: 0,
};

export function addCounts(a: RateCounts, b: RateCounts): RateCounts {
  return {
    responseHit: a.responseHit + b.responseHit,
    responseMiss: a.responseMiss + b.responseMiss,
    callbacks: a.callbacks + b.callbacks,
    resolved: a.resolved + b.resolved,
    satisfied: a.satisfied + b.satisfied,
    basicallySatisfied: a.basicallySatisfied + b.basicallySatisfied,
    unsatisfied: a.unsatisfied + b.unsatisfied,
  };
}

/** Whistle figures of a department for a period (the whistle module supplies them). */
export interface WhistleFigures {
  /** Summons whose deadline has passed (reported, late or missing). */
  summoned: number;
  /** Of those, reported in by the deadline. */
  onTime: number;
  /** Mean of the streets' ratings (1–5 each), or null when none. */
  ratingAverage: number | null;
}

/** Percentages 0–100 rounded to 0.01; null when there is nothing to divide by. */
export interface Rates {
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  /** Departments: report-in punctuality and the streets' ratings (0–100), when figures were supplied. */
  reportInRate: number | null;
  streetRatingScore: number | null;
  composite: number | null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const share = (num: number, den: number) => (den > 0 ? (100 * num) / den : null);
const round = (x: number | null) => (x === null ? null : round2(x));

/** 满意率: the mean score of the callbacks' ratings (weights per level), 0–100. */
export function satisfactionRate(c: RateCounts, scores: AssessmentSettings['ratingScores']): number | null {
  return round(satisfactionExact(c, scores));
}

function satisfactionExact(c: RateCounts, scores: AssessmentSettings['ratingScores']): number | null {
  if (c.callbacks <= 0) return null;
  const sum =
    c.satisfied * scores.satisfied +
    c.basicallySatisfied * scores.basically_satisfied +
    c.unsatisfied * scores.unsatisfied;
  return sum / c.callbacks;
}

/**
 * The three rates and the composite. The composite is the weighted mean of the components that have data: a unit
 * with no callbacks in the period is judged on its response alone rather than scored 0 for what nobody asked.
 * Departments add report-in punctuality and the streets' ratings (1–5 mapped to 0–100) with their own weights.
 */
export function computeRates(
  c: RateCounts,
  settings: AssessmentSettings,
  whistle?: WhistleFigures | null,
): Rates {
  const responseRate = share(c.responseHit, c.responseHit + c.responseMiss);
  const resolutionRate = share(c.resolved, c.callbacks);
  const satisfaction = satisfactionExact(c, settings.ratingScores);
  const reportInRate = whistle ? share(whistle.onTime, whistle.summoned) : null;
  const streetRatingScore = whistle?.ratingAverage != null ? ((whistle.ratingAverage - 1) / 4) * 100 : null;
  const parts: [number | null, number][] = [
    [responseRate, settings.weights.response],
    [resolutionRate, settings.weights.resolution],
    [satisfaction, settings.weights.satisfaction],
  ];
  if (whistle) {
    parts.push([reportInRate, settings.departmentAddOns.reportInPunctuality]);
    parts.push([streetRatingScore, settings.departmentAddOns.streetRatings]);
  }
  let sum = 0;
  let weight = 0;
  for (const [value, w] of parts) {
    if (value === null || w <= 0) continue;
    sum += value * w;
    weight += w;
  }
  // Rounded once, at the end: the composite is computed from the exact rates.
  return {
    responseRate: round(responseRate),
    resolutionRate: round(resolutionRate),
    satisfactionRate: round(satisfaction),
    reportInRate: round(reportInRate),
    streetRatingScore: round(streetRatingScore),
    composite: weight > 0 ? round2(sum / weight) : null,
  };
}

/** Competition ranking (1, 2, 2, 4) by descending score; units without a score get no rank. */
export function rankByScore<T>(items: T[], score: (t: T) => number | null): (number | null)[] {
  const scores = items.map(score);
  return scores.map((s) => (s === null ? null : 1 + scores.filter((o) => o !== null && o > s).length));
}
