import {
  districtOf,
  aggregateRatings,
  appealBlock,
  appealEffect,
  canHandleStages,
  canReceiveApplications,
  canReviewAppeals,
  needsRectification,
  rateBlock,
  ratingCloses,
  rectificationAfter,
  rectificationDue,
  rectificationOverdue,
  type AppealDecision,
  type AppealGround,
  type ApplicationStatus,
  type RatingAggregate,
  type RatingKind,
  type RatingSource,
  type RectificationState,
  type ServiceRatingLevel,
} from '@onegrid/domain';
import { sql } from 'kysely';
import type { DbOrTx, Tx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { hasRole } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { conflict, forbidden, notFound } from '../../lib/errors.ts';
import type { ConflictReason } from '../../lib/i18n.details.ts';
import { notify } from '../notifications/public.ts';
import { verificationOf } from '../participation/votes.service.ts';
import { appScope, requireWindowOf, visibleSql } from './services.service.ts';

/*
 * 好差评 (issue 13): the applicant rates an application once it is over — at the window on the staff's device (the
 * applicant's own choice), online by tracking code and phone, or signed in as the verified resident it belongs to.
 * A bad rating opens a rectification for every unit that handled the application; each records what it did; the
 * callback (回访) records the applicant's rating of the fix and closes them. Units appeal mistaken or malicious
 * ratings; the district's service office reviews; an upheld appeal excludes the rating from the statistics. The
 * rules are the domain's (services/rating.ts); this file loads, calls them and persists.
 */

interface AppState {
  id: string;
  title: string;
  tracking_code: string;
  status: ApplicationStatus;
  window_path: string;
  window_unit_id: string;
  applicant_person_id: string;
  closed_at: Date | null;
}

async function lockState(tx: DbOrTx, where: { id?: string; code?: string }, lock: boolean) {
  let q = tx.selectFrom('service_application as a').select([
    'a.id',
    'a.title',
    'a.tracking_code',
    'a.status',
    'a.window_path',
    'a.window_unit_id',
    'a.applicant_person_id',
    sql<Date | null>`CASE WHEN a.status = 'handed_out' THEN a.handed_out_at
        WHEN a.status = 'rejected' THEN coalesce(a.merged_at, a.received_at) END`.as('closed_at'),
  ]);
  if (where.id) q = q.where('a.id', '=', where.id);
  if (where.code) q = q.where('a.tracking_code', '=', where.code);
  const a: AppState | undefined = await (lock ? q.forUpdate() : q).executeTakeFirst();
  if (!a) throw notFound('service_application');
  return a;
}

async function ratingsOf(db: DbOrTx, appIds: string[]) {
  if (appIds.length === 0) return [];
  return db
    .selectFrom('service_rating')
    .selectAll()
    .where('application_id', 'in', appIds)
    .orderBy('rated_at')
    .execute();
}

async function rectificationsOf(db: DbOrTx, appIds: string[]) {
  if (appIds.length === 0) return [];
  return db
    .selectFrom('service_rectification as r')
    .innerJoin('unit as u', 'u.id', 'r.unit_id')
    .selectAll('r')
    .select('u.name as unit_name')
    .where('r.application_id', 'in', appIds)
    .orderBy('u.name')
    .execute();
}

/** One state for the rectification of an application: open while any unit still owes its action. */
export function combinedState(rows: readonly { state: RectificationState }[]): RectificationState | null {
  const live = rows.filter((r) => r.state !== 'void');
  if (rows.length === 0) return null;
  if (live.length === 0) return 'void';
  if (live.some((r) => r.state === 'open')) return 'open';
  if (live.every((r) => r.state === 'closed')) return 'closed';
  return 'done';
}

const RATE_REASON: Record<string, ConflictReason> = {
  not_done: 'service_rating_not_done',
  already_rated: 'service_rating_already',
  window_closed: 'service_rating_closed',
  not_rated: 'service_rating_fix_early',
  fix_not_done: 'service_rating_fix_early',
  fix_already_rated: 'service_rating_already',
};

/** Rate in the caller's transaction: the rule, the rating, and its consequences (rectification or closing it). */
async function rateIn(
  ctx: AppContext,
  tx: Tx,
  a: AppState,
  input: {
    kind?: RatingKind;
    level: ServiceRatingLevel;
    comment?: string | undefined;
    source: RatingSource;
    userId: string | null;
    unitId: string | null;
  },
) {
  const now = new Date();
  const cal = (await ctx.deadlines.current()).calendar;
  const ratings = await ratingsOf(tx, [a.id]);
  const rects = await rectificationsOf(tx, [a.id]);
  const kind: RatingKind = input.kind ?? (ratings.some((r) => r.kind === 'first') ? 'after_fix' : 'first');
  const state = { status: a.status, closedAt: a.closed_at, ratings, rectification: combinedState(rects) };
  const block = rateBlock(state, kind, now, cal);
  if (block) throw conflict(RATE_REASON[block]!);
  // the rating and what follows it carry the application's district (docs/distribution.md)
  const district_code = districtOf(a.window_path);
  const { id } = await tx
    .insertInto('service_rating')
    .values({
      application_id: a.id,
      district_code,
      kind,
      level: input.level,
      source: input.source,
      comment: input.comment || null,
      recorded_by: input.userId,
      rated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('service_event')
    .values({
      application_id: a.id,
      district_code,
      kind: kind === 'first' ? 'rated' : 'fix_rated',
      unit_id: input.unitId,
      user_id: input.userId,
      note: input.level,
      at: now,
    })
    .execute();
  if (needsRectification(kind, input.level)) {
    const stageUnits = await tx
      .selectFrom('service_stage')
      .select('unit_id')
      .distinct()
      .where('application_id', '=', a.id)
      .execute();
    const units = stageUnits.length ? stageUnits.map((s) => s.unit_id) : [a.window_unit_id];
    const dueAt = rectificationDue(now, cal);
    await tx
      .insertInto('service_rectification')
      .values(
        units.map((unitId) => ({
          rating_id: id,
          application_id: a.id,
          district_code,
          unit_id: unitId,
          state: 'open' as const,
          opened_at: now,
          due_at: dueAt,
        })),
      )
      .execute();
    await tx
      .insertInto('service_event')
      .values({
        application_id: a.id,
        district_code,
        kind: 'rectification_opened',
        unit_id: null,
        user_id: null,
        note: null,
        at: now,
      })
      .execute();
    await notify(
      tx,
      units.map((unitId) => ({
        unitId,
        kind: 'service_rectification' as const,
        params: { title: a.title, code: a.tracking_code, due: dueAt.toISOString() },
      })),
    );
  }
  if (kind === 'after_fix') {
    const next = rectificationAfter('done', 'callback')!;
    await tx
      .updateTable('service_rectification')
      .set({
        state: next,
        callback_at: now,
        callback_by: input.userId,
        callback_note: input.source === 'callback' ? (input.comment ?? null) : null,
      })
      .where('application_id', '=', a.id)
      .where('state', '=', 'done')
      .execute();
    await tx
      .insertInto('service_event')
      .values({
        application_id: a.id,
        district_code,
        kind: 'rectification_closed',
        unit_id: input.unitId,
        user_id: input.userId,
        note: input.level,
        at: now,
      })
      .execute();
  }
  return { id, kind };
}

/**
 * At the window, on the staff's device: the applicant chose the level (first rating); or the callback (回访) records
 * the applicant's rating of the fix. Staff of the window's jurisdiction; the callback also the district's office.
 */
export async function rateAtWindow(
  ctx: AppContext,
  actor: Actor,
  appId: string,
  body: { kind: RatingKind; level: ServiceRatingLevel; comment?: string | undefined },
) {
  return ctx.db.transaction().execute(async (tx) => {
    const visible = await tx
      .selectFrom('service_application as a')
      .select('a.id')
      .where('a.id', '=', appId)
      .where(visibleSql(appScope(actor)))
      .executeTakeFirst();
    if (!visible) throw notFound('service_application');
    const a = await lockState(tx, { id: appId }, true);
    if (body.kind === 'first' || !canReviewAppeals(actor) || !a.window_path.startsWith(actor.scopePath))
      requireWindowOf(actor, a);
    const out = await rateIn(ctx, tx, a, {
      kind: body.kind,
      level: body.level,
      comment: body.comment,
      source: body.kind === 'first' ? 'window' : 'callback',
      userId: actor.userId,
      unitId: actor.unitId,
    });
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'service_rating',
      entityId: out.id,
      after: { applicationId: appId, kind: out.kind, level: body.level },
    });
    return out;
  });
}

/** Online by the tracking code and the applicant's phone (as the base data holds it); a wrong phone is a 404. */
export async function rateOnline(
  ctx: AppContext,
  code: string,
  body: { phone: string; level: ServiceRatingLevel; comment?: string | undefined },
) {
  return ctx.db.transaction().execute(async (tx) => {
    const a = await lockState(tx, { code }, true);
    const p = await tx
      .selectFrom('person')
      .select('phone_hash')
      .where('id', '=', a.applicant_person_id)
      .executeTakeFirst();
    if (!p?.phone_hash || p.phone_hash !== ctx.pii.blindIndex(body.phone))
      throw notFound('service_application');
    return rateIn(ctx, tx, a, {
      level: body.level,
      comment: body.comment,
      source: 'online',
      userId: null,
      unitId: null,
    });
  });
}

/** A signed-in resident rates an application of their own verified person. */
export async function rateAsResident(
  ctx: AppContext,
  actor: Actor,
  appId: string,
  body: { level: ServiceRatingLevel; comment?: string | undefined },
) {
  if (!hasRole(actor, 'resident')) throw forbidden();
  const me = await verificationOf(ctx.db, actor);
  return ctx.db.transaction().execute(async (tx) => {
    const a = await lockState(tx, { id: appId }, true);
    if (!me || a.applicant_person_id !== me.personId) throw notFound('service_application');
    return rateIn(ctx, tx, a, {
      level: body.level,
      comment: body.comment,
      source: 'resident',
      userId: actor.userId,
      unitId: null,
    });
  });
}

/** What a resident may do now about an application: rate it first, rate the fix, or nothing. */
async function nextRating(
  ctx: AppContext,
  a: AppState,
  ratings: { kind: RatingKind }[],
  rect: RectificationState | null,
) {
  const cal = (await ctx.deadlines.current()).calendar;
  const now = new Date();
  const state = { status: a.status, closedAt: a.closed_at, ratings, rectification: rect };
  if (!rateBlock(state, 'first', now, cal)) return 'first' as const;
  if (!rateBlock(state, 'after_fix', now, cal)) return 'after_fix' as const;
  return null;
}

/** The rating side of the public tracking page: whether it can be rated now and what was given (no free text). */
export async function publicRatingState(ctx: AppContext, code: string) {
  const a = await lockState(ctx.db, { code }, false);
  const ratings = await ratingsOf(ctx.db, [a.id]);
  const rects = await rectificationsOf(ctx.db, [a.id]);
  const rect = combinedState(rects);
  return {
    next: await nextRating(ctx, a, ratings, rect),
    ratings: ratings.map((r) => ({ kind: r.kind, level: r.level, ratedAt: r.rated_at })),
    rectification: rect,
  };
}

/** 我的办件: a verified resident's applications (applicant = their verified person), with what they may rate. */
export async function myApplications(ctx: AppContext, actor: Actor) {
  if (!hasRole(actor, 'resident')) throw forbidden();
  const me = await verificationOf(ctx.db, actor);
  if (!me) return { verified: false, items: [] };
  const rows = await ctx.db
    .selectFrom('service_application as a')
    .innerJoin('unit as w', 'w.id', 'a.window_unit_id')
    .select([
      'a.id',
      'a.title',
      'a.tracking_code',
      'a.status',
      'a.window_path',
      'a.window_unit_id',
      'a.applicant_person_id',
      'a.outcome',
      'a.received_at',
      'a.due_at',
      'w.name as window_name',
      sql<Date | null>`CASE WHEN a.status = 'handed_out' THEN a.handed_out_at
        WHEN a.status = 'rejected' THEN coalesce(a.merged_at, a.received_at) END`.as('closed_at'),
    ])
    .where('a.applicant_person_id', '=', me.personId)
    .orderBy('a.received_at', 'desc')
    .limit(100)
    .execute();
  const ids = rows.map((r) => r.id);
  const [ratings, rects] = await Promise.all([ratingsOf(ctx.db, ids), rectificationsOf(ctx.db, ids)]);
  const items = [];
  for (const r of rows) {
    const mine = ratings.filter((x) => x.application_id === r.id);
    const rect = combinedState(rects.filter((x) => x.application_id === r.id));
    items.push({
      id: r.id,
      title: r.title,
      trackingCode: r.tracking_code,
      status: r.status,
      outcome: r.outcome,
      window: r.window_name,
      receivedAt: r.received_at,
      dueAt: r.due_at,
      rating: mine.find((x) => x.kind === 'first')?.level ?? null,
      fixRating: mine.find((x) => x.kind === 'after_fix')?.level ?? null,
      rectification: rect,
      next: await nextRating(ctx, r, mine, rect),
    });
  }
  return { verified: true, items };
}

/** Whether the actor's unit handled the application (a stage of its own) or took it at its window. */
async function handledBy(db: DbOrTx, appId: string, unitId: string) {
  const row = await db
    .selectFrom('service_application as a')
    .select(
      sql<boolean>`(a.window_unit_id = ${unitId} OR EXISTS (SELECT 1 FROM service_stage s WHERE s.application_id = a.id AND s.unit_id = ${unitId}))`.as(
        'mine',
      ),
    )
    .where('a.id', '=', appId)
    .executeTakeFirst();
  return row?.mine === true;
}

function rectOut(r: Awaited<ReturnType<typeof rectificationsOf>>[number], now: Date) {
  return {
    id: r.id,
    ratingId: r.rating_id,
    applicationId: r.application_id,
    unit: { id: r.unit_id, name: r.unit_name },
    state: r.state,
    openedAt: r.opened_at,
    dueAt: r.due_at,
    overdue: rectificationOverdue({ state: r.state, dueAt: r.due_at }, now),
    action: r.action,
    actedAt: r.acted_at,
    callbackAt: r.callback_at,
    callbackNote: r.callback_note,
  };
}

/**
 * The rating side of an application for staff who see it: ratings (with the resident's words), rectifications —
 * a department sees only its own — appeals, and what the caller may do.
 */
export async function ratingDetail(ctx: AppContext, actor: Actor, appId: string) {
  const scope = appScope(actor);
  const visible = await ctx.db
    .selectFrom('service_application as a')
    .select('a.id')
    .where('a.id', '=', appId)
    .where(visibleSql(scope))
    .executeTakeFirst();
  if (!visible) throw notFound('service_application');
  const a = await lockState(ctx.db, { id: appId }, false);
  const [ratings, allRects, appeals, mine] = await Promise.all([
    ratingsOf(ctx.db, [appId]),
    rectificationsOf(ctx.db, [appId]),
    ctx.db
      .selectFrom('service_rating_appeal as p')
      .innerJoin('service_rating as r', 'r.id', 'p.rating_id')
      .innerJoin('unit as u', 'u.id', 'p.unit_id')
      .selectAll('p')
      .select('u.name as unit_name')
      .where('r.application_id', '=', appId)
      .execute(),
    handledBy(ctx.db, appId, actor.unitId),
  ]);
  const rects = scope.path === null ? allRects.filter((r) => r.unit_id === actor.unitId) : allRects;
  const cal = (await ctx.deadlines.current()).calendar;
  const now = new Date();
  const combined = combinedState(allRects);
  const state = { status: a.status, closedAt: a.closed_at, ratings, rectification: combined };
  const atWindow = canReceiveApplications(actor) && a.window_path.startsWith(actor.scopePath);
  const office = canReviewAppeals(actor) && a.window_path.startsWith(actor.scopePath);
  return {
    ratings: ratings.map((r) => {
      const appeal = appeals.find((p) => p.rating_id === r.id);
      return {
        id: r.id,
        kind: r.kind,
        level: r.level,
        source: r.source,
        comment: r.comment,
        ratedAt: r.rated_at,
        excluded: r.excluded,
        appeal: appeal
          ? {
              id: appeal.id,
              unit: { id: appeal.unit_id, name: appeal.unit_name },
              ground: appeal.ground,
              reason: appeal.reason,
              filedAt: appeal.filed_at,
              state: appeal.state,
              decidedAt: appeal.decided_at,
              decisionNote: appeal.decision_note,
            }
          : null,
        canAppeal:
          mine &&
          canHandleStages(actor) &&
          appealBlock({ level: r.level, excluded: r.excluded, appeals: appeal ? [appeal] : [] }) === null,
      };
    }),
    rectification: combined,
    rectifications: rects.map((r) => rectOut(r, now)),
    closesAt: a.closed_at ? ratingCloses(a.closed_at, cal) : null,
    canRate: atWindow && rateBlock(state, 'first', now, cal) === null,
    canCallback: (atWindow || office) && rateBlock(state, 'after_fix', now, cal) === null,
    myRectificationIds: canHandleStages(actor)
      ? rects.filter((r) => r.unit_id === actor.unitId && r.state === 'open').map((r) => r.id)
      : [],
    canReview: office,
  };
}

/** The unit records what it did about a bad rating (整改情况). Only its own; a department sees no other's. */
export async function recordRectification(ctx: AppContext, actor: Actor, id: string, action: string) {
  return ctx.db.transaction().execute(async (tx) => {
    const r = await tx
      .selectFrom('service_rectification')
      .select(['id', 'unit_id', 'state', 'application_id', 'district_code'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!r || r.unit_id !== actor.unitId) throw notFound('service_rectification');
    if (!canHandleStages(actor)) throw forbidden();
    const next = rectificationAfter(r.state, 'record');
    if (!next) throw conflict('service_rectification_move');
    const now = new Date();
    await tx
      .updateTable('service_rectification')
      .set({ state: next, action, acted_at: now, acted_by: actor.userId })
      .where('id', '=', id)
      .execute();
    await tx
      .insertInto('service_event')
      .values({
        application_id: r.application_id,
        district_code: r.district_code,
        kind: 'rectification_done',
        unit_id: actor.unitId,
        user_id: actor.userId,
        note: action,
        at: now,
      })
      .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'service_rectification',
      entityId: id,
      before: { state: r.state },
      after: { state: next },
    });
    return { applicationId: r.application_id };
  });
}

