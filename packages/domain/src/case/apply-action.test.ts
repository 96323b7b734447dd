import { describe, expect, it } from 'vitest';
import {
  applyAction,
  isRefusal,
  offeredActions,
  type ActionInputs,
  type Applied,
  type AssignmentState,
  type CaseState,
  type Refusal,
} from './apply-action.ts';
import { CaseAction, CaseStatus, type Actor as Relation } from './lifecycle.ts';

const H = 3_600_000;
const T0 = new Date('2026-12-01T02:00:00Z');
const at = (h: number) => new Date(T0.getTime() + h * H);
const DUE = { acceptDue: at(2), respondDue: at(24), resolveDue: at(72) };

const RELATIONS: Relation[] = [
  'lead_unit',
  'assist_unit',
  'grid_worker',
  'dispatcher',
  'operator',
  'supervisor',
  'resident',
  'system',
];
const LEAD_UNIT = 'u-lead';
const ASSIST_UNIT = 'u-assist';

function assignment(
  over: Partial<AssignmentState> & Pick<AssignmentState, 'id' | 'role' | 'status'>,
): AssignmentState {
  return {
    unitId: over.role === 'lead' ? LEAD_UNIT : ASSIST_UNIT,
    unitName: null,
    createdAt: T0,
    acceptDueAt: DUE.acceptDue,
    respondDueAt: DUE.respondDue,
    resolveDueAt: DUE.resolveDue,
    timerVersion: 0,
    extensionUntil: null,
    ...over,
  };
}

let ids = 0;
function caseIn(status: CaseStatus, over: Partial<CaseState> = {}): CaseState {
  return {
    id: '2026120100000001',
    status,
    previousStatus: status === 'suspended' ? 'in_progress' : null,
    title: 'title',
    categoryCode: '0101',
    returnCount: status === 'arbitration' ? 2 : status === 'returned' ? 1 : 0,
    reopenCount: 0,
    callbackAt: null,
    suspendedAt: status === 'suspended' ? at(-5) : null,
    reopenOnUnsatisfied: true,
    deadlines: DUE,
    parent: { id: '2026120100000009', status: 'dispatched' },
    newId: () => `new-${++ids}`,
    ...over,
  };
}

/** A representative set of assignments for each status, as the lifecycle leaves them. */
const WORLD: Record<CaseStatus, AssignmentState[]> = {
  registered: [],
  dispatched: [
    assignment({ id: 'L', role: 'lead', status: 'pending' }),
    assignment({ id: 'A', role: 'assist', status: 'pending' }),
  ],
  in_progress: [
    assignment({ id: 'L', role: 'lead', status: 'accepted' }),
    assignment({ id: 'A', role: 'assist', status: 'accepted' }),
  ],
  reported: [
    assignment({ id: 'L', role: 'lead', status: 'reported' }),
    assignment({ id: 'A', role: 'assist', status: 'reported' }),
  ],
  closed: [
    assignment({ id: 'L', role: 'lead', status: 'done' }),
    assignment({ id: 'A', role: 'assist', status: 'done' }),
  ],
  returned: [assignment({ id: 'L', role: 'lead', status: 'returned' })],
  arbitration: [
    assignment({ id: 'L1', role: 'lead', status: 'returned' }),
    assignment({ id: 'L2', role: 'lead', status: 'returned' }),
  ],
  suspended: [
    assignment({ id: 'L', role: 'lead', status: 'accepted' }),
    assignment({ id: 'A', role: 'assist', status: 'accepted' }),
  ],
  void: [assignment({ id: 'L', role: 'lead', status: 'cancelled' })],
  merged: [assignment({ id: 'L', role: 'lead', status: 'cancelled' })],
};

