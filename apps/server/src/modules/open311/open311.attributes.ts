import type { RequestType, Urgency } from '@onegrid/domain';
import type { Lang } from '../../lib/i18n.ts';
import type { DetailKey } from '../../lib/i18n.details.ts';
import { beijingTime } from '../../lib/time.ts';
import { isXmlForbidden } from './open311.format.ts';

/**
 * Service attributes of the Open311 service definitions (GeoReport v2 "metadata"). They are code, not data:
 * each answer feeds a rule of intake (urgency, request type) or the case text a handler reads, so adding one
 * means deciding what it does. Sets are chosen by the category's group (the parent category code of the seeded
 * tree, GB/T 30428 groups) and by the category's default urgency.
 *
 * | code             | type            | required | services                          | effect |
 * |------------------|-----------------|----------|-----------------------------------|--------|
 * | emergency_notice | (informational) | –        | categories whose default is emergency | variable=false: tells the client to call 110/119/120 |
 * | urgency          | singlevaluelist | no       | all                                | raises the case urgency (never lowers the category default) |
 * | request_type     | singlevaluelist | no       | all                                | 求助/投诉/举报/建议/咨询 (default 求助) |
 * | keep_private     | singlevaluelist | no       | all                                | "yes": 不公开我的诉求, the case stays off the public feed |
 * | hazard           | singlevaluelist | yes      | C01 公用设施, C02 道路设施          | "yes" raises urgency to at least urgent |
 * | landmark         | string          | no       | C01, C02                           | added to the case text |
 * | waste_type       | multivaluelist  | no       | C03 市容环境                        | added to the case text |
 * | ongoing          | singlevaluelist | yes      | C05 施工管理, C06 街面秩序          | added to the case text |
 * | observed_at      | datetime        | no       | C05, C06                           | added to the case text (Beijing time) |
 * | affected_scope   | singlevaluelist | yes      | C10 供水排水, C11 供电, C12 燃气, C13 供暖 | added to the case text |
 * | households       | number          | no       | C10–C13                            | added to the case text |
 * | gas_smell        | singlevaluelist | yes      | C12 燃气                            | "yes" makes the case an emergency |
 */

export type Datatype = 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
type Text2 = Record<Lang, string>;

export interface AttributeDef {
  code: string;
  /** Short Chinese label for the case text the handler reads. */
  label: string;
  variable: boolean;
  datatype: Datatype;
  required: boolean;
  description: Text2;
  datatypeDescription: Text2 | null;
  values: { key: string; name: Text2 }[] | null;
}

const yesNo = [
  { key: 'yes', name: { 'zh-CN': '是', 'en-US': 'Yes' } },
  { key: 'no', name: { 'zh-CN': '否', 'en-US': 'No' } },
];

const EMERGENCY_NOTICE: AttributeDef = {
  code: 'emergency_notice',
  label: '紧急提示',
  variable: false,
  datatype: 'string',
  required: false,
  description: {
    'zh-CN': '如有人员受伤、火情或危及生命安全，请立即拨打 110、119 或 120，本渠道不能代替紧急报警。',
    'en-US':
      'If anyone is injured, there is a fire or lives are at risk, call 110, 119 or 120 now; this channel is no substitute.',
  },
  datatypeDescription: null,
  values: null,
};

const URGENCY: AttributeDef = {
  code: 'urgency',
  label: '紧急程度',
  variable: true,
  datatype: 'singlevaluelist',
  required: false,
  description: { 'zh-CN': '紧急程度', 'en-US': 'How urgent is it?' },
  datatypeDescription: {
    'zh-CN': '不填则按事项的默认紧急程度办理',
    'en-US': 'Without an answer the default urgency of the service applies',
  },
  values: [
    { key: 'ordinary', name: { 'zh-CN': '一般', 'en-US': 'Ordinary' } },
    {
      key: 'urgent',
      name: { 'zh-CN': '紧急（影响通行或日常生活）', 'en-US': 'Urgent (blocks traffic or daily life)' },
    },
    {
      key: 'emergency',
      name: { 'zh-CN': '特急（危及人身或财产安全）', 'en-US': 'Emergency (danger to people or property)' },
    },
  ],
};

const REQUEST_TYPE: AttributeDef = {
  code: 'request_type',
  label: '诉求类型',
  variable: true,
  datatype: 'singlevaluelist',
  required: false,
  description: { 'zh-CN': '诉求类型', 'en-US': 'Kind of request' },
  datatypeDescription: { 'zh-CN': '默认为求助', 'en-US': 'Defaults to a request for help' },
  values: [
    { key: 'help', name: { 'zh-CN': '求助', 'en-US': 'Request for help' } },
    { key: 'complaint', name: { 'zh-CN': '投诉', 'en-US': 'Complaint' } },
    { key: 'report', name: { 'zh-CN': '举报', 'en-US': 'Report of a violation' } },
    { key: 'suggestion', name: { 'zh-CN': '建议', 'en-US': 'Suggestion' } },
    { key: 'consult', name: { 'zh-CN': '咨询', 'en-US': 'Enquiry' } },
  ],
};

