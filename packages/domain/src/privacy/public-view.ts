import type { CaseStatus, RequestType } from '../case/lifecycle.ts';
import { coarseAddress, coarsenCoordinate, deidentify } from './deidentify.ts';

/**
 * What the platform publishes of a case (Open311 GET, the public map, any open-data export) — one rule, here.
 * FixMyStreet's practice and more: only categories marked public (facility and environment problems), never a
 * 举报 nor a complaint about a person, never when the reporter asked not to or staff hid it; text de-identified,
 * addresses cut to the road or compound, coordinates coarsened unless the category is a fixed facility.
 */

export interface PublicCaseFacts {
  publicId: string;
  status: CaseStatus;
  requestType: RequestType;
  description: string;
  /** The outcome text meant for the public: the lead unit's result or the direct answer. */
  outcome: string | null;
  address: string | null;
  lon: number | null;
  lat: number | null;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  /** The reporter asked for the case not to be published (不公开我的诉求). */
  keepPrivate: boolean;
  /** Staff hid it from the public. */
  hidden: boolean;
  /** The reporter's own name (decrypted), masked wherever it appears in the text. */
  reporterName: string | null;
}

export interface PublicCategoryFacts {
  /** Marked public by the category administrator. */
  public: boolean;
  /** A fixed public facility (路灯, 井盖…): its place is published as reported, not coarsened. */
  facility: boolean;
}

export interface PublishedCase {
  publicId: string;
  status: CaseStatus;
  requestType: RequestType;
  description: string;
  outcome: string | null;
  address: string | null;
  lon: number | null;
  lat: number | null;
  /** The coordinates are the centre of a ~100 m cell, not the reported point. */
  coarse: boolean;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

/** Request types that are never published: 举报 names a business or a person. */
export const UNPUBLISHED_REQUEST_TYPES: readonly RequestType[] = ['report'];

/**
 * A complaint that points at a person (a named official, a shopkeeper, a 师傅 of a unit, a staff number) stays
 * unpublished even in a public category. Conservative: a false positive only keeps a case off the feed.
 */
const ABOUT_A_PERSON =
  /(?:师傅|老板|老板娘|经理|主任|书记|科长|局长|所长|队长|站长|警官|民警|城管队员|工作人员|网格员|物业人员|保安|司机|医生|护士|老师|先生|女士|小姐|阿姨|大爷|工号|此人|这个人|那个人|态度)/;

export type WhyNotPublic =
  | 'category_not_public'
  | 'request_type'
  | 'about_a_person'
  | 'reporter_asked'
  | 'hidden_by_staff'
  | 'void_or_merged';

/** Why a case stays off the public feed, or null when it may be published. */
export function whyNotPublic(c: PublicCaseFacts, category: PublicCategoryFacts | null): WhyNotPublic | null {
  if (!category?.public) return 'category_not_public';
  if (UNPUBLISHED_REQUEST_TYPES.includes(c.requestType)) return 'request_type';
  if (c.requestType === 'complaint' && ABOUT_A_PERSON.test(c.description)) return 'about_a_person';
  if (c.keepPrivate) return 'reporter_asked';
  if (c.hidden) return 'hidden_by_staff';
  // a void case may be spam or abuse; a merged one is published through its parent
  if (c.status === 'void' || c.status === 'merged') return 'void_or_merged';
  return null;
}

/** Whether a new case in this category would be published (shown on the report form). */
export function categoryPublishes(category: PublicCategoryFacts | null, requestType: RequestType): boolean {
  return !!category?.public && !UNPUBLISHED_REQUEST_TYPES.includes(requestType);
}

/** The published shape of a case, or null when it must not be published. */
export function publicView(c: PublicCaseFacts, category: PublicCategoryFacts | null): PublishedCase | null {
  if (whyNotPublic(c, category) !== null) return null;
  const names = [c.reporterName];
  const exact = category?.facility === true;
  const located = c.lon !== null && c.lat !== null;
  return {
    publicId: c.publicId,
    status: c.status,
    requestType: c.requestType,
    description: deidentify(c.description, { names }),
    outcome: c.outcome === null ? null : deidentify(c.outcome, { names }),
    address: coarseAddress(c.address),
    lon: located ? (exact ? c.lon : coarsenCoordinate(c.lon!)) : null,
    lat: located ? (exact ? c.lat : coarsenCoordinate(c.lat!)) : null,
    coarse: located && !exact,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    closedAt: c.closedAt,
  };
}
