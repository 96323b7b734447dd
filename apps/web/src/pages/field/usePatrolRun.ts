/**
 * The patrol under way, kept on the phone (IndexedDB) so a closed app or a dead battery loses nothing: its grid,
 * start, whether the worker opted in to tracking, the track points (recorded with watchPosition at the deployment's
 * interval) and the check-ins. Ending it puts the whole patrol in the send queue, exactly once by its instance id.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { enqueueField, newInstanceId } from '../../lib/fieldQueue.ts';
import { deleteField, readField, writeField } from '../../lib/fieldStore.ts';
import { takesTrackPoint } from '../../lib/fieldRules.ts';

export interface TrackPoint {
  at: string;
  lon: number;
  lat: number;
  accuracyM: number | null;
}

export interface Checkin {
  at: string;
  lon: number | null;
  lat: number | null;
  accuracyM: number | null;
  addressId?: string;
  organisationId?: string;
  name: string;
  note?: string;
}

export interface PatrolRun {
  instanceId: string;
  gridCode: string;
  startedAt: string;
  tracking: boolean;
  points: TrackPoint[];
  checkins: Checkin[];
}

export function usePatrolRun(intervalS = 30) {
  const [run, setRun] = useState<PatrolRun | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [trackError, setTrackError] = useState<number | null>(null);
  const runRef = useRef<PatrolRun | null>(null);

  const save = useCallback(async (next: PatrolRun | null) => {
    runRef.current = next;
    setRun(next);
    if (next) await writeField('patrol', next);
    else await deleteField('patrol');
  }, []);

  useEffect(() => {
    void readField<PatrolRun>('patrol').then((s) => {
      runRef.current = s?.value ?? null;
      setRun(s?.value ?? null);
      setLoaded(true);
    });
  }, []);

  // Tracking: only while a patrol runs with the worker's consent.
  const tracking = !!run?.tracking;
  useEffect(() => {
    if (!tracking || !('geolocation' in navigator)) return;
    const id = navigator.geolocation.watchPosition(
      (p) => {
        const cur = runRef.current;
        if (!cur) return;
        const at = new Date(p.timestamp || Date.now()).toISOString();
        const last = cur.points.at(-1)?.at ?? null;
        if (!takesTrackPoint(last, at, intervalS)) return;
        const point: TrackPoint = {
          at,
          lon: Math.round(p.coords.longitude * 1e6) / 1e6,
          lat: Math.round(p.coords.latitude * 1e6) / 1e6,
          accuracyM: Math.round(p.coords.accuracy),
        };
        void save({ ...cur, points: [...cur.points, point] });
      },
      (e) => setTrackError(e.code),
      { enableHighAccuracy: true, maximumAge: 5_000 },
    );
    return () => navigator.geolocation.clearWatch(id);
  }, [tracking, intervalS, save]);

  const start = (gridCode: string, withTracking: boolean) =>
    save({
      instanceId: newInstanceId(),
      gridCode,
      startedAt: new Date().toISOString(),
      tracking: withTracking,
      points: [],
      checkins: [],
    });

  const checkin = (c: Checkin) => {
    const cur = runRef.current;
    return cur ? save({ ...cur, checkins: [...cur.checkins, c] }) : Promise.resolve();
  };

  /** Ends the patrol: into the send queue with its track and check-ins, then forgotten here. */
  const end = async (note: string, label: string) => {
    const cur = runRef.current;
    if (!cur) return;
    await enqueueField(
      'patrol',
      '/api/field/patrols',
      {
        instanceId: cur.instanceId,
        gridCode: cur.gridCode,
        startedAt: cur.startedAt,
        endedAt: new Date().toISOString(),
        tracking: cur.tracking,
        points: cur.tracking ? cur.points : [],
        checkins: cur.checkins.map(({ name: _name, ...c }) => c),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      [],
      label,
    );
    await save(null);
  };

  return { run, loaded, trackError, start, checkin, end };
}
