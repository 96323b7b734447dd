import { describe, expect, it } from 'vitest';
import {
  certificateCode,
  CERTIFICATE_CODE,
  checkCancel,
  checkCancelActivity,
  checkCheckIn,
  checkCheckOut,
  checkSignUp,
  hoursByPeriod,
  mayIssueCertificate,
  nextStar,
  normaliseCertificateCode,
  serviceMinutes,
  starLevel,
  type SignUpFacts,
} from './index.ts';

const at = (hhmm: string, day = '2026-12-05') => new Date(`${day}T${hhmm}:00+08:00`);
const activity = { startsAt: at('09:00'), endsAt: at('12:00') };

describe('service hours exclude travel', () => {
  it('counts the time between check-in and check-out inside the activity, minus breaks', () => {
    expect(
      serviceMinutes(activity, { checkedInAt: at('09:10'), checkedOutAt: at('11:40'), breakMinutes: 20 }),
    ).toBe(130);
  });
  it('does not count time before the start or after the end (travel, waiting): capped by the length', () => {
    // arrived 08:05 after 40 minutes on the bus, left 13:30: only 09:00–12:00 counts
    expect(
      serviceMinutes(activity, {
        checkedInAt: at('08:05'),
        checkedOutAt: at('13:30'),
        breakMinutes: 0,
        travelMinutes: 80,
      }),
    ).toBe(180);
  });
  it('never adds reported travel and never goes below zero', () => {
    const base = { checkedInAt: at('09:00'), checkedOutAt: at('10:00'), breakMinutes: 0 };
    expect(serviceMinutes(activity, { ...base, travelMinutes: 120 })).toBe(serviceMinutes(activity, base));
    expect(serviceMinutes(activity, { ...base, breakMinutes: 90 })).toBe(0);
    expect(
      serviceMinutes(activity, { checkedInAt: at('12:30'), checkedOutAt: at('13:00'), breakMinutes: 0 }),
    ).toBe(0);
  });
});

const facts = (over: Partial<SignUpFacts> = {}): SignUpFacts => ({
  id: 'a1',
  status: 'open',
  capacity: 2,
  signedUp: 0,
  signupOpensAt: at('09:00', '2026-12-01'),
  signupClosesAt: at('18:00', '2026-12-04'),
  ...activity,
  ...over,
});
const now = at('10:00', '2026-12-02');

describe('sign-up', () => {
  it('accepts within the window while places are left', () => {
    expect(checkSignUp(facts(), [], now)).toBeNull();
  });
  it('refuses a full activity (capacity)', () => {
    expect(checkSignUp(facts({ signedUp: 2 }), [], now)).toBe('volunteer_activity_full');
  });
  it('refuses before the window opens, after the deadline and after the start', () => {
    expect(checkSignUp(facts(), [], at('08:00', '2026-12-01'))).toBe('volunteer_signup_closed');
    expect(checkSignUp(facts(), [], at('18:00', '2026-12-04'))).toBe('volunteer_signup_closed');
    expect(checkSignUp(facts({ signupClosesAt: at('23:00') }), [], at('09:30'))).toBe(
      'volunteer_signup_closed',
    );
  });
  it('refuses double booking of overlapping activities, not of adjacent ones', () => {
    const other = { id: 'b', startsAt: at('11:00'), endsAt: at('14:00') };
    expect(checkSignUp(facts(), [other], now)).toBe('volunteer_overlap');
    const after = { id: 'c', startsAt: at('12:00'), endsAt: at('14:00') };
    expect(checkSignUp(facts(), [after], now)).toBeNull();
    expect(checkSignUp(facts(), [{ id: 'a1', ...activity }], now)).toBe('volunteer_already_signed');
  });
  it('refuses a cancelled activity', () => {
    expect(checkSignUp(facts({ status: 'cancelled' }), [], now)).toBe('volunteer_activity_cancelled');
  });
  it('cancels until the start, not once checked in', () => {
    expect(checkCancel(activity, { checkedInAt: null }, at('08:59'))).toBeNull();
    expect(checkCancel(activity, { checkedInAt: null }, at('09:00'))).toBe('volunteer_cancel_late');
    expect(checkCancel(activity, { checkedInAt: at('08:30') }, at('08:40'))).toBe('volunteer_cancel_late');
  });
});

