/**
 * The visit checklist (走访清单) per tag (issue 11): what a grid worker checks on a household visit. Five items
 * every visit covers — health, state of mind, gas/water/power safety, living conditions, needs — and per tag the
 * items its supervision adds (社区矫正: whereabouts and the rules of supervision; 严重精神障碍: medication and the
 * guardian; 社区戒毒/康复: signs of relapse; elders: emergency contact and fall risk; 留守儿童: guardian and school).
 * A tag the worker sees by class only (P3 or P2 shown as a class) gets its class's list, which names no tag.
 */
import { CARE_TAGS, SPECIAL_TAGS, type TagType } from '../basedata/codes.ts';

export interface ChecklistItem {
  /** the key a visit's checklist answers (VisitSubmission.checklist) */
  key: string;
  zh: string;
  en: string;
}

export const CHECKLIST_ITEMS = {
  health: { zh: '身体状况', en: 'Health' },
  mood: { zh: '精神心理状态', en: 'State of mind' },
  gas_safety: { zh: '燃气安全', en: 'Gas safety' },
  water_power_safety: { zh: '水电安全', en: 'Water and power safety' },
  living: { zh: '居住生活条件', en: 'Living conditions' },
  needs: { zh: '诉求与需求', en: 'Needs and requests' },
  whereabouts: { zh: '在位情况（去向）', en: 'Whereabouts' },
  supervision_rules: { zh: '遵守监管规定', en: 'Keeps the supervision rules' },
  medication: { zh: '服药治疗情况', en: 'Medication and treatment' },
  guardian: { zh: '监护落实', en: 'Guardian in place' },
  relapse_signs: { zh: '复吸迹象', en: 'Signs of relapse' },
  employment: { zh: '就业与生活来源', en: 'Work and income' },
  emergency_contact: { zh: '紧急联系人', en: 'Emergency contact' },
  fall_risk: { zh: '跌倒等居家风险', en: 'Fall and home risks' },
  schooling: { zh: '就学情况', en: 'Schooling' },
  aids: { zh: '辅具与康复', en: 'Aids and rehabilitation' },
  subsidy: { zh: '救助待遇落实', en: 'Assistance received' },
} as const satisfies Record<string, { zh: string; en: string }>;
export type ChecklistKey = keyof typeof CHECKLIST_ITEMS;

/** Every visit: health, state of mind, gas/water/power safety, living conditions, needs. */
export const BASE_CHECKLIST: readonly ChecklistKey[] = [
  'health',
  'mood',
  'gas_safety',
  'water_power_safety',
  'living',
  'needs',
];

/** What each tag adds to the base list. */
export const TAG_CHECKLIST_EXTRA: Readonly<Record<TagType, readonly ChecklistKey[]>> = {
  community_correction: ['whereabouts', 'supervision_rules', 'employment'],
  released_prisoner: ['whereabouts', 'employment'],
  severe_mental: ['medication', 'guardian'],
  drug_user: ['whereabouts', 'relapse_signs', 'employment'],
  key_youth: ['whereabouts', 'schooling'],
  key_petitioner: ['whereabouts'],
  elderly_alone: ['emergency_contact', 'fall_risk'],
  elderly_empty_nest: ['emergency_contact', 'fall_risk'],
  elderly_advanced: ['emergency_contact', 'fall_risk'],
  disabled: ['aids', 'subsidy'],
  dibao: ['subsidy'],
  tekun: ['subsidy', 'emergency_contact'],
  left_behind_child: ['guardian', 'schooling'],
  entitled_group: ['subsidy'],
};

/** The checklist key of a resident's tag as the viewer sees it: its type when shown, else its class. */
export type ChecklistFor = TagType | 'P2' | 'P3' | 'general';

function items(keys: readonly ChecklistKey[]): ChecklistItem[] {
  return keys.map((key) => ({ key, ...CHECKLIST_ITEMS[key] }));
}

/** The checklist of one tag (or of a class, or of an untagged house call). */
export function checklistFor(key: ChecklistFor): ChecklistItem[] {
  if (key === 'general' || key === 'P2' || key === 'P3') return items(BASE_CHECKLIST);
  return items([...BASE_CHECKLIST, ...TAG_CHECKLIST_EXTRA[key]]);
}

/** Every checklist by key: each tag type, the classes 'P2'/'P3' (a tag shown by class only) and 'general'. */
export function allChecklists(): Record<ChecklistFor, ChecklistItem[]> {
  const out = {} as Record<ChecklistFor, ChecklistItem[]>;
  for (const t of [...SPECIAL_TAGS, ...CARE_TAGS]) out[t] = checklistFor(t);
  out.P2 = checklistFor('P2');
  out.P3 = checklistFor('P3');
  out.general = checklistFor('general');
  return out;
}
