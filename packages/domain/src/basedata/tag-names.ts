import { TAG_LEVELS, type TagType } from './codes.ts';

/**
 * The names of tag types and their levels as lists and files write them (the web has its own message keys; the
 * server needs these for an export's cells and for reading an authority's list). Chinese names first, as in
 * practice; other Chinese names a list may use are read too (`TAG_TYPE_ALIASES`).
 */
export const TAG_TYPE_NAMES: Readonly<Record<TagType, { zh: string; en: string }>> = {
  community_correction: { zh: '社区矫正', en: 'Community correction' },
  released_prisoner: { zh: '刑满释放', en: 'Released prisoner' },
  severe_mental: { zh: '严重精神障碍', en: 'Severe mental disorder' },
  drug_user: { zh: '吸毒人员', en: 'Drug user' },
  key_youth: { zh: '重点青少年', en: 'Youth at risk' },
  key_petitioner: { zh: '重点信访', en: 'Key petitioner' },
  elderly_alone: { zh: '独居老人', en: 'Elderly living alone' },
  elderly_empty_nest: { zh: '空巢老人', en: 'Empty-nest elderly' },
  elderly_advanced: { zh: '高龄老人', en: 'Advanced-age elderly' },
  disabled: { zh: '残疾人', en: 'Disabled' },
  dibao: { zh: '低保', en: 'Minimum living allowance' },
  tekun: { zh: '特困', en: 'Extreme poverty support' },
  left_behind_child: { zh: '留守儿童', en: 'Left-behind child' },
  entitled_group: { zh: '优抚对象', en: 'Entitled group' },
};

/** Other names an authority's list uses for a tag type. */
const TAG_TYPE_ALIASES: Readonly<Record<string, TagType>> = {
  社区矫正对象: 'community_correction',
  刑满释放人员: 'released_prisoner',
  安置帮教: 'released_prisoner',
  严重精神障碍患者: 'severe_mental',
  吸毒: 'drug_user',
  社区戒毒: 'drug_user',
  社区康复: 'drug_user',
  重点信访人员: 'key_petitioner',
  空巢: 'elderly_empty_nest',
  独居: 'elderly_alone',
  高龄: 'elderly_advanced',
  残疾: 'disabled',
  低保户: 'dibao',
  低保对象: 'dibao',
  特困人员: 'tekun',
  特困供养: 'tekun',
  优抚: 'entitled_group',
};

/** Chinese names of levels (TAG_LEVELS' codes), by tag type where they differ. */
const LEVEL_NAMES: Readonly<Record<string, string>> = {
  严管: 'strict',
  普管: 'ordinary',
  宽管: 'lenient',
  高风险: 'high_risk',
  重点: 'key',
  一般: 'general',
  第一年: 'year1',
  第二年: 'year2',
  第三年: 'year3',
  一级: '1',
  二级: '2',
  三级: '3',
  四级: '4',
  '0级': '0',
  '1级': '1',
  '2级': '2',
  '3级': '3',
  '4级': '4',
  '5级': '5',
};

/** The tag type a cell names (its code, Chinese or English name, or a usual alias), or undefined. */
export function tagTypeOf(text: string): TagType | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  for (const [code, names] of Object.entries(TAG_TYPE_NAMES) as [TagType, { zh: string; en: string }][]) {
    if (t === code || t === names.zh || t.toLowerCase() === names.en.toLowerCase()) return code;
  }
  return TAG_TYPE_ALIASES[t];
}

/**
 * The level code a cell names for a tag type ('严管' or 'strict' for 社区矫正, '二级' or '2' for 残疾人), or
 * undefined when the type has no such level.
 */
export function tagLevelOf(tag: TagType, text: string): string | undefined {
  const t = text.trim();
  const code = TAG_LEVELS[tag].includes(t) ? t : LEVEL_NAMES[t];
  return code !== undefined && TAG_LEVELS[tag].includes(code) ? code : undefined;
}

/** The levels of a tag type as a list accepts them: '严管/strict, 普管/ordinary, 宽管/lenient'. */
export function tagLevelChoices(tag: TagType): string {
  return TAG_LEVELS[tag]
    .map((code) => {
      const name = Object.keys(LEVEL_NAMES).find((n) => LEVEL_NAMES[n] === code);
      return name && name !== code ? `${name}/${code}` : code;
    })
    .join(', ');
}

/** At most this many persons in one export of the list: a longer list is narrowed by its filters first. */
export const PERSON_EXPORT_MAX = 10_000;
