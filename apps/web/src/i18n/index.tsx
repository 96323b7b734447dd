import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { setApiLanguage } from '../api/client.ts';
import { dictionaries, format, type Lang, type MessageKey } from './parts.ts';

export { format, hasMessage, type Lang, type MessageKey } from './parts.ts';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const STORAGE_KEY = 'og_lang';

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'zh-CN' || saved === 'en-US') return saved;
  } catch {
    // storage unavailable (private mode): fall back to the default
  }
  return 'zh-CN';
}

/** Everything outside React that depends on the language: API header, cookie, dayjs, <html lang>. */
function applyLang(lang: Lang): void {
  setApiLanguage(lang);
  document.cookie = `og_lang=${lang}; path=/; max-age=31536000; SameSite=Strict`;
  document.documentElement.lang = lang;
  dayjs.locale(lang === 'zh-CN' ? 'zh-cn' : 'en');
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // ignore
  }
}

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const l = initialLang();
    applyLang(l);
    return l;
  });
  const setLang = useCallback((l: Lang) => {
    applyLang(l);
    setLangState(l);
  }, []);
  const value = useMemo<I18nValue>(() => {
    const dict = dictionaries[lang];
    return { lang, setLang, t: (key, params) => format(dict[key], params) };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
