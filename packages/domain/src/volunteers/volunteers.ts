import { shanghaiDayOf } from '../calendar/time.ts';

/*
 * 志愿服务 (issue 13, 三治融合): volunteer records, activities with sign-up, attendance, service hours, stars and
 * certificates. Rules after 民政部令第67号《志愿服务记录与证明出具办法（试行）》(2021): records hold the person, the
 * service (time, place, content, hours), training, awards and evaluation; "谁记录谁证明" — only the organisation
 * that kept the record certifies it, free of charge. Service hours exclude travel (the 注册志愿者证 template).
 * Star levels follow the 2012 《志愿服务记录办法》 (民政部): 100 / 300 / 600 / 1000 / 1500 hours → 一星 … 五星.
 */

const MINUTE = 60_000;

/** The five star levels by cumulative service hours (2012 《志愿服务记录办法》; kept by most registries since). */
export const STAR_THRESHOLDS = [100, 300, 600, 1000, 1500] as const;

/** Star level (0 = none yet, 1 … 5) of a cumulative number of service minutes. */
export function starLevel(totalMinutes: number): number {
  const hours = totalMinutes / 60;
  return STAR_THRESHOLDS.filter((h) => hours >= h).length;
}

/** The next star and the minutes still missing, or null at five stars. */
export function nextStar(totalMinutes: number): { star: number; minutesToGo: number } | null {
  const star = starLevel(totalMinutes);
  if (star >= STAR_THRESHOLDS.length) return null;
  return { star: star + 1, minutesToGo: STAR_THRESHOLDS[star]! * 60 - totalMinutes };
}

export interface ActivityWindow {
  startsAt: Date;
  endsAt: Date;
}

export interface Attendance {
  checkedInAt: Date;
  checkedOutAt: Date;
  /** Breaks taken during the activity (meals, rest), in minutes. */
  breakMinutes: number;
  /** Travel to and from the place, as reported: kept on the record, never counted. */
  travelMinutes?: number;
}

/**
 * Service minutes of one attendance: the time between check-in and check-out that lies inside the activity, minus
 * breaks, never below zero. Time before the activity starts and after it ends is travel or waiting and does not
 * count, so the result never exceeds the activity's length; reported travel minutes are never added.
 */
export function serviceMinutes(activity: ActivityWindow, a: Attendance): number {
  const from = Math.max(a.checkedInAt.getTime(), activity.startsAt.getTime());
  const to = Math.min(a.checkedOutAt.getTime(), activity.endsAt.getTime());
  const present = Math.max(0, Math.floor((to - from) / MINUTE));
  return Math.max(0, present - Math.max(0, Math.floor(a.breakMinutes)));
}

/** Hours with one decimal, for display and certificates. */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 10) / 10;
}

export function overlaps(a: ActivityWindow, b: ActivityWindow): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

export interface SignUpFacts extends ActivityWindow {
  id: string;
  status: 'open' | 'cancelled';
  capacity: number;
  signupOpensAt: Date;
  signupClosesAt: Date;
  /** Active sign-ups of the activity now. */
  signedUp: number;
}

export type SignUpRefusal =
  | 'volunteer_activity_cancelled'
  | 'volunteer_signup_closed'
  | 'volunteer_activity_full'
  | 'volunteer_already_signed'
  | 'volunteer_overlap';

/**
 * Whether a volunteer may sign up: the activity is not cancelled, the sign-up window is open (opens ≤ now <
 * closes, and never after the start), a place is left, they are not signed up already, and none of their other
 * active sign-ups overlaps it in time (no double booking).
 */
export function checkSignUp(
  activity: SignUpFacts,
  mine: readonly (ActivityWindow & { id: string })[],
  now: Date,
): SignUpRefusal | null {
  if (activity.status === 'cancelled') return 'volunteer_activity_cancelled';
  if (now < activity.signupOpensAt || now >= activity.signupClosesAt || now >= activity.startsAt)
    return 'volunteer_signup_closed';
  if (mine.some((m) => m.id === activity.id)) return 'volunteer_already_signed';
  if (activity.signedUp >= activity.capacity) return 'volunteer_activity_full';
  if (mine.some((m) => overlaps(m, activity))) return 'volunteer_overlap';
  return null;
}

/** A sign-up can be cancelled until the activity starts (and not once checked in). */
export function checkCancel(
  activity: ActivityWindow,
  signup: { checkedInAt: Date | null },
  now: Date,
): 'volunteer_cancel_late' | null {
  if (signup.checkedInAt || now >= activity.startsAt) return 'volunteer_cancel_late';
  return null;
}

