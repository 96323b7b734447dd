/**
 * The grid worker's phone app (/field): a header with the network state, the page, and a bottom tab bar —
 * 我的一天, 巡查, 走访, 任务, 待发送. It opens offline with the identity cached after an online login, never
 * pretends to be online (a banner says so), and sends the queue whenever the network and the session allow.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { App, Badge, Button } from 'antd';
import {
  CarryOutOutlined,
  CloudUploadOutlined,
  EnvironmentOutlined,
  HomeOutlined,
  LogoutOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { sendQueue, useFieldQueue } from '../../lib/fieldQueue.ts';
import { useOnline } from '../cases/patrolBits.tsx';
import { PageSpin } from '../../routes.tsx';
import { FieldDataProvider } from './useFieldData.tsx';

const TABS = [
  { to: '/field', icon: <HomeOutlined />, key: 'field.tab.today', testid: 'tab-today' },
  { to: '/field/patrol', icon: <EnvironmentOutlined />, key: 'field.tab.patrol', testid: 'tab-patrol' },
  { to: '/field/visits', icon: <TeamOutlined />, key: 'field.tab.visits', testid: 'tab-visits' },
  { to: '/field/tasks', icon: <CarryOutOutlined />, key: 'field.tab.tasks', testid: 'tab-tasks' },
  { to: '/field/queue', icon: <CloudUploadOutlined />, key: 'field.tab.queue', testid: 'tab-queue' },
] as const;

/** Signed in (or known from the phone's cache when offline) as a grid worker; others go to the console. */
export function RequireField() {
  const { me, step, loading, hasRole } = useAuth();
  const location = useLocation();
  if (loading) return <PageSpin />;
  if (!me || step)
    return (
      <Navigate
        to={step ? '/login/step' : '/login'}
        replace
        state={{ from: location.pathname + location.search }}
      />
    );
  if (!hasRole('grid_worker')) return <Navigate to="/" replace />;
  return (
    <FieldDataProvider>
      <FieldLayout />
    </FieldDataProvider>
  );
}

