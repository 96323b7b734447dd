/**
 * The real messages of the 2020 Teddy Cup (problem C) with their votes — MIT-licensed, see
 * /work/shared/data/README.md — read for the duplicate threshold's calibration. Development only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface Message {
  id: string;
  user: string;
  subject: string;
  at: Date;
  detail: string;
}

/** `MESSAGES_CSV`, or the shared data folder next to the repository (a worktree sits one level deeper). */
export function messagesPath(): string {
  if (process.env.MESSAGES_CSV) return process.env.MESSAGES_CSV;
  const tries = ['../../../../../../../shared', '../../../../../../../../shared', '/work/shared'].map((p) =>
    path.resolve(HERE, p, 'data/civic-messages/messages_with_votes.csv'),
  );
  const found = tries.find((p) => fs.existsSync(p));
  if (!found)
    throw new Error(`messages_with_votes.csv not found (set MESSAGES_CSV); tried ${tries.join(', ')}`);
  return found;
}

export function readMessages(file = messagesPath()): Message[] {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data.map((r) => ({
    id: (r['留言编号'] ?? '').trim(),
    user: (r['留言用户'] ?? '').trim(),
    subject: (r['留言主题'] ?? '').trim(),
    at: new Date((r['留言时间'] ?? '').trim().replace(' ', 'T') + '+08:00'),
    detail: (r['留言详情'] ?? '').trim(),
  }));
}

/** The text compared at intake: the title, then the description (as a case's title + description). */
export function messageText(m: Message): string {
  return `${m.subject} ${m.detail}`;
}
