import type { intakeZhCN } from './intake.zh-CN.ts';

/** English texts of intake duplicates, the address check and the dispatch suggestion — every key of intake.zh-CN. */
export const intakeEnUS: Record<keyof typeof intakeZhCN, string> = {
  'intake.duplicateTitle': 'Possibly a repeat call',
  'intake.duplicateHint':
    '{n} open case(s) of the same category nearby. For the same problem, attach this call to it (the caller joins that case and is informed); otherwise register a new case.',
  'intake.attach': 'Attach to this case',
  'intake.viewCase': 'View',
  'intake.registerNew': 'Register as a new case',
  'intake.attached': 'Attached to case {id}',
  'intake.attachedInformed': 'Attached to case {id}; the caller was told by SMS',
  'intake.attachNeedsDescription': 'Describe the problem (at least 5 characters) before attaching',
  'event.attach_call': 'Further call attached',

  'address.contradicts':
    'The address names “{named}”, but the point lies in {expected}: check the address or pick the point again',
  'address.missing': 'The address does not mention {expected}, where the point lies: check they agree',
  'address.hint': 'A hint only; you can still submit',

  'dispatch.followCategory': 'For category “{category}” the suggested lead is {lead}',
  'dispatch.followAssists': 'Co-units: {assists}',
  'dispatch.applied': 'Lead and co-units updated for the new category',
  'dispatch.keptManual': 'The lead was picked by hand and is kept',
  'dispatch.useSuggested': 'Use suggestion',
  'dispatch.noLead': 'No duty-list entry for this category here: pick the lead unit by hand',
  'dispatch.loading': 'Looking up the suggested lead for this category…',
};
