import { describe, expect, it } from 'vitest';
import { parseLonLat } from './lonLat.ts';

describe('parseLonLat', () => {
  it('reads "lon, lat" with a comma, a Chinese comma or spaces', () => {
    expect(parseLonLat('117.12, 40.14')).toEqual({ lon: 117.12, lat: 40.14 });
    expect(parseLonLat(' 117.12，40.14 ')).toEqual({ lon: 117.12, lat: 40.14 });
    expect(parseLonLat('117.12 40.14')).toEqual({ lon: 117.12, lat: 40.14 });
  });

  it('refuses anything that is not one point on Earth', () => {
    for (const bad of ['', '117.12', '117.12,40.14,3', 'abc, 40', '181, 40', '117, -91'])
      expect(parseLonLat(bad), bad).toBeNull();
  });
});
