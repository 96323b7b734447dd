/**
 * Registers the installable app's service worker (vite-plugin-pwa, prompt mode) and offers the update when a new
 * version is waiting: the worker decides when to reload, so a form being filled is never lost to an update.
 */
import { Button } from 'antd';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useI18n } from '../i18n/index.tsx';

export function PwaUpdate() {
  const { t } = useI18n();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
  if (!needRefresh) return null;
  return (
    <div
      role="status"
      data-testid="pwa-update"
      style={{
        position: 'fixed',
        left: 12,
        right: 12,
        bottom: 72,
        zIndex: 2000,
        maxWidth: 420,
        margin: '0 auto',
        background: '#0f2a55',
        color: '#fff',
        borderRadius: 8,
        padding: '10px 12px',
        display: 'flex',
        alignItems: 'center',
        gap: 8,
        boxShadow: '0 4px 16px rgba(0,0,0,.2)',
      }}
    >
      <span style={{ flex: 1 }}>{t('field.update.ready')}</span>
      <Button size="small" onClick={() => setNeedRefresh(false)}>
        {t('field.update.later')}
      </Button>
      <Button size="small" type="primary" onClick={() => void updateServiceWorker(true)}>
        {t('field.update.now')}
      </Button>
    </div>
  );
}
