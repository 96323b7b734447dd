import {
  ACTIVE_ASSIGNMENT_STATUSES,
  MERGE_PARENT_STATUSES,
  PRIVATE_ACTIONS,
  RETURNS_TO_ARBITRATION,
  TRANSITIONS,
  canTransition,
  type Actor as Relation,
  type AssignmentRole,
  type AssignmentStatus,
  type CallbackRating,
  type CaseAction,
  type CaseStatus,
} from './lifecycle.ts';
import type { Deadlines } from '../calendar/policy.ts';

/**
 * The case lifecycle as one pure function (DESIGN.md §3): given the case, its assignments, an action with its
 * input, who acts and when, `applyAction` answers what changes — the status, the case and assignment patches, the
 * timeline events, the notices (kind + params: no text), and the deadline timers to arm — or a typed refusal.
 * The server locks, loads, calls this and persists; the demo replays the same function in memory.
 */

/** The case as the lifecycle needs it, with the few facts the service loads for some actions. */
export interface CaseState {
  id: string;
  status: CaseStatus;
  previousStatus: CaseStatus | null;
  title: string;
  categoryCode: string | null;
  returnCount: number;
  reopenCount: number;
  callbackAt: Date | null;
  /** When the running suspension began (the last `suspend` event); read by `resume`. */
  suspendedAt?: Date | null;
  /** The category's policy: an unresolved, unsatisfied callback reopens the case (callback). */
  reopenOnUnsatisfied?: boolean;
  /** Fresh deadlines from `now` for the case's category × urgency on the working calendar (dispatch, reopen). */
  deadlines?: Deadlines;
  /** The merge parent, found and visible to the caller (merge). */
  parent?: { id: string; status: CaseStatus } | null;
  /** Ids for new rows (dispatch); the server passes crypto.randomUUID, the demo a seeded generator. */
  newId?: () => string;
}

export interface AssignmentState {
  id: string;
  unitId: string;
  unitName?: string | null;
  role: AssignmentRole;
  status: AssignmentStatus;
  createdAt: Date;
  acceptDueAt: Date | null;
  respondDueAt: Date | null;
  resolveDueAt: Date | null;
  timerVersion: number;
  extensionUntil: Date | null;
}

/** Who acts: the relations to this case (lead_unit, dispatcher, …) and the unit acting, if any. */
export interface ActingParty {
  relations: readonly Relation[];
  unitId: string | null;
}

/** The input of each action (the request bodies of docs/api-cases.md, parsed). */
export interface ActionInputs {
  dispatch: {
    leadUnitId: string;
    assistUnitIds: string[];
    categoryCode?: string | undefined;
    note?: string | undefined;
  };
  accept: { note?: string | undefined };
  return: { reason: string };
  progress: { note: string; photoIds: string[]; toResident: boolean };
  report: { result: string; photoIds: string[] };
  verify_pass: { note?: string | undefined };
  verify_fail: { reason: string };
  request_extension: { until: string; reason: string };
  approve_extension: { note?: string | undefined };
  reject_extension: { reason: string };
  suspend: { reason: string };
  resume: { note?: string | undefined };
  void: { reason: string };
  merge: { parentId: string };
  close_direct: { answer: string };
  callback: { resolved: boolean; rating: CallbackRating; comment?: string | undefined };
  reopen: { reason: string };
  urge: { note?: string | undefined };
  assist_accept: { note?: string | undefined };
  assist_report: { result: string; photoIds: string[] };
  release_assist: { reason: string; unitId?: string | undefined };
}

export interface CasePatch {
  status?: CaseStatus;
  previousStatus?: CaseStatus | null;
  returnCount?: number;
  reopenCount?: number;
  leadUnitId?: string | null;
  routeSource?: string;
  resolveDueAt?: Date;
  closedAt?: Date | null;
  callbackAt?: Date | null;
  callbackResolved?: boolean | null;
  callbackRating?: CallbackRating | null;
  callbackComment?: string | null;
  answer?: string;
  parentId?: string;
  categoryCode?: string;
  categorySource?: 'dispatcher';
}

