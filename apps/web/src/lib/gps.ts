/** The phone's position (WGS-84, as GPS gives it). Browsers offer it only in secure contexts (HTTPS, localhost). */
export interface GpsFix {
  lon: number;
  lat: number;
  /** metres */
  accuracy: number;
}

export function gpsAvailable(): boolean {
  return typeof navigator !== 'undefined' && 'geolocation' in navigator && window.isSecureContext;
}

/** Why no fix came, as the interface names it (i18n `gps.<reason>`): never the browser's English message. */
export type GpsFailure = 'denied' | 'unavailable' | 'timeout';

export class GpsError extends Error {
  constructor(readonly reason: GpsFailure) {
    super(`gps ${reason}`);
  }
}

/** GeolocationPositionError codes: 1 PERMISSION_DENIED, 2 POSITION_UNAVAILABLE, 3 TIMEOUT. */
export function gpsFailureOf(code: number): GpsFailure {
  return code === 1 ? 'denied' : code === 3 ? 'timeout' : 'unavailable';
}

/** The message key of a failed fix (anything else thrown counts as unavailable). */
export function gpsFailureKey(e: unknown): `gps.${GpsFailure}` {
  return `gps.${e instanceof GpsError ? e.reason : 'unavailable'}`;
}

export function getGpsFix(timeoutMs = 15_000): Promise<GpsFix> {
  return new Promise((resolve, reject) => {
    if (!gpsAvailable()) {
      reject(new GpsError('unavailable'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) =>
        resolve({
          lon: Math.round(p.coords.longitude * 1e6) / 1e6,
          lat: Math.round(p.coords.latitude * 1e6) / 1e6,
          accuracy: Math.round(p.coords.accuracy),
        }),
      (e) => reject(new GpsError(gpsFailureOf(e.code))),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 30_000 },
    );
  });
}
