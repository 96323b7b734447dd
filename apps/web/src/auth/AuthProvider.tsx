import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, request, setCsrfToken, setUnauthenticatedHandler } from '../api/client.ts';
import type { Me, Role, Session, SignInStep } from '../api/types.ts';
import { cachedIdentity, cacheIdentity, clearFieldData, SESSION_BACK } from '../lib/fieldStore.ts';

const ME_KEY = ['auth', 'me'] as const;

interface AuthValue {
  me: Me | null;
  /** A sign-in step still owed (second factor, password change, enrolment); null when fully signed in. */
  step: SignInStep | null;
  loading: boolean;
  /** The identity comes from the phone's cache: the server could not be reached (the field app offline). */
  offline: boolean;
  hasRole: (role: Role) => boolean;
  login: (username: string, password: string) => Promise<Session>;
  /** After a step is done: the server's answer moves the session on. */
  setStep: (step: SignInStep | null) => void;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

type KnownSession = Session & { offline?: boolean };

/**
 * The session from the server; without a network, a grid worker's identity as cached on the phone after an online
 * login (no CSRF token: nothing is written until the server confirms the session — lib/fieldQueue.ts).
 */
async function fetchSession(): Promise<KnownSession | null> {
  try {
    return await request<Session>('GET', '/api/auth/me', { allow401: true });
  } catch (e) {
    if (isApiError(e) && e.status === 401) return null;
    const cached = cachedIdentity();
    if (isApiError(e) && e.code === 'NETWORK' && cached)
      return { user: cached.user, step: null, csrfToken: null, offline: true };
    throw e;
  }
}

/** Only grid workers' identities are kept for offline use (their phones); a console on a shared desk keeps none. */
const keepsOffline = (user: Me) => user.roles.includes('grid_worker');

export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const session = useQuery<KnownSession | null>({
    queryKey: ME_KEY,
    queryFn: fetchSession,
    staleTime: 5 * 60_000,
    retry: 1,
    // opened from the phone's cache: ask the server again every few seconds while the browser says online
    refetchInterval: (q) => (q.state.data?.offline && navigator.onLine ? 5_000 : false),
  });

  useEffect(() => {
    if (session.data !== undefined) setCsrfToken(session.data?.csrfToken ?? null);
    const s = session.data;
    if (s && !s.offline && !s.step && keepsOffline(s.user)) cacheIdentity(s.user);
  }, [session.data]);

  // Back online: ask the server again (a session opened from the cache becomes a real one, or a 401 asks to log in).
  useEffect(() => {
    const onOnline = () => void qc.invalidateQueries({ queryKey: ME_KEY });
    window.addEventListener('online', onOnline);
    window.addEventListener(SESSION_BACK, onOnline);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener(SESSION_BACK, onOnline);
    };
  }, [qc]);

  // Any 401 from a data call means the session ended: forget it; the route guard sends the user to /login.
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      qc.setQueryData(ME_KEY, null);
    });
    return () => setUnauthenticatedHandler(null);
  }, [qc]);

  const loginMutation = useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      request<Session>('POST', '/api/auth/login', { body, allow401: true }),
    onSuccess: async (s) => {
      // Another user on this phone: what the previous worker kept (bundle, queue) is not theirs to see or send.
      const before = cachedIdentity();
      if (before && before.user.id !== s.user.id) await clearFieldData();
      setCsrfToken(s.csrfToken);
      qc.setQueryData(ME_KEY, s);
    },
  });

  const value = useMemo<AuthValue>(() => {
    const me = session.data?.user ?? null;
    return {
      me,
      step: session.data?.step ?? null,
      loading: session.isPending,
      offline: session.data?.offline ?? false,
      hasRole: (role) => me?.roles.includes(role) ?? false,
      login: (username, password) => loginMutation.mutateAsync({ username, password }),
      setStep: (step) => {
        qc.setQueryData<Session | null>(ME_KEY, (s) => (s ? { ...s, step } : s));
        // Pages loaded while the step was owed were refused: load them again.
        if (!step) void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      },
      logout: async () => {
        try {
          await api.post('/api/auth/logout');
        } finally {
          await clearFieldData();
          setCsrfToken(null);
          qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
          qc.setQueryData(ME_KEY, null);
        }
      },
    };
  }, [session.data, session.isPending, loginMutation, qc]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}