export interface AssignmentPatch {
  status?: AssignmentStatus;
  acceptedAt?: Date;
  respondedAt?: Date;
  reportedAt?: Date | null;
  result?: string;
  returnReason?: string;
  releaseReason?: string;
  acceptDueAt?: Date;
  respondDueAt?: Date;
  resolveDueAt?: Date;
  timerVersion?: number;
  warnedAt?: null;
  overdueAt?: null;
  extensionUntil?: Date | null;
  extensionReason?: string | null;
}

export interface NewAssignment {
  id: string;
  caseId: string;
  unitId: string;
  role: AssignmentRole;
  status: 'pending';
  createdAt: Date;
  acceptDueAt: Date;
  respondDueAt: Date;
  resolveDueAt: Date;
  timerVersion: number;
}

/** A timeline row. System-written text is a message key with params in `data` (noteKey, noteParams). */
export interface EventDraft {
  /** Another case's timeline (merge writes on the parent); default this case. */
  caseId?: string;
  action: string;
  fromStatus: CaseStatus;
  toStatus: CaseStatus;
  /** 'actor': the one acting; 'system': a rule acting on its own (the reopen an unsatisfied callback causes). */
  by: 'actor' | 'system';
  /** Free text the user typed; null otherwise. */
  note: string | null;
  data?: Record<string, unknown>;
  public: boolean;
  noteVisibility?: 'public';
  photoIds?: string[];
}

/** Who a notice is for: a unit, a user, or a role the server resolves for this case. */
export type NoticeTo =
  | { unitId: string }
  | { userId: string }
  /** dispatch_centre: the district's 12345 centre; grid_worker: the grid workers of the case's grid. */
  | { role: 'dispatch_centre' | 'grid_worker' };

export const CaseNoticeKind = [
  'assigned_lead',
  'assigned_assist',
  'returned',
  'arbitration',
  'assist_progress',
  'assist_report',
  'assist_released',
  'verify',
  'verify_centre',
  'closed',
  'rework',
  'reopened',
  'extension_requested',
  'extension_approved',
  'extension_rejected',
  'urge',
] as const;
export type CaseNoticeKind = (typeof CaseNoticeKind)[number];

export interface Notice {
  kind: CaseNoticeKind;
  to: NoticeTo;
  params: Record<string, string | number>;
}

/** Deadline timers to (re-)arm for an assignment at a new version. */
export interface TimerRequest {
  assignmentId: string;
  role: AssignmentRole;
  version: number;
  start: Date;
  /** null: no accept timer (already accepted, or re-armed after acceptance). */
  acceptDue: Date | null;
  resolveDue: Date;
}

export interface Applied {
  status: CaseStatus;
  casePatch: CasePatch;
  assignmentPatches: { id: string; patch: AssignmentPatch }[];
  newAssignments: NewAssignment[];
  events: EventDraft[];
  notices: Notice[];
  timers: TimerRequest[];
}

export const RefusalCode = [
  'INVALID_TRANSITION',
  'NO_LEAD',
  'NO_REPORTED_ASSIGNMENT',
  'EXTENSION_PENDING',
  'NO_EXTENSION_REQUEST',
  'UNTIL_NOT_LATER',
  'ALREADY_RATED',
  'NO_LEAD_TO_REOPEN',
  'ASSIST_PARTS_PENDING',
  'NO_PENDING_ASSIST',
  'NO_ACCEPTED_ASSIST',
  'NO_OPEN_ASSIST',
  'ARBITRATION_NOTE_REQUIRED',
  'CATEGORY_REQUIRED',
  'MERGE_SELF',
  'MERGE_PARENT_CLOSED',
] as const;
export type RefusalCode = (typeof RefusalCode)[number];
export interface Refusal {
  refused: RefusalCode;
  params: Record<string, string | number>;
}

