/**
 * Development-only: derives messages.json, the texts of the demo cases, from the civic-messages data set
 *   node --import tsx apps/server/src/demo/cases/build-messages.ts [path/to/messages_with_votes.csv]
 * Source: 2020 Teddy Cup problem C, messages_with_votes.csv as published under the MIT licence in
 * Introduction-to-AI-Course/ai_04 (see README.md here). Each kept message gets the demo classifier's leaf, so the
 * demo cases carry a category their text supports; a few keep none (the dispatcher's queue).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { createClassifier, type ClassifierCategory } from '../../modules/classify/classifier.ts';
import { buildCategories } from '../categories.ts';
import type { DemoMessage } from './messages.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_SOURCE = path.resolve(
  HERE,
  '../../../../../../shared/data/civic-messages/messages_with_votes.csv',
);
const PER_LEAF = 5;
const TOTAL = 420;
const UNCLASSIFIED = 40;

interface Row {
  留言编号: string;
  留言主题: string;
  留言详情: string;
}

const clean = (s: string) =>
  s
    .replace(/[\s\u3000\u00a0]+/g, ' ')
    .replace(/^\s+|\s+$/g, '')
    .replace(/\s*([，。！？；：、])\s*/g, '$1');

/** Messages fit to show: plain length, no personal numbers, no links. */
function usable(subject: string, detail: string): boolean {
  if (subject.length < 6 || subject.length > 40) return false;
  if (detail.length < 30 || detail.length > 320) return false;
  const text = subject + detail;
  if (/\d{7,}|https?:|www\.|@|\d{6}(19|20)\d{2}/.test(text)) return false;
  return true;
}

function main() {
  const source = process.argv[2] ?? DEFAULT_SOURCE;
  const rows = Papa.parse<Row>(fs.readFileSync(source, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const categories: ClassifierCategory[] = buildCategories().map((c) => ({ ...c, active: true }));
  const names = new Map(categories.map((c) => [c.code, c.nameZh]));
  const clf = createClassifier(categories);
  const candidates = rows
    .map((r) => ({ id: Number(r.留言编号), subject: clean(r.留言主题), detail: clean(r.留言详情) }))
    .filter((m) => usable(m.subject, m.detail))
    .sort((a, b) => a.id - b.id)
    .map((m) => {
      const top = clf.classify(`${m.subject} ${m.detail}`, 1)[0];
      return { ...m, top };
    });
  const byLeaf = new Map<string, typeof candidates>();
  for (const m of candidates) {
    if (!m.top || m.top.confidence < 0.8) continue;
    const list = byLeaf.get(m.top.code) ?? [];
    list.push(m);
    byLeaf.set(m.top.code, list);
  }
  const kept = new Set<number>();
  const out: DemoMessage[] = [];
  const keep = (m: (typeof candidates)[number], category: string | null) => {
    if (kept.has(m.id)) return;
    kept.add(m.id);
    out.push({ id: m.id, subject: m.subject, detail: m.detail, category });
  };
  // Every leaf the texts support first, then the most confident of the rest, then some nobody can place.
  for (const [code, list] of byLeaf) for (const m of list.slice(0, PER_LEAF)) keep(m, names.get(code)!);
  const rest = [...byLeaf.entries()]
    .flatMap(([code, list]) => list.slice(PER_LEAF).map((m) => ({ m, code })))
    .sort((a, b) => b.m.top!.confidence - a.m.top!.confidence || a.m.id - b.m.id);
  for (const { m, code } of rest) {
    if (out.length >= TOTAL - UNCLASSIFIED) break;
    keep(m, names.get(code)!);
  }
  for (const m of candidates.filter((x) => !x.top || x.top.confidence < 0.3).slice(0, UNCLASSIFIED))
    keep(m, null);
  out.sort((a, b) => a.id - b.id);
  const target = path.join(HERE, 'messages.json');
  fs.writeFileSync(target, `${JSON.stringify(out, null, 1)}\n`);
  const leaves = new Set(out.map((m) => m.category).filter(Boolean));
  console.log(
    `${out.length} messages (${leaves.size} of ${categories.filter((c) => c.isLeaf).length} leaves) → ${target}`,
  );
}

main();
