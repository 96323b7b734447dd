/** The residents' pages: no login, no console menus — a light header with the name and a language switch. */
import type { ReactNode } from 'react';
import { Button } from 'antd';
import { Logo } from '../../components/Brand.tsx';
import { useI18n } from '../../i18n/index.tsx';

export function PublicShell({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  return (
    <div style={{ minHeight: '100vh', background: '#f3f6fb' }}>
      <header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          display: 'flex',
          alignItems: 'center',
          gap: 10,
          padding: '10px 16px',
          background: '#fff',
          borderBottom: '1px solid #e6ebf2',
        }}
      >
        <Logo size={28} />
        <div style={{ lineHeight: 1.15, minWidth: 0 }}>
          <div style={{ fontWeight: 700, fontSize: 17, color: '#0f2a55', letterSpacing: 1 }}>
            {t('public.brand')}
          </div>
          <div style={{ fontSize: 11, color: '#6b7a90', whiteSpace: 'nowrap' }}>{t('public.tagline')}</div>
        </div>
        <div style={{ flex: 1 }} />
        <Button
          size="small"
          autoInsertSpace={false}
          onClick={() => setLang(lang === 'zh-CN' ? 'en-US' : 'zh-CN')}
          data-testid="lang-switch"
        >
          {t('lang.switchTo')}
        </Button>
      </header>
      <main style={{ maxWidth: 640, margin: '0 auto', padding: '12px 12px 40px' }}>{children}</main>
    </div>
  );
}