const APPEAL_REASON: Record<string, ConflictReason> = {
  not_bad: 'service_appeal_not_bad',
  already_appealed: 'service_appeal_already',
  excluded: 'service_appeal_already',
};

/** A unit that handled the application (or took it) appeals a bad rating as mistaken, malicious or outside its duty. */
export async function fileAppeal(
  ctx: AppContext,
  actor: Actor,
  ratingId: string,
  body: { ground: AppealGround; reason: string },
) {
  return ctx.db.transaction().execute(async (tx) => {
    const r = await tx
      .selectFrom('service_rating')
      .select(['id', 'application_id', 'district_code', 'level', 'excluded'])
      .where('id', '=', ratingId)
      .forUpdate()
      .executeTakeFirst();
    if (!r || !(await handledBy(tx, r.application_id, actor.unitId))) throw notFound('service_rating');
    if (!canHandleStages(actor)) throw forbidden();
    const existing = await tx
      .selectFrom('service_rating_appeal')
      .select('state')
      .where('rating_id', '=', ratingId)
      .execute();
    const block = appealBlock({ level: r.level, excluded: r.excluded, appeals: existing });
    if (block) throw conflict(APPEAL_REASON[block]!);
    const now = new Date();
    const { id } = await tx
      .insertInto('service_rating_appeal')
      .values({
        rating_id: ratingId,
        district_code: r.district_code,
        unit_id: actor.unitId,
        ground: body.ground,
        reason: body.reason,
        filed_by: actor.userId,
        filed_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('service_event')
      .values({
        application_id: r.application_id,
        district_code: r.district_code,
        kind: 'appeal_filed',
        unit_id: actor.unitId,
        user_id: actor.userId,
        note: body.ground,
        at: now,
      })
      .execute();
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'service_rating_appeal',
      entityId: id,
      after: { ratingId, ground: body.ground },
    });
    return { applicationId: r.application_id };
  });
}

