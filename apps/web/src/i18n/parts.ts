/**
 * The web's messages, in parts (one zh-CN/en-US pair per area). To add a part: import its pair and add one line to
 * MESSAGE_PARTS. A key defined in two parts fails the typecheck (DuplicateKeys below) and the web unit test
 * (messageProblems); so does a key that one language has and the other lacks.
 */
import { zhCN } from './zh-CN.ts';
import { enUS } from './en-US.ts';
import { casesZhCN } from './cases.zh-CN.ts';
import { casesEnUS } from './cases.en-US.ts';
import { whistlesZhCN } from './whistles.zh-CN.ts';
import { whistlesEnUS } from './whistles.en-US.ts';
import { hotspotsZhCN } from './hotspots.zh-CN.ts';
import { hotspotsEnUS } from './hotspots.en-US.ts';
import { signoffZhCN } from './signoff.zh-CN.ts';
import { signoffEnUS } from './signoff.en-US.ts';
import { fieldviewZhCN } from './fieldview.zh-CN.ts';
import { fieldviewEnUS } from './fieldview.en-US.ts';
import { fieldrecordZhCN } from './fieldrecord.zh-CN.ts';
import { fieldrecordEnUS } from './fieldrecord.en-US.ts';
import { supervisionZhCN } from './supervision.zh-CN.ts';
import { supervisionEnUS } from './supervision.en-US.ts';
import { assessmentZhCN } from './assessment.zh-CN.ts';
import { assessmentEnUS } from './assessment.en-US.ts';
import { cityrankZhCN } from './cityrank.zh-CN.ts';
import { cityrankEnUS } from './cityrank.en-US.ts';
import { dashboardZhCN } from './dashboard.zh-CN.ts';
import { dashboardEnUS } from './dashboard.en-US.ts';
import { auditChainZhCN } from './auditchain.zh-CN.ts';
import { auditChainEnUS } from './auditchain.en-US.ts';
import { privacyZhCN } from './privacy.zh-CN.ts';
import { privacyEnUS } from './privacy.en-US.ts';
import { identityZhCN } from './identity.zh-CN.ts';
import { identityEnUS } from './identity.en-US.ts';
import { intakeZhCN } from './intake.zh-CN.ts';
import { intakeEnUS } from './intake.en-US.ts';
import { trackingZhCN } from './tracking.zh-CN.ts';
import { trackingEnUS } from './tracking.en-US.ts';
import { listZhCN } from './list.zh-CN.ts';
import { listEnUS } from './list.en-US.ts';
import { messagesZhCN } from './messages.zh-CN.ts';
import { messagesEnUS } from './messages.en-US.ts';
import { addressesZhCN } from './addresses.zh-CN.ts';
import { addressesEnUS } from './addresses.en-US.ts';
import { baseviewZhCN } from './baseview.zh-CN.ts';
import { baseviewEnUS } from './baseview.en-US.ts';
import { basedataZhCN } from './basedata.zh-CN.ts';
import { basedataEnUS } from './basedata.en-US.ts';
import { reportsZhCN } from './reports.zh-CN.ts';
import { reportsEnUS } from './reports.en-US.ts';
import { fieldRulesZhCN } from './fieldrules.zh-CN.ts';
import { fieldRulesEnUS } from './fieldrules.en-US.ts';
import { mediationZhCN } from './mediation.zh-CN.ts';
import { mediationEnUS } from './mediation.en-US.ts';
import { admissionZhCN } from './admission.zh-CN.ts';
import { admissionEnUS } from './admission.en-US.ts';
import { fieldZhCN } from './field.zh-CN.ts';
import { fieldEnUS } from './field.en-US.ts';
import { fieldtasksZhCN } from './fieldtasks.zh-CN.ts';
import { fieldtasksEnUS } from './fieldtasks.en-US.ts';
import { replyqualityZhCN } from './replyquality.zh-CN.ts';
import { replyqualityEnUS } from './replyquality.en-US.ts';
import { opinionZhCN } from './opinion.zh-CN.ts';
import { opinionEnUS } from './opinion.en-US.ts';
import { knowledgeZhCN } from './knowledge.zh-CN.ts';
import { knowledgeEnUS } from './knowledge.en-US.ts';
import { servicesZhCN } from './services.zh-CN.ts';
import { servicesEnUS } from './services.en-US.ts';
import { ratingZhCN } from './rating.zh-CN.ts';
import { ratingEnUS } from './rating.en-US.ts';
import { participationZhCN } from './participation.zh-CN.ts';
import { participationEnUS } from './participation.en-US.ts';
import { pointsZhCN } from './points.zh-CN.ts';
import { pointsEnUS } from './points.en-US.ts';
import { portalZhCN } from './portal.zh-CN.ts';
import { disclosureZhCN } from './disclosure.zh-CN.ts';
import { disclosureEnUS } from './disclosure.en-US.ts';
import { portalEnUS } from './portal.en-US.ts';
import { volunteersZhCN } from './volunteers.zh-CN.ts';
import { volunteersEnUS } from './volunteers.en-US.ts';
// lane city (issue 14)
import { cityZhCN } from './city.zh-CN.ts';
import { cityEnUS } from './city.en-US.ts';
import { classifyZhCN } from './classify.zh-CN.ts';
import { classifyEnUS } from './classify.en-US.ts';
import { duplicatesZhCN } from './duplicates.zh-CN.ts';
import { duplicatesEnUS } from './duplicates.en-US.ts';
// lane search (issue 14)
import { searchZhCN } from './search.zh-CN.ts';
import { searchEnUS } from './search.en-US.ts';
// lane replica (issue 14)
import { replicaZhCN } from './replica.zh-CN.ts';
import { replicaEnUS } from './replica.en-US.ts';

