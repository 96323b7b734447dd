/** Age bands of the base-data filters and 一表通 counts: 未成年 / 劳动年龄 / 老年 / 高龄. */
export const AGE_BANDS = {
  minor: { min: 0, max: 17 },
  adult: { min: 18, max: 59 },
  senior: { min: 60, max: 79 },
  advanced: { min: 80, max: 150 },
} as const;
export type AgeBand = keyof typeof AGE_BANDS;
export const AGE_BAND_KEYS = Object.keys(AGE_BANDS) as AgeBand[];

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Birth dates (inclusive, 'YYYY-MM-DD') of persons whose age on `today` is within the band. */
export function birthRangeOf(band: AgeBand, today: Date): { from: string; to: string } {
  const { min, max } = AGE_BANDS[band];
  const y = today.getUTCFullYear();
  const to = new Date(Date.UTC(y - min, today.getUTCMonth(), today.getUTCDate()));
  const from = new Date(Date.UTC(y - max - 1, today.getUTCMonth(), today.getUTCDate() + 1));
  return { from: iso(from), to: iso(to) };
}

/** Whole years between a birth date and `today`. */
export function ageOn(birthDate: string, today: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  let age = today.getUTCFullYear() - y;
  if (today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d)) age--;
  return age;
}
