import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { Classifier } from '../../modules/classify/classifier.ts';
import { replyClass, type SourceClass } from './departments.ts';

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
  /** The class of the department the reply names (null: no reply, or none we map). */
  sourceClass: SourceClass | null;
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

/** Both files, oldest first (messages_with_votes.csv: 4,326; messages_with_replies.csv: 2,816; no id in both). */
export function loadHistoryMessages(): HistoryMessage[] {
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
      sourceClass: null,
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
      sourceClass: reply ? replyClass(reply) : null,
    });
  }
  return out.sort((a, b) => a.at - b.at || (a.ref < b.ref ? -1 : 1));
}

/** Default leaf of each class when no leaf of that class has keyword evidence. */
const DEFAULT_LEAF: Record<SourceClass, string> = {
  城乡建设: '违法建设',
  教育文体: '入学入园',
  劳动和社会保障: '社会保险',
  卫生计生: '医疗服务',
  交通运输: '出租车网约车',
  商贸旅游: '消费维权',
  环境保护: '噪声扰民',
};

/**
 * The leaf a labelled message gets: the keyword classifier's best leaf among the leaves of the class the reply's
 * department names (so the class is the department's, the leaf the text's); that class's default leaf when no
 * leaf of it has evidence.
 */
export function historyLeaf(
  text: string,
  cls: SourceClass,
  prior: Classifier,
  inClass: (code: string, cls: SourceClass) => boolean,
  codeByName: ReadonlyMap<string, string>,
): string | null {
  for (const s of prior.classify(text, prior.leafCount)) if (inClass(s.code, cls)) return s.code;
  return codeByName.get(DEFAULT_LEAF[cls]) ?? null;
}

/** Title and detail as a case's text. */
export function messageText(m: { title: string; detail: string }): string {
  return `${m.title}。${m.detail}`;
}
