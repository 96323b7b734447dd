/**
 * Candidate pairs for hand labelling (development only):
 *   node --import tsx apps/server/src/modules/duplicates/calibration/build-pairs.ts > /tmp/pairs.tsv
 * Every message's nearest neighbours by text similarity (IDF learned from all 4,326 messages, as the service
 * learns it from the cases), then a seeded sample of pairs in each similarity bin, plus random pairs.
 */
import { learnIdf, textVector, cosine, type TextVector } from '@onegrid/domain';
import { messageText, readMessages } from './messages.ts';

const PER_BIN = Number(process.env.PER_BIN ?? 25);
const BINS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01];

let seed = 12345;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);

const msgs = readMessages();
const texts = msgs.map(messageText);
const idf = learnIdf(texts);
const vecs: TextVector[] = texts.map((t) => textVector(t, idf));

// inverted index over the rarer terms to find neighbours
const postings = new Map<string, number[]>();
vecs.forEach((v, i) => {
  for (const t of v.keys()) {
    const p = postings.get(t) ?? [];
    p.push(i);
    postings.set(t, p);
  }
});
const pairs = new Map<string, number>();
for (let i = 0; i < vecs.length; i++) {
  const seen = new Set<number>();
  for (const t of vecs[i]!.keys()) {
    const p = postings.get(t)!;
    if (p.length > 200) continue;
    for (const j of p) if (j > i) seen.add(j);
  }
  for (const j of seen) pairs.set(`${i}:${j}`, cosine(vecs[i]!, vecs[j]!));
}
for (let k = 0; k < 2000; k++) {
  const i = Math.floor(rand() * vecs.length);
  const j = Math.floor(rand() * vecs.length);
  if (i < j) pairs.set(`${i}:${j}`, cosine(vecs[i]!, vecs[j]!));
}
const byBin: [string, number][][] = BINS.slice(0, -1).map(() => []);
for (const [k, s] of pairs) {
  const b = BINS.findIndex((lo, n) => s >= lo && s < BINS[n + 1]!);
  if (b >= 0) byBin[b]!.push([k, s]);
}
const clip = (s: string, n: number) => s.replace(/\s+/g, ' ').slice(0, n);
console.log(['a_id', 'b_id', 'similarity', 'bin_pairs', 'a_text', 'b_text'].join('\t'));
byBin.forEach((bin, b) => {
  console.error(`bin ${BINS[b]}–${BINS[b + 1]}: ${bin.length} pairs`);
  bin.sort((x, y) => (x[0] < y[0] ? -1 : 1));
  const picked = new Set<number>();
  while (picked.size < Math.min(PER_BIN, bin.length)) picked.add(Math.floor(rand() * bin.length));
  for (const n of [...picked].sort((x, y) => x - y)) {
    const [k, s] = bin[n]!;
    const [i, j] = k.split(':').map(Number) as [number, number];
    const a = msgs[i]!;
    const c = msgs[j]!;
    console.log(
      [a.id, c.id, s.toFixed(3), bin.length, clip(messageText(a), 110), clip(messageText(c), 110)].join('\t'),
    );
  }
});
