/**
 * 舆情 attached to hot issues (issue 12: imported public posts "become media cases or are attached to clusters").
 * Pure rules: which current cluster a post is about, and what an attached post weighs in the cluster's heat.
 */
import { learnIdf, textVector, cosine, type Idf } from '../text/similarity.ts';
import type { PlaceMatch } from './places.ts';

/** Cosine a post needs to a cluster's text when both name the same place (the clustering's join threshold). */
export const OPINION_CLUSTER_THRESHOLD = 0.3;
/** Extra similarity needed when the post names no place, or the cluster has none (as the clustering's no-place block). */
export const OPINION_NO_PLACE_PENALTY = 0.15;

/**
 * An attached post counts as ONE LIKE of its cluster — never as a reporter. U (distinct reporters) counts people who
 * reported to the hotline, each known by their phone; a post's author is an unverified account whose reach
 * (reposts, comments, likes) is in another unit, so it joins the heat the way a resident's 我也是 (+1) does:
 * H = U × (1 + 0.1·log2(1 + likes − dislikes)) × decay, with likes = cases' likes + residents' me-too + posts.
 */
export const OPINION_ITEM_LIKES = 1;

export function likesWithOpinion(likes: number, attachedPosts: number): number {
  return likes + Math.max(0, attachedPosts) * OPINION_ITEM_LIKES;
}

export interface ClusterProfile {
  id: string;
  place: PlaceMatch | null;
  /** The cluster's description and its cases' titles. */
  text: string;
}

export interface OpinionMatch {
  id: string;
  similarity: number;
}

/**
 * The current cluster a post is about, or null: the most similar cluster whose similarity reaches the threshold
 * (plus the penalty unless post and cluster name the same place). A post that names another place than the
 * cluster's never joins it. The IDF is learned from the clusters' texts unless one is given.
 */
export function matchOpinionCluster(
  post: { text: string; place: PlaceMatch | null },
  clusters: readonly ClusterProfile[],
  opts: { threshold?: number; penalty?: number; idf?: Idf } = {},
): OpinionMatch | null {
  if (clusters.length === 0) return null;
  const threshold = opts.threshold ?? OPINION_CLUSTER_THRESHOLD;
  const penalty = opts.penalty ?? OPINION_NO_PLACE_PENALTY;
  const idf = opts.idf ?? learnIdf(clusters.map((c) => c.text));
  const v = textVector(post.text, idf);
  let best: OpinionMatch | null = null;
  for (const c of clusters) {
    if (c.place && post.place && c.place.key !== post.place.key) continue;
    const samePlace = c.place !== null && post.place !== null;
    const need = samePlace ? threshold : threshold + penalty;
    const similarity = cosine(v, textVector(c.text, idf));
    if (similarity >= need && (!best || similarity > best.similarity)) best = { id: c.id, similarity };
  }
  return best;
}
