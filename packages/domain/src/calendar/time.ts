/**
 * Time arithmetic in Asia/Shanghai. China has used UTC+8 without daylight saving since 1991, so a fixed
 * offset is exact for every date this system handles and nothing depends on the host's time zone.
 */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of an instant: whole days since 1970-01-01 in Asia/Shanghai. */
export function dayNumberOf(instant: Date | number): number {
  return Math.floor((+instant + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** The instant (epoch ms) at which a Shanghai day number begins (00:00 +08:00). */
export function dayStartMs(dayNumber: number): number {
  return dayNumber * DAY_MS - SHANGHAI_OFFSET_MS;
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Parses 'YYYY-MM-DD' (a calendar day in Shanghai) into a day number; throws RangeError on anything else. */
export function parseDay(day: string): number {
  const m = DAY_PATTERN.exec(day);
  if (!m) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    throw new RangeError(`no such day: ${day}`);
  }
  return ms / DAY_MS;
}

/** 'YYYY-MM-DD' of a Shanghai day number. */
export function formatDay(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' of the Shanghai calendar day containing an instant. */
export function shanghaiDayOf(instant: Date | number): string {
  return formatDay(dayNumberOf(instant));
}

/** Day number of 1 January of a year. */
export function yearStartDay(year: number): number {
  return Date.UTC(year, 0, 1) / DAY_MS;
}

/** Calendar year of a Shanghai day number. */
export function yearOfDay(dayNumber: number): number {
  return new Date(dayNumber * DAY_MS).getUTCFullYear();
}
