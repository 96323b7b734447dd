import {
  canEditKnowledge,
  canReadKnowledge,
  contentChanged,
  isKnowledgeAdmin,
  materialsNotice,
  nextReviewDate,
  nextVersion,
  worksOnCases,
  type KnowledgeContent,
  type Material,
} from '@onegrid/domain';
import type { DbOrTx, Tx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { idempotent, requestHash } from '../../lib/idempotency.ts';
import { writerDistrictOf } from '../../lib/district.ts';
import { maskPhone } from '../../lib/pii.ts';
import { caseDistrictOf, createCase } from '../cases/public.ts';
import type {
  AnswerBody,
  EntryCreate,
  EntryEdit,
  FeedbackBody,
  ReviewBody,
  SendBody,
} from './knowledge.io.ts';
import * as repo from './knowledge.repository.ts';

/** Today's date in China Standard Time, YYYY-MM-DD (review dates are calendar days there). */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function requireReader(actor: Actor): void {
  if (!canReadKnowledge(actor)) throw forbidden();
}

async function checkContent(ctx: AppContext, c: KnowledgeContent): Promise<void> {
  const ref = await ctx.reference.current();
  const unknown = c.categoryCodes.filter((code) => !ref.categories.has(code));
  if (unknown.length > 0)
    throw invalid([
      { path: 'content.categoryCodes', key: 'unknown_category', params: { code: unknown[0]! } },
    ]);
}

/** A new entry, version 1: district administrators, or staff of the unit that will own it. */
export async function createEntry(ctx: AppContext, actor: Actor, input: EntryCreate, key?: string) {
  if (!canEditKnowledge(actor, input.ownerUnitId)) throw forbidden();
  await checkContent(ctx, input.content);
  return idempotent(
    ctx.db,
    `knowledge:create:${actor.userId}`,
    key,
    async (tx) => {
      const catalog = await tx
        .selectFrom('knowledge_catalog')
        .select(['id', 'name_zh'])
        .where('id', '=', input.catalogId)
        .executeTakeFirst();
      if (!catalog) throw notFound('knowledge_catalog');
      const unit = await tx
        .selectFrom('unit')
        .select('id')
        .where('id', '=', input.ownerUnitId)
        .executeTakeFirst();
      if (!unit) throw notFound('unit');
      const { id } = await tx
        .insertInto('knowledge_entry')
        .values({
          catalog_id: input.catalogId,
          kind: input.kind,
          owner_unit_id: input.ownerUnitId,
          version: 1,
          title: input.content.title,
          category_codes: input.content.categoryCodes,
          review_due: input.reviewDue ?? nextReviewDate(chinaToday()),
          public: input.public,
          idempotency_key: key ? `${actor.userId}:${key}` : null,
          ...repo.searchColumns(input.content, catalog.name_zh, input.kind),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('knowledge_version')
        .values(repo.versionValues(id, 1, input.content, { id: actor.userId, name: actor.name }, null))
        .execute();
      await writeAudit(tx, actor, {
        action: 'create',
        entity: 'knowledge_entry',
        entityId: id,
        after: { version: 1, title: input.content.title, owner: input.ownerUnitId },
      });
      return { status: 201, body: { id } };
    },
    requestHash(input),
  );
}

/** An edit makes the next version; the old ones stay readable and cited. */
export async function editEntry(ctx: AppContext, actor: Actor, id: string, input: EntryEdit) {
  await checkContent(ctx, input.content);
  await ctx.db.transaction().execute(async (tx) => {
    const e = await repo.lockEntry(tx, id);
    if (!e) throw notFound('knowledge_entry');
    if (!canEditKnowledge(actor, e.owner_unit_id)) throw forbidden();
    const next = nextVersion(e.version, input.basedOn);
    if (!next.ok) throw conflict('knowledge_stale', { version: e.version });
    const current = await currentContent(tx, id, e.version);
    const reviewChanged = input.reviewDue !== undefined && input.reviewDue !== e.review_due;
    if (!contentChanged(current, input.content)) {
      if (!reviewChanged) throw conflict('knowledge_unchanged');
      await tx
        .updateTable('knowledge_entry')
        .set({ review_due: input.reviewDue! })
        .where('id', '=', id)
        .execute();
      await writeAudit(tx, actor, {
        action: 'update',
        entity: 'knowledge_entry',
        entityId: id,
        before: { reviewDue: e.review_due },
        after: { reviewDue: input.reviewDue },
      });
      return;
    }
    const catalog = await tx
      .selectFrom('knowledge_catalog')
      .select('name_zh')
      .where('id', '=', e.catalog_id)
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('knowledge_version')
      .values(
        repo.versionValues(
          id,
          next.version,
          input.content,
          { id: actor.userId, name: actor.name },
          input.note ?? null,
        ),
      )
      .execute();
    await tx
      .updateTable('knowledge_entry')
      .set({
        version: next.version,
        title: input.content.title,
        category_codes: input.content.categoryCodes,
        ...(input.reviewDue ? { review_due: input.reviewDue } : {}),
        ...repo.searchColumns(input.content, catalog.name_zh, e.kind),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'knowledge_entry',
      entityId: id,
      before: { version: e.version, title: e.title },
      after: { version: next.version, title: input.content.title, note: input.note ?? null },
    });
  });
}

async function currentContent(tx: Tx, id: string, version: number): Promise<KnowledgeContent> {
  const v = await repo.findVersion(tx, id, version);
  if (!v) throw notFound('knowledge_entry');
  return {
    title: v.title,
    answer: v.answer,
    body: v.body,
    materials: v.materials as Material[],
    categoryCodes: v.category_codes,
    keywords: v.keywords,
  };
}

/** The owner confirms the entry is still right: reviewed now, next review on the given date or in a year. */
export async function markReviewed(ctx: AppContext, actor: Actor, id: string, input: ReviewBody) {
  await ctx.db.transaction().execute(async (tx) => {
    const e = await repo.lockEntry(tx, id);
    if (!e) throw notFound('knowledge_entry');
    if (!canEditKnowledge(actor, e.owner_unit_id)) throw forbidden();
    const today = chinaToday();
    const due = input.nextReviewDue ?? nextReviewDate(today);
    if (due <= today) throw invalid([{ path: 'nextReviewDue', key: 'review_date_past' }]);
    await tx
      .updateTable('knowledge_entry')
      .set({ review_due: due, reviewed_at: new Date() })
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'knowledge_entry',
      entityId: id,
      before: { reviewDue: e.review_due },
      after: { reviewDue: due, reviewed: true },
    });
  });
}

/** The readable version of an entry, or 404 / 409 when the entry or that version does not exist. */
async function versionOf(ctx: AppContext, id: string, version: number) {
  const e = await repo.findEntry(ctx.db, id);
  if (!e) throw notFound('knowledge_entry');
  const v = await repo.findVersion(ctx.db, id, version);
  if (!v) throw conflict('knowledge_version_gone', { version });
  return { e, v };
}

/**
 * Answer a consultation from an entry (直接办结): the cases module registers the call and closes it at once, its
 * close citing the entry and version; the use is counted here. A retry with the same Idempotency-Key gets the
 * same case, and counts it once (the use is unique per case).
 */
export async function answerFromEntry(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: AnswerBody,
  source: { ip: string; requestId: string },
  key?: string,
) {
  requireReader(actor);
  if (!worksOnCases(actor)) throw forbidden();
  const { v } = await versionOf(ctx, id, input.version);
  const out = await createCase(
    ctx,
    {
      ...input.case,
      requestType: 'consult',
      closeDirect: { answer: input.answer ?? v.answer, knowledge: { entryId: id, version: input.version } },
    },
    { actor, channel: input.case.channel ?? 'hotline', ip: source.ip, requestId: source.requestId },
    key,
  );
  const caseId = out.body.id;
  await ctx.db
    .insertInto('knowledge_use')
    .values({
      entry_id: id,
      version: input.version,
      kind: 'answer',
      case_id: caseId,
      district_code: caseDistrictOf(caseId),
      user_id: actor.userId,
    })
    .onConflict((oc) => oc.columns(['district_code', 'case_id']).where('kind', '=', 'answer').doNothing())
    .execute();
  return out;
}

/** One use of an entry version by staff (a print or an SMS; answers are counted once per case, above). */
async function countUse(db: DbOrTx, id: string, version: number, kind: 'send' | 'print', actor: Actor) {
  await db
    .insertInto('knowledge_use')
    .values({
      entry_id: id,
      version,
      kind,
      user_id: actor.userId,
      district_code: await writerDistrictOf(db, actor.scopePath),
    })
    .execute();
}

/** The operator's "helped / did not help" on an entry version (after the caller's answer). */
export async function operatorFeedback(ctx: AppContext, actor: Actor, id: string, input: FeedbackBody) {
  requireReader(actor);
  await versionOf(ctx, id, input.version);
  await ctx.db
    .insertInto('knowledge_feedback')
    .values({
      entry_id: id,
      version: input.version,
      source: 'operator',
      helped: input.helped,
      case_id: input.caseId ?? null,
      district_code: input.caseId
        ? caseDistrictOf(input.caseId)
        : await writerDistrictOf(ctx.db, actor.scopePath),
      user_id: actor.userId,
    })
    .execute();
}

/** A resident's "helped / did not help" on the public page: once per entry and person (a blind index of the address). */
export async function publicFeedback(ctx: AppContext, id: string, helped: boolean, ip: string) {
  const e = await repo.findEntry(ctx.db, id);
  if (!e?.public) throw notFound('knowledge_entry');
  const row = await ctx.db
    .insertInto('knowledge_feedback')
    .values({
      entry_id: id,
      version: e.version,
      source: 'public',
      helped,
      voter_hash: ctx.pii.blindIndex(`knowledge:${id}:${ip}`),
      // a resident on the public page: the city's
      district_code: await writerDistrictOf(ctx.db, null),
    })
    .onConflict((oc) => oc.columns(['district_code', 'entry_id', 'voter_hash']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) throw conflict('knowledge_feedback_given');
}

/** 一次性告知 by SMS: the materials list and the link to the public page; counted, the phone masked in the audit. */
export async function sendMaterials(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: SendBody,
  origin: string,
) {
  requireReader(actor);
  if (!worksOnCases(actor)) throw forbidden();
  const { e, v } = await versionOf(ctx, id, input.version);
  if (!e.public) throw new AppError('FORBIDDEN');
  const text = materialsNotice(v.title, v.materials as Material[], `${origin}/public/knowledge/${id}`);
  await ctx.db.transaction().execute(async (tx) => {
    await countUse(tx, id, input.version, 'send', actor);
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'knowledge_notice',
      entityId: id,
      after: { version: input.version, to: maskPhone(input.phone) },
    });
  });
  // after the commit: a failing gateway is logged, the count stays (the operator may send again)
  let sent = true;
  try {
    await ctx.notifier.send(
      { kind: 'resident', phone: input.phone },
      { kind: 'knowledge_notice', params: { text }, caseId: null },
    );
  } catch {
    sent = false;
  }
  return { sent, text, phone: maskPhone(input.phone) ?? '' };
}

/** The 一次性告知 sheet of a version, to print; the print is counted. */
export async function printSheet(ctx: AppContext, actor: Actor, id: string, version: number) {
  requireReader(actor);
  const { e, v } = await versionOf(ctx, id, version);
  await countUse(ctx.db, id, version, 'print', actor);
  const owner = await ctx.db
    .selectFrom('unit')
    .select('name')
    .where('id', '=', e.owner_unit_id)
    .executeTakeFirstOrThrow();
  return {
    id,
    title: v.title,
    version,
    answer: v.answer,
    materials: v.materials as Material[],
    ownerUnitName: owner.name,
    publicPath: `/public/knowledge/${id}`,
    printedAt: new Date(),
    demo: e.demo,
  };
}

export { isKnowledgeAdmin };
