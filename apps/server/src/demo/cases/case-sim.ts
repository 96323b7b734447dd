import {
  applyAction,
  isInactive,
  isRefusal,
  MERGE_PARENT_STATUSES,
  planDispatch,
  type ActionInputs,
  type Actor as Relation,
  type Applied,
  type AssignmentState,
  type AssignmentStatus,
  type CallbackRating,
  type CaseAction,
  type CaseState,
  type EventDraft,
  type NoticeTo,
  type TimerRequest,
  type CaseStatus,
  type Channel,
  type RequestType,
  type Urgency,
} from '@onegrid/domain';
import { beijingTime } from '../../lib/time.ts';
import { noticeNotification } from '../../modules/cases/case-notices.ts';
import { timersFor } from '../../modules/cases/dispatch.ts';
import type { DeadlineClock } from '../../modules/deadlines/deadline-clock.ts';
import { timerKey } from '../../modules/timers/timers.pgboss.ts';
import type { Rng } from '../random.ts';
import type { Person, World, WorldGrid } from './world.ts';

type Rating = CallbackRating;

export interface SimAssignment {
  id: string;
  unitId: string;
  role: 'lead' | 'assist';
  status: AssignmentStatus;
  createdAt: number;
  acceptedAt: number | null;
  reportedAt: number | null;
  acceptDueAt: number;
  respondDueAt: number;
  resolveDueAt: number;
  warnedAt: number | null;
  overdueAt: number | null;
  timerVersion: number;
  extensionUntil: number | null;
  extensionReason: string | null;
  returnReason: string | null;
  result: string | null;
}

interface PendingTimer {
  assignment: SimAssignment;
  version: number;
  kind: 'accept' | 'resolve';
  edge: 'warn' | 'overdue';
  at: number;
  dueAt: number;
}

/** A timeline row; `late` fills note and data once every case has its number (merge texts name the other case). */
export interface SimEvent {
  at: number;
  seq: number;
  action: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  actorId: string | null;
  actorName: string | null;
  unitId: string | null;
  note: string | null;
  data: unknown;
  public: boolean;
  late?: () => { note: string | null; data: unknown };
}

export interface SimNotification {
  at: number;
  seq: number;
  unitId: string | null;
  userId: string | null;
  kind: string;
  /** rendered with the kind in the reader's language */
  params: Record<string, string | number>;
}

/** What intake decided before the first write: everything of the case row that the story does not change. */
export interface CaseBase {
  createdAt: number;
  requestType: RequestType;
  channel: Channel;
  categoryCode: string | null;
  categorySource: 'given' | 'classifier';
  confidence: number | null;
  urgency: Urgency;
  title: string;
  description: string;
  address: string | null;
  grid: WorldGrid | null;
  lon: number | null;
  lat: number | null;
  regionPath: string;
  reporterName: string | null;
  reporterPhone: string | null;
  anonymous: boolean;
  createdBy: Person | null;
  suggestions: unknown[];
}

/** The time is past the demo's "now": the story does not fit and is laid out again, earlier. */
export class TooLate extends Error {
  constructor(readonly overshoot: number) {
    super('demo story runs past now');
  }
}

/** A stand-in for the merge parent's number, which exists only after every story is laid out. */
const PARENT = 'parent';

/** Fills an event's note and data once case numbers exist. */
type LateFor = (e: EventDraft) => { note: string | null; data: unknown };
/** What a co-unit reports of its part in the demo stories. */
const ASSIST_RESULT = '已配合完成协办事项';
const RESIDENT: Person = { id: null, name: '居民', unitId: null };
/** The system (timers, intake's own dispatch): no person; the timeline names it in the reader's language. */
const SYSTEM: Person = { id: null, name: null, unitId: null };
const KIND_ZH = { accept: '签收', resolve: '办结' } as const;

/** The chosen parent was no longer open when the dispatcher got to merge: pick another. */
export class ParentClosed extends Error {
  constructor() {
    super('demo story: merge parent closed');
  }
}

/** A uuid from the seeded generator, so the demo is the same on every first start. */
export function seededUuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/**
 * One demo case played through the lifecycle of packages/domain: each action is the domain's applyAction — the
 * function actions.service.ts calls — kept in memory (assignments, deadlines, timeline, notifications), and the
 * deadline timers fire at their times as the timer worker would have. Nothing is written here; load.ts does.
 */
