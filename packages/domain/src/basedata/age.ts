/**
 * Ages and age bands, one rule for the base-data filters and the 一表通 counts. Days are ISO (YYYY-MM-DD); a
 * birthday on 29 February falls on 28 February in common years.
 */

/** An age range in whole years: min ≤ age ≤ max (either bound may be absent). */
export interface AgeRange {
  min?: number | undefined;
  max?: number | undefined;
}

/** The named bands of the person filters: 未成年 / 劳动年龄 / 老年 / 高龄. */
export const AGE_BANDS = {
  minor: { min: 0, max: 17 },
  adult: { min: 18, max: 59 },
  senior: { min: 60, max: 79 },
  advanced: { min: 80, max: 150 },
} as const satisfies Record<string, AgeRange>;
export type NamedAgeBand = keyof typeof AGE_BANDS;
export const AGE_BAND_KEYS = Object.keys(AGE_BANDS) as NamedAgeBand[];

function minusYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const dd = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/**
 * The birth dates of an age range on a reference day: age ≥ min ⇔ born on or before ref − min years; age ≤ max ⇔
 * born after ref − (max + 1) years. Both bounds are ISO days; absent when the range has no such bound.
 */
export function birthRange(range: AgeRange, refDay: string): { bornOnOrBefore?: string; bornAfter?: string } {
  return {
    ...(range.min !== undefined ? { bornOnOrBefore: minusYears(refDay, range.min) } : {}),
    ...(range.max !== undefined ? { bornAfter: minusYears(refDay, range.max + 1) } : {}),
  };
}

/** Whole years of age on a reference day. */
export function ageOn(birthDay: string, refDay: string): number {
  const [by, bm, bd] = birthDay.split('-').map(Number) as [number, number, number];
  const [ry, rm, rd] = refDay.split('-').map(Number) as [number, number, number];
  return ry - by - (rm < bm || (rm === bm && rd < bd) ? 1 : 0);
}
