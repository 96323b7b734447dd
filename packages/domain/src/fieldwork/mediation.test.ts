import { describe, expect, it } from 'vitest';
import {
  MEDIATION_TRANSITIONS,
  MediationAction,
  MediationStatus,
  courtConfirmationDeadline,
  mediationFileNumber,
  mediationStep,
  mustRecuse,
} from './mediation.ts';
import { formatDay } from '../calendar/time.ts';

describe('mediationStep', () => {
  const ready = { noticeGiven: true, mediatorId: 'm1' };
  it('walks a dispute from intake to a written agreement and its follow-up', () => {
    let status: MediationStatus = 'received';
    for (const a of [
      'screen_accept',
      'hold_session',
      'hold_session',
      'agree_written',
      'follow_up',
    ] as const) {
      const r = mediationStep({ status, ...ready }, a);
      if (!r.ok) throw new Error(`${a} refused: ${r.code}`);
      status = r.status;
    }
    expect(status).toBe('closed');
  });
  it('refers an out-of-scope matter at screening and ends there', () => {
    const r = mediationStep({ status: 'received', ...ready }, 'screen_refer');
    expect(r).toEqual({ ok: true, status: 'referred' });
    for (const a of MediationAction.options)
      expect(mediationStep({ status: 'referred', ...ready }, a).ok).toBe(false);
  });
  it('holds no session before the parties were told their rights, nor without a mediator', () => {
    expect(
      mediationStep({ status: 'assigned', noticeGiven: false, mediatorId: 'm1' }, 'hold_session'),
    ).toEqual({
      ok: false,
      code: 'notice_not_given',
    });
    expect(mediationStep({ status: 'mediating', noticeGiven: true, mediatorId: null }, 'agree_oral')).toEqual(
      {
        ok: false,
        code: 'no_mediator',
      },
    );
  });
  it('allows every action only in its listed statuses (table)', () => {
    for (const a of MediationAction.options)
      for (const s of MediationStatus.options) {
        const r = mediationStep({ status: s, ...ready }, a);
        expect(r.ok, `${a} in ${s}`).toBe(MEDIATION_TRANSITIONS[a].from.includes(s));
      }
  });
});

describe('mediation documents and windows', () => {
  it('numbers files in the Ministry’s form', () => {
    expect(mediationFileNumber(2026, '滨河', 12)).toBe('（2026）滨河人调字第12号');
    expect(() => mediationFileNumber(2026, '滨河', 0)).toThrow(RangeError);
  });
  it('gives 30 days from the agreement for court confirmation, ending at midnight in Shanghai', () => {
    const d = courtConfirmationDeadline(new Date('2026-12-06T22:30:00+08:00'));
    expect(formatDay(d.lastDay)).toBe('2027-01-05');
    expect(d.endsAt).toEqual(new Date('2027-01-06T00:00:00+08:00'));
  });
  it('makes a mediator who is a party or related to one withdraw', () => {
    expect(mustRecuse('p1', ['p1', 'p2'], [])).toBe(true);
    expect(mustRecuse('m', ['p1', 'p2'], ['p2'])).toBe(true);
    expect(mustRecuse('m', ['p1', 'p2'], ['p9'])).toBe(false);
    expect(mustRecuse(null, ['p1'], [])).toBe(false);
  });
});