const INPUT: ActionInputs = {
  dispatch: { leadUnitId: 'u-new', assistUnitIds: ['u-new-assist'], note: 'decision' },
  accept: {},
  return: { reason: 'not ours' },
  progress: { note: 'on it', photoIds: [], toResident: false },
  report: { result: 'fixed', photoIds: [] },
  verify_pass: {},
  verify_fail: { reason: 'still there' },
  request_extension: { until: at(24 * 30).toISOString(), reason: 'parts' },
  approve_extension: {},
  reject_extension: { reason: 'no' },
  suspend: { reason: 'court' },
  resume: {},
  void: { reason: 'prank' },
  merge: { parentId: '2026120100000009' },
  close_direct: { answer: 'answered' },
  callback: { resolved: true, rating: 'satisfied' },
  reopen: { reason: 'again' },
  urge: { note: 'hurry' },
  assist_accept: {},
  assist_report: { result: 'our part', photoIds: [] },
  release_assist: { reason: 'not needed' },
};

/**
 * Who may do what in which status — the specification, written out independently of TRANSITIONS:
 * "statuses | relations". Every other (action, status, relation) is refused as INVALID_TRANSITION.
 */
const ALLOWED: Record<CaseAction, string> = {
  dispatch: 'registered returned arbitration | dispatcher supervisor system',
  accept: 'dispatched | lead_unit',
  return: 'dispatched | lead_unit',
  progress: 'in_progress | lead_unit assist_unit',
  report: 'in_progress | lead_unit',
  verify_pass: 'reported | grid_worker dispatcher',
  verify_fail: 'reported | grid_worker dispatcher',
  request_extension: 'dispatched in_progress | lead_unit',
  approve_extension: 'dispatched in_progress suspended | dispatcher supervisor',
  reject_extension: 'dispatched in_progress suspended | dispatcher supervisor',
  suspend: 'dispatched in_progress | dispatcher supervisor',
  resume: 'suspended | dispatcher supervisor',
  void: 'registered returned dispatched arbitration | dispatcher supervisor',
  merge: 'registered returned dispatched | dispatcher',
  close_direct: 'registered | operator dispatcher',
  callback: 'closed | operator resident',
  reopen: 'closed | system dispatcher supervisor',
  urge: 'dispatched in_progress reported returned arbitration | dispatcher supervisor system',
  assist_accept: 'dispatched in_progress | assist_unit',
  assist_report: 'dispatched in_progress | assist_unit',
  release_assist: 'dispatched in_progress | lead_unit dispatcher supervisor',
};

/** Allowed by status and relation, but refused by the case's facts in the WORLD above (the action's guard). */
const GUARDED: Partial<Record<`${CaseAction}@${CaseStatus}`, string>> = {
  'report@in_progress': 'ASSIST_PARTS_PENDING', // the co-unit is still at work
  'approve_extension@dispatched': 'NO_EXTENSION_REQUEST',
  'approve_extension@in_progress': 'NO_EXTENSION_REQUEST',
  'approve_extension@suspended': 'NO_EXTENSION_REQUEST',
  'reject_extension@dispatched': 'NO_EXTENSION_REQUEST',
  'reject_extension@in_progress': 'NO_EXTENSION_REQUEST',
  'reject_extension@suspended': 'NO_EXTENSION_REQUEST',
  'assist_accept@in_progress': 'NO_PENDING_ASSIST', // already accepted
  'assist_report@dispatched': 'NO_ACCEPTED_ASSIST', // not yet accepted
};

const unitFor = (r: Relation) =>
  r === 'lead_unit' ? LEAD_UNIT : r === 'assist_unit' ? ASSIST_UNIT : 'u-desk';

function run<A extends CaseAction>(
  action: A,
  state: CaseState,
  assignments: AssignmentState[],
  relation: Relation,
  input: ActionInputs[A] = INPUT[action],
  now = at(10),
): Applied | Refusal {
  return applyAction(
    state,
    assignments,
    action,
    input,
    { relations: [relation], unitId: unitFor(relation) },
    now,
  );
}

function applied(x: Applied | Refusal): Applied {
  if (isRefusal(x)) throw new Error(`refused: ${x.refused} ${JSON.stringify(x.params)}`);
  return x;
}

