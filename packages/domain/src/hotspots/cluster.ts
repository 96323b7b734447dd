/**
 * Hot-issue clustering (issue 12): cases about the same problem — same category group, same place or population,
 * similar text, within 30 days. Single pass in time order, blocked by group × place so no two cases of different
 * blocks are ever compared; inside a block a case joins the most similar open cluster (cosine to the cluster's
 * centroid over character uni+bigrams with IDF, `text/similarity.ts`) found through an inverted index of the
 * members' strongest terms, or opens a new one. Linear in the number of cases for bounded blocks: 100,000 cases
 * cluster in seconds on one core (`npm run bench:hotspots`).
 */
import { learnIdf, textVector, type Idf, type TextVector } from '../text/similarity.ts';
import { daysBetween, distinctReporters, heatOf, isHot } from './heat.ts';
import type { PlaceMatch } from './places.ts';

export interface ClusterCase {
  id: string;
  /** Category group (the top-level category); cases of different groups never share a cluster. */
  group: string;
  place: PlaceMatch | null;
  title: string;
  body: string;
  /** When the case came in, epoch ms. */
  at: number;
  /** Reporter's phone blind index, null when unknown (the case then counts as its own reporter). */
  reporter: string | null;
  likes: number;
  dislikes: number;
}

export interface ClusterOptions {
  /** Cosine to the centroid a case needs to join (default 0.3). */
  threshold?: number;
  /** Extra similarity required in the no-place block of a group (default 0.15). */
  noPlacePenalty?: number;
  /** Longest span of a cluster in days (default 30). */
  windowDays?: number;
  /** Heat is computed at this instant (epoch ms; default: the newest case). */
  now?: number;
  /** Offset of local time for the per-day counts, minutes (default 480, China). */
  tzOffsetMinutes?: number;
  /** An IDF learned elsewhere; default: learned from these cases. */
  idf?: Idf;
}

export interface HotCluster {
  group: string;
  place: PlaceMatch | null;
  caseIds: string[];
  /** Distinct reporters (U). */
  reporters: number;
  likes: number;
  dislikes: number;
  first: number;
  last: number;
  heat: number;
  hot: boolean;
  /** The title of the most central case. */
  description: string;
  centralId: string;
  /** Cases per local day, `YYYY-MM-DD` → count, in date order. */
  perDay: { day: string; count: number }[];
}

const DAY_MS = 86_400_000;
const INDEX_TERMS = 8;
const MAX_CANDIDATES = 24;
const MAX_POSTING = 400;

interface Open {
  members: number[];
  centroid: Map<string, number>;
  norm2: number;
  first: number;
  last: number;
}

/** The text a case is compared on: its title and the start of its body (long bodies drift off the subject). */
export function clusterText(c: Pick<ClusterCase, 'title' | 'body'>): string {
  return `${c.title} ${c.body.slice(0, 160)}`;
}

/**
 * The terms a case is indexed and looked up under: its strongest terms (TF-IDF) that at least one other case
 * shares (a term of one case only can match nothing), single latin letters and digits left out.
 */
function indexTerms(v: TextVector, idf: Idf, k: number): string[] {
  const unique = Math.log((1 + idf.docs) / 2) + 1 - 1e-9;
  return [...v.entries()]
    .filter(
      ([t]) => (idf.weights.get(t) ?? idf.fallback) < unique && (t.length > 1 || /\p{Script=Han}/u.test(t)),
    )
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([t]) => t);
}