export class CaseSim {
  id = '';
  status: CaseStatus = 'registered';
  previousStatus: CaseStatus | null = null;
  readonly history: { at: number; status: CaseStatus }[] = [];
  readonly assignments: SimAssignment[] = [];
  readonly events: SimEvent[] = [];
  readonly notifications: SimNotification[] = [];
  leadUnitId: string | null = null;
  routeSource: string | null = null;
  resolveDueAt: number | null = null;
  closedAt: number | null = null;
  returnCount = 0;
  reopenCount = 0;
  answer: string | null = null;
  rated: { at: number; resolved: boolean; rating: Rating; comment: string | null } | null = null;
  parent: CaseSim | null = null;
  t: number;
  private seq = 0;
  private timers: PendingTimer[] = [];

  constructor(
    private readonly clock: DeadlineClock,
    readonly world: World,
    readonly base: CaseBase,
    private readonly rng: Rng,
    private readonly share: number,
  ) {
    this.t = base.createdAt;
  }

  get lead(): SimAssignment | undefined {
    return [...this.assignments]
      .reverse()
      .find((a) => a.role === 'lead' && a.status !== 'cancelled' && a.status !== 'returned');
  }

  private active() {
    return this.assignments.filter((a) => a.status === 'pending' || a.status === 'accepted');
  }

  private centre() {
    return this.world.government;
  }

  /** Steps of one case are at least a second apart, in order, whatever the story's arithmetic gave. */
  private when(at: number): number {
    return Math.round(Math.max(at, this.t + 1000));
  }

  /** Staff act 8:00–20:00 Beijing time: a step at night waits for the morning, if the morning has come. */
  private working(at: number): number {
    const hour = (((at / 3_600_000 + 8) % 24) + 24) % 24;
    if (hour >= 8 && hour < 20) return at;
    const next = Math.round(at + ((hour < 8 ? 8 - hour : 32 - hour) + this.rng() * 3.5) * 3_600_000);
    return next < this.world.now.getTime() ? next : at;
  }

  /** Moves the clock to `at`, firing the deadline timers due by then. */
  private advance(at: number) {
    if (at > this.world.now.getTime()) throw new TooLate(at - this.world.now.getTime());
    if (at < this.t) at = this.t;
    const due = this.timers.filter((x) => x.at <= at).sort((a, b) => a.at - b.at);
    this.timers = this.timers.filter((x) => x.at > at);
    for (const timer of due) this.fire(timer);
    this.t = at;
  }

  /** fireTimer of timers.service.ts: the same checks, marks, event and notices. */
  private fire(x: PendingTimer) {
    const a = x.assignment;
    if (a.timerVersion !== x.version) return;
    const open = a.status === 'pending' || (a.status === 'accepted' && x.kind === 'resolve');
    if (!open || isInactive(this.status)) return;
    const unit = this.world.units.get(a.unitId);
    if (!unit) return;
    const due = beijingTime(new Date(x.dueAt));
    const what = KIND_ZH[x.kind];
    if (x.edge === 'warn') a.warnedAt ??= x.at;
    else a.overdueAt ??= x.at;
    let superiorId: string | null = null;
    // The same kinds and parameters as the timer worker writes (timers.service.ts), rendered by the reader.
    const params = { caseTitle: this.base.title, what: x.kind, due: new Date(x.dueAt).toISOString() };
    if (x.edge === 'warn') {
      this.notify(x.at, { unitId: unit.id, kind: 'deadline_warning', params });
    } else {
      this.notify(x.at, { unitId: unit.id, kind: 'overdue', params });
      const superior = unit.parentId ? this.world.units.get(unit.parentId) : this.world.government;
      if (superior && superior.id !== unit.id) {
        superiorId = superior.id;
        this.notify(x.at, {
          unitId: superior.id,
          kind: 'overdue_escalated',
          params: { ...params, unit: unit.name },
        });
      }
    }
    const data = {
      noteKey: x.edge === 'warn' ? 'deadline_warning' : 'deadline_overdue',
      noteParams: { what: x.kind, due: params.due },
      timerKey: timerKey({ assignmentId: a.id, kind: x.kind, edge: x.edge, version: x.version }),
      assignmentId: a.id,
      kind: x.kind,
      edge: x.edge,
      version: x.version,
      dueAt: new Date(x.dueAt).toISOString(),
      ...(superiorId ? { supervisedBy: superiorId } : {}),
    };
    this.event(x.at, x.edge === 'warn' ? 'deadline_warning' : 'overdue', this.status, this.status, null, {
      note: x.edge === 'warn' ? `${what}时限将于 ${due} 到期` : `已超过${what}时限（${due}）`,
      data,
      public: false,
      unitId: unit.id,
    });
  }