export const isRefusal = (x: Applied | Refusal): x is Refusal => 'refused' in x;

const refuse = (refused: RefusalCode, params: Record<string, string | number> = {}): Refusal => ({
  refused,
  params,
});

const isActive = (a: AssignmentState) =>
  (ACTIVE_ASSIGNMENT_STATUSES as readonly AssignmentStatus[]).includes(a.status);

/** The lead assignment that holds the case: the latest lead not cancelled or returned. */
export function leadOf<A extends AssignmentState>(assignments: readonly A[]): A | undefined {
  return [...assignments]
    .reverse()
    .find((a) => a.role === 'lead' && a.status !== 'cancelled' && a.status !== 'returned');
}

/** Co-units that still owe their part: the lead's report waits for them (or for their release). */
export const openAssists = <A extends AssignmentState>(assignments: readonly A[]): A[] =>
  assignments.filter((a) => a.role === 'assist' && isActive(a));

const mineAs = (assignments: readonly AssignmentState[], unitId: string | null, status: AssignmentStatus) =>
  assignments.find((a) => a.role === 'assist' && a.unitId === unitId && a.status === status);

interface GuardArgs {
  state: CaseState;
  assignments: readonly AssignmentState[];
  actor: ActingParty;
}

/**
 * What an action needs of the case beyond its status and the actor's relation: the same checks refuse a request and
 * hide a button (`offeredActions`), so a page offers only what would succeed.
 */
export const GUARDS: Partial<Record<CaseAction, (g: GuardArgs) => Refusal | null>> = {
  accept: ({ assignments }) => (leadOf(assignments)?.status === 'pending' ? null : refuse('NO_LEAD')),
  return: ({ assignments }) => (leadOf(assignments) ? null : refuse('NO_LEAD')),
  report: ({ assignments }) => {
    if (leadOf(assignments)?.status !== 'accepted') return refuse('NO_LEAD');
    const open = openAssists(assignments);
    return open.length ? refuse('ASSIST_PARTS_PENDING', { count: open.length }) : null;
  },
  verify_fail: ({ assignments }) =>
    assignments.some((a) => a.role === 'lead' && a.status === 'reported')
      ? null
      : refuse('NO_REPORTED_ASSIGNMENT'),
  request_extension: ({ assignments }) => {
    const lead = leadOf(assignments);
    if (!lead || !isActive(lead)) return refuse('NO_LEAD');
    return lead.extensionUntil ? refuse('EXTENSION_PENDING') : null;
  },
  approve_extension: ({ assignments }) => (extensionOf(assignments) ? null : refuse('NO_EXTENSION_REQUEST')),
  reject_extension: ({ assignments }) => (extensionOf(assignments) ? null : refuse('NO_EXTENSION_REQUEST')),
  callback: ({ state }) => (state.callbackAt ? refuse('ALREADY_RATED') : null),
  reopen: ({ assignments }) => (leadOf(assignments) ? null : refuse('NO_LEAD_TO_REOPEN')),
  assist_accept: ({ assignments, actor }) =>
    mineAs(assignments, actor.unitId, 'pending') ? null : refuse('NO_PENDING_ASSIST'),
  assist_report: ({ assignments, actor }) =>
    mineAs(assignments, actor.unitId, 'accepted') ? null : refuse('NO_ACCEPTED_ASSIST'),
  release_assist: ({ assignments }) => (openAssists(assignments).length ? null : refuse('NO_OPEN_ASSIST')),
};

const extensionOf = (assignments: readonly AssignmentState[]) =>
  assignments.find((a) => a.role === 'lead' && a.extensionUntil !== null && a.status !== 'cancelled');

/** Whether this action may be taken now by this actor: the state machine, then the action's guard. */
export function checkAction(
  action: CaseAction,
  state: CaseState,
  assignments: readonly AssignmentState[],
  actor: ActingParty,
): Refusal | null {
  if (!canTransition(action, state.status, actor.relations))
    return refuse('INVALID_TRANSITION', { action, status: state.status });
  return GUARDS[action]?.({ state, assignments, actor }) ?? null;
}

