import { readFileSync } from 'node:fs';

/** One demo text: a real citizen message (see README.md for source and licence), place names still anonymised. */
export interface DemoMessage {
  /** 留言编号 in the source. */
  id: number;
  subject: string;
  detail: string;
  /** The demo classifier's leaf category (name) for this text, or null when it could not place it. */
  category: string | null;
}

let cached: DemoMessage[] | undefined;

export function loadMessages(): DemoMessage[] {
  cached ??= JSON.parse(readFileSync(new URL('./messages.json', import.meta.url), 'utf8')) as DemoMessage[];
  return cached;
}