  private schedule(t: TimerRequest) {
    const a = this.assignments.find((x) => x.id === t.assignmentId)!;
    for (const timer of timersFor(
      { id: t.assignmentId, timer_version: t.version, role: t.role },
      t.start,
      { acceptDue: t.acceptDue ?? t.resolveDue, resolveDue: t.resolveDue },
      t.acceptDue !== null,
      this.share,
    ))
      for (const edge of ['warn', 'overdue'] as const)
        this.timers.push({
          assignment: a,
          version: timer.version,
          kind: timer.kind,
          edge,
          at: (edge === 'warn' ? timer.warnAt : timer.dueAt).getTime(),
          dueAt: timer.dueAt.getTime(),
        });
  }

  private event(
    at: number,
    action: string,
    from: CaseStatus | null,
    to: CaseStatus | null,
    actor: Person | null,
    opts: {
      note?: string | null;
      data?: unknown;
      public?: boolean;
      unitId?: string;
      late?: SimEvent['late'];
    } = {},
  ) {
    this.events.push({
      at,
      seq: this.seq++,
      action,
      fromStatus: from,
      toStatus: to,
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? null,
      unitId: opts.unitId ?? actor?.unitId ?? null,
      note: opts.note ?? null,
      data: opts.data ?? null,
      public: opts.public ?? true,
      ...(opts.late ? { late: opts.late } : {}),
    });
  }

  private notify(
    at: number,
    n: {
      unitId?: string;
      userId?: string;
      kind: string;
      params: Record<string, string | number>;
    },
  ) {
    this.notifications.push({
      at,
      seq: this.seq++,
      unitId: n.unitId ?? null,
      userId: n.userId ?? null,
      kind: n.kind,
      params: n.params,
    });
  }

  private setStatus(at: number, status: CaseStatus) {
    this.status = status;
    this.history.push({ at, status });
  }

  private suspendedAt: number | null = null;

  /** The case as the domain's lifecycle reads it. */
  private state(facts: Partial<CaseState> = {}): CaseState {
    return {
      id: this.id || 'sim',
      status: this.status,
      previousStatus: this.previousStatus,
      title: this.base.title,
      categoryCode: this.base.categoryCode,
      returnCount: this.returnCount,
      reopenCount: this.reopenCount,
      callbackAt: this.rated ? new Date(this.rated.at) : null,
      suspendedAt: this.suspendedAt === null ? null : new Date(this.suspendedAt),
      newId: () => seededUuid(this.rng),
      ...facts,
    };
  }

  private assignmentStates(): AssignmentState[] {
    return this.assignments.map((a) => ({
      id: a.id,
      unitId: a.unitId,
      unitName: this.world.units.get(a.unitId)?.name ?? null,
      role: a.role,
      status: a.status,
      createdAt: new Date(a.createdAt),
      acceptDueAt: new Date(a.acceptDueAt),
      respondDueAt: new Date(a.respondDueAt),
      resolveDueAt: new Date(a.resolveDueAt),
      timerVersion: a.timerVersion,
      extensionUntil: a.extensionUntil === null ? null : new Date(a.extensionUntil),
    }));
  }

  /**
   * performAction in memory: the domain's applyAction (the same function the server calls), its answer kept in
   * the sim's rows — status, case and assignment patches, new assignments, timers, timeline and notices.
   */
  private async act<A extends CaseAction>(
    action: A,
    at: number,
    as: Relation,
    by: Person,
    input: ActionInputs[A],
    facts: Partial<CaseState> = {},
    late?: LateFor,
  ): Promise<number> {
    if (as !== 'resident' && as !== 'system' && action !== 'close_direct') at = this.working(at);
    this.advance(at);
    const out = applyAction(
      this.state(facts),
      this.assignmentStates(),
      action,
      input,
      { relations: [as], unitId: by.unitId },
      new Date(at),
    );
    if (isRefusal(out))
      throw new Error(`demo story: ${action} refused from ${this.status} for ${as}: ${out.refused}`);
    this.keep(out, at, by, action === 'suspend', late);
    return at;
  }

