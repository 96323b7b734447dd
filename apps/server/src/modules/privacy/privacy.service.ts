import {
  canEraseContact,
  CONTACT_RETENTION_DAYS_KEY,
  contactRetentionCutoff,
  contactRetentionDaysFrom,
  maskName,
  publicView,
  whyNotPublic,
  type PublicCaseFacts,
} from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { saveSetting, settingValue } from '../../db/settings.ts';
import { hasRole, requireGlobalAdmin, type Actor } from '../../lib/actor.ts';
import { writeAudit, type AuditActor } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { conflict, forbidden, notFound } from '../../lib/errors.ts';
import { maskPhone } from '../../lib/pii.ts';
import * as cases from '../cases/public.ts';
import { canSee, type Case } from '../cases/public.ts';
import { writeCaseEvent } from '../cases/public.ts';
import * as repo from './privacy.repository.ts';

/**
 * PIPL for residents and the publication switch for staff: what the platform holds about a case and what it
 * publishes of it (publicView, packages/domain), erasure of the reporter's contact data after closure, the
 * retention of that data, and hiding a case from the public.
 */

type Pii = AppContext['pii'];

async function factsOf(db: DbOrTx, pii: Pii, c: Case) {
  const category = await repo.publicationCategory(db, c.category_code);
  const outcome = c.status === 'closed' ? ((await repo.leadResult(db, c.id)) ?? c.answer) : null;
  const facts: PublicCaseFacts = {
    publicId: c.public_id,
    status: c.status,
    requestType: c.request_type,
    description: c.description,
    outcome,
    address: c.address,
    lon: c.lon,
    lat: c.lat,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    closedAt: c.closed_at,
    keepPrivate: c.keep_private,
    hidden: c.hidden_at !== null,
    reporterName: c.reporter_name_enc ? pii.decrypt(c.reporter_name_enc) : null,
  };
  const cat = category ? { public: category.public, facility: category.facility } : null;
  return { facts, cat, category };
}

/** Whether and how a case is published: the same answer the Open311 feed gives. */
async function publication(db: DbOrTx, pii: Pii, c: Case) {
  const { facts, cat } = await factsOf(db, pii, c);
  const view = publicView(facts, cat);
  return {
    published: view !== null,
    reason: whyNotPublic(facts, cat),
    publicId: view ? c.public_id : null,
    keepPrivate: c.keep_private,
    hiddenAt: c.hidden_at,
    view: view
      ? {
          description: view.description,
          outcome: view.outcome,
          address: view.address,
          lon: view.lon,
          lat: view.lat,
          coarse: view.coarse,
        }
      : null,
  };
}

export async function contactRetentionDays(db: DbOrTx): Promise<number> {
  return contactRetentionDaysFrom(await settingValue(db, CONTACT_RETENTION_DAYS_KEY));
}

/** What the platform holds about the resident's case: their contact data masked, what was published. */
export async function residentData(ctx: AppContext, c: Case, viewer: AuditActor) {
  const days = await contactRetentionDays(ctx.db);
  const category = await repo.publicationCategory(ctx.db, c.category_code);
  const name = c.reporter_name_enc ? ctx.pii.decrypt(c.reporter_name_enc) : null;
  const phone = c.reporter_phone_enc ? ctx.pii.decrypt(c.reporter_phone_enc) : null;
  const finishedAt = canEraseContact(c.status) ? (c.closed_at ?? c.updated_at) : null;
  // a view of personal data, even the holder's own and masked, is audited
  await writeAudit(ctx.db, viewer, { action: 'view_pii', entity: 'case_contact', entityId: c.id });
  return {
    id: c.id,
    status: c.status,
    createdAt: c.created_at,
    closedAt: c.closed_at,
    category: category ? { code: category.code, nameZh: category.name_zh, nameEn: category.name_en } : null,
    description: c.description,
    address: c.address,
    location: c.lon !== null && c.lat !== null ? { lon: c.lon, lat: c.lat } : null,
    contact: {
      name: maskName(name),
      phone: maskPhone(phone),
      anonymous: c.anonymous,
      erasedAt: c.contact_erased_at,
    },
    publication: await publication(ctx.db, ctx.pii, c),
    retention: {
      days,
      contactKeptUntil:
        finishedAt && (name || phone) ? new Date(finishedAt.getTime() + days * 86_400_000) : null,
    },
    canEraseContact: canEraseContact(c.status) && (name !== null || phone !== null),
  };
}