describe('the organiser cancels an activity', () => {
  const open = { status: 'open' as const, endsAt: activity.endsAt };
  it('cancels before the start and while it runs, not once ended', () => {
    expect(checkCancelActivity(open, at('08:00', '2026-12-01'))).toBeNull();
    expect(checkCancelActivity(open, at('10:00'))).toBeNull();
    expect(checkCancelActivity(open, at('12:00'))).toBe('volunteer_activity_ended');
  });
  it('refuses cancelling twice', () => {
    expect(checkCancelActivity({ ...open, status: 'cancelled' }, at('08:00'))).toBe(
      'volunteer_activity_cancelled',
    );
  });
});

describe('attendance', () => {
  const signed = { status: 'signed' as const, checkedInAt: null, checkedOutAt: null };
  it('checks in a signed-up volunteer from an hour before the start until the end, once', () => {
    expect(checkCheckIn(activity, signed, at('08:00'))).toBeNull();
    expect(checkCheckIn(activity, signed, at('07:59'))).toBe('volunteer_checkin_window');
    expect(checkCheckIn(activity, signed, at('12:01'))).toBe('volunteer_checkin_window');
    expect(checkCheckIn(activity, null, at('09:00'))).toBe('volunteer_not_signed');
    expect(checkCheckIn(activity, { ...signed, checkedInAt: at('09:00') }, at('09:05'))).toBe(
      'volunteer_already_checked_in',
    );
  });
  it('checks out after check-in, once', () => {
    expect(checkCheckOut(signed, at('10:00'))).toBe('volunteer_not_checked_in');
    const inside = { ...signed, checkedInAt: at('09:00') };
    expect(checkCheckOut(inside, at('11:00'))).toBeNull();
    expect(checkCheckOut(inside, at('08:00'))).toBe('volunteer_not_checked_in');
    expect(checkCheckOut({ ...inside, checkedOutAt: at('11:00') }, at('11:30'))).toBe(
      'volunteer_already_checked_out',
    );
  });
});

describe('stars by cumulative hours (100 / 300 / 600 / 1000 / 1500)', () => {
  it('reaches each star at its threshold', () => {
    expect(starLevel(99 * 60 + 59)).toBe(0);
    expect(starLevel(100 * 60)).toBe(1);
    expect(starLevel(299 * 60)).toBe(1);
    expect(starLevel(300 * 60)).toBe(2);
    expect(starLevel(600 * 60)).toBe(3);
    expect(starLevel(1000 * 60)).toBe(4);
    expect(starLevel(1500 * 60)).toBe(5);
    expect(starLevel(5000 * 60)).toBe(5);
  });
  it('tells the next star and what is missing', () => {
    expect(nextStar(40 * 60)).toEqual({ star: 1, minutesToGo: 60 * 60 });
    expect(nextStar(1500 * 60)).toBeNull();
  });
});

describe('certificates (谁记录谁证明)', () => {
  it('only the keeping organisation issues', () => {
    expect(mayIssueCertificate('org-1', 'org-1')).toBe(true);
    expect(mayIssueCertificate('org-1', 'community-9')).toBe(false);
  });
  it('lists hours per period inside the range (Beijing days)', () => {
    const entries = [
      { at: new Date('2025-12-31T17:00:00Z'), minutes: 120 }, // 2026-01-01 01:00 in Beijing
      { at: at('09:00', '2026-03-02'), minutes: 90 },
      { at: at('09:00', '2026-03-20'), minutes: 30 },
      { at: at('09:00', '2025-06-01'), minutes: 600 }, // before the range
    ];
    const r = hoursByPeriod(entries, { from: '2026-01-01', to: '2026-12-31' }, 'month');
    expect(r.periods).toEqual([
      { period: '2026-01', minutes: 120, hours: 2 },
      { period: '2026-03', minutes: 120, hours: 2 },
    ]);
    expect(r.totalHours).toBe(4);
    expect(
      hoursByPeriod(entries, { from: '2025-01-01', to: '2026-12-31' }, 'year').periods.map((p) => p.period),
    ).toEqual(['2025', '2026']);
  });
  it('codes are 4-4-4 without look-alikes and survive hand typing', () => {
    const code = certificateCode(Array.from({ length: 12 }, (_, i) => i / 12));
    expect(code).toMatch(CERTIFICATE_CODE);
    expect(normaliseCertificateCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
    expect(normaliseCertificateCode('ABCD-EFGH-IJK0')).toBeNull();
  });
});
