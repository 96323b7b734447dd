/**
 * npm run bench:classify — trains the classifier as the product does (the demo history: the real messages of
 * apps/server/src/demo/history, each read and labelled by hand with the source's class), then scores the 495 labelled messages of
 * ../shared/data/civic-messages (never trained on: any history message with the same normalised text is dropped)
 * by group, exactly as apps/server/src/modules/classify/evaluate.ts does, with the keyword scorer as the baseline.
 * Last line: JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { buildDemoData } from '../apps/server/src/demo/demo-data.ts';
import { historyLeaf, loadHistoryMessages, messageText } from '../apps/server/src/demo/history/messages.ts';
import {
  createClassifier,
  groupOfIn,
  isOffered,
  type ClassifierCategory,
} from '../apps/server/src/modules/classify/classifier.ts';
import {
  learnedClassifier,
  trainFromHistory,
  DEFAULT_THRESHOLD,
} from '../apps/server/src/modules/classify/learn.ts';
import { classMember, sourceLabeller } from '../apps/server/src/modules/classify/teddy-labels.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CANDIDATES = [
  process.env.CLASSIFY_SAMPLE,
  path.resolve(ROOT, '../shared/data/civic-messages/labeled_messages_sample.csv'),
  '/work/shared/data/civic-messages/labeled_messages_sample.csv',
].filter((p): p is string => Boolean(p));
const SAMPLE = CANDIDATES.find((p) => fs.existsSync(p));
if (!SAMPLE) {
  console.error(`missing the labelled sample (set CLASSIFY_SAMPLE); looked in ${CANDIDATES.join(', ')}`);
  process.exit(1);
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

const rows = Papa.parse<{ 留言主题: string; 留言详情: string; 一级分类: string }>(
  fs.readFileSync(SAMPLE, 'utf8'),
  {
    header: true,
    skipEmptyLines: true,
  },
).data;
const evalTexts = new Set(rows.map((r) => norm(r.留言主题 + r.留言详情)));

const categories: ClassifierCategory[] = buildDemoData().categories.map((c) => ({ ...c, active: true }));
const byCode = new Map(categories.map((c) => [c.code, c]));
const labelOf = sourceLabeller(categories);
const inClass = classMember(categories);
const groupOf = groupOfIn(byCode);
const offered = (code: string) => {
  const c = byCode.get(code);
  return Boolean(c && isOffered(c, byCode));
};
const codeByName = new Map(categories.filter((c) => c.isLeaf).map((c) => [c.nameZh, c.code]));
const prior = createClassifier(categories);

// the history as the demo loads it
const messages = loadHistoryMessages();
const kept = messages.filter((m) => !evalTexts.has(norm(m.title + m.detail)));
const dropped = messages.length - kept.length;
const history = kept.flatMap((m) => {
  const text = messageText(m);
  const label = historyLeaf(text, m.sourceClass, prior, inClass, codeByName);
  return label ? [{ text, label, at: m.at }] : [];
});
console.log(
  `history ${messages.length} messages; ${dropped} dropped (same text as one of the ${rows.length} evaluated); ${history.length} labelled with a leaf of their class (read by hand)`,
);

const t0 = performance.now();
const trained = trainFromHistory(history, prior, { groupOf, offered });
const trainMs = performance.now() - t0;
const m = trained.metrics;
console.log(
  `trained on ${trained.trainingSize} in ${(trainMs / 1000).toFixed(1)} s; held back ${m.heldBack}: group top-1 ${pct(m.top1)}, top-3 ${pct(m.top3)}, leaf top-1 ${pct(m.leafTop1)}; threshold ${trained.threshold ?? 'none'} (auto ${pct(m.autoShare)} at ${pct(m.autoPrecision)}); model weight ${r3(m.weight)}, scale ${m.scale}`,
);

const learned = learnedClassifier(prior, trained.model, { groupOf, offered });
const texts = rows.map((r) => `${r.留言主题}。${r.留言详情}`);

function score(classify: (t: string) => { code: string; confidence: number }[], threshold: number | null) {
  const per = new Map<string, { n: number; top1: number; top3: number }>();
  let top1 = 0;
  let top3 = 0;
  let auto = 0;
  let autoRight = 0;
  texts.forEach((t, i) => {
    const label = rows[i]!.一级分类;
    const s = classify(t);
    const labels = s.map((x) => labelOf(x.code));
    const st = per.get(label) ?? { n: 0, top1: 0, top3: 0 };
    per.set(label, st);
    st.n++;
    if (labels[0] === label) {
      top1++;
      st.top1++;
    }
    if (labels.includes(label)) {
      top3++;
      st.top3++;
    }
    if (threshold !== null && (s[0]?.confidence ?? 0) >= threshold) {
      auto++;
      if (labels[0] === label) autoRight++;
    }
  });
  const n = texts.length;
  return {
    top1: top1 / n,
    top3: top3 / n,
    per,
    autoShare: auto / n,
    autoPrecision: auto ? autoRight / auto : 0,
  };
}

const base = score((t) => prior.classify(t, 3), DEFAULT_THRESHOLD);
const mine = score((t) => learned.classify(t, 3), trained.threshold);
// CPU time of a second pass (the first warms the JIT), as evaluate.ts measures
const cpu0 = process.cpuUsage();
for (const t of texts) learned.classify(t, 3);
const cpu = process.cpuUsage(cpu0);
const msPer = (cpu.user + cpu.system) / 1000 / texts.length;

console.log(
  `keyword baseline: top-1 ${pct(base.top1)}, top-3 ${pct(base.top3)}; auto ≥ 0.6 ${pct(base.autoShare)} at ${pct(base.autoPrecision)}`,
);
console.log(
  `trained + prior:  top-1 ${pct(mine.top1)}, top-3 ${pct(mine.top3)}; auto ≥ ${trained.threshold} ${pct(mine.autoShare)} at ${pct(mine.autoPrecision)}`,
);
console.log('by label (n, top-1 baseline → trained, top-3 trained):');
for (const [label, s] of [...mine.per].sort((a, b) => b[1].n - a[1].n)) {
  const b = base.per.get(label)!;
  console.log(
    `  ${label.padEnd(8, '　')} ${String(s.n).padStart(4)}  ${pct(b.top1 / b.n)} → ${pct(s.top1 / s.n)}  ${pct(s.top3 / s.n)}`,
  );
}
console.log(
  JSON.stringify({
    bench: 'classify',
    top1: r3(mine.top1),
    top3: r3(mine.top3),
    auto_share: r3(mine.autoShare),
    auto_precision: r3(mine.autoPrecision),
    ms_per_message: r3(msPer),
    baseline_top1: r3(base.top1),
  }),
);
