import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar/working-calendar.ts';
import {
  applicationAfter,
  bundleMaterials,
  checkIntake,
  handOutBlock,
  mergeOutcome,
  obligationState,
  planStages,
  promiseDue,
  ServiceItemInput,
  serviceNotice,
  stageAfter,
  stageLight,
  trackingCode,
  TrackingCode,
  type ServiceMaterial,
} from './index.ts';

const cal = new WorkingCalendar();
/** Beijing wall time as an instant. */
const bj = (s: string) => new Date(`${s}+08:00`);
const m = (code: string, over: Partial<ServiceMaterial> = {}): ServiceMaterial => ({
  code,
  name: code,
  required: true,
  key: false,
  copies: 1,
  ...over,
});

describe('parallel stages on the working calendar (并联)', () => {
  it('starts every department at acceptance, each due on its own working days; the application on the latest', () => {
    // Thursday 2026-09-24, 10:00; 中秋/国庆 2026: 9-25 (Fri) is a holiday, 10-01..10-07 off, 9-27 and 10-10 worked (调休)
    const start = bj('2026-09-24T10:00:00');
    const { stages, dueAt } = planStages(
      [
        { code: 'A', departments: [{ unitId: 'mzj', days: 2 }] },
        { code: 'B', departments: [{ unitId: 'cl', days: 5 }] },
      ],
      start,
      cal,
    );
    const byUnit = Object.fromEntries(stages.map((s) => [s.unitId, s]));
    expect(byUnit.mzj!.startAt).toEqual(start);
    expect(byUnit.cl!.startAt).toEqual(start);
    expect(byUnit.mzj!.dueAt.getTime()).toBeLessThan(byUnit.cl!.dueAt.getTime());
    expect(dueAt).toEqual(byUnit.cl!.dueAt);
    // working days skip weekends: Monday 10:00 + 5 working days = next Monday 17:30
    const mon = planStages(
      [{ code: 'A', departments: [{ unitId: 'x', days: 5 }] }],
      bj('2026-11-02T10:00:00'),
      cal,
    );
    expect(mon.dueAt).toEqual(bj('2026-11-09T17:30:00'));
    // a Friday-evening acceptance counts from Monday: + 1 working day = Tuesday 17:30
    const fri = planStages(
      [{ code: 'A', departments: [{ unitId: 'x', days: 1 }] }],
      bj('2026-11-06T18:00:00'),
      cal,
    );
    expect(fri.dueAt).toEqual(bj('2026-11-10T17:30:00'));
  });

  it('does not count the National Day holidays', () => {
    // Wednesday 2026-09-30 10:00 + 3 working days: 10-01..07 are off, so 10-08, 10-09, 10-10 (a make-up Saturday)
    const { dueAt } = planStages(
      [{ code: 'A', departments: [{ unitId: 'x', days: 3 }] }],
      bj('2026-09-30T10:00:00'),
      cal,
    );
    expect(dueAt.getTime()).toBeGreaterThan(bj('2026-10-08T00:00:00').getTime());
    expect(cal.isWorkday('2026-10-05')).toBe(false);
  });

  it('lights a stage green, yellow at 80 % of its time, red past due, done when decided', () => {
    const s = {
      status: 'accepted' as const,
      startAt: bj('2026-11-02T09:00:00'),
      dueAt: bj('2026-11-02T19:00:00'),
    };
    expect(stageLight(s, bj('2026-11-02T10:00:00'), 0.8)).toBe('green');
    expect(stageLight(s, bj('2026-11-02T17:00:00'), 0.8)).toBe('yellow');
    expect(stageLight(s, bj('2026-11-02T19:01:00'), 0.8)).toBe('red');
    expect(stageLight({ ...s, status: 'approved' }, bj('2026-11-03T10:00:00'), 0.8)).toBe('done');
  });

  it('moves a stage only along its steps', () => {
    expect(stageAfter('pending', 'accept')).toBe('accepted');
    expect(stageAfter('accepted', 'request_more')).toBe('more_requested');
    expect(stageAfter('more_requested', 'approve')).toBeNull();
    expect(stageAfter('more_requested', 'resume')).toBe('accepted');
    expect(stageAfter('approved', 'reject')).toBeNull();
  });

  it('merges when every stage is decided: approved only when all approved', () => {
    expect(
      mergeOutcome([
        { status: 'approved', unitId: 'a' },
        { status: 'accepted', unitId: 'b' },
      ]),
    ).toBeNull();
    expect(
      mergeOutcome([
        { status: 'approved', unitId: 'a' },
        { status: 'approved', unitId: 'b' },
      ]),
    ).toEqual({
      outcome: 'approved',
      rejectedBy: [],
    });
    expect(
      mergeOutcome([
        { status: 'approved', unitId: 'a' },
        { status: 'rejected', unitId: 'b' },
      ]),
    ).toEqual({
      outcome: 'rejected',
      rejectedBy: ['b'],
    });
  });
});

