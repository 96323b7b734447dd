import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { setApiLanguage } from '../api/client.ts';
import { zhCN, type MessageKey as CoreMessageKey } from './zh-CN.ts';
import { enUS } from './en-US.ts';
import { casesZhCN, type CasesMessageKey } from './cases.zh-CN.ts';
import { casesEnUS } from './cases.en-US.ts';
import { whistlesZhCN, type WhistlesMessageKey } from './whistles.zh-CN.ts';
import { whistlesEnUS } from './whistles.en-US.ts';
import { supervisionZhCN, type SupervisionMessageKey } from './supervision.zh-CN.ts';
import { supervisionEnUS } from './supervision.en-US.ts';
import { assessmentZhCN, type AssessmentMessageKey } from './assessment.zh-CN.ts';
import { assessmentEnUS } from './assessment.en-US.ts';
import { dashboardZhCN, type DashboardMessageKey } from './dashboard.zh-CN.ts';
import { dashboardEnUS } from './dashboard.en-US.ts';
import { auditChainZhCN, type AuditChainMessageKey } from './auditchain.zh-CN.ts';
import { auditChainEnUS } from './auditchain.en-US.ts';
import { privacyZhCN, type PrivacyMessageKey } from './privacy.zh-CN.ts';
import { privacyEnUS } from './privacy.en-US.ts';
import { identityZhCN, type IdentityMessageKey } from './identity.zh-CN.ts';
import { identityEnUS } from './identity.en-US.ts';
import { intakeZhCN, type IntakeMessageKey } from './intake.zh-CN.ts';
import { intakeEnUS } from './intake.en-US.ts';
import { trackingZhCN, type TrackingMessageKey } from './tracking.zh-CN.ts';
import { trackingEnUS } from './tracking.en-US.ts';
import { listZhCN, type ListMessageKey } from './list.zh-CN.ts';
import { listEnUS } from './list.en-US.ts';
import { messagesZhCN, type MessagesMessageKey } from './messages.zh-CN.ts';
import { messagesEnUS } from './messages.en-US.ts';
import { reportsZhCN, type ReportsMessageKey } from './reports.zh-CN.ts';
import { reportsEnUS } from './reports.en-US.ts';

export type Lang = 'zh-CN' | 'en-US';
export type MessageKey =
  | CoreMessageKey
  | CasesMessageKey
  | WhistlesMessageKey
  | SupervisionMessageKey
  | AssessmentMessageKey
  | DashboardMessageKey
  | AuditChainMessageKey
  | PrivacyMessageKey
  | IdentityMessageKey
  | IntakeMessageKey
  | TrackingMessageKey
  | ListMessageKey
  | MessagesMessageKey
  | ReportsMessageKey;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

// The two dictionaries must not define the same key (one would silently win).
const noOverlap: [Extract<CoreMessageKey, CasesMessageKey>] extends [never] ? true : never = true;
void noOverlap;
const noOverlapWhistles: [Extract<CoreMessageKey | CasesMessageKey, WhistlesMessageKey>] extends [never]
  ? true
  : never = true;
void noOverlapWhistles;
const noOverlapSupervision: [
  Extract<CoreMessageKey | CasesMessageKey | WhistlesMessageKey, SupervisionMessageKey>,
] extends [never]
  ? true
  : never = true;
void noOverlapSupervision;
const noOverlapAssessment: [
  Extract<
    CoreMessageKey | CasesMessageKey | WhistlesMessageKey | SupervisionMessageKey,
    AssessmentMessageKey
  >,
] extends [never]
  ? true
  : never = true;
void noOverlapAssessment;
const noOverlapDashboard: [
  Extract<
    CoreMessageKey | CasesMessageKey | WhistlesMessageKey | SupervisionMessageKey | AssessmentMessageKey,
    DashboardMessageKey
  >,
] extends [never]
  ? true
  : never = true;
