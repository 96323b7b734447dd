/**
 * Development-only evaluation of the classifier on real citizen messages (2020 Teddy Cup, problem C):
 *   node --import tsx apps/server/src/modules/classify/evaluate.ts [--errors] [--no-synonyms]
 * The sample's labels are the source's 7 first-level classes, not our tree, so a suggestion counts as right when
 * its group maps to the message's class. The file stays outside the repository (no stated licence).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { buildDemoData } from '../../demo/demo-data.ts';
import { createClassifier, type ClassifierCategory } from './classifier.ts';
import { sourceLabeller } from './teddy-labels.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const SAMPLE = path.resolve(REPO_ROOT, '../shared/data/civic-messages/labeled_messages_sample.csv');

interface Row {
  留言主题: string;
  留言详情: string;
  一级分类: string;
}

function main(): void {
  const showErrors = process.argv.includes('--errors');
  const synonyms = !process.argv.includes('--no-synonyms');
  const titleOnly = process.argv.includes('--title-only');
  if (!fs.existsSync(SAMPLE)) {
    console.error(`missing ${SAMPLE}`);
    process.exit(1);
  }
  const rows = Papa.parse<Row>(fs.readFileSync(SAMPLE, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const categories: ClassifierCategory[] = buildDemoData().categories.map((c) => ({ ...c, active: true }));
  const byCode = new Map(categories.map((c) => [c.code, c]));
  const labelOf = sourceLabeller(categories);

  const t0 = performance.now();
  const clf = createClassifier(categories, { synonyms });
  const buildMs = performance.now() - t0;

  const bins = [0, 0.2, 0.4, 0.6, 0.8, 1.0001];
  const binStats = bins.slice(1).map(() => ({ n: 0, right: 0 }));
  const perLabel = new Map<string, { n: number; top1: number; top3: number }>();
  let top1 = 0;
  let top3 = 0;
  let none = 0;
  let chars = 0;
  const texts = rows.map((r) => (titleOnly ? r.留言主题 : `${r.留言主题}。${r.留言详情}`));
  for (const text of texts) chars += text.length;
  const results = texts.map((text, i) => ({ r: rows[i]!, s: clf.classify(text, 3) }));
  // CPU time of a second pass: the first warms the JIT, and other processes on the machine do not count
  const cpu0 = process.cpuUsage();
  for (const text of texts) clf.classify(text, 3);
  const cpu = process.cpuUsage(cpu0);
  const classifyUs = (cpu.user + cpu.system) / texts.length;
  for (const { r, s } of results) {
    const label = r.一级分类;
    const stats = perLabel.get(label) ?? { n: 0, top1: 0, top3: 0 };
    perLabel.set(label, stats);
    stats.n++;
    const labels = s.map((x) => labelOf(x.code));
    const right1 = labels[0] === label;
    const right3 = labels.includes(label);
    if (right1) {
      top1++;
      stats.top1++;
    }
    if (right3) {
      top3++;
      stats.top3++;
    }
    if (s.length === 0) none++;
    const conf = s[0]?.confidence ?? 0;
    const bin = bins.findIndex((b, i) => conf >= b && conf < bins[i + 1]!);
    binStats[bin]!.n++;
    if (right1) binStats[bin]!.right++;
    if (showErrors && !right1) {
      const names = s.map((x) => `${byCode.get(x.code)!.nameZh}(${labelOf(x.code) ?? '-'}) ${x.confidence}`);
      console.log(`[${label}] ${r.留言主题}\n    → ${names.join(' | ') || '(none)'}`);
    }
  }
  const n = rows.length;
  const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
  console.log(`messages ${n} (mean ${Math.round(chars / n)} chars), synonyms ${synonyms ? 'on' : 'off'}`);
  console.log(`build ${buildMs.toFixed(0)} ms; classify ${classifyUs.toFixed(0)} µs CPU/message`);
  console.log(`top-1 ${pct(top1, n)}   top-3 ${pct(top3, n)}   no suggestion ${pct(none, n)}`);
  console.log('by label (n, top-1, top-3):');
  for (const [label, s] of [...perLabel].sort((a, b) => b[1].n - a[1].n))
    console.log(
      `  ${label.padEnd(8, '　')} ${String(s.n).padStart(4)}  ${pct(s.top1, s.n)}  ${pct(s.top3, s.n)}`,
    );
  console.log('calibration of the top suggestion (confidence bin: messages, group right):');
  binStats.forEach((b, i) =>
    console.log(
      `  [${bins[i]!.toFixed(1)}, ${Math.min(bins[i + 1]!, 1).toFixed(1)})  ${String(b.n).padStart(4)}  ${pct(b.right, b.n)}`,
    ),
  );
  const sure = binStats.slice(3);
  const sureN = sure.reduce((a, b) => a + b.n, 0);
  const sureRight = sure.reduce((a, b) => a + b.right, 0);
  console.log(`confidence ≥ 0.6: ${pct(sureN, n)} of messages, group right in ${pct(sureRight, sureN)}`);
}

main();