describe('every action × status × relation', () => {
  describe.each(CaseAction.options)('%s', (action) => {
    const [statuses, by] = ALLOWED[action].split('|').map((s) => s.trim().split(/\s+/));
    it.each(CaseStatus.options)('from %s', (status) => {
      for (const relation of RELATIONS) {
        const allowed = statuses!.includes(status) && by!.includes(relation);
        const expected = allowed ? (GUARDED[`${action}@${status}`] ?? 'ok') : 'INVALID_TRANSITION';
        const out = run(action, caseIn(status), WORLD[status], relation);
        expect(isRefusal(out) ? out.refused : 'ok', `${action} by ${relation} from ${status}`).toBe(expected);
      }
    });
  });

  it('offers exactly the actions it would carry out (the web shows these buttons)', () => {
    for (const status of CaseStatus.options)
      for (const relation of RELATIONS) {
        const offered = offeredActions(caseIn(status), WORLD[status], {
          relations: [relation],
          unitId: unitFor(relation),
        });
        const accepted = CaseAction.options.filter(
          (a) => !isRefusal(run(a, caseIn(status), WORLD[status], relation)),
        );
        expect(offered, `${relation} in ${status}`).toEqual(accepted);
      }
  });

  it('writes no text: notices are kind + params, system notes are keys', () => {
    for (const status of CaseStatus.options)
      for (const action of CaseAction.options)
        for (const relation of RELATIONS) {
          const out = run(action, caseIn(status), WORLD[status], relation);
          if (isRefusal(out)) continue;
          for (const n of out.notices) expect(Object.keys(n).sort()).toEqual(['kind', 'params', 'to']);
          // only what the test typed (English here) can be text; nothing Chinese comes from the domain
          expect(JSON.stringify(out)).not.toMatch(/[\u4e00-\u9fff]/);
        }
  });
});

