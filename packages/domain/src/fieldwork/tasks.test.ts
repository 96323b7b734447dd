import { describe, expect, it } from 'vitest';
import {
  FIELD_TASK_MOVES,
  FieldTaskStatus,
  issuesTasks,
  mayIssueTo,
  missingTarget,
  taskActions,
  taskDoneLate,
  taskMove,
  taskOverdue,
  taskReading,
} from './tasks.ts';

describe('task lifecycle', () => {
  it('moves assigned → accepted → done, and cancels only open tasks', () => {
    expect(taskMove('assigned', 'accept')).toBe('accepted');
    expect(taskMove('accepted', 'done')).toBe('done');
    expect(taskMove('assigned', 'done')).toBe('done'); // done offline before the acceptance arrived
    expect(taskMove('accepted', 'accept')).toBeNull();
    expect(taskMove('assigned', 'cancel')).toBe('cancelled');
    expect(taskMove('accepted', 'cancel')).toBe('cancelled');
    for (const closed of ['done', 'cancelled'] as const)
      for (const a of ['accept', 'done', 'cancel'] as const) expect(taskMove(closed, a)).toBeNull();
  });

  it('offers each party only its own moves', () => {
    expect(taskActions('assigned', 'worker')).toEqual(['accept', 'done']);
    expect(taskActions('accepted', 'worker')).toEqual(['done']);
    expect(taskActions('accepted', 'issuer')).toEqual(['cancel']);
    expect(taskActions('done', 'issuer')).toEqual([]);
    for (const s of FieldTaskStatus.options)
      for (const a of taskActions(s, 'worker')) expect(FIELD_TASK_MOVES[a].by).toBe('worker');
  });
});

describe('overdue', () => {
  const due = new Date('2026-12-07T10:00:00+08:00');
  it('an open task past its deadline is overdue; at the deadline it is not yet', () => {
    expect(taskOverdue({ status: 'assigned', dueAt: due }, new Date(+due + 1))).toBe(true);
    expect(taskOverdue({ status: 'accepted', dueAt: due }, new Date(+due + 1))).toBe(true);
    expect(taskOverdue({ status: 'accepted', dueAt: due }, due)).toBe(false);
  });
  it('a done or cancelled task is never overdue; done after the deadline is done late', () => {
    const after = new Date(+due + 3600_000);
    expect(taskOverdue({ status: 'done', dueAt: due }, after)).toBe(false);
    expect(taskOverdue({ status: 'cancelled', dueAt: due }, after)).toBe(false);
    expect(taskDoneLate({ status: 'done', dueAt: due, doneAt: after })).toBe(true);
    expect(taskDoneLate({ status: 'done', dueAt: due, doneAt: due })).toBe(false);
  });
});

describe('targets', () => {
  it('each kind names its target', () => {
    expect(missingTarget('verify_case', {})).toBe('case');
    expect(missingTarget('verify_case', { caseId: '2026120700001' })).toBeNull();
    expect(missingTarget('collect_report', { personId: 'p' })).toBe('report_instance');
    expect(missingTarget('visit', { personId: 'p' })).toBeNull();
    expect(missingTarget('inspect', { addressId: 'a' })).toBeNull();
    expect(missingTarget('inspect', { organisationId: 'o' })).toBeNull();
    expect(missingTarget('inspect', {})).toBe('place');
    expect(missingTarget('collect_building', { organisationId: 'o' })).toBe('building');
    expect(missingTarget('other', {})).toBeNull();
  });
});

describe('who issues to whom', () => {
  const street = '110000000000/110117000000/110117001000/';
  const lead = { roles: ['street_lead'] as const, unitKind: 'street_office' as const, scopePath: street };
  const community = {
    roles: ['street_lead'] as const,
    unitKind: 'community' as const,
    scopePath: `${street}110117001001/`,
  };
  const inCommunity = [`${street}110117001001/`];
  const elsewhere = ['110000000000/110117000000/110117002000/110117002001/'];
  const worker = (gridPaths: string[]) => ({ roles: ['grid_worker'] as const, gridPaths });

  it('a street or a community to grid workers of its territory', () => {
    expect(mayIssueTo(lead, worker(inCommunity))).toBe(true);
    expect(mayIssueTo(community, worker(inCommunity))).toBe(true);
    expect(mayIssueTo({ ...lead, roles: ['handler'] }, worker(inCommunity))).toBe(true);
  });
  it('not to a worker of another street, nor to a user who is no grid worker', () => {
    expect(mayIssueTo(lead, worker(elsewhere))).toBe(false);
    expect(mayIssueTo(community, worker([`${street}110117001002/`]))).toBe(false);
    expect(mayIssueTo(lead, { roles: ['handler'], gridPaths: inCommunity })).toBe(false);
  });
  it('not from departments, the district centre, administrators or grid workers', () => {
    expect(issuesTasks({ roles: ['handler'], unitKind: 'department' })).toBe(false);
    expect(issuesTasks({ roles: ['dispatcher'], unitKind: 'government' })).toBe(false);
    expect(issuesTasks({ roles: ['admin'], unitKind: 'street_office' })).toBe(false);
    expect(issuesTasks({ roles: ['grid_worker'], unitKind: 'community' })).toBe(false);
  });
  it('readers: the worker their own, issuers and district supervisors their territory, others none', () => {
    expect(taskReading({ roles: ['grid_worker'], unitKind: 'community' })).toBe('own');
    expect(taskReading({ roles: ['street_lead'], unitKind: 'street_office' })).toBe('territory');
    expect(taskReading({ roles: ['supervisor'], unitKind: 'government' })).toBe('territory');
    expect(taskReading({ roles: ['handler'], unitKind: 'department' })).toBe('none');
    expect(taskReading({ roles: ['operator'], unitKind: 'government' })).toBe('none');
  });
});
