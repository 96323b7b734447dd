import { shanghaiDayOf } from '../calendar/time.ts';

/**
 * Case numbers (case.id) are the Shanghai date of creation followed by 8 digits of a global sequence:
 * 2026120700000042. "case" and case_event are range-partitioned on that number (one partition a month), so it is
 * both the partition key and the time of receipt at day resolution. A query bounded in time gives PostgreSQL the
 * number bounds below as well, and the planner reads only the partitions of those months.
 */
export const CASE_SEQ_SPAN = 100_000_000n;

/** The case number of the `seq`-th case received at `at`. */
export function caseNumberOf(at: Date | number, seq: bigint): string {
  return (BigInt(shanghaiDayOf(at).replaceAll('-', '')) * CASE_SEQ_SPAN + (seq % CASE_SEQ_SPAN)).toString();
}

/** The smallest case number a case received at or after `at` can have (first number of that Shanghai day). */
export function caseNumberFloor(at: Date | number): string {
  return (BigInt(shanghaiDayOf(at).replaceAll('-', '')) * CASE_SEQ_SPAN).toString();
}

/** Above every case number of a case received at or before `at` (the first number of the next Shanghai day). */
export function caseNumberCeiling(at: Date | number): string {
  return (BigInt(shanghaiDayOf(at).replaceAll('-', '')) * CASE_SEQ_SPAN + CASE_SEQ_SPAN).toString();
}

/** The month ("YYYY-MM") a case number belongs to, i.e. its partition; undefined for a number that is no date. */
export function caseMonthOf(id: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})\d{8}$/.exec(id);
  if (!m) return undefined;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${m[1]}-${m[2]}`;
}

/** Number bounds [lo, hi) of the partition of a month ("YYYY-MM"). */
export function caseMonthBounds(month: string): { lo: string; hi: string } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new Error(`not a month: ${month}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const next = mo === 12 ? `${y + 1}0101` : `${y}${String(mo + 1).padStart(2, '0')}01`;
  return { lo: `${m[1]}${m[2]}0100000000`, hi: `${next}00000000` };
}

/**
 * The case-number ranges [lo, hi) of the partitions that hold the cases of these days (a case number ÷
 * CASE_SEQ_SPAN, e.g. '20261207'), one per month; a day that is no date (in the DEFAULT partition) gets its own
 * numbers' range. A query bounded by these reads only those months (the assessment fold, by its batch's days).
 */
export function partitionRangesOfDays(days: readonly string[]): { lo: string; hi: string }[] {
  const out = new Map<string, { lo: string; hi: string }>();
  for (const day of days) {
    const d = BigInt(day);
    const month = caseMonthOf((d * CASE_SEQ_SPAN).toString());
    out.set(
      month ?? day,
      month
        ? caseMonthBounds(month)
        : { lo: (d * CASE_SEQ_SPAN).toString(), hi: ((d + 1n) * CASE_SEQ_SPAN).toString() },
    );
  }
  return [...out.values()];
}
