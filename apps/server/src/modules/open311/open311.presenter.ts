import {
  FINISHED_STATUSES,
  OPEN_STATUSES,
  publicView,
  type CaseStatus,
  type PublishedCase,
} from '@onegrid/domain';
import type { Lang } from '../../lib/i18n.ts';
import type { AttributeDef } from './open311.attributes.ts';
import { w3cTime, type XmlValue } from './open311.format.ts';
import { clientDescription, trailerValue } from './open311.input.ts';
import type { RequestRow } from './open311.repository.ts';

/**
 * Allow-lists of what leaves the server through Open311 (STYLE.md: presenters are allow-lists). What a request
 * publishes is decided by publicView (packages/domain): public categories only, text de-identified, addresses cut
 * to the road or compound, coordinates coarsened unless the category is a fixed facility. A request never
 * carries the reporter's name, phone or e-mail, nor the sequential case number.
 */

export function open311Status(status: CaseStatus): 'open' | 'closed' {
  return OPEN_STATUSES.includes(status) ? 'open' : 'closed';
}

/** Our statuses that make up an Open311 status, for filtering. */
export function statusesOf(s: 'open' | 'closed'): CaseStatus[] {
  return s === 'open' ? [...OPEN_STATUSES] : [...FINISHED_STATUSES];
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

function statusNotes(v: PublishedCase, lang: Lang): string {
  const status = v.status;
  if (status === 'closed') return v.outcome ?? (lang === 'zh-CN' ? '已办结' : 'Closed');
  if (status === 'merged')
    return lang === 'zh-CN' ? '与另一诉求合并办理' : 'Duplicate; handled with another request';
  return NOTES[lang][status];
}

/** The row as publicView sees it; the reporter's name (decrypted by the caller) only serves to mask it. */
export function publishedOf(
  r: RequestRow,
  result: string | undefined,
  reporterName: string | null,
): PublishedCase | null {
  return publicView(
    {
      publicId: r.public_id,
      status: r.status,
      requestType: r.request_type,
      description: clientDescription(r.description),
      outcome: r.status === 'closed' ? (result ?? r.answer) : null,
      address: r.address,
      lon: r.lon,
      lat: r.lat,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      closedAt: r.closed_at,
      keepPrivate: r.keep_private,
      hidden: r.hidden_at !== null,
      reporterName,
    },
    r.category_public === null ? null : { public: r.category_public, facility: r.category_facility === true },
  );
}

export function presentRequest(
  r: RequestRow,
  v: PublishedCase,
  lang: Lang,
  extensions: boolean,
): Record<string, XmlValue> {
  const out: Record<string, XmlValue> = {
    service_request_id: v.publicId,
    status: open311Status(v.status),
    status_notes: statusNotes(v, lang),
    service_name: (lang === 'zh-CN' ? r.category_name_zh : r.category_name_en) ?? null,
    service_code: r.service_code,
    description: v.description,
    agency_responsible: r.lead_unit_name,
    service_notice: null,
    requested_datetime: w3cTime(v.createdAt),
    updated_datetime: w3cTime(v.updatedAt),
    expected_datetime: w3cTime(r.resolve_due_at),
    address: v.address,
    address_id: null,
    zipcode: null,
    lat: v.lat,
    long: v.lon,
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
      closed_datetime: w3cTime(v.closedAt),
      location_precision: v.coarse ? 'approximate_100m' : 'exact',
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