describe('容缺受理', () => {
  const materials = [m('id', { key: true }), m('hukou'), m('photo', { required: false })];

  it('accepts a missing non-key material on a promise, never a key one', () => {
    const ok = checkIntake(materials, [
      { code: 'id', state: 'verified' },
      { code: 'hukou', state: 'promised' },
    ]);
    expect(ok).toEqual({ ok: true, tolerant: true, owed: [materials[1]] });
    const key = checkIntake(materials, [
      { code: 'id', state: 'promised' },
      { code: 'hukou', state: 'verified' },
    ]);
    expect(key).toEqual({ ok: false, problems: [{ code: 'id', problem: 'key_material_waived' }] });
  });

  it('refuses a required material neither brought nor promised; an optional one may be absent', () => {
    expect(checkIntake(materials, [{ code: 'id', state: 'verified' }])).toEqual({
      ok: false,
      problems: [{ code: 'hukou', problem: 'material_missing' }],
    });
    const full = checkIntake(materials, [
      { code: 'id', state: 'verified' },
      { code: 'hukou', state: 'uploaded', uploadId: '00000000-0000-4000-8000-000000000001' },
    ]);
    expect(full).toEqual({ ok: true, tolerant: false, owed: [] });
    expect(
      checkIntake(materials, [
        { code: 'id', state: 'uploaded' },
        { code: 'hukou', state: 'verified' },
      ]),
    ).toEqual({
      ok: false,
      problems: [{ code: 'id', problem: 'upload_missing' }],
    });
  });

  it('dates the promise in working days and marks it overdue when it runs out unfulfilled', () => {
    const due = promiseDue(bj('2026-11-06T10:00:00'), 5, cal); // Friday
    expect(due).toEqual(bj('2026-11-13T17:30:00'));
    expect(obligationState({ dueAt: due, fulfilledAt: null }, bj('2026-11-13T17:00:00'))).toBe('open');
    expect(obligationState({ dueAt: due, fulfilledAt: null }, bj('2026-11-13T18:00:00'))).toBe('overdue');
    expect(
      obligationState({ dueAt: due, fulfilledAt: bj('2026-11-16T09:00:00') }, bj('2026-11-20T09:00:00')),
    ).toBe('fulfilled');
    expect(() => promiseDue(new Date(), 31, cal)).toThrow(RangeError);
  });

  it('holds the result back while a promised material is owed', () => {
    expect(handOutBlock('handling', [])).toBe('not_merged');
    expect(handOutBlock('merged', [{ fulfilledAt: null }])).toBe('materials_owed');
    expect(handOutBlock('merged', [{ fulfilledAt: new Date() }])).toBeNull();
  });
});