/** The actions a page offers this actor: exactly those `applyAction` would not refuse for want of state. */
export function offeredActions(
  state: CaseState,
  assignments: readonly AssignmentState[],
  actor: ActingParty,
): CaseAction[] {
  return (Object.keys(TRANSITIONS) as CaseAction[]).filter(
    (a) => checkAction(a, state, assignments, actor) === null,
  );
}

/** The status a transition leads to, per the table (effects that branch — return, callback — say so below). */
function tableStatus(action: CaseAction, state: CaseState): CaseStatus {
  const to = TRANSITIONS[action].to;
  if (to === null) return state.status;
  if (to === 'previous') return state.previousStatus ?? 'dispatched';
  return to;
}

/** Everything a dispatch writes, without I/O: the same for a manual dispatch and intake's automatic one. */
export function planDispatch(
  c: Pick<CaseState, 'id' | 'title' | 'status'>,
  plan: { leadUnitId: string; assistUnitIds: readonly string[]; via: string },
  due: Deadlines,
  now: Date,
  newId: () => string,
): {
  assignments: NewAssignment[];
  casePatch: CasePatch & {
    status: 'dispatched';
    leadUnitId: string;
    routeSource: string;
    resolveDueAt: Date;
  };
  event: EventDraft;
  notices: Notice[];
  timers: TimerRequest[];
} {
  const assists = [...new Set(plan.assistUnitIds.filter((u) => u !== plan.leadUnitId))];
  const make = (unitId: string, role: AssignmentRole): NewAssignment => ({
    id: newId(),
    caseId: c.id,
    unitId,
    role,
    status: 'pending',
    createdAt: now,
    acceptDueAt: due.acceptDue,
    respondDueAt: due.respondDue,
    resolveDueAt: due.resolveDue,
    timerVersion: 0,
  });
  const assignments = [make(plan.leadUnitId, 'lead'), ...assists.map((u) => make(u, 'assist'))];
  return {
    assignments,
    casePatch: {
      status: 'dispatched',
      leadUnitId: plan.leadUnitId,
      routeSource: plan.via,
      resolveDueAt: due.resolveDue,
    },
    event: {
      action: 'dispatch',
      fromStatus: c.status,
      toStatus: 'dispatched',
      by: 'actor',
      note: null,
      data: {
        leadUnitId: plan.leadUnitId,
        assistUnitIds: assists,
        via: plan.via,
        resolveDue: due.resolveDue,
      },
      public: true,
    },
    notices: [
      {
        kind: 'assigned_lead',
        to: { unitId: plan.leadUnitId },
        params: { caseTitle: c.title, acceptDue: due.acceptDue.toISOString() },
      },
      ...assists.map((unitId): Notice => ({
        kind: 'assigned_assist',
        to: { unitId },
        params: { caseTitle: c.title },
      })),
    ],
    timers: assignments.map((a) => ({
      assignmentId: a.id,
      role: a.role,
      version: 0,
      start: now,
      acceptDue: due.acceptDue,
      resolveDue: due.resolveDue,
    })),
  };
}

/** Collects what an action changes; `done()` is the answer. */
class Change {
  status: CaseStatus;
  readonly casePatch: CasePatch = {};
  readonly patches = new Map<string, AssignmentPatch>();
  readonly newAssignments: NewAssignment[] = [];
  readonly events: EventDraft[] = [];
  readonly notices: Notice[] = [];
  readonly timers: TimerRequest[] = [];

  constructor(
    readonly state: CaseState,
    readonly assignments: readonly AssignmentState[],
    readonly action: CaseAction,
    readonly now: Date,
  ) {
    this.status = tableStatus(action, state);
  }

  patch(a: AssignmentState, p: AssignmentPatch) {
    this.patches.set(a.id, { ...this.patches.get(a.id), ...p });
  }