const KEEP_PRIVATE: AttributeDef = {
  code: 'keep_private',
  label: '不公开',
  variable: true,
  datatype: 'singlevaluelist',
  required: false,
  description: {
    'zh-CN': '不公开我的诉求（即使该分类可以公开）',
    'en-US': 'Do not publish this request (even if its category is published)',
  },
  datatypeDescription: { 'zh-CN': '默认为否', 'en-US': 'Defaults to no' },
  values: yesNo,
};

const HAZARD: AttributeDef = {
  code: 'hazard',
  label: '安全隐患',
  variable: true,
  datatype: 'singlevaluelist',
  required: true,
  description: {
    'zh-CN': '是否可能伤人或损坏车辆？',
    'en-US': 'Could it injure someone or damage a vehicle?',
  },
  datatypeDescription: null,
  values: yesNo,
};

const LANDMARK: AttributeDef = {
  code: 'landmark',
  label: '标志物或门牌',
  variable: true,
  datatype: 'string',
  required: false,
  description: { 'zh-CN': '附近标志物或门牌号', 'en-US': 'Nearby landmark or house number' },
  datatypeDescription: { 'zh-CN': '不超过 100 字', 'en-US': 'Up to 100 characters' },
  values: null,
};

const WASTE_TYPE: AttributeDef = {
  code: 'waste_type',
  label: '垃圾类型',
  variable: true,
  datatype: 'multivaluelist',
  required: false,
  description: { 'zh-CN': '涉及哪类垃圾？（可多选）', 'en-US': 'What kind of waste? (choose any)' },
  datatypeDescription: null,
  values: [
    { key: 'household', name: { 'zh-CN': '生活垃圾', 'en-US': 'Household waste' } },
    { key: 'construction', name: { 'zh-CN': '建筑垃圾', 'en-US': 'Construction debris' } },
    { key: 'bulky', name: { 'zh-CN': '大件垃圾', 'en-US': 'Bulky items' } },
    { key: 'hazardous', name: { 'zh-CN': '有害垃圾', 'en-US': 'Hazardous waste' } },
    { key: 'other', name: { 'zh-CN': '其他', 'en-US': 'Other' } },
  ],
};

const ONGOING: AttributeDef = {
  code: 'ongoing',
  label: '是否仍在发生',
  variable: true,
  datatype: 'singlevaluelist',
  required: true,
  description: { 'zh-CN': '现在是否仍在发生？', 'en-US': 'Is it still happening now?' },
  datatypeDescription: null,
  values: [
    { key: 'yes', name: { 'zh-CN': '正在发生', 'en-US': 'Yes, right now' } },
    { key: 'no', name: { 'zh-CN': '已结束或间歇发生', 'en-US': 'No, it has stopped or recurs' } },
  ],
};

const OBSERVED_AT: AttributeDef = {
  code: 'observed_at',
  label: '发现时间',
  variable: true,
  datatype: 'datetime',
  required: false,
  description: { 'zh-CN': '发现时间', 'en-US': 'When did you see it?' },
  datatypeDescription: {
    'zh-CN': 'ISO 8601，例如 2026-11-22T21:30:00+08:00',
    'en-US': 'ISO 8601, e.g. 2026-11-22T21:30:00+08:00',
  },
  values: null,
};

const AFFECTED_SCOPE: AttributeDef = {
  code: 'affected_scope',
  label: '影响范围',
  variable: true,
  datatype: 'singlevaluelist',
  required: true,
  description: { 'zh-CN': '影响范围', 'en-US': 'Who is affected?' },
  datatypeDescription: null,
  values: [
    { key: 'household', name: { 'zh-CN': '仅本户', 'en-US': 'Only my household' } },
    { key: 'building', name: { 'zh-CN': '本楼或本单元', 'en-US': 'My building' } },
    { key: 'area', name: { 'zh-CN': '多栋楼或整个片区', 'en-US': 'Several buildings or the whole area' } },
  ],
};

const HOUSEHOLDS: AttributeDef = {
  code: 'households',
  label: '影响户数',
  variable: true,
  datatype: 'number',
  required: false,
  description: { 'zh-CN': '大约影响多少户？', 'en-US': 'About how many households are affected?' },
  datatypeDescription: { 'zh-CN': '0 至 100000 的整数', 'en-US': 'A whole number from 0 to 100000' },
  values: null,
};

const GAS_SMELL: AttributeDef = {
  code: 'gas_smell',
  label: '燃气味',
  variable: true,
  datatype: 'singlevaluelist',
  required: true,
  description: {
    'zh-CN': '是否闻到燃气味？（如闻到请先关阀、开窗、勿用明火和电器，并到室外拨打燃气抢修电话）',
    'en-US':
      'Do you smell gas? (If so: close the valve, open windows, no flames or switches, and call the gas emergency line from outside)',
  },
  datatypeDescription: null,
  values: yesNo,
};

