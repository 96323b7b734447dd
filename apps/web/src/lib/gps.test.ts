import { describe, expect, it } from 'vitest';
import { GpsError, gpsFailureKey, gpsFailureOf } from './gps.ts';

describe('a failed GPS fix is named by the interface, not by the browser', () => {
  it('maps the GeolocationPositionError codes', () => {
    expect(gpsFailureOf(1)).toBe('denied');
    expect(gpsFailureOf(2)).toBe('unavailable');
    expect(gpsFailureOf(3)).toBe('timeout');
  });

  it('gives a message key for whatever was thrown', () => {
    expect(gpsFailureKey(new GpsError('denied'))).toBe('gps.denied');
    expect(gpsFailureKey(new Error('User denied Geolocation'))).toBe('gps.unavailable');
  });
});