  notice(kind: CaseNoticeKind, to: NoticeTo, params: Record<string, string | number> = {}) {
    this.notices.push({ kind, to, params: { caseTitle: this.state.title, ...params } });
  }

  /** The action's own timeline row (status from → to filled in by `done`). */
  event(e: {
    note?: string | null;
    data?: Record<string, unknown>;
    photoIds?: string[];
    noteVisibility?: 'public';
  }) {
    this.events.push({
      action: this.action,
      fromStatus: this.state.status,
      toStatus: this.state.status,
      by: 'actor',
      note: e.note ?? null,
      public: !PRIVATE_ACTIONS.includes(this.action),
      ...(e.data ? { data: e.data } : {}),
      ...(e.photoIds?.length ? { photoIds: e.photoIds } : {}),
      ...(e.noteVisibility ? { noteVisibility: e.noteVisibility } : {}),
    });
  }

  /** New deadlines and a new timer version for an assignment; its warned/overdue marks cleared. */
  /** The resolve timer again, same deadline and marks, under a new version (the old jobs go stale). */
  rearm(a: AssignmentState, resolveDue: Date) {
    const version = (this.patches.get(a.id)?.timerVersion ?? a.timerVersion) + 1;
    this.patch(a, { timerVersion: version });
    this.timers.push({
      assignmentId: a.id,
      role: a.role,
      version,
      start: this.now,
      acceptDue: null,
      resolveDue,
    });
  }

  shift(a: AssignmentState, due: { accept?: Date | null; respond?: Date | null; resolve: Date }) {
    const version = (this.patches.get(a.id)?.timerVersion ?? a.timerVersion) + 1;
    this.patch(a, {
      ...(due.accept ? { acceptDueAt: due.accept } : {}),
      ...(due.respond ? { respondDueAt: due.respond } : {}),
      resolveDueAt: due.resolve,
      timerVersion: version,
      warnedAt: null,
      overdueAt: null,
    });
    this.timers.push({
      assignmentId: a.id,
      role: a.role,
      version,
      start: this.now,
      acceptDue: a.status === 'pending' ? (due.accept ?? null) : null,
      resolveDue: due.resolve,
    });
    if (a.role === 'lead' && leadOf(this.assignments)?.id === a.id) this.casePatch.resolveDueAt = due.resolve;
  }

  done(): Applied {
    if (this.status !== this.state.status) this.casePatch.status = this.status;
    // The action's own row ends in the status it caused (callback keeps it: a rating is no transition).
    const own = this.events.find((e) => e.action === this.action && e.caseId === undefined);
    if (own && this.action !== 'callback') own.toStatus = this.status;
    return {
      status: this.status,
      casePatch: this.casePatch,
      assignmentPatches: [...this.patches].map(([id, patch]) => ({ id, patch })),
      newAssignments: this.newAssignments,
      events: this.events,
      notices: this.notices,
      timers: this.timers,
    };
  }
}

const need = <T>(x: T | undefined | null, what: string): T => {
  if (x === undefined || x === null) throw new Error(`applyAction: ${what} not loaded`);
  return x;
};

/** Back to the lead unit with a fresh resolve deadline (重办): a manual reopen, or the callback rule's. */
function reopenTo(ch: Change, by: 'actor' | 'system', note: string | null, data?: Record<string, unknown>) {
  const lead = need(leadOf(ch.assignments), 'lead');
  const due = need(ch.state.deadlines, 'deadlines');
  ch.patch(lead, { status: 'accepted', reportedAt: null });
  ch.shift({ ...lead, status: 'accepted' }, { resolve: due.resolveDue });
  Object.assign(ch.casePatch, {
    reopenCount: ch.state.reopenCount + 1,
    closedAt: null,
    callbackAt: null,
    callbackResolved: null,
    callbackRating: null,
    callbackComment: null,
  });
  ch.status = 'in_progress';
  ch.events.push({
    action: 'reopen',
    fromStatus: 'closed',
    toStatus: 'in_progress',
    by,
    note,
    public: true,
    ...(data ? { data } : {}),
  });
  ch.notice(
    'reopened',
    { unitId: lead.unitId },
    note !== null ? { reason: note } : noticeParams(data?.noteParams),
  );
}

