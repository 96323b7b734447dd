import { deidentify, residentNote } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import type { Case } from './case-types.ts';
import { notFound } from '../../lib/errors.ts';
import { hashToken } from '../auth/auth.service.ts';
import * as repo from './cases.repository.ts';
import { withheldAssignments, withheldReplyFilter } from '../replyquality/public.ts';
import crypto from 'node:crypto';

/** The case whose tracking token this is; any mismatch is NOT_FOUND, as if there were no such case. */
export async function caseByToken(db: DbOrTx, id: string, token: string | undefined): Promise<Case> {
  const c = await repo.findCase(db, id);
  if (!c || !c.tracking_hash || !token) throw notFound('case');
  const a = Buffer.from(c.tracking_hash);
  const b = Buffer.from(hashToken(token));
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) throw notFound('case');
  return c;
}

/**
 * What a resident sees of their own case: what they reported (their own description and address, as they wrote
 * them: this view is for the holder of the private link only, never the public feed), progress, public events
 * and the outcome — no staff names, no staff notes (only replies meant for the resident), and no third party's
 * phone or ID.
 */
export async function trackingView(db: DbOrTx, c: Case) {
  const [events, photos, assignments] = await Promise.all([
    repo.eventsOf(db, c.id),
    repo.photosOf(db, c.id),
    repo.assignmentsOf(db, c.id),
  ]);
  const category = c.category_code
    ? await db
        .selectFrom('category')
        .select(['code', 'name_zh', 'name_en'])
        .where('code', '=', c.category_code)
        .executeTakeFirst()
    : undefined;
  const lead = [...assignments].reverse().find((a) => a.role === 'lead' && a.result);
  // A reply held by the reply-quality gate stays unseen until a dispatcher approves it or the unit reports anew.
  const withheld = lead ? await withheldAssignments(db, [lead.id]) : new Set<string>();
  const heldText = await withheldReplyFilter(db, c.id);
  return {
    id: c.id,
    status: c.status,
    category: category ? { code: category.code, nameZh: category.name_zh, nameEn: category.name_en } : null,
    description: c.description,
    address: c.address,
    createdAt: c.created_at,
    closedAt: c.closed_at,
    answer: c.answer === null ? null : deidentify(c.answer),
    result: lead?.result && !withheld.has(lead.id) ? deidentify(lead.result) : null,
    handledBy: lead?.unit_name ?? null,
    mergedInto: c.parent_id,
    // staff notes are internal unless written for the resident; those are de-identified like published text
    timeline: events
      .filter((e) => e.public)
      .map((e) => ({
        at: e.at,
        action: e.action,
        note:
          e.action === 'report' && e.note !== null && heldText(e.note)
            ? null
            : residentNote(e.note, e.note_visibility),
        unitName: e.unit_name,
      })),
    photoIds: photos.map((p) => p.id),
    canRate: c.status === 'closed' && !c.callback_at,
    callback: c.callback_at
      ? {
          at: c.callback_at,
          resolved: c.callback_resolved,
          rating: c.callback_rating,
          comment: c.callback_comment,
        }
      : null,
  };
}

/** Every street/town boundary as GeoJSON, for residents to tap where the problem is. */
export async function publicStreetMap(db: DbOrTx) {
  const rows = await db
    .selectFrom('region')
    .select(['code', 'name', 'level', 'boundary'])
    .where('level', '=', 'street')
    .where('boundary', 'is not', null)
    .orderBy('code')
    .execute();
  return {
    type: 'FeatureCollection' as const,
    features: rows.map((r) => ({
      type: 'Feature' as const,
      id: r.code,
      properties: { code: r.code, name: r.name, kind: 'region', level: r.level },
      geometry: r.boundary,
    })),
  };
}