  /** Keeps what an action changed, as the server persists it. */
  private keep(out: Applied, at: number, by: Person, suspending = false, late?: LateFor) {
    const p = out.casePatch;
    const ms = (d: Date | null | undefined) => (d === null || d === undefined ? null : d.getTime());
    if (p.previousStatus !== undefined) this.previousStatus = p.previousStatus;
    if (p.returnCount !== undefined) this.returnCount = p.returnCount;
    if (p.reopenCount !== undefined) this.reopenCount = p.reopenCount;
    if (p.leadUnitId !== undefined) this.leadUnitId = p.leadUnitId;
    if (p.routeSource !== undefined) this.routeSource = p.routeSource;
    if (p.resolveDueAt !== undefined) this.resolveDueAt = p.resolveDueAt.getTime();
    if (p.closedAt !== undefined) this.closedAt = ms(p.closedAt);
    if (p.answer !== undefined) this.answer = p.answer;
    if (p.callbackAt !== undefined)
      this.rated =
        p.callbackAt === null
          ? null
          : {
              at,
              resolved: p.callbackResolved!,
              rating: p.callbackRating!,
              comment: p.callbackComment ?? null,
            };
    if (suspending) this.suspendedAt = at;
    if (out.status !== this.status) {
      if (this.status === 'suspended') this.suspendedAt = null;
      this.setStatus(at, out.status);
    }
    for (const { id, patch } of out.assignmentPatches) {
      const a = this.assignments.find((x) => x.id === id)!;
      if (patch.status !== undefined) a.status = patch.status;
      if (patch.acceptedAt !== undefined) a.acceptedAt = patch.acceptedAt.getTime();
      if (patch.reportedAt !== undefined) a.reportedAt = ms(patch.reportedAt);
      if (patch.result !== undefined) a.result = patch.result;
      if (patch.returnReason !== undefined) a.returnReason = patch.returnReason;
      if (patch.acceptDueAt !== undefined) a.acceptDueAt = patch.acceptDueAt.getTime();
      if (patch.respondDueAt !== undefined) a.respondDueAt = patch.respondDueAt.getTime();
      if (patch.resolveDueAt !== undefined) a.resolveDueAt = patch.resolveDueAt.getTime();
      if (patch.timerVersion !== undefined) a.timerVersion = patch.timerVersion;
      if (patch.warnedAt !== undefined) a.warnedAt = null;
      if (patch.overdueAt !== undefined) a.overdueAt = null;
      if (patch.extensionUntil !== undefined) a.extensionUntil = ms(patch.extensionUntil);
      if (patch.extensionReason !== undefined) a.extensionReason = patch.extensionReason;
    }
    for (const n of out.newAssignments)
      this.assignments.push({
        id: n.id,
        unitId: n.unitId,
        role: n.role,
        status: n.status,
        createdAt: n.createdAt.getTime(),
        acceptedAt: null,
        reportedAt: null,
        acceptDueAt: n.acceptDueAt.getTime(),
        respondDueAt: n.respondDueAt.getTime(),
        resolveDueAt: n.resolveDueAt.getTime(),
        warnedAt: null,
        overdueAt: null,
        timerVersion: n.timerVersion,
        extensionUntil: null,
        extensionReason: null,
        returnReason: null,
        result: null,
      });
    for (const t of out.timers) this.schedule(t);
    for (const e of out.events) {
      const target = e.caseId && e.caseId !== this.id ? this.parent : this;
      if (!target) continue;
      target.event(at, e.action, e.fromStatus, e.toStatus, e.by === 'system' ? SYSTEM : by, {
        note: e.note,
        data: e.data ?? null,
        public: e.public,
        ...(late ? { late: () => late(e) } : {}),
      });
    }
    for (const n of out.notices) {
      const row = noticeNotification(n.kind, n.params);
      for (const to of this.recipients(n.to)) this.notify(at, { ...to, ...row });
    }
  }

