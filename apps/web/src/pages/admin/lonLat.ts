/** A point typed as "lon, lat" (comma, Chinese comma or spaces between), or null when it is not one. */
export function parseLonLat(text: string): { lon: number; lat: number } | null {
  const parts = text
    .trim()
    .split(/[\s,，]+/)
    .map(Number);
  if (parts.length !== 2 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lon, lat] = parts as [number, number];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return null;
  return { lon, lat };
}