describe('the application lifecycle', () => {
  it('received → accepted or 容缺-accepted → handling → merged → handed out', () => {
    expect(applicationAfter('received', 'accept')).toBe('accepted');
    expect(applicationAfter('received', 'accept_tolerant')).toBe('accepted_tolerant');
    expect(applicationAfter('accepted_tolerant', 'start')).toBe('handling');
    expect(applicationAfter('handling', 'merge')).toBe('merged');
    expect(applicationAfter('merged', 'hand_out')).toBe('handed_out');
    expect(applicationAfter('handling', 'hand_out')).toBeNull();
    expect(applicationAfter('handed_out', 'withdraw')).toBeNull();
    expect(applicationAfter('received', 'withdraw')).toBe('withdrawn');
  });
});

describe('一件事 bundles', () => {
  it('asks for a shared material once, required and key if any item says so, with the most copies', () => {
    const out = bundleMaterials([
      {
        code: 'birth',
        guide: {
          materials: [
            m('id', { key: true }),
            m('birth_cert', { key: true }),
            m('photo', { required: false }),
          ],
        },
      },
      {
        code: 'hukou',
        guide: { materials: [m('id', { copies: 2 }), m('hukou_book'), m('photo', { required: true })] },
      },
      { code: 'insure', guide: { materials: [m('id'), m('hukou_book')] } },
    ]);
    expect(out.map((x) => x.code)).toEqual(['id', 'birth_cert', 'photo', 'hukou_book']);
    const id = out.find((x) => x.code === 'id')!;
    expect(id).toMatchObject({
      key: true,
      required: true,
      copies: 2,
      itemCodes: ['birth', 'hukou', 'insure'],
    });
    expect(out.find((x) => x.code === 'photo')).toMatchObject({
      required: true,
      itemCodes: ['birth', 'hukou'],
    });
  });

  it('plans the stages of every item of the bundle', () => {
    const { stages } = planStages(
      [
        { code: 'birth', departments: [{ unitId: 'wjw', days: 3 }] },
        { code: 'hukou', departments: [{ unitId: 'gaj', days: 5 }] },
        {
          code: 'insure',
          departments: [
            { unitId: 'rsj', days: 5 },
            { unitId: 'mzj', days: 2 },
          ],
        },
      ],
      bj('2026-11-02T10:00:00'),
      cal,
    );
    expect(stages.map((s) => `${s.itemCode}:${s.unitId}`)).toEqual([
      'birth:wjw',
      'hukou:gaj',
      'insure:rsj',
      'insure:mzj',
    ]);
  });
});

describe('catalogue and notice', () => {
  it('refuses an item whose key material is optional or listed twice', () => {
    const base = {
      code: 'X',
      name: '测试事项',
      guide: { promisedDays: 5, materials: [m('id', { key: true, required: false })] },
      departments: [{ unitId: '00000000-0000-4000-8000-000000000001', days: 5 }],
    };
    expect(ServiceItemInput.safeParse(base).success).toBe(false);
    expect(
      ServiceItemInput.safeParse({ ...base, guide: { promisedDays: 5, materials: [m('id'), m('id')] } })
        .success,
    ).toBe(false);
    expect(
      ServiceItemInput.safeParse({ ...base, guide: { promisedDays: 5, materials: [m('id')] } }).success,
    ).toBe(true);
  });

  it('writes the 一次性告知 text with all materials, the limit and the link', () => {
    const text = serviceNotice(
      '居住证办理',
      {
        materials: [
          m('id', { name: '身份证', key: true }),
          m('photo', { name: '照片', required: false, copies: 2 }),
        ],
        promisedDays: 15,
        visits: 1,
      },
      'https://x/services/guide/A',
    );
    expect(text).toBe(
      '【一网】居住证办理 一次性告知，请备齐：1.身份证*；2.照片2份（如有）。承诺15个工作日办结，最多跑1次。详情：https://x/services/guide/A',
    );
  });

  it('makes tracking codes of the readable alphabet', () => {
    let i = 0;
    const code = trackingCode('2026-12-07', (n) => i++ % n);
    expect(code).toBe('FW20261207234567');
    expect(TrackingCode.safeParse(code).success).toBe(true);
    expect(TrackingCode.safeParse('FW20261207O0I1AB').success).toBe(false);
  });
});