  /** Role recipients as the server resolves them: the district centre; the grid's worker with an account. */
  private recipients(to: NoticeTo): { unitId?: string; userId?: string }[] {
    if ('unitId' in to) return [{ unitId: to.unitId }];
    if ('userId' in to) return [{ userId: to.userId }];
    if (to.role === 'dispatch_centre') return [{ unitId: this.centre().id }];
    const grid = this.base.grid;
    const worker = this.world.accounts.get('grid_worker');
    return grid && worker?.id && this.world.workerGrids.has(grid.code) ? [{ userId: worker.id }] : [];
  }

  create(by: Person | null) {
    const b = this.base;
    this.history.push({ at: b.createdAt, status: 'registered' });
    this.event(b.createdAt, 'create', null, 'registered', by ?? RESIDENT, {
      data: { channel: b.channel, categorySource: b.categorySource, confidence: b.confidence },
    });
  }

  queue() {
    this.notify(this.t, {
      unitId: this.centre().id,
      kind: 'queued',
      params: { caseTitle: this.base.title },
    });
  }

  /** A dispatch: intake's automatic one (planDispatch, as dispatchRows) or the dispatcher's (applyAction). */
  async dispatch(
    at: number,
    by: Person,
    as: Relation,
    plan: { leadUnitId: string; assistUnitIds: string[]; via: string },
    note: string | null = null,
  ) {
    if (as !== 'system') {
      at = this.when(at);
      at = this.working(at);
      const due = await this.clock.forCategory(new Date(at), this.base.categoryCode, this.base.urgency);
      await this.act(
        'dispatch',
        at,
        as,
        by,
        { leadUnitId: plan.leadUnitId, assistUnitIds: plan.assistUnitIds, ...(note ? { note } : {}) },
        { deadlines: due },
      );
      return;
    }
    // Intake dispatches in its own transaction, not through performAction.
    this.advance(at);
    const due = await this.clock.forCategory(new Date(at), this.base.categoryCode, this.base.urgency);
    const d = planDispatch(this.state(), plan, due, new Date(at), () => seededUuid(this.rng));
    this.keep(
      {
        status: 'dispatched',
        casePatch: d.casePatch,
        assignmentPatches: [],
        newAssignments: d.assignments,
        events: [{ ...d.event, note }],
        notices: d.notices,
        timers: d.timers,
      },
      at,
      by,
    );
  }

  /** The lead signs; each co-unit then signs for its own part. */
  async accept(at: number, note: string | null) {
    at = this.when(at);
    const lead = this.need(this.lead);
    at = await this.act('accept', at, 'lead_unit', this.world.handlerOf(lead.unitId), note ? { note } : {});
    for (const a of this.assignments.filter((x) => x.role === 'assist' && x.status === 'pending'))
      at = await this.act('assist_accept', this.when(at), 'assist_unit', this.world.handlerOf(a.unitId), {});
  }

  async return(at: number, reason: string) {
    at = this.when(at);
    const lead = this.need(this.lead);
    await this.act('return', at, 'lead_unit', this.world.handlerOf(lead.unitId), { reason });
  }

  async progress(at: number, note: string, byAssist = false) {
    at = this.when(at);
    const lead = this.need(this.lead);
    const mine = byAssist
      ? this.assignments.find((a) => a.role === 'assist' && a.status === 'accepted')
      : lead;
    const unitId = (mine ?? lead).unitId;
    await this.act(
      'progress',
      at,
      mine?.role === 'assist' ? 'assist_unit' : 'lead_unit',
      this.world.handlerOf(unitId),
      { note, photoIds: [], toResident: false },
    );
  }

  /** Co-units report their part first (the lead's report waits for them), then the lead reports. */
  async report(at: number, result: string) {
    at = this.when(at);
    const lead = this.need(this.lead);
    for (const a of this.assignments.filter((x) => x.role === 'assist' && x.status === 'pending'))
      at = this.when(await this.act('assist_accept', at, 'assist_unit', this.world.handlerOf(a.unitId), {}));
    for (const a of this.assignments.filter((x) => x.role === 'assist' && x.status === 'accepted'))
      at = this.when(
        await this.act('assist_report', at, 'assist_unit', this.world.handlerOf(a.unitId), {
          result: ASSIST_RESULT,
          photoIds: [],
        }),
      );
    await this.act('report', at, 'lead_unit', this.world.handlerOf(lead.unitId), { result, photoIds: [] });
  }

