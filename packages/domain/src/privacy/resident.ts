import { FINISHED_STATUSES, type CaseStatus } from '../case/lifecycle.ts';
import { deidentify } from './deidentify.ts';

/**
 * What a resident sees of the staff's work on their case, and how long their contact data is kept (PIPL).
 */

/** A timeline note is 'public' when written for the resident, 'internal' (the default) when written for staff. */
export type NoteVisibility = 'public' | 'internal';

/** Actions whose text is, by nature, the answer to the resident: the handling result and a direct answer. */
export const RESIDENT_FACING_ACTIONS: readonly string[] = ['report', 'close_direct', 'callback'];

/** The visibility a new timeline note gets: explicit replies and resident-facing actions are public. */
export function noteVisibilityFor(action: string, toResident = false): NoteVisibility {
  return toResident || RESIDENT_FACING_ACTIONS.includes(action) ? 'public' : 'internal';
}

/** The note as the resident may read it (de-identified), or null when it was written for staff only. */
export function residentNote(
  note: string | null,
  visibility: NoteVisibility,
  names: readonly (string | null | undefined)[] = [],
): string | null {
  if (note === null || visibility !== 'public') return null;
  return deidentify(note, { names });
}

/** setting key: days after closure that a case's contact data (reporter name, phone) is kept. */
export const CONTACT_RETENTION_DAYS_KEY = 'case_contact_retention_days';
/** Three years by default. */
export const DEFAULT_CONTACT_RETENTION_DAYS = 3 * 365;
export const MIN_CONTACT_RETENTION_DAYS = 30;
export const MAX_CONTACT_RETENTION_DAYS = 3650;

/** The configured retention when it is a valid number of days, otherwise the default. */
export function contactRetentionDaysFrom(value: unknown): number {
  const n = Number(value);
  return value !== null &&
    value !== undefined &&
    value !== '' &&
    Number.isInteger(n) &&
    n >= MIN_CONTACT_RETENTION_DAYS &&
    n <= MAX_CONTACT_RETENTION_DAYS
    ? n
    : DEFAULT_CONTACT_RETENTION_DAYS;
}

/** Cases closed before this instant have outlived the retention of their contact data. */
export function contactRetentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}

/** A resident may have their contact data erased once the case is over (FINISHED_STATUSES). */
export function canEraseContact(status: CaseStatus): boolean {
  return (FINISHED_STATUSES as readonly CaseStatus[]).includes(status);
}
