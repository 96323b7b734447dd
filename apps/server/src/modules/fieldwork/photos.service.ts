import { visitClass, type FieldView, type TagType } from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { baseScopeOf, relationOf, viewOf } from '../basedata/public.ts';
import { keptUpload } from '../uploads/uploads.service.ts';

/**
 * Who reads a visit (and its photos): the worker who made it; otherwise whoever the base data's class rule shows
 * the visit's class to (domain `visitClass`: the class of the tag it was for — a visit to a P3 person is P3) in
 * full or to reveal, by their relation to the person's place and the tag's department and worker. Anyone else:
 * not found. Reads by others than the worker are audited.
 */
export async function readableVisit(db: DbOrTx, actor: Actor, id: string, purpose: string) {
  const { visit: v, view } = await visitView(db, actor, id);
  if (view === 'own') return v;
  if (view !== 'full' && view !== 'revealable') throw notFound('visit');
  await writeAudit(db, actor, {
    action: 'view_pii',
    entity: purpose,
    entityId: id,
    after: { person: v.person_id, class: visitClass(v.tag) },
  });
  return v;
}

/**
 * A visit and how the viewer stands to it: `own` for the worker who made it; otherwise the base data's class view
 * of the visit's class (domain `visitClass`) by the viewer's relation to the person's place and the tag's
 * department and worker — `hidden` for a viewer without a base scope. Not audited here: the caller audits.
 */
export async function visitView(
  db: DbOrTx,
  actor: Actor,
  id: string,
): Promise<{ visit: VisitAccessRow; view: 'own' | FieldView }> {
  const v = await db
    .selectFrom('visit as v')
    .leftJoin('person_tag as t', 't.id', 'v.tag_id')
    .select([
      'v.id',
      'v.worker_id',
      'v.person_id',
      'v.tag',
      'v.street_code',
      'v.community_code',
      'v.grid_code',
      't.responsible_unit_id',
      't.assigned_user_id',
      't.ended_on',
    ])
    .where('v.id', '=', id)
    .executeTakeFirst();
  if (!v) throw notFound('visit');
  if (v.worker_id === actor.userId) return { visit: v, view: 'own' };
  let scope;
  try {
    scope = await baseScopeOf(db, actor);
  } catch {
    return { visit: v, view: 'hidden' };
  }
  const links = v.tag
    ? [
        {
          responsible_unit_id: v.responsible_unit_id,
          assigned_user_id: v.assigned_user_id,
          ended_on: v.ended_on,
        },
      ]
    : [];
  return { visit: v, view: viewOf(scope, visitClass(v.tag), relationOf(scope, v, links)) };
}

interface VisitAccessRow {
  id: string;
  worker_id: string;
  person_id: string;
  tag: TagType | null;
  street_code: string | null;
  community_code: string | null;
  grid_code: string | null;
  responsible_unit_id: string | null;
  assigned_user_id: string | null;
  ended_on: string | null;
}

/** A quick fix: its worker, and the leads and supervisors over its grid (as the patrol log). */
export async function readableQuickFix(db: DbOrTx, actor: Actor, id: string) {
  const q = await db
    .selectFrom('quick_fix as q')
    .innerJoin('grid as g', 'g.code', 'q.grid_code')
    .select(['q.worker_id', 'g.region_path'])
    .where('q.id', '=', id)
    .executeTakeFirst();
  if (!q) throw notFound('upload');
  if (q.worker_id === actor.userId) return;
  if (hasRole(actor, 'street_lead', 'supervisor') && q.region_path.startsWith(actor.scopePath)) return;
  throw notFound('upload');
}

/**
 * A photo kept by a field record, to whoever may read that record (a visit photo of a P3 person is P3). Photos
 * of records without a rule here (field tasks, mediation files: their modules add one) are not found.
 */
export async function fieldPhoto(db: Db, actor: Actor, id: string) {
  const u = await keptUpload(db, id);
  if (!u || !u.kept_id) throw notFound('upload');
  if (u.kept_for === 'visit') {
    try {
      await readableVisit(db, actor, u.kept_id, 'visit_photo');
    } catch (e) {
      if (e instanceof AppError && e.code === 'NOT_FOUND') throw notFound('upload');
      throw e;
    }
  } else if (u.kept_for === 'quick_fix') await readableQuickFix(db, actor, u.kept_id);
  else throw notFound('upload');
  return { mime: u.mime, data: u.data, sha256: u.sha256 };
}
