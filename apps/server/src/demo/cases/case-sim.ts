import {
  canTransition,
  nextStatus,
  type Actor as Relation,
  type CaseAction,
  type CaseStatus,
  type Channel,
  type RequestType,
  type Urgency,
} from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import { beijingTime } from '../../lib/time.ts';
import { timersFor } from '../../modules/cases/dispatch.ts';
import { deadlinesFor } from '../../modules/deadlines/deadline-clock.ts';
import { timerKey } from '../../modules/timers/timers.pgboss.ts';
import type { Rng } from '../random.ts';
import type { Person, World, WorldGrid } from './world.ts';

type AssignmentStatus = 'pending' | 'accepted' | 'returned' | 'reported' | 'done' | 'cancelled';
type Rating = 'satisfied' | 'basically_satisfied' | 'unsatisfied';

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
  title: string;
  body: string;
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

const INACTIVE = new Set<CaseStatus>(['suspended', 'closed', 'void', 'merged']);
const MERGE_PARENT = new Set<CaseStatus>(['registered', 'dispatched', 'in_progress', 'reported', 'returned']);
const PRIVATE = new Set(['urge', 'request_extension', 'reject_extension']);
const RESIDENT: Person = { id: null, name: '居民', unitId: null };
const SYSTEM: Person = { id: null, name: '系统', unitId: null };
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
 * One demo case played through the state machine of packages/domain: each action is checked with canTransition
 * and has the effects actions.service.ts gives it (assignments, deadlines, timeline, notifications), and the
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
    private readonly db: DbOrTx,
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
    if (!open || INACTIVE.has(this.status)) return;
    const unit = this.world.units.get(a.unitId);
    if (!unit) return;
    const due = beijingTime(new Date(x.dueAt));
    const what = KIND_ZH[x.kind];
    if (x.edge === 'warn') a.warnedAt ??= x.at;
    else a.overdueAt ??= x.at;
    let superiorId: string | null = null;
    if (x.edge === 'warn') {
      this.notify(x.at, {
        unitId: unit.id,
        kind: 'deadline_warning',
        title: `【即将超期】${this.base.title}`,
        body: () => `案件 ${this.id} 的${what}时限将于 ${due} 到期，请尽快处理。`,
      });
    } else {
      this.notify(x.at, {
        unitId: unit.id,
        kind: 'overdue',
        title: `【已超期】${this.base.title}`,
        body: () => `案件 ${this.id} 已超过${what}时限（${due}），请立即处理。`,
      });
      const superior = unit.parentId ? this.world.units.get(unit.parentId) : this.world.government;
      if (superior && superior.id !== unit.id) {
        superiorId = superior.id;
        this.notify(x.at, {
          unitId: superior.id,
          kind: 'supervision',
          title: `【督办】${unit.name}：${this.base.title}`,
          body: () =>
            `${unit.name}承办的案件 ${this.id}「${this.base.title}」已超过${what}时限（${due}），请督促办理。`,
        });
      }
    }
    const data = {
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

  private schedule(a: SimAssignment, start: number, includeAccept: boolean) {
    const due = { acceptDue: new Date(a.acceptDueAt), resolveDue: new Date(a.resolveDueAt) };
    for (const t of timersFor(
      { ...a, timer_version: a.timerVersion },
      new Date(start),
      due,
      includeAccept,
      this.share,
    ))
      for (const edge of ['warn', 'overdue'] as const)
        this.timers.push({
          assignment: a,
          version: t.version,
          kind: t.kind,
          edge,
          at: (edge === 'warn' ? t.warnAt : t.dueAt).getTime(),
          dueAt: t.dueAt.getTime(),
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
    n: { unitId?: string; userId?: string; kind: string; title: string; body?: string | (() => string) },
  ) {
    const body = n.body ?? '';
    this.notifications.push({
      at,
      seq: this.seq++,
      unitId: n.unitId ?? null,
      userId: n.userId ?? null,
      kind: n.kind,
      title: n.title,
      // Bodies naming the case number are filled in when numbers exist; the getter reads it then.
      get body() {
        return typeof body === 'function' ? body() : body;
      },
    });
  }

  private setStatus(at: number, status: CaseStatus) {
    this.status = status;
    this.history.push({ at, status });
  }

  /** performAction: the transition checked against the table, its effect, then the status and the event. */
  private async act(
    action: CaseAction,
    at: number,
    as: Relation,
    by: Person,
    effect: (
      s: { to: CaseStatus; event: { note?: string | null; data?: unknown; late?: SimEvent['late'] } },
      at: number,
    ) => Promise<{ skipEvent?: boolean } | void> | { skipEvent?: boolean } | void,
  ): Promise<number> {
    if (as !== 'resident' && as !== 'system' && action !== 'close_direct') at = this.working(at);
    this.advance(at);
    if (!canTransition(action, this.status, [as]))
      throw new Error(`demo story: ${action} not allowed from ${this.status} for ${as}`);
    const from = this.status;
    const step = { to: nextStatus(action, from, this.previousStatus), event: {} };
    const before = this.status;
    const out = await effect(step, at);
    if (this.status === before && step.to !== before) this.setStatus(at, step.to);
    if (!out?.skipEvent) {
      this.event(at, action, from, action === 'callback' ? from : this.status, by, {
        ...step.event,
        public: !PRIVATE.has(action),
      });
    }
    return at;
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
      title: `新诉求待派单：${this.base.title}`,
    });
  }

  /** dispatchTx: assignments with deadlines from the policy and calendar, timers, event, notices. */
  async dispatch(
    at: number,
    by: Person,
    as: Relation,
    plan: { leadUnitId: string; assistUnitIds: string[]; via: string },
    note: string | null = null,
  ) {
    if (as !== 'system') at = this.when(at);
    const auto = as === 'system';
    const work = async (at: number) => {
      const from = this.status;
      for (const a of this.active()) a.status = 'cancelled';
      const due = await deadlinesFor(this.db, new Date(at), this.base.categoryCode, this.base.urgency);
      const assists = [...new Set(plan.assistUnitIds.filter((u) => u !== plan.leadUnitId))];
      for (const [unitId, role] of [
        [plan.leadUnitId, 'lead'] as const,
        ...assists.map((u) => [u, 'assist'] as const),
      ]) {
        const a: SimAssignment = {
          id: seededUuid(this.rng),
          unitId,
          role,
          status: 'pending',
          createdAt: at,
          acceptedAt: null,
          reportedAt: null,
          acceptDueAt: due.acceptDue.getTime(),
          respondDueAt: due.respondDue.getTime(),
          resolveDueAt: due.resolveDue.getTime(),
          warnedAt: null,
          overdueAt: null,
          timerVersion: 0,
          extensionUntil: null,
          extensionReason: null,
          returnReason: null,
          result: null,
        };
        this.assignments.push(a);
        this.schedule(a, at, true);
      }
      this.setStatus(at, 'dispatched');
      this.leadUnitId = plan.leadUnitId;
      this.routeSource = plan.via;
      this.resolveDueAt = due.resolveDue.getTime();
      this.event(at, 'dispatch', from, 'dispatched', by, {
        note,
        data: {
          leadUnitId: plan.leadUnitId,
          assistUnitIds: assists,
          via: plan.via,
          resolveDue: due.resolveDue,
        },
      });
      this.notify(at, {
        unitId: plan.leadUnitId,
        kind: 'assigned',
        title: `新派单（主办）：${this.base.title}`,
        body: `请在 ${beijingTime(due.acceptDue)} 前签收`,
      });
      for (const unitId of assists)
        this.notify(at, { unitId, kind: 'assigned', title: `新派单（协办）：${this.base.title}` });
      return { skipEvent: true };
    };
    if (auto) {
      // Intake dispatches in its own transaction, not through performAction.
      this.advance(at);
      await work(at);
    } else {
      await this.act('dispatch', at, as, by, (_s, t) => work(t));
    }
  }

  async accept(at: number, note: string | null) {
    at = this.when(at);
    const lead = this.need(this.lead);
    await this.act('accept', at, 'lead_unit', this.world.handlerOf(lead.unitId), (s, at) => {
      for (const a of [
        lead,
        ...this.assignments.filter((x) => x.role === 'assist' && x.status === 'pending'),
      ]) {
        a.status = 'accepted';
        a.acceptedAt = at;
      }
      s.event = { note };
    });
  }

  async return(at: number, reason: string) {
    at = this.when(at);
    const lead = this.need(this.lead);
    await this.act('return', at, 'lead_unit', this.world.handlerOf(lead.unitId), (s, at) => {
      lead.status = 'returned';
      lead.returnReason = reason;
      for (const a of this.active()) a.status = 'cancelled';
      this.returnCount++;
      if (this.returnCount >= 2) s.to = 'arbitration';
      this.leadUnitId = null;
      const dispute = this.returnCount >= 2;
      this.notify(at, {
        unitId: this.centre().id,
        kind: dispute ? 'arbitration' : 'returned',
        title: `${dispute ? '争议件待仲裁' : '退单待重派'}：${this.base.title}`,
        body: reason,
      });
      const unit = this.world.units.get(lead.unitId);
      s.event = { note: reason, data: { unit: unit?.name, returnCount: this.returnCount } };
    });
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
      (s, at) => {
        if (mine?.role === 'assist')
          this.notify(at, {
            unitId: lead.unitId,
            kind: 'assist_report',
            title: `协办单位反馈：${this.base.title}`,
            body: note,
          });
        s.event = { note };
      },
    );
  }

  async report(at: number, result: string) {
    at = this.when(at);
    const lead = this.need(this.lead);
    await this.act('report', at, 'lead_unit', this.world.handlerOf(lead.unitId), (s, at) => {
      lead.status = 'reported';
      lead.reportedAt = at;
      lead.result = result;
      for (const a of this.assignments.filter((x) => x.role === 'assist' && x.status === 'accepted'))
        a.status = 'done';
      const grid = this.base.grid;
      const worker = this.world.accounts.get('grid_worker');
      if (grid && worker?.id && this.world.workerGrids.has(grid.code))
        this.notify(at, { userId: worker.id, kind: 'verify', title: `待核查：${this.base.title}` });
      this.notify(at, {
        unitId: this.centre().id,
        kind: 'verify',
        title: `已反馈待核查：${this.base.title}`,
      });
      s.event = { note: result };
    });
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
    await this.act('verify_pass', at, as, by, (s, at) => {
      for (const a of this.assignments.filter((x) => ['pending', 'accepted', 'reported'].includes(x.status)))
        a.status = 'done';
      this.closedAt = at;
      const lead = this.lead;
      if (lead) this.notify(at, { unitId: lead.unitId, kind: 'closed', title: `已结案：${this.base.title}` });
      s.event = { note };
    });
  }

  async verifyFail(at: number, reason: string) {
    at = this.when(at);
    const [by, as] = this.verifier();
    await this.act('verify_fail', at, as, by, (s, at) => {
      const lead = this.need(this.assignments.find((a) => a.role === 'lead' && a.status === 'reported'));
      lead.status = 'accepted';
      lead.reportedAt = null;
      this.notify(at, {
        unitId: lead.unitId,
        kind: 'rework',
        title: `核查未通过，请重办：${this.base.title}`,
        body: reason,
      });
      s.event = { note: reason };
    });
  }

  async requestExtension(at: number, until: number, reason: string) {
    at = this.when(at);
    const lead = this.need(this.lead);
    await this.act('request_extension', at, 'lead_unit', this.world.handlerOf(lead.unitId), (s, at) => {
      lead.extensionUntil = until;
      lead.extensionReason = reason;
      this.notify(at, {
        unitId: this.centre().id,
        kind: 'extension',
        title: `延期申请：${this.base.title}`,
        body: `${beijingTime(new Date(until))}：${reason}`,
      });
      s.event = { note: reason, data: { until: new Date(until) } };
    });
  }

  /** shiftDeadlines of actions.service.ts: new resolve deadline, a new timer version, marks cleared. */
  private shift(at: number, rows: SimAssignment[], due: (a: SimAssignment) => number) {
    for (const a of rows) {
      a.resolveDueAt = due(a);
      a.timerVersion++;
      a.warnedAt = null;
      a.overdueAt = null;
      this.schedule(a, at, false);
      if (a.role === 'lead') this.resolveDueAt = a.resolveDueAt;
    }
  }

  async approveExtension(at: number, note: string | null) {
    at = this.when(at);
    await this.act('approve_extension', at, 'dispatcher', this.world.accounts.get('dispatcher')!, (s, at) => {
      const lead = this.need(this.assignments.find((a) => a.role === 'lead' && a.extensionUntil));
      const until = lead.extensionUntil!;
      lead.extensionUntil = null;
      lead.extensionReason = null;
      this.shift(at, [lead], () => until);
      this.notify(at, {
        unitId: lead.unitId,
        kind: 'extension',
        title: `延期已批准至 ${beijingTime(new Date(until))}：${this.base.title}`,
      });
      s.event = { note, data: { until: new Date(until) } };
    });
  }

  async rejectExtension(at: number, reason: string) {
    at = this.when(at);
    await this.act('reject_extension', at, 'dispatcher', this.world.accounts.get('dispatcher')!, (s, at) => {
      const lead = this.need(this.assignments.find((a) => a.role === 'lead' && a.extensionUntil));
      lead.extensionUntil = null;
      lead.extensionReason = null;
      this.notify(at, {
        unitId: lead.unitId,
        kind: 'extension',
        title: `延期未批准：${this.base.title}`,
        body: reason,
      });
      s.event = { note: reason };
    });
  }

  private suspendedAt = 0;

  async suspend(at: number, reason: string) {
    at = this.when(at);
    await this.act('suspend', at, 'dispatcher', this.world.accounts.get('dispatcher')!, (s, at) => {
      this.previousStatus = this.status;
      for (const a of this.active()) a.timerVersion++;
      this.suspendedAt = at;
      s.event = { note: reason };
    });
  }

  async resume(at: number, note: string | null) {
    at = this.when(at);
    await this.act('resume', at, 'dispatcher', this.world.accounts.get('dispatcher')!, (s, at) => {
      const paused = at - this.suspendedAt;
      this.shift(at, this.active(), (a) => a.resolveDueAt + paused);
      this.previousStatus = null;
      s.event = { note, data: { pausedMs: paused } };
    });
  }

  async void(at: number, reason: string) {
    at = this.when(at);
    await this.act('void', at, 'dispatcher', this.world.accounts.get('dispatcher')!, (s) => {
      for (const a of this.active()) a.status = 'cancelled';
      s.event = { note: reason };
    });
  }

  /** Whether the case could take a merged duplicate at `at` (its status then). */
  openAt(at: number): boolean {
    const before = this.history.filter((h) => h.at <= at);
    const status = before.at(-1)?.status;
    return status !== undefined && MERGE_PARENT.has(status);
  }

  async merge(at: number, parent: CaseSim) {
    at = this.when(at);
    const dispatcher = this.world.accounts.get('dispatcher')!;
    await this.act('merge', at, 'dispatcher', dispatcher, (s, at) => {
      if (!parent.openAt(at)) throw new ParentClosed();
      for (const a of this.active()) a.status = 'cancelled';
      this.parent = parent;
      const parentStatus = parent.history.filter((h) => h.at <= at).at(-1)!.status;
      parent.event(at, 'merged_child', parentStatus, parentStatus, dispatcher, {
        late: () => ({ note: `并入重复诉求 ${this.id}`, data: { childId: this.id } }),
      });
      s.event = {
        late: () => ({ note: `已并入 ${parent.id}，请关注该诉求的办理进展`, data: { parentId: parent.id } }),
      };
    });
  }

  async closeDirect(at: number, answer: string) {
    at = this.when(at);
    await this.act('close_direct', at, 'operator', this.world.accounts.get('operator')!, (s, at) => {
      this.answer = answer;
      this.closedAt = at;
      s.event = { note: answer };
    });
  }

  async callback(at: number, byResident: boolean, resolved: boolean, rating: Rating, comment: string | null) {
    at = this.when(at);
    const by = byResident ? RESIDENT : this.world.accounts.get('operator')!;
    const category = this.world.categories.find((c) => c.code === this.base.categoryCode);
    const done = await this.act('callback', at, byResident ? 'resident' : 'operator', by, (s, at) => {
      this.rated = { at, resolved, rating, comment };
      s.event = { note: comment, data: { resolved, rating } };
    });
    // The rule of the callback effect; written after its event here, so the timeline reads in causal order.
    if (rating === 'unsatisfied' && !resolved && category?.reopenOnUnsatisfied && this.lead)
      await this.reopen(done + 1000, `回访不满意：${comment ?? ''}`.trim());
  }

  private async reopen(at: number, reason: string) {
    this.advance(at);
    if (!canTransition('reopen', this.status, ['system']))
      throw new Error(`demo story: reopen from ${this.status}`);
    const lead = this.need(this.lead);
    const due = await deadlinesFor(this.db, new Date(at), this.base.categoryCode, this.base.urgency);
    lead.status = 'accepted';
    lead.reportedAt = null;
    this.shift(at, [lead], () => due.resolveDue.getTime());
    this.setStatus(at, 'in_progress');
    this.reopenCount++;
    this.closedAt = null;
    this.rated = null;
    this.event(at, 'reopen', 'closed', 'in_progress', SYSTEM, { note: reason });
    this.notify(at, { unitId: lead.unitId, kind: 'rework', title: `重办：${this.base.title}`, body: reason });
  }

  async urge(at: number, note: string) {
    at = this.when(at);
    const supervisor = this.world.accounts.get('dispatcher')!;
    await this.act('urge', at, 'dispatcher', supervisor, (s, at) => {
      const lead = this.assignments.find((a) => a.role === 'lead' && a.status !== 'cancelled');
      if (lead)
        this.notify(at, { unitId: lead.unitId, kind: 'urge', title: `催办：${this.base.title}`, body: note });
      s.event = { note };
    });
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