/** The resident's request: the case keeps its content, the contact fields are erased; audited, on the timeline. */
export async function eraseContactOnRequest(ctx: AppContext, caseId: string, by: AuditActor) {
  await ctx.db.transaction().execute(async (tx) => {
    const c = await cases.lockCase(tx, caseId);
    if (!c) throw notFound('case');
    if (!canEraseContact(c.status)) throw conflict('case_not_finished');
    if (!c.reporter_name_enc && !c.reporter_phone_enc) return;
    await repo.eraseContact(tx, [c.id]);
    await writeCaseEvent(tx, {
      caseId: c.id,
      action: 'erase_contact',
      fromStatus: c.status,
      toStatus: c.status,
      actorId: null,
      actorName: '居民',
      unitId: null,
      noteVisibility: 'internal',
    });
    await writeAudit(tx, by, {
      action: 'delete',
      entity: 'case_contact',
      entityId: c.id,
      before: { name: c.reporter_name_enc !== null, phone: c.reporter_phone_enc !== null },
      after: { reason: 'resident_request' },
    });
  });
}

/**
 * The retention job's work: contact data of cases finished longer ago than the retention is erased, in batches
 * of rows locked with SKIP LOCKED, one audit row per batch. Returns how many cases were erased.
 */
export async function eraseExpiredContacts(
  db: Db,
  opts: { now?: Date; batch?: number; maxBatches?: number } = {},
): Promise<number> {
  const days = await contactRetentionDays(db);
  const cutoff = contactRetentionCutoff(opts.now ?? new Date(), days);
  let total = 0;
  for (let i = 0; i < (opts.maxBatches ?? 20); i++) {
    const n = await db.transaction().execute(async (tx) => {
      const ids = await repo.lockExpiredContacts(tx, cutoff, opts.batch ?? 500);
      if (ids.length === 0) return 0;
      await repo.eraseContact(tx, ids);
      await writeAudit(
        tx,
        { userId: '', username: 'system:contact-retention', scopePath: '', ip: '', requestId: '' },
        {
          action: 'delete',
          entity: 'case_contact',
          entityId: null,
          after: { reason: 'retention', days, cutoff: cutoff.toISOString(), cases: ids },
        },
      );
      return ids.length;
    });
    total += n;
    if (n === 0) break;
  }
  return total;
}

export async function readSettings(db: DbOrTx, actor: Actor) {
  requireGlobalAdmin(actor);
  return { contactRetentionDays: await contactRetentionDays(db) };
}

export async function updateSettings(db: Db, actor: Actor, next: { contactRetentionDays: number }) {
  requireGlobalAdmin(actor);
  return db.transaction().execute(async (tx) => {
    const before = await contactRetentionDays(tx);
    await saveSetting(tx, CONTACT_RETENTION_DAYS_KEY, next.contactRetentionDays);
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'setting',
      entityId: CONTACT_RETENTION_DAYS_KEY,
      before: { [CONTACT_RETENTION_DAYS_KEY]: before },
      after: { [CONTACT_RETENTION_DAYS_KEY]: next.contactRetentionDays },
    });
    return { contactRetentionDays: next.contactRetentionDays };
  });
}

/** Staff who may hide a case from the public: dispatchers, supervisors and administrators of its jurisdiction. */
function mayHide(actor: Actor): boolean {
  return hasRole(actor, 'dispatcher', 'supervisor', 'admin');
}

async function visibleCase(db: DbOrTx, actor: Actor, caseId: string, lock: boolean): Promise<Case> {
  const c = lock ? await cases.lockCase(db, caseId) : await cases.findCase(db, caseId);
  if (!c) throw notFound('case');
  const assignments = await cases.assignmentsOf(db, caseId);
  if (!canSee(actor, c, assignments)) throw notFound('case');
  return c;
}

export async function publicationFor(ctx: AppContext, actor: Actor, caseId: string) {
  const c = await visibleCase(ctx.db, actor, caseId, false);
  return { ...(await publication(ctx.db, ctx.pii, c)), canHide: mayHide(actor) };
}

/** Hide a case from the public feed, or show it again; audited, with an internal timeline event. */
export async function setPublicHidden(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  body: { hidden: boolean; reason: string },
) {
  if (!mayHide(actor)) throw forbidden();
  await ctx.db.transaction().execute(async (tx) => {
    const c = await visibleCase(tx, actor, caseId, true);
    const was = c.hidden_at !== null;
    if (was === body.hidden) return;
    await repo.setHidden(tx, c.id, body.hidden ? { at: new Date(), by: actor.userId } : null);
    await writeCaseEvent(tx, {
      caseId: c.id,
      action: body.hidden ? 'hide_public' : 'unhide_public',
      fromStatus: c.status,
      toStatus: c.status,
      actorId: actor.userId,
      actorName: actor.name,
      unitId: actor.unitId,
      note: body.reason,
      public: false,
      noteVisibility: 'internal',
    });
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'case_publication',
      entityId: c.id,
      before: { hidden: was },
      after: { hidden: body.hidden, reason: body.reason },
    });
  });
  return publicationFor(ctx, actor, caseId);
}