void noOverlapDashboard;
const noOverlapPrivacy: [
  Extract<
    | CoreMessageKey
    | CasesMessageKey
    | WhistlesMessageKey
    | SupervisionMessageKey
    | AssessmentMessageKey
    | DashboardMessageKey,
    PrivacyMessageKey
  >,
] extends [never]
  ? true
  : never = true;
void noOverlapPrivacy;
const noOverlapIdentity: [
  Extract<
    | CoreMessageKey
    | CasesMessageKey
    | WhistlesMessageKey
    | SupervisionMessageKey
    | AssessmentMessageKey
    | DashboardMessageKey
    | AuditChainMessageKey
    | PrivacyMessageKey,
    IdentityMessageKey
  >,
] extends [never]
  ? true
  : never = true;
void noOverlapIdentity;
type NotIntakeKey =
  | CoreMessageKey
  | CasesMessageKey
  | WhistlesMessageKey
  | SupervisionMessageKey
  | AssessmentMessageKey
  | DashboardMessageKey
  | AuditChainMessageKey
  | PrivacyMessageKey
  | IdentityMessageKey;
const noOverlapIntake: [Extract<NotIntakeKey, IntakeMessageKey>] extends [never] ? true : never = true;
void noOverlapIntake;
const noOverlapTracking: [
  Extract<
    | CoreMessageKey
    | CasesMessageKey
    | WhistlesMessageKey
    | SupervisionMessageKey
    | AssessmentMessageKey
    | DashboardMessageKey
    | AuditChainMessageKey
    | PrivacyMessageKey
    | IdentityMessageKey
    | IntakeMessageKey,
    TrackingMessageKey
  >,
] extends [never]
  ? true
  : never = true;
void noOverlapTracking;
const noOverlapList: [
  Extract<
    | CoreMessageKey
    | CasesMessageKey
    | WhistlesMessageKey
    | SupervisionMessageKey
    | AssessmentMessageKey
    | DashboardMessageKey
    | AuditChainMessageKey
    | PrivacyMessageKey
    | IdentityMessageKey
    | IntakeMessageKey
    | TrackingMessageKey,
    ListMessageKey
  >,
] extends [never]
  ? true
  : never = true;
void noOverlapList;
const noOverlapMessages: [
  Extract<
    | CoreMessageKey
    | CasesMessageKey
    | WhistlesMessageKey
    | SupervisionMessageKey
    | AssessmentMessageKey
    | DashboardMessageKey
    | AuditChainMessageKey
    | PrivacyMessageKey
    | IdentityMessageKey
    | IntakeMessageKey
    | TrackingMessageKey
    | ListMessageKey,
    MessagesMessageKey
  >,
] extends [never]
  ? true
  : never = true;
void noOverlapMessages;

const dictionaries: Record<Lang, Record<MessageKey, string>> = {
  'zh-CN': {
    ...zhCN,
    ...casesZhCN,
    ...whistlesZhCN,
    ...supervisionZhCN,
    ...assessmentZhCN,
    ...dashboardZhCN,
    ...auditChainZhCN,
    ...privacyZhCN,
    ...identityZhCN,
    ...intakeZhCN,
    ...trackingZhCN,
    ...listZhCN,
    ...messagesZhCN,
    ...reportsZhCN,
  },
  'en-US': {
    ...enUS,
    ...casesEnUS,
    ...whistlesEnUS,
    ...supervisionEnUS,
    ...assessmentEnUS,
    ...dashboardEnUS,
    ...auditChainEnUS,
    ...privacyEnUS,
    ...identityEnUS,
    ...intakeEnUS,
    ...trackingEnUS,
    ...listEnUS,
    ...messagesEnUS,
    ...reportsEnUS,
  },
};

/** Whether a key built at run time (e.g. from a server value) has a text. */
export function hasMessage(key: string): key is MessageKey {
  return key in dictionaries['zh-CN'];
}
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

export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
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
