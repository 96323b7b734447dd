import { OPEN_STATUSES, type CaseStatus } from '@onegrid/domain';
import type { Lang } from '../../lib/i18n.ts';
import type { AttributeDef } from './open311.attributes.ts';
import { w3cTime, type XmlValue } from './open311.format.ts';
import { clientDescription, trailerValue } from './open311.input.ts';
import type { RequestRow } from './open311.repository.ts';

/**
 * Allow-lists of what leaves the server through Open311 (STYLE.md: presenters are allow-lists). A request never
 * carries the reporter's name, phone or e-mail; free text is scrubbed of phone and ID numbers that residents
 * or staff may have typed into it.
 */

export function scrub(text: string): string {
  return (
    text
      // 18-digit resident ID numbers
      .replace(/(?<![0-9Xx])(\d{6})\d{8}(\d{3}[0-9Xx])(?![0-9Xx])/g, '$1********$2')
      // mainland mobile numbers, also written 138-0013-8000 or +86 138…
      .replace(/(?<!\d)(?:\+?86[- ]?)?(1[3-9]\d)[- ]?\d{4}[- ]?(\d{4})(?!\d)/g, '$1****$2')
      // landlines with area code
      .replace(/(?<!\d)(0\d{2,3})-?\d{3,4}(\d{4})(?!\d)/g, '$1-****$2')
  );
}

export function open311Status(status: CaseStatus): 'open' | 'closed' {
  return OPEN_STATUSES.includes(status) ? 'open' : 'closed';
}

/** Our statuses that make up an Open311 status, for filtering. */
export function statusesOf(s: 'open' | 'closed'): CaseStatus[] {
  return s === 'open' ? [...OPEN_STATUSES] : ['closed', 'void', 'merged'];
}

const NOTES: Record<Lang, Record<Exclude<CaseStatus, 'closed' | 'merged'>, string>> = {
  'zh-CN': {
    registered: '已受理，等待派单',
    dispatched: '已派至承办单位',
    in_progress: '承办单位正在处理',
    reported: '承办单位已反馈处理结果，等待核查',
    returned: '正在重新派单',
    arbitration: '区级正在协调承办单位',
    suspended: '暂缓处理',
    void: '经核实为无效诉求，已作废',
  },
  'en-US': {
    registered: 'Received; awaiting dispatch',
    dispatched: 'Assigned to the responsible agency',
    in_progress: 'The responsible agency is working on it',
    reported: 'The agency has reported the work done; awaiting verification',
    returned: 'Being reassigned',
    arbitration: 'The district is deciding which agency is responsible',
    suspended: 'On hold',
    void: 'Closed as invalid',
  },
};

function statusNotes(r: RequestRow, result: string | undefined, lang: Lang): string {
  const status = r.status;
  if (status === 'closed') {
    const text = result ?? r.answer;
    return text ? scrub(text) : lang === 'zh-CN' ? '已办结' : 'Closed';
  }
  if (status === 'merged') {
    return lang === 'zh-CN'
      ? `与编号 ${r.parent_id ?? ''} 的诉求合并办理`
      : `Duplicate; handled with request ${r.parent_id ?? ''}`;
  }
  return NOTES[lang][status];
}

export function presentRequest(
  r: RequestRow,
  result: string | undefined,
  lang: Lang,
  extensions: boolean,
): Record<string, XmlValue> {
  const out: Record<string, XmlValue> = {
    service_request_id: r.id,
    status: open311Status(r.status),
    status_notes: statusNotes(r, result, lang),
    service_name: (lang === 'zh-CN' ? r.category_name_zh : r.category_name_en) ?? null,
    service_code: r.service_code,
    description: scrub(clientDescription(r.description)),
    agency_responsible: r.lead_unit_name,
    service_notice: null,
    requested_datetime: w3cTime(r.created_at),
    updated_datetime: w3cTime(r.updated_at),
    expected_datetime: w3cTime(r.resolve_due_at),
    address: r.address === null ? null : scrub(r.address),
    address_id: trailerValue(r.description, 'address_id'),
    zipcode: null,
    lat: r.lat,
    long: r.lon,
    media_url: trailerValue(r.description, 'media_url'),
  };
  if (extensions) {
    out.extended_attributes = {
      status_detail: r.status,
      request_type: r.request_type,
      urgency: r.urgency,
      channel: r.channel,
      category_code: r.category_code,
      category_name_zh: r.category_name_zh,
      category_name_en: r.category_name_en,
      handling_unit: r.lead_unit_name,
      street: r.street_name,
      community: r.community_name,
      closed_datetime: w3cTime(r.closed_at),
      merged_into: r.parent_id,
    };
  }
  return out;
}

export function presentAttribute(a: AttributeDef, order: number, lang: Lang): Record<string, XmlValue> {
  return {
    variable: a.variable,
    code: a.code,
    datatype: a.datatype,
    required: a.required,
    datatype_description: a.datatypeDescription?.[lang] ?? null,
    order,
    description: a.description[lang],
    ...(a.values ? { values: a.values.map((v) => ({ key: v.key, name: v.name[lang] })) } : {}),
  };
}