function FieldLayout() {
  const { t, lang, setLang } = useI18n();
  const { me, offline, logout } = useAuth();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  // the browser's word, and the server's: opened from the cache means it could not be reached
  const browserOnline = useOnline();
  const online = browserOnline && !offline;
  const { pending, setAside } = useFieldQueue();
  const [signedOut, setSignedOut] = useState(false);

  const retries = useRef(0);
  const send = useCallback(async () => {
    if (!navigator.onLine) return;
    const r = await sendQueue();
    setSignedOut(!!r.signedOut);
    // The browser says online before requests get through (or the server is still unreachable): try again soon,
    // a few times, then the minute timer below takes over.
    if (r.offline && navigator.onLine && retries.current < 6) {
      retries.current++;
      window.setTimeout(() => void send(), 2_000 * retries.current);
    } else if (!r.offline) retries.current = 0;
  }, []);

  // On opening and when the network comes back: send what waits; while something waits online, every minute.
  useEffect(() => {
    void send();
    const on = () => void send();
    window.addEventListener('online', on);
    return () => window.removeEventListener('online', on);
  }, [send]);
  useEffect(() => {
    if (!browserOnline || pending.length === 0) return;
    const id = window.setInterval(() => void send(), 60_000);
    return () => window.clearInterval(id);
  }, [browserOnline, pending.length, send]);

  const doLogout = () => {
    const go = () =>
      void logout()
        .catch(() => undefined)
        .then(() => navigate('/login', { replace: true }));
    if (pending.length + setAside.length === 0) return go();
    modal.confirm({
      title: t('field.logout.title'),
      content: t('field.logout.unsent', { n: pending.length + setAside.length }),
      okText: t('field.logout.ok'),
      okButtonProps: { danger: true },
      onOk: go,
    });
  };

  // a new tab starts at its top
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [location.pathname]);

  const active = (to: string) =>
    to === '/field' ? location.pathname.replace(/\/$/, '') === '/field' : location.pathname.startsWith(to);

  return (
    <div
      data-testid="field-app"
      style={{ minHeight: '100%', background: '#f3f5f9', paddingBottom: 64, maxWidth: 560, margin: '0 auto' }}
    >
      <header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          background: '#1f4e9c',
          color: '#fff',
          padding: '10px 12px',
          display: 'flex',
          alignItems: 'center',
          gap: 8,
        }}
      >
        <div style={{ flex: 1, minWidth: 0 }}>
          <div style={{ fontWeight: 600, fontSize: 16 }}>{t('field.appName')}</div>
          <div
            style={{
              fontSize: 12,
              opacity: 0.85,
              whiteSpace: 'nowrap',
              overflow: 'hidden',
              textOverflow: 'ellipsis',
            }}
          >
            {me?.name}
          </div>
        </div>
        <span
          data-testid={online ? 'field-online' : 'field-offline-tag'}
          style={{
            fontSize: 12,
            padding: '2px 8px',
            borderRadius: 10,
            background: online ? 'rgba(82,196,26,.25)' : 'rgba(255,77,79,.35)',
          }}
        >
          {online ? t('field.online') : t('field.offline')}
        </span>
        <Button
          size="small"
          type="text"
          style={{ color: '#fff' }}
          onClick={() => setLang(lang === 'zh-CN' ? 'en-US' : 'zh-CN')}
          aria-label={t('field.language')}
        >
          {lang === 'zh-CN' ? 'EN' : '中'}
        </Button>
        <Button
          size="small"
          type="text"
          style={{ color: '#fff' }}
          icon={<LogoutOutlined />}
          onClick={doLogout}
          aria-label={t('field.logout.title')}
          data-testid="field-logout"
        />
      </header>
      {!online && (
        <div
          role="status"
          data-testid="field-offline"
          style={{
            background: '#fff1f0',
            color: '#a8071a',
            padding: '8px 12px',
            fontSize: 13,
            borderBottom: '1px solid #ffccc7',
          }}
        >
          {t('field.offlineBanner')}
        </div>
      )}
      {online && signedOut && (
        <div
          role="alert"
          data-testid="field-signed-out"
          style={{
            background: '#fffbe6',
            padding: '8px 12px',
            fontSize: 13,
            display: 'flex',
            gap: 8,
            alignItems: 'center',
          }}
        >
          <span style={{ flex: 1 }}>{t('field.signedOut')}</span>
          <Link to="/login" state={{ from: location.pathname }}>
            {t('field.loginAgain')}
          </Link>
        </div>
      )}
      <main style={{ padding: 12 }}>
        <Outlet />
      </main>
      <nav
        aria-label={t('field.appName')}
        style={{
          position: 'fixed',
          left: 0,
          right: 0,
          bottom: 0,
          zIndex: 10,
          background: '#fff',
          borderTop: '1px solid #e5e7eb',
          display: 'flex',
          height: 58,
          paddingBottom: 'env(safe-area-inset-bottom)',
        }}
      >
        {TABS.map((tab) => {
          const on = active(tab.to);
          const icon =
            tab.to === '/field/queue' ? (
              <Badge count={pending.length + setAside.length} size="small" offset={[6, 0]}>
                <span style={{ fontSize: 20, color: on ? '#1f4e9c' : '#8c8c8c' }}>{tab.icon}</span>
              </Badge>
            ) : (
              <span style={{ fontSize: 20 }}>{tab.icon}</span>
            );
          return (
            <Link
              key={tab.to}
              to={tab.to}
              data-testid={tab.testid}
              aria-current={on ? 'page' : undefined}
              style={{
                flex: 1,
                display: 'flex',
                flexDirection: 'column',
                alignItems: 'center',
                justifyContent: 'center',
                fontSize: 11,
                color: on ? '#1f4e9c' : '#8c8c8c',
                fontWeight: on ? 600 : 400,
              }}
            >
              {icon}
              {t(tab.key)}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
