/**
 * City-wide entries that districts override (issue 14): an entry of an enclosing region (the city) applies in every
 * district below it unless a more local entry for the same category lies on the way down to the place — the
 * district's own, or a street's. `resolveDuty` already picks the most local entry; this answers, for a list read
 * from one jurisdiction, which of the entries shown no longer apply there, so the page can say so.
 */
export interface DutyPlacement {
  categoryCode: string;
  /** Materialised region path of the entry's region, e.g. '110000000000/' for the city. */
  regionPath: string;
}

/**
 * Whether `entry` is overridden as seen from `viewerPath`: it lies above or at the viewer, and another entry of the
 * same category sits strictly below it and at or above the viewer. Entries below the viewer are never overridden
 * here (each applies in its own region).
 */
export function isOverriddenAt(
  entry: DutyPlacement,
  others: readonly DutyPlacement[],
  viewerPath: string,
): boolean {
  if (!viewerPath.startsWith(entry.regionPath)) return false;
  return others.some(
    (o) =>
      o.categoryCode === entry.categoryCode &&
      o.regionPath.length > entry.regionPath.length &&
      o.regionPath.startsWith(entry.regionPath) &&
      viewerPath.startsWith(o.regionPath),
  );
}
