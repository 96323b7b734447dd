/**
 * The field app's data, shared by its pages: the offline bundle (or, until the server has one, the visits due),
 * read from the phone first and refreshed when online — on opening and after a send that delivered something.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, isApiError } from '../../api/client.ts';
import {
  DEFAULT_SETTINGS,
  type FieldBundle,
  type PatrolLogPage,
  type VisitDue,
  type VisitsDue,
} from '../../api/field.ts';
import { readField, writeField, type Stored } from '../../lib/fieldStore.ts';
import { visitOrder } from '../../lib/fieldRules.ts';
import { SYNCED } from '../../lib/fieldQueue.ts';

interface FieldData {
  bundle: FieldBundle | null;
  /** when the bundle (or the visits due) was stored on the phone */
  savedAt: string | null;
  visits: VisitDue[];
  settings: FieldBundle['settings'];
  patrolLog: PatrolLogPage['items'];
  refreshing: boolean;
  /** the last refresh failed (offline, or the server has no bundle yet) */
  refreshError: string | null;
  refresh(): Promise<void>;
}

const Ctx = createContext<FieldData | null>(null);

function startOfToday(): string {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  return d.toISOString();
}

export function FieldDataProvider({ children }: { children: ReactNode }) {
  const [bundle, setBundle] = useState<Stored<FieldBundle> | null>(null);
  const [due, setDue] = useState<Stored<VisitsDue> | null>(null);
  const [log, setLog] = useState<PatrolLogPage['items']>([]);
  const [refreshing, setRefreshing] = useState(false);
  const [refreshError, setRefreshError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const [b, d, l] = await Promise.all([
      readField<FieldBundle>('bundle'),
      readField<VisitsDue>('visitsDue'),
      readField<PatrolLogPage['items']>('patrolLog'),
    ]);
    setBundle(b ?? null);
    setDue(d ?? null);
    setLog(l?.value ?? []);
  }, []);

  const refresh = useCallback(async () => {
    if (!navigator.onLine) return;
    setRefreshing(true);
    setRefreshError(null);
    try {
      try {
        await writeField('bundle', await api.get<FieldBundle>('/api/field/bundle'));
      } catch (e) {
        // the server without the bundle yet: the visits due alone
        if (!(isApiError(e) && e.status === 404)) throw e;
        await writeField('visitsDue', await api.get<VisitsDue>('/api/field/visits/due', { limit: 500 }));
      }
      const page = await api.get<PatrolLogPage>('/api/field/patrols', { from: startOfToday(), pageSize: 50 });
      await writeField('patrolLog', page.items);
      await load();
    } catch (e) {
      // no network after all (the browser said online): nothing to tell, the phone's copy stays
      if (!(isApiError(e) && e.code === 'NETWORK'))
        setRefreshError(e instanceof Error ? e.message : String(e));
    } finally {
      setRefreshing(false);
    }
  }, [load]);

  useEffect(() => {
    void load().then(refresh);
    const onSynced = () => void refresh();
    window.addEventListener('online', onSynced);
    window.addEventListener(SYNCED, onSynced);
    return () => {
      window.removeEventListener('online', onSynced);
      window.removeEventListener(SYNCED, onSynced);
    };
  }, [load, refresh]);

  const value = useMemo<FieldData>(() => {
    const b = bundle?.value ?? null;
    // the newer of the two: a bundle, or the visits due fetched alone while the server had no bundle
    const fromBundle = bundle && (!due || bundle.savedAt >= due.savedAt) ? bundle : null;
    return {
      bundle: b,
      savedAt: fromBundle ? fromBundle.savedAt : (due?.savedAt ?? null),
      visits: visitOrder(fromBundle ? fromBundle.value.visitsDue : (due?.value.items ?? [])),
      settings: b?.settings ?? DEFAULT_SETTINGS,
      patrolLog: log,
      refreshing,
      refreshError,
      refresh,
    };
  }, [bundle, due, log, refreshing, refreshError, refresh]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useFieldData(): FieldData {
  const v = useContext(Ctx);
  if (!v) throw new Error('useFieldData outside FieldDataProvider');
  return v;
}