const noticeParams = (x: unknown): Record<string, string> => (x ?? {}) as Record<string, string>;

type Effect<A extends CaseAction> = (
  ch: Change,
  input: ActionInputs[A],
  actor: ActingParty,
) => Refusal | void;

/** What each action does; the status change is the table's unless an effect says otherwise (return, callback). */
const EFFECTS: { [A in CaseAction]: Effect<A> } = {
  dispatch(ch, b) {
    const { state, now } = ch;
    // 争议件: the district's arbitration is a decision on record, not a silent re-dispatch.
    if (state.status === 'arbitration' && !b.note) return refuse('ARBITRATION_NOTE_REQUIRED');
    if (b.categoryCode && b.categoryCode !== state.categoryCode)
      Object.assign(ch.casePatch, { categoryCode: b.categoryCode, categorySource: 'dispatcher' });
    else if (!state.categoryCode) return refuse('CATEGORY_REQUIRED');
    for (const a of ch.assignments.filter(isActive)) ch.patch(a, { status: 'cancelled' });
    const plan = planDispatch(
      state,
      { leadUnitId: b.leadUnitId, assistUnitIds: b.assistUnitIds, via: 'manual' },
      need(state.deadlines, 'deadlines'),
      now,
      need(state.newId, 'newId'),
    );
    ch.newAssignments.push(...plan.assignments);
    Object.assign(ch.casePatch, plan.casePatch);
    ch.events.push({ ...plan.event, note: b.note ?? null });
    ch.notices.push(...plan.notices);
    ch.timers.push(...plan.timers);
  },
  accept(ch, b) {
    // The lead signs for the case; each co-unit signs for its own part (assist_accept).
    const lead = leadOf(ch.assignments)!;
    ch.patch(lead, { status: 'accepted', acceptedAt: ch.now, respondedAt: ch.now });
    ch.event({ note: b.note ?? null });
  },
  return(ch, b) {
    const lead = leadOf(ch.assignments)!;
    ch.patch(lead, { status: 'returned', returnReason: b.reason });
    for (const a of ch.assignments.filter(isActive))
      if (a.id !== lead.id) ch.patch(a, { status: 'cancelled' });
    const count = ch.state.returnCount + 1;
    const dispute = count >= RETURNS_TO_ARBITRATION;
    if (dispute) ch.status = 'arbitration';
    Object.assign(ch.casePatch, { returnCount: count, leadUnitId: null });
    ch.notice(dispute ? 'arbitration' : 'returned', { role: 'dispatch_centre' }, { reason: b.reason });
    ch.event({ note: b.reason, data: { unit: lead.unitName ?? null, returnCount: count } });
  },
  progress(ch, b, actor) {
    const mine = ch.assignments.find((a) => a.unitId === actor.unitId && a.status === 'accepted');
    const lead = leadOf(ch.assignments);
    if (mine?.role === 'assist' && lead)
      ch.notice('assist_progress', { unitId: lead.unitId }, { note: b.note });
    ch.event({
      note: b.note,
      photoIds: b.photoIds,
      ...(b.toResident ? { noteVisibility: 'public' as const } : {}),
    });
  },
  report(ch, b) {
    const lead = leadOf(ch.assignments)!;
    ch.patch(lead, { status: 'reported', reportedAt: ch.now, result: b.result });
    ch.notice('verify', { role: 'grid_worker' });
    ch.notice('verify_centre', { role: 'dispatch_centre' });
    const assists = ch.assignments.filter((a) => a.role === 'assist' && a.status !== 'cancelled');
    ch.event({
      note: b.result,
      photoIds: b.photoIds,
      ...(assists.length
        ? { data: { assists: assists.map((a) => ({ unitId: a.unitId, status: a.status })) } }
        : {}),
    });
  },
  verify_pass(ch, b) {
    for (const a of ch.assignments.filter((x) => ['pending', 'accepted', 'reported'].includes(x.status)))
      ch.patch(a, { status: 'done' });
    ch.casePatch.closedAt = ch.now;
    const lead = leadOf(ch.assignments);
    if (lead) ch.notice('closed', { unitId: lead.unitId });
    ch.event({ note: b.note ?? null });
  },
  verify_fail(ch, b) {
    const lead = ch.assignments.find((a) => a.role === 'lead' && a.status === 'reported')!;
    ch.patch(lead, { status: 'accepted', reportedAt: null });
    // Rework keeps the deadline, and its timer runs again: while the lead stood reported the resolve timer found it
    // closed and stopped, so a deadline that passed meanwhile would never be marked overdue.
    if (lead.resolveDueAt) ch.rearm(lead, lead.resolveDueAt);
    ch.notice('rework', { unitId: lead.unitId }, { reason: b.reason });
    ch.event({ note: b.reason });
  },
  request_extension(ch, b) {
    const lead = leadOf(ch.assignments)!;
    const until = new Date(b.until);
    if (lead.resolveDueAt && until <= lead.resolveDueAt) return refuse('UNTIL_NOT_LATER');
    ch.patch(lead, { extensionUntil: until, extensionReason: b.reason });
    ch.notice(
      'extension_requested',
      { role: 'dispatch_centre' },
      { until: until.toISOString(), reason: b.reason },
    );
    ch.event({ note: b.reason, data: { until } });
  },
  approve_extension(ch, b) {
    const lead = extensionOf(ch.assignments)!;
    const until = lead.extensionUntil!;
    ch.patch(lead, { extensionUntil: null, extensionReason: null });
    ch.shift(lead, { resolve: until });
    ch.notice('extension_approved', { unitId: lead.unitId }, { until: until.toISOString() });
    ch.event({ note: b.note ?? null, data: { until } });
  },
  reject_extension(ch, b) {
    const lead = extensionOf(ch.assignments)!;
    ch.patch(lead, { extensionUntil: null, extensionReason: null });
    ch.notice('extension_rejected', { unitId: lead.unitId }, { reason: b.reason });
    ch.event({ note: b.reason });
  },
  suspend(ch, b) {
    ch.casePatch.previousStatus = ch.state.status;
    // Clocks stop: the running timers go stale by version; resume re-arms them with the paused time added.
    for (const a of ch.assignments.filter(isActive)) ch.patch(a, { timerVersion: a.timerVersion + 1 });
    ch.event({ note: b.reason });
  },
  resume(ch, b) {
    const since = ch.state.suspendedAt;
    const paused = since ? Math.max(0, ch.now.getTime() - since.getTime()) : 0;
    const plus = (d: Date | null) => (d ? new Date(d.getTime() + paused) : null);
    for (const a of ch.assignments.filter(isActive)) {
      const resolve = plus(a.resolveDueAt);
      if (!resolve) continue;
      // Every deadline still running moves by the time the clock stood still: accept, respond and resolve.
      ch.shift(a, { accept: plus(a.acceptDueAt), respond: plus(a.respondDueAt), resolve });
    }
    ch.casePatch.previousStatus = null;
    ch.event({ note: b.note ?? null, data: { pausedMs: paused } });
  },
  void(ch, b) {
    for (const a of ch.assignments.filter(isActive)) ch.patch(a, { status: 'cancelled' });
    ch.event({ note: b.reason });
  },
  merge(ch, b) {
    if (b.parentId === ch.state.id) return refuse('MERGE_SELF');
    const parent = need(ch.state.parent, 'parent');
    if (!MERGE_PARENT_STATUSES.includes(parent.status)) return refuse('MERGE_PARENT_CLOSED');
    for (const a of ch.assignments.filter(isActive)) ch.patch(a, { status: 'cancelled' });
    ch.casePatch.parentId = parent.id;
    ch.events.push({
      caseId: parent.id,
      action: 'merged_child',
      fromStatus: parent.status,
      toStatus: parent.status,
      by: 'actor',
      note: null,
      data: { childId: ch.state.id, noteKey: 'merged_child', noteParams: { childId: ch.state.id } },
      public: true,
    });
    // The duplicate's reporter is told; the tracking page follows the parent from now on.
    ch.event({
      data: { parentId: parent.id, noteKey: 'merged_into', noteParams: { parentId: parent.id } },
    });
  },
  close_direct(ch, b) {
    Object.assign(ch.casePatch, { answer: b.answer, closedAt: ch.now });
    ch.event({ note: b.answer });
  },
  callback(ch, b) {
    Object.assign(ch.casePatch, {
      callbackAt: ch.now,
      callbackResolved: b.resolved,
      callbackRating: b.rating,
      callbackComment: b.comment ?? null,
    });
    ch.event({ note: b.comment ?? null, data: { resolved: b.resolved, rating: b.rating } });
    // An unresolved, unsatisfied answer sends the case back where the category's policy says so; the timeline
    // tells it in order: the rating, then the reopening it caused.
    if (b.rating === 'unsatisfied' && !b.resolved && ch.state.reopenOnUnsatisfied && leadOf(ch.assignments))
      reopenTo(ch, 'system', null, {
        noteKey: 'reopen_unsatisfied',
        noteParams: { comment: b.comment ?? '' },
      });
  },
  reopen(ch, b) {
    reopenTo(ch, 'actor', b.reason);
  },
  urge(ch, b) {
    const lead = ch.assignments.find((a) => a.role === 'lead' && a.status !== 'cancelled');
    if (lead) ch.notice('urge', { unitId: lead.unitId }, { note: b.note ?? '' });
    ch.event({ note: b.note ?? null });
  },
  assist_accept(ch, b, actor) {
    const mine = mineAs(ch.assignments, actor.unitId, 'pending')!;
    ch.patch(mine, { status: 'accepted', acceptedAt: ch.now, respondedAt: ch.now });
    ch.event({ note: b.note ?? null });
  },
  assist_report(ch, b, actor) {
    const mine = mineAs(ch.assignments, actor.unitId, 'accepted')!;
    ch.patch(mine, { status: 'reported', reportedAt: ch.now, result: b.result });
    const lead = leadOf(ch.assignments);
    if (lead) ch.notice('assist_report', { unitId: lead.unitId }, { result: b.result });
    ch.event({ note: b.result, photoIds: b.photoIds });
  },
  release_assist(ch, b) {
    const released = openAssists(ch.assignments).filter((a) => !b.unitId || a.unitId === b.unitId);
    if (released.length === 0) return refuse('NO_OPEN_ASSIST');
    for (const a of released) {
      ch.patch(a, { status: 'released', releaseReason: b.reason, timerVersion: a.timerVersion + 1 });
      ch.notice('assist_released', { unitId: a.unitId }, { reason: b.reason });
    }
    ch.event({ note: b.reason, data: { unitIds: released.map((a) => a.unitId) } });
  },
};

/**
 * One step of the lifecycle. Pure: the same arguments give the same answer; `now` is the only clock and
 * `state.newId` the only source of new ids.
 */
export function applyAction<A extends CaseAction>(
  state: CaseState,
  assignments: readonly AssignmentState[],
  action: A,
  input: ActionInputs[A],
  actor: ActingParty,
  now: Date,
): Applied | Refusal {
  const refused = checkAction(action, state, assignments, actor);
  if (refused) return refused;
  const ch = new Change(state, assignments, action, now);
  const out = (EFFECTS[action] as Effect<A>)(ch, input, actor);
  return out ?? ch.done();
}
