import { hasMessage } from '../i18n/parts.ts';
import type { Translate } from '../i18n/index.tsx';
import { formatDateTime } from './time.ts';

/** A timeline event as the case and whistle timelines send it: a system note is a key with parameters. */
export interface KeyedNote {
  noteKey?: string;
  noteParams?: Record<string, string | number>;
}

/** Parameters that are codes, shown as words: `note.what.accept`, `note.level.red`, `whistle.kind.emergency`. */
const WORDS: Record<string, (v: string) => string> = {
  what: (v) => `note.what.${v}`,
  level: (v) => `note.level.${v}`,
  kind: (v) => `whistle.kind.${v}`,
};

/**
 * A note the system wrote (web i18n `note.<noteKey>`), in the reader's language; null when the event has no key
 * or the key is unknown here (the page shows the stored text then). {due} is shown in Beijing time, {units}
 * (names joined by newlines) as a list, and a person's {remark} follows the note.
 */
export function systemNote(e: KeyedNote, t: Translate): string | null {
  const key = `note.${e.noteKey ?? ''}`;
  if (!e.noteKey || !hasMessage(key)) return null;
  const p: Record<string, string | number> = { ...e.noteParams };
  for (const [k, word] of Object.entries(WORDS)) {
    const w = p[k] === undefined ? '' : word(String(p[k]));
    if (w && hasMessage(w)) p[k] = t(w);
  }
  if (typeof p.due === 'string') p.due = formatDateTime(p.due);
  if (typeof p.units === 'string') p.units = p.units.split('\n').join(t('note.list'));
  const text = t(key, p);
  return p.remark === undefined || p.remark === ''
    ? text
    : t('note.remark', { note: text, remark: p.remark });
}
