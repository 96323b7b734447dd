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

/**
 * An event the system wrote (a timer, a deadline, intake's own dispatch): no person acted. Such events store no
 * actor name (rows from before store '系统'); the pages name the system in the reader's language.
 */
export function bySystem(e: { actor_id: string | null; actor_name: string | null }): boolean {
  return e.actor_id === null && (e.actor_name === null || e.actor_name === '系统');
}
