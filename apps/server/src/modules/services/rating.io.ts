import { z } from 'zod';
import {
  AppealDecision,
  AppealGround,
  ApplicationStatus,
  RatingKind,
  RatingSource,
  ServiceRatingLevel,
} from '@onegrid/domain';
import { Phone } from '../../lib/case-fields.ts';
import { Paging } from '../../lib/paging.ts';
import { Day, Instant } from '../../lib/responses.ts';

// ---------------------------------------------------------------- requests

const Comment = z.string().trim().max(500).optional();
export const WindowRatingBody = z.object({
  /** first: the applicant's own choice on the window's device; after_fix: the callback (回访) records it */
  kind: RatingKind,
  level: ServiceRatingLevel,
  comment: Comment,
});
export const OnlineRatingBody = z.object({ phone: Phone, level: ServiceRatingLevel, comment: Comment });
export const ResidentRatingBody = z.object({ level: ServiceRatingLevel, comment: Comment });
export const RecordBody = z.object({ action: z.string().trim().min(2).max(2000) });
export const AppealBody = z.object({ ground: AppealGround, reason: z.string().trim().min(5).max(2000) });
export const ReviewBody = z.object({
  decision: AppealDecision,
  note: z.string().trim().max(1000).optional(),
});
export const RectState = z.enum(['open', 'done', 'closed', 'void']);
export const RectListQuery = Paging.extend({ state: RectState.optional() });
export const AppealState = z.enum(['pending', 'upheld', 'dismissed']);
export const AppealListQuery = Paging.extend({ state: AppealState.optional() });
export const PeriodQuery = z.object({ from: Day.optional(), to: Day.optional() });

// ---------------------------------------------------------------- responses

const Unit = z.object({ id: z.string(), name: z.string() });
const NextRating = z.enum(['first', 'after_fix']).nullable();

export const RatingDone = z.object({ id: z.string(), kind: RatingKind }).meta({ id: 'ServiceRatingDone' });
export const AppRef = z.object({ applicationId: z.string() });

export const Rectification = z
  .object({
    id: z.string(),
    ratingId: z.string(),
    applicationId: z.string(),
    unit: Unit,
    state: RectState,
    openedAt: Instant,
    dueAt: Instant,
    overdue: z.boolean(),
    action: z.string().nullable(),
    actedAt: Instant.nullable(),
    callbackAt: Instant.nullable(),
    callbackNote: z.string().nullable(),
  })
  .meta({ id: 'ServiceRectification' });

export const Appeal = z
  .object({
    id: z.string(),
    unit: Unit,
    ground: AppealGround,
    reason: z.string(),
    filedAt: Instant,
    state: AppealState,
    decidedAt: Instant.nullable(),
    decisionNote: z.string().nullable(),
  })
  .meta({ id: 'ServiceRatingAppeal' });

export const RatingDetail = z
  .object({
    ratings: z.array(
      z.object({
        id: z.string(),
        kind: RatingKind,
        level: ServiceRatingLevel,
        source: RatingSource,
        comment: z.string().nullable(),
        ratedAt: Instant,
        excluded: z.boolean(),
        appeal: Appeal.nullable(),
        canAppeal: z.boolean(),
      }),
    ),
    rectification: RectState.nullable(),
    rectifications: z.array(Rectification),
    closesAt: Instant.nullable(),
    canRate: z.boolean(),
    canCallback: z.boolean(),
    myRectificationIds: z.array(z.string()),
    canReview: z.boolean(),
  })
  .meta({ id: 'ServiceRatingDetail' });

export const RectificationPage = z
  .object({
    items: z.array(
      Rectification.extend({ title: z.string(), trackingCode: z.string(), level: ServiceRatingLevel }),
    ),
    total: z.number(),
  })
  .meta({ id: 'ServiceRectificationPage' });

export const AppealPage = z
  .object({
    items: z.array(
      Appeal.extend({
        ratingId: z.string(),
        applicationId: z.string(),
        title: z.string(),
        trackingCode: z.string(),
        level: ServiceRatingLevel,
        excluded: z.boolean(),
      }),
    ),
    total: z.number(),
    canReview: z.boolean(),
  })
  .meta({ id: 'ServiceAppealPage' });

const Figures = {
  count: z.number(),
  good: z.number(),
  bad: z.number(),
  excluded: z.number(),
  goodShare: z.number().nullable(),
  levels: z.record(ServiceRatingLevel, z.number()),
};
const Named = z.object({ id: z.string(), name: z.string(), ...Figures });
const Month = z.object({ month: z.string(), ...Figures });

export const RatingOverview = z
  .object({
    total: z.object(Figures),
    units: z.array(Named),
    items: z.array(Named),
    windows: z.array(Named),
    months: z.array(Month),
    rectifications: z.object({ open: z.number(), overdue: z.number(), done: z.number(), closed: z.number() }),
    pendingAppeals: z.number(),
  })
  .meta({ id: 'ServiceRatingOverview' });

/** Published: figures per unit (organisations), item and month; nothing about a person, no resident's words. */
export const PublicRatings = z
  .object({ total: z.object(Figures), units: z.array(Named), items: z.array(Named), months: z.array(Month) })
  .meta({ id: 'ServicePublicRatings' });

export const PublicRatingState = z
  .object({
    next: NextRating,
    ratings: z.array(z.object({ kind: RatingKind, level: ServiceRatingLevel, ratedAt: Instant })),
    rectification: RectState.nullable(),
  })
  .meta({ id: 'ServicePublicRatingState' });

export const MyApplications = z
  .object({
    verified: z.boolean(),
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        trackingCode: z.string(),
        status: ApplicationStatus,
        outcome: z.enum(['approved', 'rejected']).nullable(),
        window: z.string(),
        receivedAt: Instant,
        dueAt: Instant.nullable(),
        rating: ServiceRatingLevel.nullable(),
        fixRating: ServiceRatingLevel.nullable(),
        rectification: RectState.nullable(),
        next: NextRating,
      }),
    ),
  })
  .meta({ id: 'MyServiceApplications' });