  /** By the grid worker of the case's grid when there is one with an account, else by the dispatcher. */
  private verifier(): [Person, Relation] {
    const worker = this.world.accounts.get('grid_worker');
    if (worker && this.base.grid && this.world.workerGrids.has(this.base.grid.code))
      return [worker, 'grid_worker'];
    return [this.world.accounts.get('dispatcher')!, 'dispatcher'];
  }

  async verifyPass(at: number, note: string | null) {
    at = this.when(at);
    const [by, as] = this.verifier();
    await this.act('verify_pass', at, as, by, note ? { note } : {});
  }

  async verifyFail(at: number, reason: string) {
    at = this.when(at);
    const [by, as] = this.verifier();
    await this.act('verify_fail', at, as, by, { reason });
  }

  async requestExtension(at: number, until: number, reason: string) {
    at = this.when(at);
    const lead = this.need(this.lead);
    await this.act('request_extension', at, 'lead_unit', this.world.handlerOf(lead.unitId), {
      until: new Date(until).toISOString(),
      reason,
    });
  }

  async approveExtension(at: number, note: string | null) {
    at = this.when(at);
    await this.act('approve_extension', at, 'dispatcher', this.dispatcher(), note ? { note } : {});
  }

  async rejectExtension(at: number, reason: string) {
    at = this.when(at);
    await this.act('reject_extension', at, 'dispatcher', this.dispatcher(), { reason });
  }

  async suspend(at: number, reason: string) {
    at = this.when(at);
    await this.act('suspend', at, 'dispatcher', this.dispatcher(), { reason });
  }

  async resume(at: number, note: string | null) {
    at = this.when(at);
    await this.act('resume', at, 'dispatcher', this.dispatcher(), note ? { note } : {});
  }

  async void(at: number, reason: string) {
    at = this.when(at);
    await this.act('void', at, 'dispatcher', this.dispatcher(), { reason });
  }

  /** Whether the case could take a merged duplicate at `at` (its status then). */
  openAt(at: number): boolean {
    const before = this.history.filter((h) => h.at <= at);
    const status = before.at(-1)?.status;
    return status !== undefined && MERGE_PARENT_STATUSES.includes(status);
  }

  async merge(at: number, parent: CaseSim) {
    at = this.when(at);
    const dispatcher = this.dispatcher();
    const when = this.working(at);
    if (!parent.openAt(when)) throw new ParentClosed();
    const parentStatus = parent.history.filter((h) => h.at <= when).at(-1)!.status;
    this.parent = parent;
    // Case numbers exist only once every story is laid out: the events' data is filled in then.
    await this.act(
      'merge',
      when,
      'dispatcher',
      dispatcher,
      { parentId: PARENT },
      { parent: { id: PARENT, status: parentStatus } },
      (e) => ({
        note: null,
        data:
          e.action === 'merged_child'
            ? { childId: this.id, noteKey: 'merged_child', noteParams: { childId: this.id } }
            : { parentId: parent.id, noteKey: 'merged_into', noteParams: { parentId: parent.id } },
      }),
    );
  }

  async closeDirect(at: number, answer: string) {
    at = this.when(at);
    await this.act('close_direct', at, 'operator', this.world.accounts.get('operator')!, { answer });
  }

  async callback(at: number, byResident: boolean, resolved: boolean, rating: Rating, comment: string | null) {
    at = this.when(at);
    const by = byResident ? RESIDENT : this.world.accounts.get('operator')!;
    const category = this.world.categories.find((c) => c.code === this.base.categoryCode);
    const deadlines = await this.clock.forCategory(new Date(at), this.base.categoryCode, this.base.urgency);
    await this.act(
      'callback',
      at,
      byResident ? 'resident' : 'operator',
      by,
      { resolved, rating, ...(comment ? { comment } : {}) },
      { reopenOnUnsatisfied: Boolean(category?.reopenOnUnsatisfied), deadlines },
    );
  }

  async urge(at: number, note: string) {
    at = this.when(at);
    await this.act('urge', at, 'dispatcher', this.dispatcher(), { note });
  }

  private dispatcher(): Person {
    return this.world.accounts.get('dispatcher')!;
  }

  /** Fires what is left to fire until the demo's "now". */
  finish() {
    this.advance(this.world.now.getTime());
  }

  private need<T>(x: T | undefined): T {
    if (x === undefined) throw new Error(`demo story: no such assignment (case in ${this.status})`);
    return x;
  }
}
