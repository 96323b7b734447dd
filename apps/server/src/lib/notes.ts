/**
 * A timeline note the system wrote (deadline timers, supervision, whistles) carries a message key and parameters
 * in its event's data (`noteKey`, `noteParams`): the web renders it in the reader's language. The stored `note`
 * stays as the Chinese text, for exports and older readers.
 */
export function systemNoteOf(data: unknown): {
  noteKey?: string;
  noteParams?: Record<string, string | number>;
} {
  if (data === null || typeof data !== 'object') return {};
  const d = data as { noteKey?: unknown; noteParams?: unknown };
  if (typeof d.noteKey !== 'string') return {};
  const params = d.noteParams !== null && typeof d.noteParams === 'object' ? d.noteParams : {};
  return { noteKey: d.noteKey, noteParams: params as Record<string, string | number> };
}
