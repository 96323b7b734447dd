import gcoordModule from 'gcoord';

/*
 * GCJ-02 (国测局 "Mars" coordinates, used by AMap, Tencent and most Chinese phone SDKs) ⇄ WGS-84, via gcoord:
 * the standard forward formula, and an iterative inverse accurate to about 1e-6° (≈0.1 m). Outside China's bounding
 * box both directions return the input unchanged, as GCJ-02 is only defined inside it.
 *
 * gcoord's entry point is CommonJS (`module.exports = gcoord`) while its type declarations say `export default`;
 * under NodeNext that types the default import as the module namespace. At run time the default import is gcoord
 * itself in Node and the ESM build's default in bundlers (whose resolution types it correctly), so take either.
 */
type Gcoord = typeof import('gcoord').default;
const gcoord = ((gcoordModule as unknown as { default?: Gcoord }).default ?? gcoordModule) as Gcoord;

/** GCJ-02 [lon, lat] → WGS-84 [lon, lat]. */
export function gcj02ToWgs84(lon: number, lat: number): [number, number] {
  const [x, y] = gcoord.transform<[number, number]>([lon, lat], gcoord.GCJ02, gcoord.WGS84);
  return [x, y];
}

/** WGS-84 [lon, lat] → GCJ-02 [lon, lat]. */
export function wgs84ToGcj02(lon: number, lat: number): [number, number] {
  const [x, y] = gcoord.transform<[number, number]>([lon, lat], gcoord.WGS84, gcoord.GCJ02);
  return [x, y];
}
