import { z } from 'zod';
import {
  AssignmentStatus as DomainAssignmentStatus,
  CallbackRating as DomainCallbackRating,
  CaseAction,
  CaseStatus,
  Channel,
  RequestType,
  Urgency,
} from '@onegrid/domain';
import { CategoryRef, CodeName, Instant, UnitRef, page, textEnum } from '../../lib/responses.ts';

export const DueState = z.enum(['ok', 'due_soon', 'overdue']).meta({ id: 'DueState' });
export const AssignmentStatus = DomainAssignmentStatus.meta({ id: 'AssignmentStatus' });
export const AssignmentRole = z.enum(['lead', 'assist']).meta({ id: 'AssignmentRole' });
export const CallbackRating = DomainCallbackRating.meta({ id: 'CallbackRating' });

/** A case in lists (queue, inbox, nearby). */
export const CaseSummary = z
  .object({
    id: z.string(),
    status: CaseStatus,
    requestType: RequestType,
    channel: Channel,
    category: CategoryRef.nullable(),
    urgency: Urgency,
    title: z.string(),
    address: z.string().nullable(),
    lon: z.number().nullable(),
    lat: z.number().nullable(),
    grid: CodeName.nullable(),
    community: CodeName.nullable(),
    street: CodeName.nullable(),
    leadUnit: UnitRef.nullable(),
    createdAt: Instant,
    resolveDueAt: Instant.nullable(),
    dueState: DueState.nullable(),
    parentId: z.string().nullable(),
  })
  .meta({ id: 'CaseSummary' });
export const CasePage = page(CaseSummary);
export const CaseList = z.object({ items: z.array(CaseSummary) });

/** A unit the router proposes to the dispatcher, with why. */
export const RouteSuggestion = z
  .object({
    unit: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
    role: AssignmentRole,
    reason: z.string(),
    score: z.number(),
  })
  .meta({ id: 'RouteSuggestion' });
export type RouteSuggestion = z.infer<typeof RouteSuggestion>;

export const Assignment = z
  .object({
    id: z.string(),
    unit: UnitRef,
    role: AssignmentRole,
    status: AssignmentStatus,
    createdAt: Instant,
    acceptedAt: Instant.nullable(),
    acceptDueAt: Instant.nullable(),
    respondDueAt: Instant.nullable(),
    resolveDueAt: Instant.nullable(),
    warnedAt: Instant.nullable(),
    overdueAt: Instant.nullable(),
    extensionUntil: Instant.nullable(),
    extensionReason: z.string().nullable(),
    returnReason: z.string().nullable(),
    /** Why a co-unit was released before its part was reported (协办释放). */
    releaseReason: z.string().nullable(),
    result: z.string().nullable(),
  })
  .meta({ id: 'Assignment' });

export const TimelineEvent = z
  .object({
    id: z.string(),
    at: Instant,
    action: z.string(),
    fromStatus: textEnum(CaseStatus.options).nullable(),
    toStatus: textEnum(CaseStatus.options).nullable(),
    actorName: z.string().nullable(),
    /** Written by the system (timers, intake's own dispatch): no person acted. */
    bySystem: z.boolean(),
    unitName: z.string().nullable(),
    note: z.string().nullable(),
    /** A note the system wrote, as a message key (web i18n `note.<key>`) and its parameters. */
    noteKey: z.string().optional(),
    noteParams: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    /** The note is a reply the resident reads on the tracking page. */
    toResident: z.boolean(),
    photoIds: z.array(z.string()),
  })
  .meta({ id: 'TimelineEvent' });

/** The resident's callback (回访): whether it was resolved and how satisfied they are. */
export const Callback = z
  .object({
    at: Instant,
    resolved: z.boolean().nullable(),
    rating: CallbackRating.nullable(),
    comment: z.string().nullable(),
  })
  .meta({ id: 'Callback' });

export const Reporter = z
  .object({ name: z.string().nullable(), phone: z.string().nullable(), anonymous: z.boolean() })
  .meta({ id: 'Reporter' });

/** A repeat caller attached to the case (POST /api/cases/:id/callers), masked like the reporter. */
export const AttachedCaller = z
  .object({
    id: z.string(),
    at: Instant,
    channel: z.string(),
    name: z.string().nullable(),
    phone: z.string().nullable(),
    anonymous: z.boolean(),
    description: z.string().nullable(),
    /** told by SMS which case carries their call */
    informed: z.boolean(),
  })
  .meta({ id: 'AttachedCaller' });

export const CaseDetail = CaseSummary.extend({
  description: z.string(),
  reporter: Reporter,
  callers: z.array(AttachedCaller),
  answer: z.string().nullable(),
  /** How the lead was chosen: duty, local_fallback, district_fallback, grid, manual. */
  routeSource: textEnum(['duty', 'local_fallback', 'district_fallback', 'grid', 'manual']).nullable(),
  suggestions: z.array(RouteSuggestion),
  assignments: z.array(Assignment),
  timeline: z.array(TimelineEvent),
  photoIds: z.array(z.string()),
  children: z.array(z.string()),
  returnCount: z.number(),
  reopenCount: z.number(),
  callback: Callback.nullable(),
  availableActions: z.array(CaseAction),
}).meta({ id: 'CaseDetail' });

export const InboxSummary = z
  .object({
    /** 待核查: reported cases of a grid worker's grids (0 for anyone else) */
    toVerify: z.number(),
    toAccept: z.number(),
    inProgress: z.number(),
    dueSoon: z.number(),
    overdue: z.number(),
  })
  .meta({ id: 'InboxSummary' });

// --- residents (public routes)

export const PublicCaseCreated = z
  .object({ id: z.string(), token: z.string().nullable(), trackingUrl: z.string() })
  .meta({ id: 'PublicCaseCreated' });

export const PublicCaseView = z
  .object({
    id: z.string(),
    status: CaseStatus,
    category: CategoryRef.nullable(),
    /** What the resident reported, as they wrote it: only the holder of the private tracking link reads it. */
    description: z.string(),
    address: z.string().nullable(),
    createdAt: Instant,
    closedAt: Instant.nullable(),
    answer: z.string().nullable(),
    result: z.string().nullable(),
    handledBy: z.string().nullable(),
    mergedInto: z.string().nullable(),
    timeline: z.array(
      z.object({
        at: Instant,
        action: z.string(),
        note: z.string().nullable(),
        unitName: z.string().nullable(),
      }),
    ),
    photoIds: z.array(z.string()),
    canRate: z.boolean(),
    callback: Callback.nullable(),
  })
  .meta({ id: 'PublicCaseView' });

export const PublicStreetMap = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.string(),
        properties: z.object({
          code: z.string(),
          name: z.string(),
          kind: z.string(),
          level: z.enum(['city', 'district', 'street', 'community']),
        }),
        geometry: z.unknown(),
      }),
    ),
  })
  .meta({ id: 'PublicStreetMap' });

/** 案件查询's answer: what the box was read as, a capped total, the page (the caller's phone masked). */
export const CaseSearchResult = z
  .object({
    matched: z.enum(['number', 'phone', 'text', 'filters']),
    total: z.number().int(),
    /** more than `total` matched (the count stops at a cap) */
    more: z.boolean(),
    items: z.array(CaseSummary.extend({ reporterPhone: z.string().nullable() })),
  })
  .meta({ id: 'CaseSearchResult' });
