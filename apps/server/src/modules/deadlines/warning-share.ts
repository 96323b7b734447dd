import type { DbOrTx } from '../../db/database.ts';
import { settingValue } from '../../db/settings.ts';

/** setting key of the share of a deadline's time after which it warns. */
export const WARNING_SHARE_KEY = 'deadline_warning_share';
/** DESIGN.md §4: yellow warning at 80 % of the time. */
export const DEFAULT_WARNING_SHARE = 0.8;

const TTL_MS = 5_000;
let cached: { at: number; share: number } | undefined;

/** The configured warning share (setting `deadline_warning_share`, a number in (0, 1)); 0.8 when unset or invalid. */
export async function deadlineWarningShare(db: DbOrTx): Promise<number> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.share;
  const stored = await settingValue(db, WARNING_SHARE_KEY);
  const value = Number(stored);
  const share =
    stored !== undefined && Number.isFinite(value) && value > 0 && value < 1 ? value : DEFAULT_WARNING_SHARE;
  cached = { at: Date.now(), share };
  return share;
}

/** After the setting changed in this process. */
export function forgetWarningShare(): void {
  cached = undefined;
}

/** When a deadline running from `start` to `due` warns. */
export function warnAt(start: Date, due: Date, share: number): Date {
  return new Date(start.getTime() + (due.getTime() - start.getTime()) * share);
}