/** The district's service office decides an appeal; upheld excludes the rating (kept) and voids its rectification. */
export async function reviewAppeal(
  ctx: AppContext,
  actor: Actor,
  appealId: string,
  body: { decision: AppealDecision; note?: string | undefined },
) {
  if (!canReviewAppeals(actor)) throw forbidden();
  return ctx.db.transaction().execute(async (tx) => {
    const p = await tx
      .selectFrom('service_rating_appeal as p')
      .innerJoin('service_rating as r', 'r.id', 'p.rating_id')
      .innerJoin('service_application as a', 'a.id', 'r.application_id')
      .select(['p.id', 'p.state', 'p.rating_id', 'p.district_code', 'r.application_id', 'a.window_path'])
      .where('p.id', '=', appealId)
      .forUpdate('p')
      .executeTakeFirst();
    if (!p || !p.window_path.startsWith(actor.scopePath)) throw notFound('service_rating_appeal');
    if (p.state !== 'pending') throw conflict('service_appeal_decided');
    const now = new Date();
    await tx
      .updateTable('service_rating_appeal')
      .set({
        state: body.decision,
        decided_by: actor.userId,
        decided_at: now,
        decision_note: body.note ?? null,
      })
      .where('id', '=', appealId)
      .execute();
    const effect = appealEffect(body.decision);
    if (effect.exclude)
      await tx
        .updateTable('service_rating')
        .set({ excluded: true, excluded_at: now })
        .where('id', '=', p.rating_id)
        .execute();
    if (effect.voidRectification)
      await tx
        .updateTable('service_rectification')
        .set({ state: 'void' })
        .where('rating_id', '=', p.rating_id)
        .where('state', 'in', ['open', 'done'])
        .execute();
    await tx
      .insertInto('service_event')
      .values({
        application_id: p.application_id,
        district_code: p.district_code,
        kind: `appeal_${body.decision}`,
        unit_id: actor.unitId,
        user_id: actor.userId,
        note: body.note ?? null,
        at: now,
      })
      .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'service_rating_appeal',
      entityId: appealId,
      before: { state: 'pending' },
      after: { state: body.decision },
    });
    return { applicationId: p.application_id };
  });
}