export function localDay(ms: number, tzOffsetMinutes = 480): string {
  return new Date(ms + tzOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

export function clusterCases(cases: readonly ClusterCase[], opts: ClusterOptions = {}): HotCluster[] {
  const threshold = opts.threshold ?? 0.3;
  const penalty = opts.noPlacePenalty ?? 0.15;
  const windowMs = (opts.windowDays ?? 30) * DAY_MS;
  const tz = opts.tzOffsetMinutes ?? 480;
  const idf = opts.idf ?? learnIdf(cases.map(clusterText));

  const order = cases.map((_, i) => i).sort((a, b) => cases[a]!.at - cases[b]!.at);
  const vectors = new Array<TextVector>(cases.length);
  const blocks = new Map<string, { open: Open[]; index: Map<string, Set<number>> }>();
  const done: Open[] = [];

  for (const i of order) {
    const c = cases[i]!;
    const v = textVector(clusterText(c), idf);
    vectors[i] = v;
    const blockKey = `${c.group}\u0000${c.place?.key ?? ''}`;
    let block = blocks.get(blockKey);
    if (!block) blocks.set(blockKey, (block = { open: [], index: new Map() }));
    const need = c.place ? threshold : threshold + penalty;
    const terms = indexTerms(v, idf, INDEX_TERMS);

    // candidates: the open clusters sharing most of this case's strongest terms, at most MAX_CANDIDATES
    const hits = new Map<number, number>();
    for (const t of terms) {
      const posting = block.index.get(t);
      // a term most of the block's clusters share says nothing about which one this case belongs to
      if (!posting || posting.size > MAX_POSTING) continue;
      for (const k of posting) hits.set(k, (hits.get(k) ?? 0) + 1);
    }
    const candidates =
      hits.size <= MAX_CANDIDATES
        ? [...hits.keys()]
        : [...hits.entries()]
            .sort((a, b) => b[1] - a[1] || b[0] - a[0])
            .slice(0, MAX_CANDIDATES)
            .map(([k]) => k);
    let best = -1;
    let bestSim = need;
    for (const k of candidates) {
      const o = block.open[k]!;
      if (c.at - o.first > windowMs) continue;
      let dot = 0;
      for (const [term, w] of v) {
        const cw = o.centroid.get(term);
        if (cw !== undefined) dot += w * cw;
      }
      const sim = o.norm2 > 0 ? dot / Math.sqrt(o.norm2) : 0;
      if (sim >= bestSim) {
        bestSim = sim;
        best = k;
      }
    }

    let target: Open;
    if (best >= 0) target = block.open[best]!;
    else {
      target = { members: [], centroid: new Map(), norm2: 0, first: c.at, last: c.at };
      best = block.open.length;
      block.open.push(target);
      done.push(target);
    }
    let dot = 0;
    for (const [term, w] of v) {
      const cw = target.centroid.get(term) ?? 0;
      dot += w * cw;
      target.centroid.set(term, cw + w);
    }
    target.norm2 += 2 * dot + 1;
    target.members.push(i);
    target.last = c.at;
    for (const t of terms) {
      let set = block.index.get(t);
      if (!set) block.index.set(t, (set = new Set()));
      set.add(best);
    }
  }

  const now = opts.now ?? cases.reduce((m, c) => Math.max(m, c.at), 0);
  return done.map((o) => summarise(o, cases, vectors, now, tz));
}

function summarise(
  o: Open,
  cases: readonly ClusterCase[],
  vectors: readonly TextVector[],
  now: number,
  tz: number,
): HotCluster {
  const members = o.members.map((i) => cases[i]!);
  let central = o.members[0]!;
  let bestDot = -1;
  for (const i of o.members) {
    let dot = 0;
    for (const [t, w] of vectors[i]!) dot += w * (o.centroid.get(t) ?? 0);
    if (dot > bestDot) {
      bestDot = dot;
      central = i;
    }
  }
  const days = new Map<string, number>();
  for (const m of members) {
    const d = localDay(m.at, tz);
    days.set(d, (days.get(d) ?? 0) + 1);
  }
  const reporters = distinctReporters(members);
  const likes = members.reduce((s, m) => s + m.likes, 0);
  const dislikes = members.reduce((s, m) => s + m.dislikes, 0);
  return {
    group: members[0]!.group,
    place: members[0]!.place,
    caseIds: members.map((m) => m.id),
    reporters,
    likes,
    dislikes,
    first: o.first,
    last: o.last,
    heat: heatOf({ reporters, likes, dislikes, daysSinceLast: daysBetween(o.last, now) }),
    hot: isHot(reporters),
    description: cases[central]!.title,
    centralId: cases[central]!.id,
    perDay: [...days.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([day, count]) => ({ day, count })),
  };
}

/** Clusters that are hot, by heat, highest first. */
export function hotClusters(clusters: readonly HotCluster[]): HotCluster[] {
  return clusters.filter((c) => c.hot).sort((a, b) => b.heat - a.heat);
}
