import { DEFAULT_WARNING_SHARE, warnAt } from '@onegrid/domain';
import { WARNING_SHARE_KEY } from './deadline-clock.ts';

/**
 * The configured warning share (setting `deadline_warning_share`; the rule is warningShareFrom in the domain) is
 * read through the context's clock: `ctx.deadlines.warningShare()`, the process's copy, reloaded on the reference
 * version.
 */
export { DEFAULT_WARNING_SHARE, WARNING_SHARE_KEY, warnAt };
