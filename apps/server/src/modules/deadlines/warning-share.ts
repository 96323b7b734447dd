import { DEFAULT_WARNING_SHARE, warnAt, warningShareFrom } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import { settingValue } from '../../db/settings.ts';
import { WARNING_SHARE_KEY } from './deadline-clock.ts';

export { DEFAULT_WARNING_SHARE, WARNING_SHARE_KEY, warnAt };

/**
 * The configured warning share (setting `deadline_warning_share`; the rule is warningShareFrom in the domain), read
 * afresh — one row by key — for callers without the context. With the context: `ctx.deadlines.warningShare()`,
 * the process's copy, reloaded on the reference version.
 */
export async function deadlineWarningShare(db: DbOrTx): Promise<number> {
  return warningShareFrom(await settingValue(db, WARNING_SHARE_KEY));
}