describe('effects', () => {
  it('dispatch: cancels what ran, new lead and co-units pending with deadlines, accept + resolve timers', () => {
    const out = applied(run('dispatch', caseIn('returned'), WORLD.returned, 'dispatcher'));
    expect(out.status).toBe('dispatched');
    expect(out.casePatch).toMatchObject({
      status: 'dispatched',
      leadUnitId: 'u-new',
      resolveDueAt: DUE.resolveDue,
    });
    expect(out.newAssignments.map((a) => [a.role, a.unitId, a.status])).toEqual([
      ['lead', 'u-new', 'pending'],
      ['assist', 'u-new-assist', 'pending'],
    ]);
    expect(out.timers.every((t) => t.acceptDue?.getTime() === DUE.acceptDue.getTime())).toBe(true);
    expect(out.notices.map((n) => n.kind)).toEqual(['assigned_lead', 'assigned_assist']);
    expect(out.events[0]).toMatchObject({
      action: 'dispatch',
      fromStatus: 'returned',
      toStatus: 'dispatched',
    });
    const again = applied(run('dispatch', caseIn('arbitration'), WORLD.dispatched, 'dispatcher'));
    expect(again.assignmentPatches).toEqual([
      { id: 'L', patch: { status: 'cancelled' } },
      { id: 'A', patch: { status: 'cancelled' } },
    ]);
    expect(
      run('dispatch', caseIn('arbitration'), [], 'dispatcher', { leadUnitId: 'x', assistUnitIds: [] }),
    ).toEqual({
      refused: 'ARBITRATION_NOTE_REQUIRED',
      params: {},
    });
    expect(
      run('dispatch', caseIn('registered', { categoryCode: null }), [], 'dispatcher', INPUT.dispatch),
    ).toMatchObject({ refused: 'CATEGORY_REQUIRED' });
  });

  it('accept signs for the lead only; each co-unit accepts and reports its own part', () => {
    const accepted = applied(run('accept', caseIn('dispatched'), WORLD.dispatched, 'lead_unit'));
    expect(accepted.status).toBe('in_progress');
    expect(accepted.assignmentPatches.map((p) => p.id)).toEqual(['L']);
    const co = applied(run('assist_accept', caseIn('dispatched'), WORLD.dispatched, 'assist_unit'));
    expect(co.status).toBe('dispatched');
    expect(co.assignmentPatches).toEqual([
      { id: 'A', patch: { status: 'accepted', acceptedAt: at(10), respondedAt: at(10) } },
    ]);
    const part = applied(run('assist_report', caseIn('in_progress'), WORLD.in_progress, 'assist_unit'));
    expect(part.assignmentPatches).toEqual([
      { id: 'A', patch: { status: 'reported', reportedAt: at(10), result: 'our part' } },
    ]);
    expect(part.notices).toEqual([
      {
        kind: 'assist_report',
        to: { unitId: LEAD_UNIT },
        params: { caseTitle: 'title', result: 'our part' },
      },
    ]);
  });

  it('report waits for co-units, or records that they were released', () => {
    const world = WORLD.in_progress;
    expect(run('report', caseIn('in_progress'), world, 'lead_unit')).toEqual({
      refused: 'ASSIST_PARTS_PENDING',
      params: { count: 1 },
    });
    const release = applied(run('release_assist', caseIn('in_progress'), world, 'lead_unit'));
    expect(release.assignmentPatches).toEqual([
      { id: 'A', patch: { status: 'released', releaseReason: 'not needed', timerVersion: 1 } },
    ]);
    expect(release.notices[0]).toMatchObject({ kind: 'assist_released', to: { unitId: ASSIST_UNIT } });
    const after = world.map((a) => (a.id === 'A' ? { ...a, status: 'released' as const } : a));
    const report = applied(run('report', caseIn('in_progress'), after, 'lead_unit'));
    expect(report.status).toBe('reported');
    // no co-unit is closed as done with an empty result: its assignment is not touched by the lead's report
    expect(report.assignmentPatches).toEqual([
      { id: 'L', patch: { status: 'reported', reportedAt: at(10), result: 'fixed' } },
    ]);
    expect(report.events[0]!.data).toEqual({ assists: [{ unitId: ASSIST_UNIT, status: 'released' }] });
    expect(report.notices.map((n) => [n.kind, n.to])).toEqual([
      ['verify', { role: 'grid_worker' }],
      ['verify_centre', { role: 'dispatch_centre' }],
    ]);
  });

  it('return: the first goes back to the desk, the second is a dispute for arbitration', () => {
    const first = applied(run('return', caseIn('dispatched'), WORLD.dispatched, 'lead_unit'));
    expect(first.status).toBe('returned');
    expect(first.casePatch).toMatchObject({ status: 'returned', returnCount: 1, leadUnitId: null });
    expect(first.assignmentPatches).toEqual([
      { id: 'L', patch: { status: 'returned', returnReason: 'not ours' } },
      { id: 'A', patch: { status: 'cancelled' } },
    ]);
    expect(first.notices[0]).toMatchObject({ kind: 'returned', to: { role: 'dispatch_centre' } });
    const second = applied(
      run('return', caseIn('dispatched', { returnCount: 1 }), WORLD.dispatched, 'lead_unit'),
    );
    expect(second.status).toBe('arbitration');
    expect(second.events[0]).toMatchObject({ fromStatus: 'dispatched', toStatus: 'arbitration' });
    expect(second.notices[0]!.kind).toBe('arbitration');
  });

  it('verify: pass closes everything open; fail sends the lead back to work', () => {
    const pass = applied(run('verify_pass', caseIn('reported'), WORLD.reported, 'grid_worker'));
    expect(pass.casePatch).toEqual({ status: 'closed', closedAt: at(10) });
    expect(pass.assignmentPatches.map((p) => p.patch.status)).toEqual(['done', 'done']);
    const fail = applied(run('verify_fail', caseIn('reported'), WORLD.reported, 'dispatcher'));
    expect(fail.status).toBe('in_progress');
    const lead = WORLD.reported.find((a) => a.id === 'L')!;
    expect(fail.assignmentPatches).toEqual([
      { id: 'L', patch: { status: 'accepted', reportedAt: null, timerVersion: lead.timerVersion + 1 } },
    ]);
    // rework keeps the deadline and runs its timer again: a deadline passed while reported is still marked
    expect(fail.timers).toEqual([
      {
        assignmentId: 'L',
        role: 'lead',
        version: lead.timerVersion + 1,
        start: at(10),
        acceptDue: null,
        resolveDue: lead.resolveDueAt,
      },
    ]);
    expect(fail.notices[0]).toMatchObject({ kind: 'rework', to: { unitId: LEAD_UNIT } });
  });

  it('the clock stops while suspended: resume adds exactly the paused time to every running deadline', () => {
    const world = [
      assignment({ id: 'L', role: 'lead', status: 'pending' }),
      assignment({ id: 'A', role: 'assist', status: 'accepted' }),
    ];
    const suspended = applied(
      run('suspend', caseIn('dispatched'), world, 'dispatcher', { reason: 'r' }, at(1)),
    );
    expect(suspended.status).toBe('suspended');
    expect(suspended.casePatch).toEqual({ status: 'suspended', previousStatus: 'dispatched' });
    // the running timers go stale
    expect(suspended.assignmentPatches.map((p) => p.patch.timerVersion)).toEqual([1, 1]);
    const stale = world.map((a) => ({ ...a, timerVersion: 1 }));

    // 5 hours and 7 minutes later
    const resumedAt = new Date(at(1).getTime() + 5 * H + 7 * 60_000);
    const paused = resumedAt.getTime() - at(1).getTime();
    const state = caseIn('suspended', { previousStatus: 'dispatched', suspendedAt: at(1) });
    const resumed = applied(run('resume', state, stale, 'supervisor', {}, resumedAt));
    expect(resumed.status).toBe('dispatched');
    const lead = resumed.assignmentPatches.find((p) => p.id === 'L')!.patch;
    expect(lead.resolveDueAt!.getTime() - DUE.resolveDue.getTime()).toBe(paused);
    expect(lead.acceptDueAt!.getTime() - DUE.acceptDue.getTime()).toBe(paused);
    expect(lead.respondDueAt!.getTime() - DUE.respondDue.getTime()).toBe(paused);
    expect(lead).toMatchObject({ timerVersion: 2, warnedAt: null, overdueAt: null });
    expect(resumed.casePatch).toEqual({
      status: 'dispatched',
      previousStatus: null,
      resolveDueAt: new Date(DUE.resolveDue.getTime() + paused),
    });
    // timers re-armed at the new version: the pending lead keeps its accept timer, the accepted co-unit does not
    expect(resumed.timers).toEqual([
      {
        assignmentId: 'L',
        role: 'lead',
        version: 2,
        start: resumedAt,
        acceptDue: new Date(DUE.acceptDue.getTime() + paused),
        resolveDue: new Date(DUE.resolveDue.getTime() + paused),
      },
      {
        assignmentId: 'A',
        role: 'assist',
        version: 2,
        start: resumedAt,
        acceptDue: null,
        resolveDue: new Date(DUE.resolveDue.getTime() + paused),
      },
    ]);
    expect(resumed.events[0]!.data).toEqual({ pausedMs: paused });
  });

  it('extension: a later date only, one request at a time; approval moves the deadline and re-arms it', () => {
    const world = WORLD.in_progress;
    expect(
      run('request_extension', caseIn('in_progress'), world, 'lead_unit', {
        until: at(1).toISOString(),
        reason: 'x',
      }),
    ).toMatchObject({ refused: 'UNTIL_NOT_LATER' });
    const until = at(24 * 30);
    const asked = applied(run('request_extension', caseIn('in_progress'), world, 'lead_unit'));
    expect(asked.assignmentPatches).toEqual([
      { id: 'L', patch: { extensionUntil: until, extensionReason: 'parts' } },
    ]);
    const pending = world.map((a) => (a.id === 'L' ? { ...a, extensionUntil: until } : a));
    expect(run('request_extension', caseIn('in_progress'), pending, 'lead_unit')).toMatchObject({
      refused: 'EXTENSION_PENDING',
    });
    const ok = applied(run('approve_extension', caseIn('in_progress'), pending, 'dispatcher'));
    expect(ok.assignmentPatches[0]!.patch).toMatchObject({
      resolveDueAt: until,
      extensionUntil: null,
      timerVersion: 1,
    });
    expect(ok.casePatch.resolveDueAt).toEqual(until);
    expect(ok.timers).toMatchObject([{ assignmentId: 'L', version: 1, acceptDue: null, resolveDue: until }]);
  });

  it('callback: a rating once; unsatisfied and unresolved reopens by the category policy, rating first', () => {
    const closed = caseIn('closed');
    const happy = applied(run('callback', closed, WORLD.closed, 'resident'));
    expect(happy.status).toBe('closed');
    expect(happy.events.map((e) => [e.action, e.toStatus])).toEqual([['callback', 'closed']]);
    const angry = applied(
      run('callback', closed, WORLD.closed, 'resident', {
        resolved: false,
        rating: 'unsatisfied',
        comment: 'again',
      }),
    );
    expect(angry.status).toBe('in_progress');
    expect(angry.events.map((e) => [e.action, e.by, e.toStatus])).toEqual([
      ['callback', 'actor', 'closed'],
      ['reopen', 'system', 'in_progress'],
    ]);
    expect(angry.events[1]!.data).toEqual({
      noteKey: 'reopen_unsatisfied',
      noteParams: { comment: 'again' },
    });
    expect(angry.casePatch).toMatchObject({ reopenCount: 1, closedAt: null, callbackAt: null });
    expect(angry.assignmentPatches.find((p) => p.id === 'L')!.patch).toMatchObject({
      status: 'accepted',
      resolveDueAt: DUE.resolveDue,
    });
    const policyOff = applied(
      run('callback', { ...closed, reopenOnUnsatisfied: false }, WORLD.closed, 'operator', {
        resolved: false,
        rating: 'unsatisfied',
      }),
    );
    expect(policyOff.status).toBe('closed');
    expect(run('callback', { ...closed, callbackAt: at(1) }, WORLD.closed, 'resident')).toMatchObject({
      refused: 'ALREADY_RATED',
    });
  });

  it('merge: into an open parent only, never itself; both timelines tell it by key', () => {
    const out = applied(run('merge', caseIn('dispatched'), WORLD.dispatched, 'dispatcher'));
    expect(out.status).toBe('merged');
    expect(out.casePatch).toMatchObject({ parentId: '2026120100000009' });
    expect(out.events.map((e) => [e.caseId ?? 'self', e.action, e.data?.noteKey])).toEqual([
      ['2026120100000009', 'merged_child', 'merged_child'],
      ['self', 'merge', 'merged_into'],
    ]);
    expect(
      run('merge', caseIn('registered', { parent: { id: 'p', status: 'closed' } }), [], 'dispatcher'),
    ).toMatchObject({ refused: 'MERGE_PARENT_CLOSED' });
    expect(
      run('merge', caseIn('registered'), [], 'dispatcher', { parentId: '2026120100000001' }),
    ).toMatchObject({ refused: 'MERGE_SELF' });
  });

  it('private actions stay off the resident’s timeline', () => {
    const urge = applied(run('urge', caseIn('dispatched'), WORLD.dispatched, 'dispatcher'));
    expect(urge.events[0]!.public).toBe(false);
    expect(urge.notices[0]).toMatchObject({ kind: 'urge', to: { unitId: LEAD_UNIT } });
    const report = applied(
      run(
        'report',
        caseIn('in_progress'),
        [assignment({ id: 'L', role: 'lead', status: 'accepted' })],
        'lead_unit',
      ),
    );
    expect(report.events[0]!.public).toBe(true);
  });
});
