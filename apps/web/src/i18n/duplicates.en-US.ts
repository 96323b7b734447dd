import type { duplicatesZhCN } from './duplicates.zh-CN.ts';

/** English texts of duplicate detection — must carry every key of duplicates.zh-CN. */
export const duplicatesEnUS: Record<keyof typeof duplicatesZhCN, string> = {
  'dup.title': 'Possibly the same problem',
  'dup.hint':
    '{n} open cases resemble this call (place, time, words or the same caller); attach the call to one of them',
  'dup.searching': 'Looking for similar cases…',
  'dup.reason.same_caller': 'Same caller',
  'dup.reason.same_text': 'Similar words',
  'dup.reason.near_similar': 'Nearby, same kind',
  'dup.distance': '{m} m',
  'dup.noPlace': 'no location',
  'dup.days': '{n} days ago',
  'dup.today': 'today',
  'dup.similarity': 'similarity {p}%',
  'dup.reject': 'Not a duplicate',
  'dup.rejected': 'Noted: not a duplicate',
  'dup.menu': 'Duplicate checks',
  'dup.report.title': 'Duplicate acceptance',
  'dup.report.sub':
    'Similar cases offered at intake, attached (confirmed) and marked "not a duplicate" (rejected), per week (your jurisdiction)',
  'dup.report.week': 'Week (from Monday)',
  'dup.report.shown': 'Offered',
  'dup.report.confirmed': 'Attached',
  'dup.report.rejected': 'Rejected',
  'dup.report.acceptance': 'Acceptance',
  'dup.report.total': 'Total',
  'dup.report.none': 'No duplicates were offered recently',
  'dup.public.title': 'Someone has reported something similar',
  'dup.public.hint':
    'If it is the same problem you can follow that report instead of sending another; otherwise carry on.',
  'dup.public.follow': 'Follow it: progress and “me too”',
  'dup.public.reported': 'reported {date}',
};
