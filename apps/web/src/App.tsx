import { useEffect, useState } from 'react';
import { App as AntApp, ConfigProvider, theme as antdTheme } from 'antd';
import antdZhCN from 'antd/locale/zh_CN';
import antdEnUS from 'antd/locale/en_US';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import { isApiError } from './api/client.ts';
import { AuthProvider } from './auth/AuthProvider.tsx';
import { PwaUpdate } from './components/PwaUpdate.tsx';
import { I18nProvider, useI18n } from './i18n/index.tsx';
import { AppRoutes } from './routes.tsx';

const CJK_FONTS =
  "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC'";
const LATIN_FONTS = "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans'";
/**
 * Chinese fonts first in Chinese. In English the Latin fonts come first: a CJK font draws punctuation such as
 * curly quotes and apostrophes full-width, which in English text looks like a gap.
 */
const FONT = {
  'zh-CN': `-apple-system, BlinkMacSystemFont, ${CJK_FONTS}, ${LATIN_FONTS}, sans-serif`,
  'en-US': `-apple-system, BlinkMacSystemFont, ${LATIN_FONTS}, ${CJK_FONTS}, sans-serif`,
} as const;

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        staleTime: 30_000,
        // Client errors (4xx) will not change on retry.
        retry: (count, error) =>
          !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
}

function Shell() {
  const { lang } = useI18n();
  const [queryClient] = useState(makeQueryClient);
  // Server texts (error messages, explanations) are translated: fetch them again in the new language.
  useEffect(() => {
    void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
  }, [lang, queryClient]);
  return (
    <ConfigProvider
      locale={lang === 'zh-CN' ? antdZhCN : antdEnUS}
      theme={{
        algorithm: antdTheme.defaultAlgorithm,
        token: { colorPrimary: '#1f4e9c', borderRadius: 6, fontFamily: FONT[lang] },
        components: { Layout: { siderBg: '#0f2a55', headerBg: '#ffffff', headerPadding: '0 20px' } },
      }}
    >
      {/* AntApp inside the router and the query client: what modal/notification/message hooks render (links,
          queries) has their context — outside, a Link in a confirm popup blanked the page (issue 9, defect 1). */}
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AntApp>
            <AuthProvider>
              <AppRoutes />
            </AuthProvider>
            <PwaUpdate />
          </AntApp>
        </BrowserRouter>
      </QueryClientProvider>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Shell />
    </I18nProvider>
  );
}
