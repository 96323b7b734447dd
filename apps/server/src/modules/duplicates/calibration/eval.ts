/**
 * `npm run eval:duplicates`: precision and recall of the text-similarity threshold on the hand-labelled pairs of
 * real messages (labelled-pairs.csv: 225 pairs sampled over similarity bins from messages_with_votes.csv, a label
 * of 1 when one case should carry both messages — the same problem at the same place — else 0). Similarity is
 * recomputed with the product's code (IDF learned from all 4,326 messages, as the service learns it from cases),
 * so a change to the similarity shows here. "Weighted" counts each labelled pair for its bin's population, an
 * estimate of precision over all pairs of messages. Last line: JSON with the chosen threshold.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { cosine, DUPLICATE_RULES, learnIdf, textVector } from '@onegrid/domain';
import { messageText, readMessages } from './messages.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const rows = Papa.parse<Record<string, string>>(
  fs.readFileSync(path.join(HERE, 'labelled-pairs.csv'), 'utf8'),
  {
    header: true,
    skipEmptyLines: true,
  },
).data;

const msgs = readMessages();
const byId = new Map(msgs.map((m) => [m.id, m]));
const idf = learnIdf(msgs.map(messageText));

// sampled pairs per bin, to weigh each labelled pair by how many pairs it stands for
const perBin = new Map<string, number>();
for (const r of rows) perBin.set(r.bin_pairs!, (perBin.get(r.bin_pairs!) ?? 0) + 1);

const pairs = rows.map((r) => {
  const a = byId.get(r.a_id!);
  const b = byId.get(r.b_id!);
  if (!a || !b) throw new Error(`message ${r.a_id} or ${r.b_id} not found`);
  return {
    sim: cosine(textVector(messageText(a), idf), textVector(messageText(b), idf)),
    label: r.label === '1',
    weight: Number(r.bin_pairs) / perBin.get(r.bin_pairs!)!,
  };
});

const positives = pairs.filter((p) => p.label).length;
console.log(`${pairs.length} labelled pairs, ${positives} duplicates`);
console.log('threshold  shown  precision  recall  weighted_precision');
const table: { t: number; precision: number; recall: number; weighted: number }[] = [];
for (let t = 0.1; t <= 0.901; t += 0.05) {
  const shown = pairs.filter((p) => p.sim >= t);
  const tp = shown.filter((p) => p.label).length;
  const w = shown.reduce((s, p) => s + p.weight, 0);
  const wtp = shown.filter((p) => p.label).reduce((s, p) => s + p.weight, 0);
  const row = {
    t,
    precision: shown.length ? tp / shown.length : 1,
    recall: tp / positives,
    weighted: w ? wtp / w : 1,
  };
  table.push(row);
  console.log(
    `${t.toFixed(2).padStart(9)}  ${String(shown.length).padStart(5)}  ${row.precision.toFixed(3).padStart(9)}  ${row.recall.toFixed(3).padStart(6)}  ${row.weighted.toFixed(3).padStart(18)}`,
  );
}
const chosen = DUPLICATE_RULES.textThreshold;
const at = (t: number) => {
  const shown = pairs.filter((p) => p.sim >= t);
  const tp = shown.filter((p) => p.label).length;
  const w = shown.reduce((s, p) => s + p.weight, 0);
  const wtp = shown.filter((p) => p.label).reduce((s, p) => s + p.weight, 0);
  return { precision: tp / shown.length, recall: tp / positives, weighted_precision: wtp / w };
};
const r = at(chosen);
const round = (x: number) => Math.round(x * 1000) / 1000;
console.log(
  JSON.stringify({
    eval: 'duplicates',
    pairs: pairs.length,
    duplicates: positives,
    threshold: chosen,
    precision: round(r.precision),
    recall: round(r.recall),
    weighted_precision: round(r.weighted_precision),
    near_threshold: DUPLICATE_RULES.nearTextThreshold,
    near_precision: round(at(DUPLICATE_RULES.nearTextThreshold).precision),
  }),
);
