import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, wgs84ToGcj02 } from './coords.ts';

/** Approximate ground distance in metres (equirectangular; exact enough over a few hundred metres). */
function metres([lon1, lat1]: number[], [lon2, lat2]: number[]): number {
  const r = 6_371_000;
  const rad = Math.PI / 180;
  const x = (lon2! - lon1!) * rad * Math.cos(((lat1! + lat2!) / 2) * rad);
  const y = (lat2! - lat1!) * rad;
  return Math.hypot(x, y) * r;
}

// Reference pairs [WGS-84, GCJ-02] as [lon, lat], from the test suite of the widely used eviltransform library.
const pairs: { place: string; wgs: [number, number]; gcj: [number, number] }[] = [
  { place: 'Beijing', wgs: [116.377817, 39.911954], gcj: [116.38404722455657, 39.91334545536069] },
  { place: 'Shanghai', wgs: [121.5272106, 31.1774276], gcj: [121.531541859215, 31.17530398364597] },
  { place: 'Shenzhen', wgs: [113.912316, 22.543847], gcj: [113.9171764808363, 22.540796131694766] },
];

describe('GCJ-02 ⇄ WGS-84', () => {
  it.each(pairs)('matches the reference pair in $place within 1 m', ({ wgs, gcj }) => {
    expect(metres(wgs84ToGcj02(...wgs), gcj)).toBeLessThan(1);
    expect(metres(gcj02ToWgs84(...gcj), wgs)).toBeLessThan(1);
    // The offset itself is hundreds of metres, so the test would notice a missing transform.
    expect(metres(wgs, gcj)).toBeGreaterThan(100);
  });

  it('round-trips within 1 m', () => {
    const p: [number, number] = [116.4, 39.9];
    expect(metres(gcj02ToWgs84(...wgs84ToGcj02(...p)), p)).toBeLessThan(1);
  });

  it('leaves coordinates outside China unchanged', () => {
    expect(wgs84ToGcj02(2.3522, 48.8566)).toEqual([2.3522, 48.8566]);
    expect(gcj02ToWgs84(-74.006, 40.7128)).toEqual([-74.006, 40.7128]);
  });
});