export type Lang = 'zh-CN' | 'en-US';

export interface MessagePart {
  name: string;
  'zh-CN': Readonly<Record<string, string>>;
  'en-US': Readonly<Record<string, string>>;
}

const part = <Z extends Record<string, string>>(name: string, zh: Z, en: Record<keyof Z, string>) =>
  ({ name, 'zh-CN': zh, 'en-US': en }) as const;

export const MESSAGE_PARTS = [
  part('core', zhCN, enUS),
  part('cases', casesZhCN, casesEnUS),
  part('whistles', whistlesZhCN, whistlesEnUS),
  part('hotspots', hotspotsZhCN, hotspotsEnUS),
  part('supervision', supervisionZhCN, supervisionEnUS),
  part('assessment', assessmentZhCN, assessmentEnUS),
  part('cityrank', cityrankZhCN, cityrankEnUS),
  part('dashboard', dashboardZhCN, dashboardEnUS),
  part('auditchain', auditChainZhCN, auditChainEnUS),
  part('privacy', privacyZhCN, privacyEnUS),
  part('identity', identityZhCN, identityEnUS),
  part('intake', intakeZhCN, intakeEnUS),
  part('tracking', trackingZhCN, trackingEnUS),
  part('list', listZhCN, listEnUS),
  part('messages', messagesZhCN, messagesEnUS),
  part('addresses', addressesZhCN, addressesEnUS),
  part('baseview', baseviewZhCN, baseviewEnUS),
  part('basedata', basedataZhCN, basedataEnUS),
  part('reports', reportsZhCN, reportsEnUS),
  part('fieldrules', fieldRulesZhCN, fieldRulesEnUS),
  part('mediation', mediationZhCN, mediationEnUS),
  part('admission', admissionZhCN, admissionEnUS),
  part('field', fieldZhCN, fieldEnUS),
  part('signoff', signoffZhCN, signoffEnUS),
  part('fieldtasks', fieldtasksZhCN, fieldtasksEnUS),
  part('replyquality', replyqualityZhCN, replyqualityEnUS),
  part('opinion', opinionZhCN, opinionEnUS),
  part('fieldview', fieldviewZhCN, fieldviewEnUS),
  part('fieldrecord', fieldrecordZhCN, fieldrecordEnUS),
  part('knowledge', knowledgeZhCN, knowledgeEnUS),
  part('classify', classifyZhCN, classifyEnUS),
  part('duplicates', duplicatesZhCN, duplicatesEnUS),
  part('services', servicesZhCN, servicesEnUS),
  part('rating', ratingZhCN, ratingEnUS),
  part('participation', participationZhCN, participationEnUS),
  part('points', pointsZhCN, pointsEnUS),
  part('portal', portalZhCN, portalEnUS),
  part('volunteers', volunteersZhCN, volunteersEnUS),
  part('disclosure', disclosureZhCN, disclosureEnUS),
  // lane city (issue 14)
  part('city', cityZhCN, cityEnUS),
  // lane search (issue 14)
  part('search', searchZhCN, searchEnUS),
  part('replica', replicaZhCN, replicaEnUS),
] as const;

type Parts = typeof MESSAGE_PARTS;
type KeysOf<P> = P extends { 'zh-CN': infer Z } ? keyof Z & string : never;

/** Every key of every part. */
export type MessageKey = KeysOf<Parts[number]>;

/** The keys that one part defines again after an earlier part: must be none. */
type DuplicateKeys<T extends readonly unknown[], Seen extends string = never> = T extends readonly [
  infer H,
  ...infer R,
]
  ? Extract<KeysOf<H>, Seen> | DuplicateKeys<R, Seen | KeysOf<H>>
  : never;
// A key in two parts fails here, naming the key (one of the two texts would silently win).
const noDuplicateKeys: [DuplicateKeys<Parts>] extends [never] ? true : DuplicateKeys<Parts> = true;
void noDuplicateKeys;

/**
 * What is wrong with a set of parts, in words: a key defined in two parts, a key one language of a part has and
 * the other lacks. Empty when all is well.
 */
export function messageProblems(parts: readonly MessagePart[]): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const p of parts) {
    for (const key of Object.keys(p['zh-CN'])) {
      const before = owner.get(key);
      if (before) problems.push(`"${key}" is defined in both ${before} and ${p.name}`);
      else owner.set(key, p.name);
    }
    const zh = new Set(Object.keys(p['zh-CN']));
    const en = new Set(Object.keys(p['en-US']));
    for (const key of zh) if (!en.has(key)) problems.push(`"${key}" of ${p.name} has no en-US text`);
    for (const key of en) if (!zh.has(key)) problems.push(`"${key}" of ${p.name} has no zh-CN text`);
  }
  return problems;
}

function merge(lang: Lang): Record<MessageKey, string> {
  return Object.assign({}, ...MESSAGE_PARTS.map((p) => p[lang])) as Record<MessageKey, string>;
}

export const dictionaries: Record<Lang, Record<MessageKey, string>> = {
  'zh-CN': merge('zh-CN'),
  'en-US': merge('en-US'),
};

/** Whether a key built at run time (e.g. from a server value) has a text. */
export function hasMessage(key: string): key is MessageKey {
  return key in dictionaries['zh-CN'];
}

export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
