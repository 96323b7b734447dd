/** Every time on screen is Beijing time (Asia/Shanghai), whatever the browser's own zone. */
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

export const TZ = 'Asia/Shanghai';

const dateTimeFmt = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TZ,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** "2026-03-01 14:05:09" in Asia/Shanghai (sv-SE gives ISO-like ordering). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dateTimeFmt.format(d);
}

/** A wall-clock time picked in the UI, read as Beijing time, to an ISO UTC string. */
export function shanghaiWallTimeToIso(value: Dayjs): string {
  return dayjs.tz(value.format('YYYY-MM-DD HH:mm:ss'), TZ).toISOString();
}

/** Start (inclusive) of a calendar day in Beijing, as ISO UTC. */
export function shanghaiDayStartIso(value: Dayjs): string {
  return dayjs.tz(value.format('YYYY-MM-DD'), TZ).toISOString();
}

/** The current wall-clock time in Beijing, as a dayjs whose local fields show Beijing time. */
export function nowInShanghai(): Dayjs {
  return dayjs(dayjs().tz(TZ).format('YYYY-MM-DD HH:mm:ss'));
}

/** A Beijing calendar day ("2026-03-01") to the ISO UTC instant it starts at, `addDays` later. */
export function shanghaiDateToIso(ymd: string, addDays = 0): string {
  return dayjs.tz(ymd, TZ).add(addDays, 'day').toISOString();
}

/** "2026-03-01 14:05" in Asia/Shanghai: lists where seconds are noise (sessions). */
export function formatMinute(iso: string | null | undefined): string {
  const s = formatDateTime(iso);
  return /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(s) ? s.slice(0, 16) : s;
}