/**
 * The organiser cancels an activity (with a reason): not twice, and not once it has ended (what happened then is
 * a record, not a plan). A running activity may still be called off; minutes already recorded stay.
 */
export function checkCancelActivity(
  activity: { status: 'open' | 'cancelled'; endsAt: Date },
  now: Date,
): 'volunteer_activity_cancelled' | 'volunteer_activity_ended' | null {
  if (activity.status === 'cancelled') return 'volunteer_activity_cancelled';
  if (now >= activity.endsAt) return 'volunteer_activity_ended';
  return null;
}

/** Check-in opens this long before the start (volunteers arrive early; early minutes still do not count). */
export const CHECK_IN_EARLY_MINUTES = 60;

export type AttendanceRefusal =
  | 'volunteer_not_signed'
  | 'volunteer_checkin_window'
  | 'volunteer_already_checked_in'
  | 'volunteer_not_checked_in'
  | 'volunteer_already_checked_out';

/** Check-in: a signed-up volunteer, once, from an hour before the start until the end. */
export function checkCheckIn(
  activity: ActivityWindow,
  signup: { status: 'signed' | 'cancelled'; checkedInAt: Date | null } | null,
  at: Date,
): AttendanceRefusal | null {
  if (!signup || signup.status !== 'signed') return 'volunteer_not_signed';
  if (signup.checkedInAt) return 'volunteer_already_checked_in';
  if (at.getTime() < activity.startsAt.getTime() - CHECK_IN_EARLY_MINUTES * MINUTE || at > activity.endsAt)
    return 'volunteer_checkin_window';
  return null;
}

/** Check-out: after check-in, once. */
export function checkCheckOut(
  signup: { status: 'signed' | 'cancelled'; checkedInAt: Date | null; checkedOutAt: Date | null } | null,
  at: Date,
): AttendanceRefusal | null {
  if (!signup || signup.status !== 'signed') return 'volunteer_not_signed';
  if (!signup.checkedInAt) return 'volunteer_not_checked_in';
  if (signup.checkedOutAt) return 'volunteer_already_checked_out';
  if (at < signup.checkedInAt) return 'volunteer_not_checked_in';
  return null;
}

/** 谁记录谁证明: only the organisation that keeps the volunteer's record issues their certificate. */
export function mayIssueCertificate(keeperUnitId: string, issuerUnitId: string): boolean {
  return keeperUnitId === issuerUnitId;
}

export interface ServiceEntry {
  /** When the service took place (the activity's start). */
  at: Date;
  minutes: number;
}

export interface PeriodHours {
  /** '2026' or '2026-03' (Beijing time). */
  period: string;
  minutes: number;
  hours: number;
}

/**
 * Hours per period (calendar year or month, Beijing time) of the service inside [from, to] (days, inclusive), in
 * period order, with the total: what a 志愿服务证明 lists.
 */
export function hoursByPeriod(
  entries: readonly ServiceEntry[],
  range: { from: string; to: string },
  by: 'year' | 'month',
): { periods: PeriodHours[]; totalMinutes: number; totalHours: number } {
  const sums = new Map<string, number>();
  for (const e of entries) {
    const day = shanghaiDayOf(e.at);
    if (day < range.from || day > range.to || e.minutes <= 0) continue;
    const key = by === 'year' ? day.slice(0, 4) : day.slice(0, 7);
    sums.set(key, (sums.get(key) ?? 0) + e.minutes);
  }
  const periods = [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, minutes]) => ({ period, minutes, hours: minutesToHours(minutes) }));
  const totalMinutes = periods.reduce((s, p) => s + p.minutes, 0);
  return { periods, totalMinutes, totalHours: minutesToHours(totalMinutes) };
}

/** Verification codes of certificates: 12 characters without look-alikes (0/O, 1/I/L), grouped 4-4-4. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CERTIFICATE_CODE = /^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/;

/** A code from 12 random values in [0, 1) (the caller supplies the randomness: crypto on the server). */
export function certificateCode(random: readonly number[]): string {
  const chars = random.slice(0, 12).map((r) => CODE_ALPHABET[Math.floor(r * CODE_ALPHABET.length)]!);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((g) => g.join('')).join('-');
}

/** A code typed by hand: case and separators forgiven; null when it cannot be one. */
export function normaliseCertificateCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (s.length !== 12) return null;
  const code = `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
  return CERTIFICATE_CODE.test(code) ? code : null;
}