const BY_GROUP: Record<string, AttributeDef[]> = {
  C01: [HAZARD, LANDMARK],
  C02: [HAZARD, LANDMARK],
  C03: [WASTE_TYPE],
  C05: [ONGOING, OBSERVED_AT],
  C06: [ONGOING, OBSERVED_AT],
  C10: [AFFECTED_SCOPE, HOUSEHOLDS],
  C11: [AFFECTED_SCOPE, HOUSEHOLDS],
  C12: [GAS_SMELL, AFFECTED_SCOPE, HOUSEHOLDS],
  C13: [AFFECTED_SCOPE, HOUSEHOLDS],
};

/** The attributes of a service, in display order. */
export function attributesFor(c: { parent_code: string | null; default_urgency: Urgency }): AttributeDef[] {
  return [
    ...(c.default_urgency === 'emergency' ? [EMERGENCY_NOTICE] : []),
    ...(c.parent_code ? (BY_GROUP[c.parent_code] ?? []) : []),
    URGENCY,
    REQUEST_TYPE,
    KEEP_PRIVATE,
  ];
}

/** The reporter asked for the case not to be published. */
export function keepPrivateFrom(answers: Answer[]): boolean {
  return answers.find((a) => a.def.code === KEEP_PRIVATE.code)?.keys[0] === 'yes';
}

/** One validated answer: the raw keys/value and what a person reads. */
export interface Answer {
  def: AttributeDef;
  keys: string[];
  text: string;
}

export type RawAttributes = Map<string, string[]>;

export interface AttributeProblem {
  code: string;
  key: DetailKey;
  params?: Record<string, string | number>;
}

/** Checks the answers against the service's definitions; unknown codes are ignored, as clients may be older. */
export function checkAttributes(
  defs: AttributeDef[],
  raw: RawAttributes,
): { answers: Answer[]; problems: AttributeProblem[] } {
  const answers: Answer[] = [];
  const problems: AttributeProblem[] = [];
  for (const def of defs) {
    if (!def.variable) continue;
    const given = (raw.get(def.code) ?? []).map((v) => v.trim()).filter((v) => v !== '');
    if (given.length === 0) {
      if (def.required) problems.push({ code: def.code, key: 'attribute_required' });
      continue;
    }
    const one = given[0]!;
    switch (def.datatype) {
      case 'singlevaluelist':
      case 'multivaluelist': {
        const keys = [...new Set(given)];
        if (def.datatype === 'singlevaluelist' && keys.length > 1) {
          problems.push({ code: def.code, key: 'exactly_one_value' });
          continue;
        }
        const names = keys.map((k) => def.values?.find((v) => v.key === k)?.name['zh-CN']);
        if (names.some((n) => n === undefined)) {
          problems.push({
            code: def.code,
            key: 'one_of',
            params: { values: (def.values ?? []).map((v) => v.key).join(', ') },
          });
          continue;
        }
        answers.push({ def, keys, text: names.join('、') });
        break;
      }
      case 'number': {
        const n = Number(one);
        if (!/^\d+$/.test(one) || n > 100_000) {
          problems.push({ code: def.code, key: 'whole_number_range', params: { min: 0, max: 100_000 } });
          continue;
        }
        answers.push({ def, keys: [String(n)], text: String(n) });
        break;
      }
      case 'datetime': {
        const t = Date.parse(one);
        if (!/^\d{4}-\d{2}-\d{2}T/.test(one) || Number.isNaN(t)) {
          problems.push({ code: def.code, key: 'iso_datetime' });
          continue;
        }
        answers.push({ def, keys: [new Date(t).toISOString()], text: beijingTime(new Date(t)) });
        break;
      }
      case 'string':
      case 'text': {
        const max = def.datatype === 'string' ? 100 : 1000;
        if (one.length > max || Array.from(one).some((ch) => isXmlForbidden(ch.codePointAt(0) ?? 0))) {
          problems.push({ code: def.code, key: 'text_at_most', params: { max } });
          continue;
        }
        answers.push({ def, keys: [one], text: one });
        break;
      }
    }
  }
  return { answers, problems };
}

const RANK: Record<Urgency, number> = { ordinary: 0, complex: 0, urgent: 1, emergency: 2 };

/**
 * The urgency the answers ask for, when it is above the category's default (a resident may raise the urgency,
 * never lower what the category demands); undefined keeps the default.
 */
export function urgencyFrom(answers: Answer[], categoryDefault: Urgency): Urgency | undefined {
  let wanted: Urgency = categoryDefault;
  const raise = (u: Urgency) => {
    if (RANK[u] > RANK[wanted]) wanted = u;
  };
  for (const a of answers) {
    const k = a.keys[0];
    if (a.def.code === 'urgency' && (k === 'urgent' || k === 'emergency' || k === 'ordinary')) raise(k);
    if (a.def.code === 'hazard' && k === 'yes') raise('urgent');
    if (a.def.code === 'gas_smell' && k === 'yes') raise('emergency');
  }
  return wanted === categoryDefault ? undefined : wanted;
}

export function requestTypeFrom(answers: Answer[]): RequestType | undefined {
  const k = answers.find((a) => a.def.code === 'request_type')?.keys[0];
  return k === 'help' || k === 'complaint' || k === 'report' || k === 'suggestion' || k === 'consult'
    ? k
    : undefined;
}