/**
 * Rectifications the caller sees: a department its own; a street or district those of applications its windows
 * took (and its own). Open first by due.
 */
export async function listRectifications(
  ctx: AppContext,
  actor: Actor,
  q: { state?: RectificationState | undefined; page: number; pageSize: number },
) {
  const scope = appScope(actor);
  let base = ctx.db
    .selectFrom('service_rectification as r')
    .innerJoin('unit as u', 'u.id', 'r.unit_id')
    .innerJoin('service_application as a', 'a.id', 'r.application_id')
    .innerJoin('service_rating as g', 'g.id', 'r.rating_id')
    .where((eb) =>
      scope.path === null
        ? eb('r.unit_id', '=', actor.unitId)
        : eb.or([eb('r.unit_id', '=', actor.unitId), eb('a.window_path', 'like', `${scope.path}%`)]),
    );
  if (q.state) base = base.where('r.state', '=', q.state);
  const [rows, count] = await Promise.all([
    base
      .selectAll('r')
      .select(['u.name as unit_name', 'a.title', 'a.tracking_code', 'g.level'])
      .orderBy(sql`r.state <> 'open'`)
      .orderBy('r.due_at')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  const now = new Date();
  return {
    items: rows.map((r) => ({
      ...rectOut(r, now),
      title: r.title,
      trackingCode: r.tracking_code,
      level: r.level,
    })),
    total: count.n,
  };
}

/** Appeals: the service office those of its jurisdiction's applications, a unit its own. Pending first. */
export async function listAppeals(
  ctx: AppContext,
  actor: Actor,
  q: { state?: 'pending' | 'upheld' | 'dismissed' | undefined; page: number; pageSize: number },
) {
  appScope(actor);
  const office = canReviewAppeals(actor);
  let base = ctx.db
    .selectFrom('service_rating_appeal as p')
    .innerJoin('service_rating as r', 'r.id', 'p.rating_id')
    .innerJoin('service_application as a', 'a.id', 'r.application_id')
    .innerJoin('unit as u', 'u.id', 'p.unit_id')
    .where((eb) =>
      office ? eb('a.window_path', 'like', `${actor.scopePath}%`) : eb('p.unit_id', '=', actor.unitId),
    );
  if (q.state) base = base.where('p.state', '=', q.state);
  const [rows, count] = await Promise.all([
    base
      .selectAll('p')
      .select([
        'u.name as unit_name',
        'a.id as application_id',
        'a.title',
        'a.tracking_code',
        'r.level',
        'r.excluded',
      ])
      .orderBy(sql`p.state <> 'pending'`)
      .orderBy('p.filed_at', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((p) => ({
      id: p.id,
      ratingId: p.rating_id,
      applicationId: p.application_id,
      title: p.title,
      trackingCode: p.tracking_code,
      level: p.level,
      excluded: p.excluded,
      unit: { id: p.unit_id, name: p.unit_name },
      ground: p.ground,
      reason: p.reason,
      filedAt: p.filed_at,
      state: p.state,
      decidedAt: p.decided_at,
      decisionNote: p.decision_note,
    })),
    total: count.n,
    canReview: office,
  };
}

// ---------------------------------------------------------------- statistics

interface FactRow {
  level: ServiceRatingLevel;
  excluded: boolean;
  application_id: string;
  window_unit_id: string;
  month: string;
}

/** First ratings (一次一评) with their keys: the units that handled, the items, the window, the month. */
async function facts(
  db: DbOrTx,
  opts: { path?: string; unitId?: string; from?: string | undefined; to?: string | undefined },
) {
  let q = db
    .selectFrom('service_rating as r')
    .innerJoin('service_application as a', 'a.id', 'r.application_id')
    .select([
      'r.level',
      'r.excluded',
      'r.application_id',
      'a.window_unit_id',
      sql<string>`to_char(r.rated_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`.as('month'),
    ])
    .where('r.kind', '=', 'first');
  if (opts.from)
    q = q.where(sql<boolean>`(r.rated_at AT TIME ZONE 'Asia/Shanghai')::date >= ${opts.from}::date`);
  if (opts.to) q = q.where(sql<boolean>`(r.rated_at AT TIME ZONE 'Asia/Shanghai')::date <= ${opts.to}::date`);
  if (opts.path !== undefined || opts.unitId !== undefined)
    q = q.where(
      visibleSql({ path: opts.path ?? null, unitId: opts.unitId ?? '00000000-0000-0000-0000-000000000000' }),
    );
  const rows = (await q.execute()) as FactRow[];
  const ids = [...new Set(rows.map((r) => r.application_id))];
  const [stages, items] = ids.length
    ? await Promise.all([
        db
          .selectFrom('service_stage')
          .select(['application_id', 'unit_id'])
          .distinct()
          .where('application_id', 'in', ids)
          .execute(),
        db
          .selectFrom('service_application_item')
          .select(['application_id', 'item_id'])
          .where('application_id', 'in', ids)
          .execute(),
      ])
    : [[], []];
  return rows.map((r) => ({
    level: r.level,
    excluded: r.excluded,
    units: stages.filter((s) => s.application_id === r.application_id).map((s) => s.unit_id),
    items: items.filter((s) => s.application_id === r.application_id).map((s) => s.item_id),
    window: r.window_unit_id,
    month: r.month,
  }));
}

async function named(db: DbOrTx, table: 'unit' | 'service_item', aggs: RatingAggregate[], prefix: string) {
  const mine = aggs.filter((a) => a.key.startsWith(prefix));
  const ids = mine.map((a) => a.key.slice(prefix.length));
  const names = ids.length
    ? await db.selectFrom(table).select(['id', 'name']).where('id', 'in', ids).execute()
    : [];
  const byId = new Map(names.map((n) => [n.id, n.name]));
  return mine
    .map(({ key, ...rest }) => ({
      id: key.slice(prefix.length),
      name: byId.get(key.slice(prefix.length)) ?? '',
      ...rest,
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));
}

async function fold(db: DbOrTx, rows: Awaited<ReturnType<typeof facts>>, withWindows: boolean) {
  const aggs = aggregateRatings(
    rows.map((f) => ({
      level: f.level,
      excluded: f.excluded,
      keys: [
        'all',
        ...f.units.map((u) => `unit:${u}`),
        ...f.items.map((i) => `item:${i}`),
        ...(withWindows ? [`window:${f.window}`] : []),
        `month:${f.month}`,
      ],
    })),
  );
  const { key: _k, ...totals } = aggs.find((a) => a.key === 'all') ?? {
    key: 'all',
    count: 0,
    good: 0,
    bad: 0,
    excluded: 0,
    goodShare: null,
    levels: { very_satisfied: 0, satisfied: 0, basically_satisfied: 0, unsatisfied: 0, very_unsatisfied: 0 },
  };
  return {
    total: totals,
    units: await named(db, 'unit', aggs, 'unit:'),
    items: await named(db, 'service_item', aggs, 'item:'),
    windows: withWindows ? await named(db, 'unit', aggs, 'window:') : [],
    months: aggs
      .filter((a) => a.key.startsWith('month:'))
      .map(({ key, ...rest }) => ({ month: key.slice(6), ...rest }))
      .sort((a, b) => a.month.localeCompare(b.month)),
  };
}

/** 好差评 statistics for staff: per unit, item, window and month over what the caller sees; with the open work. */
export async function ratingOverview(
  ctx: AppContext,
  actor: Actor,
  q: { from?: string | undefined; to?: string | undefined },
) {
  const scope = appScope(actor);
  const rows = await facts(ctx.db, {
    ...(scope.path !== null ? { path: scope.path } : {}),
    unitId: scope.unitId,
    from: q.from,
    to: q.to,
  });
  const out = await fold(ctx.db, rows, true);
  const rects = await listRectifications(ctx, actor, { page: 1, pageSize: 1000 });
  const appeals = await listAppeals(ctx, actor, { state: 'pending', page: 1, pageSize: 1 });
  return {
    ...out,
    rectifications: {
      open: rects.items.filter((r) => r.state === 'open').length,
      overdue: rects.items.filter((r) => r.overdue).length,
      done: rects.items.filter((r) => r.state === 'done').length,
      closed: rects.items.filter((r) => r.state === 'closed').length,
    },
    pendingAppeals: appeals.total,
  };
}

/** Published in aggregate (结果公开): counts per unit, item and month; no person, no free text. */
export async function publicRatings(ctx: AppContext) {
  const rows = await facts(ctx.db, {});
  const out = await fold(ctx.db, rows, false);
  return { total: out.total, units: out.units, items: out.items, months: out.months };
}

/** The share good per unit that handled applications, ratings of the period (assessment add-on). */
export async function unitServiceRatings(
  db: DbOrTx,
  period: { from: string; to: string },
): Promise<Map<string, { count: number; good: number; excluded: number; goodShare: number | null }>> {
  const rows = await facts(db, { from: period.from, to: period.to });
  const aggs = aggregateRatings(
    rows.map((f) => ({ level: f.level, excluded: f.excluded, keys: f.units.map((u) => `unit:${u}`) })),
  );
  return new Map(
    aggs.map((a) => [
      a.key.slice(5),
      { count: a.count, good: a.good, excluded: a.excluded, goodShare: a.goodShare },
    ]),
  );
}
