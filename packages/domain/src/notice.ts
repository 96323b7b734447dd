import type { Role } from './governance.ts';

/**
 * What a notification is about. A notification is stored as its kind and parameters (case title, unit name,
 * deadline …) and rendered in the reader's language; the text of each kind lives with the server's and the web's
 * messages.
 */
export const NOTICE_KINDS = [
  // intake and dispatch
  'queued',
  'assigned',
  'assigned_assist',
  // the case lifecycle (actions)
  'return_queued',
  'arbitration',
  'assist_reported',
  'reported',
  'verify',
  'verify_failed',
  'closed',
  'extension_requested',
  'extension_approved',
  'extension_rejected',
  'urge',
  'reopen',
  'assist_released',
  // deadlines and supervision
  'deadline_warning',
  'overdue',
  'overdue_escalated',
  'supervision',
  'supervision_answer',
  // personal data
  'pii_alert',
  // whistles (街乡吹哨)
  'whistle',
  'whistle_report_in',
  'whistle_late',
  'whistle_action',
  'whistle_rating',
  'whistle_closed',
  'whistle_void',
  'whistle_missing',
  'whistle_missing_summary',
  // tasks to grid workers (issue 11)
  'field_task',
  'field_task_cancelled',
  'field_task_overdue',
  'field_task_overdue_issuer',
  // reply quality and 舆情 (issue 12)
  'reply_held',
  'opinion_alert',
  'opinion_overdue',
  // proactive governance (主动治理, issue 12)
  'proactive_task',
  'proactive_task_closed',
  // one-window services (一窗通办, issue 13)
  'service_stage',
  'service_stage_overdue',
  'service_rectification',
  'service_rectification_overdue',
  // community task admission (社区准入, issue 13)
  'community_task',
  'admission_offgate',
  // 村(居)务公开 (issue 13)
  'disclosure_overdue',
  'disclosure_query',
  'disclosure_report',
  'disclosure_answer',
  // volunteers (issue 13 follow-up)
  'volunteer_signup',
  'volunteer_activity_cancelled',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** The roles that act for a unit on its assignments (ROLE_ACTORS: lead_unit, assist_unit). */
const HANDLING: readonly Role[] = ['handler', 'grid_worker'];
/** …and the unit's leader, for what is addressed to the unit as a whole (supervision, a summons). */
const HANDLING_AND_LEAD: readonly Role[] = [...HANDLING, 'street_lead'];

/**
 * Defect 5: a notification addressed to a unit (not to a person) reaches only the members whose role acts on it.
 * The district's dispatch centre holds operators, dispatchers, supervisors and administrators: a case waiting
 * for dispatch concerns its dispatchers, not the operators who took the call. A notification addressed to a
 * person reaches that person whatever their role.
 */
export const NOTICE_AUDIENCE: Record<NoticeKind, readonly Role[]> = {
  queued: ['dispatcher'],
  assigned: HANDLING,
  assigned_assist: HANDLING,
  return_queued: ['dispatcher'],
  arbitration: ['dispatcher', 'supervisor'],
  assist_reported: HANDLING,
  reported: ['dispatcher'],
  verify: ['grid_worker', 'dispatcher'],
  verify_failed: HANDLING,
  closed: HANDLING,
  extension_requested: ['dispatcher', 'supervisor'],
  extension_approved: HANDLING,
  extension_rejected: HANDLING,
  urge: HANDLING,
  reopen: HANDLING,
  assist_released: HANDLING,
  deadline_warning: HANDLING,
  overdue: HANDLING,
  overdue_escalated: ['supervisor', 'street_lead'],
  supervision: HANDLING_AND_LEAD,
  supervision_answer: ['supervisor', 'street_lead'],
  pii_alert: ['security_admin'],
  whistle: HANDLING_AND_LEAD,
  whistle_report_in: ['street_lead'],
  whistle_late: ['street_lead'],
  whistle_action: HANDLING,
  whistle_rating: HANDLING,
  whistle_closed: HANDLING,
  whistle_void: HANDLING,
  whistle_missing: HANDLING,
  whistle_missing_summary: ['street_lead'],
  field_task: ['grid_worker'],
  field_task_cancelled: ['grid_worker'],
  field_task_overdue: ['grid_worker'],
  field_task_overdue_issuer: ['street_lead', 'handler', 'dispatcher', 'supervisor'],
  reply_held: ['dispatcher'],
  opinion_alert: ['dispatcher', 'supervisor', 'street_lead', 'admin'],
  opinion_overdue: ['dispatcher', 'supervisor', 'street_lead', 'admin'],
  proactive_task: HANDLING_AND_LEAD,
  proactive_task_closed: HANDLING_AND_LEAD,
  service_stage: HANDLING_AND_LEAD,
  service_stage_overdue: HANDLING_AND_LEAD,
  service_rectification: HANDLING_AND_LEAD,
  service_rectification_overdue: HANDLING_AND_LEAD,
  community_task: [...HANDLING_AND_LEAD, 'admin'],
  admission_offgate: ['handler', 'street_lead', 'admin'],
  disclosure_overdue: ['street_lead', 'admin'],
  disclosure_query: ['street_lead', 'admin'],
  disclosure_report: ['street_lead', 'admin'],
  disclosure_answer: ['resident'],
  volunteer_signup: ['handler', 'street_lead', 'admin'],
  volunteer_activity_cancelled: ['resident'],
};

export function isNoticeKind(kind: string): kind is NoticeKind {
  return (NOTICE_KINDS as readonly string[]).includes(kind);
}

/** Whether a member of the addressed unit holding `roles` reads a unit notification of `kind` (older kinds: all). */
export function readsUnitNotice(roles: readonly Role[], kind: string): boolean {
  if (!isNoticeKind(kind)) return true;
  return NOTICE_AUDIENCE[kind].some((r) => roles.includes(r));
}

/** The kinds a unit member holding `roles` does not read when they are addressed to the unit. */
export function unitNoticeKindsHiddenFrom(roles: readonly Role[]): NoticeKind[] {
  return NOTICE_KINDS.filter((k) => !readsUnitNotice(roles, k));
}
