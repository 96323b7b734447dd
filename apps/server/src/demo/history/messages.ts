import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { Classifier } from '../../modules/classify/classifier.ts';
import { SOURCE_CLASSES, type SourceClass } from '../../modules/classify/teddy-labels.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** One real message (2020 Teddy Cup, problem C; MIT, see README.md here). */
export interface HistoryMessage {
  /** 留言编号 */
  ref: string;
  title: string;
  detail: string;
  /** 留言时间 (Beijing time in the source), ms since the epoch. */
  at: number;
  likes: number;
  dislikes: number;
  reply: string | null;
  repliedAt: number | null;
  /** The source's first-level class, read by hand (hand-labels.tsv; README.md here). */
  sourceClass: SourceClass;
}

const beijing = (s: string | undefined): number | null => {
  const m = s?.trim().match(/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', se = '0'] = m;
  return Date.UTC(+y!, +mo! - 1, +d!, +h - 8, +mi, +se);
};

function read(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(fs.readFileSync(path.join(HERE, file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

const CLASSES = new Set<string>(SOURCE_CLASSES);

/** 留言编号 → the class a reader gave the message (hand-labels.tsv: every message of both files). */
export function handLabels(): Map<string, SourceClass> {
  const out = new Map<string, SourceClass>();
  const lines = fs.readFileSync(path.join(HERE, 'hand-labels.tsv'), 'utf8').trim().split('\n').slice(1);
  for (const line of lines) {
    const [ref, cls] = line.split('\t');
    if (!ref || !cls || !CLASSES.has(cls)) throw new Error(`hand-labels.tsv: bad line "${line}"`);
    out.set(ref, cls as SourceClass);
  }
  return out;
}

/** Both files, oldest first (messages_with_votes.csv: 4,326; messages_with_replies.csv: 2,816; no id in both). */
export function loadHistoryMessages(): HistoryMessage[] {
  const labels = handLabels();
  const classOf = (ref: string) => {
    const cls = labels.get(ref);
    if (!cls) throw new Error(`hand-labels.tsv: no class for message ${ref}`);
    return cls;
  };
  const out: HistoryMessage[] = [];
  for (const r of read('messages_with_votes.csv')) {
    const at = beijing(r['留言时间']);
    if (at === null) continue;
    out.push({
      ref: r['留言编号']!.trim(),
      title: r['留言主题']!.trim(),
      detail: r['留言详情']!.trim(),
      at,
      likes: Math.max(0, Number(r['点赞数']) || 0),
      dislikes: Math.max(0, Number(r['反对数']) || 0),
      reply: null,
      repliedAt: null,
      sourceClass: classOf(r['留言编号']!.trim()),
    });
  }
  for (const r of read('messages_with_replies.csv')) {
    const at = beijing(r['留言时间']);
    if (at === null) continue;
    const reply = r['答复意见']?.trim() || null;
    const repliedAt = beijing(r['答复时间']);
    out.push({
      ref: r['留言编号']!.trim(),
      title: r['留言主题']!.trim(),
      detail: r['留言详情']!.trim(),
      at,
      likes: 0,
      dislikes: 0,
      reply,
      repliedAt: repliedAt !== null && repliedAt >= at ? repliedAt : null,
      sourceClass: classOf(r['留言编号']!.trim()),
    });
  }
  return out.sort((a, b) => a.at - b.at || (a.ref < b.ref ? -1 : 1));
}

/**
 * Default leaf of each class that our tree takes (teddy-labels.ts: the 7 evaluated and CLASS_TO_GROUP) when no leaf
 * of that class has keyword evidence; the other classes stay uncategorised history.
 */
const DEFAULT_LEAF: Partial<Record<SourceClass, string>> = {
  城乡建设: '违法建设',
  教育文体: '入学入园',
  劳动和社会保障: '社会保险',
  卫生计生: '医疗服务',
  交通运输: '出租车网约车',
  商贸旅游: '消费维权',
  环境保护: '噪声扰民',
  政法: '治安隐患',
  民政: '社会救助',
  农村农业: '土地承包流转',
};

/**
 * The leaf a labelled message gets: the keyword classifier's best leaf among the leaves of its class (the class is
 * the reader's, the leaf the text's); that class's default leaf when no leaf of it has evidence; null for a class
 * our tree has no group for.
 */
export function historyLeaf(
  text: string,
  cls: SourceClass,
  prior: Classifier,
  inClass: (code: string, cls: SourceClass) => boolean,
  codeByName: ReadonlyMap<string, string>,
): string | null {
  const fallback = DEFAULT_LEAF[cls];
  if (!fallback) return null;
  for (const s of prior.classify(text, prior.leafCount)) if (inClass(s.code, cls)) return s.code;
  return codeByName.get(fallback) ?? null;
}

/** Title and detail as a case's text. */
export function messageText(m: { title: string; detail: string }): string {
  return `${m.title}。${m.detail}`;
}
