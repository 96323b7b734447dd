/**
 * Vocabularies of the case pages: option lists typed against the domain's types (adding a value there fails the
 * typecheck here), their message keys and colours.
 */
import {
  CallbackRating,
  type CaseAction,
  type CaseStatus,
  type Channel,
  type RequestType,
} from '@onegrid/domain';
import type { AssignmentStatus, DueState, Rating } from '../api/cases.ts';
import { hasMessage, type MessageKey, type Translate } from '../i18n/index.tsx';

const all =
  <T extends string>() =>
  <const A extends readonly T[]>(a: A & ([T] extends [A[number]] ? unknown : never)): A =>
    a;

export const CASE_STATUSES = all<CaseStatus>()([
  'registered',
  'dispatched',
  'in_progress',
  'reported',
  'closed',
  'returned',
  'arbitration',
  'suspended',
  'void',
  'merged',
]);
export const REQUEST_TYPES = all<RequestType>()(['consult', 'help', 'complaint', 'report', 'suggestion']);
export const CHANNELS = all<Channel>()([
  'hotline',
  'web',
  'app',
  'grid_patrol',
  'open311',
  'department',
  'sensor',
  'media',
]);
export const RATINGS = CallbackRating.options;

export const statusKey = (s: CaseStatus): MessageKey => `status.${s}`;
export const actionKey = (a: CaseAction): MessageKey => `action.${a}`;
export const requestTypeKey = (r: RequestType): MessageKey => `requestType.${r}`;
export const channelKey = (c: Channel): MessageKey => `channel.${c}`;
export const ratingKey = (r: Rating): MessageKey => `rating.${r}`;
export const dueStateKey = (d: DueState): MessageKey => `dueState.${d}`;
export const assignmentStatusKey = (s: AssignmentStatus): MessageKey => `assignmentStatus.${s}`;

/** A timeline action from the server: a case action, or a system event; unknown ones are shown as they come. */
export function eventLabel(action: string, t: Translate): string {
  const a = `action.${action}`;
  if (hasMessage(a)) return t(a);
  const e = `event.${action}`;
  if (hasMessage(e)) return t(e);
  return action;
}

export const STATUS_COLOR: Record<CaseStatus, string> = {
  registered: 'blue',
  dispatched: 'geekblue',
  in_progress: 'processing',
  reported: 'cyan',
  closed: 'success',
  returned: 'warning',
  arbitration: 'magenta',
  suspended: 'default',
  void: 'default',
  merged: 'purple',
};

export const DUE_COLOR: Record<DueState, string> = { ok: 'green', due_soon: 'gold', overdue: 'red' };

export const RATING_COLOR: Record<Rating, string> = {
  satisfied: 'green',
  basically_satisfied: 'gold',
  unsatisfied: 'red',
};

/** Actions that only need a confirmation and an optional note: primary buttons among the rest. */
export const PRIMARY_ACTIONS: readonly CaseAction[] = [
  'dispatch',
  'accept',
  'report',
  'assist_accept',
  'assist_report',
  'verify_pass',
  'callback',
];
export const DANGER_ACTIONS: readonly CaseAction[] = ['void', 'return', 'verify_fail', 'reject_extension'];
