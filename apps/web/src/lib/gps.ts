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

export function getGpsFix(timeoutMs = 15_000): Promise<GpsFix> {
  return new Promise((resolve, reject) => {
    if (!gpsAvailable()) {
      reject(new Error('unavailable'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) =>
        resolve({
          lon: Math.round(p.coords.longitude * 1e6) / 1e6,
          lat: Math.round(p.coords.latitude * 1e6) / 1e6,
          accuracy: Math.round(p.coords.accuracy),
        }),
      (e) => reject(new Error(e.message || `geolocation error ${e.code}`)),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 30_000 },
    );
  });
}
