import { districtOf } from '@onegrid/domain';
import { sql } from 'kysely';
import type { Db, DbOrTx, Tx } from '../../db/database.ts';
import { requireRole, type Actor } from '../../lib/actor.ts';
import { conflict, invalid } from '../../lib/errors.ts';
import { keepUploads } from '../uploads/uploads.service.ts';
import type { QuickFixSubmission } from './fieldwork.io.ts';
import { receive } from './submissions.ts';

type Content = Omit<QuickFixSubmission, 'instanceId' | 'replaces' | 'reason' | 'deviceAt'>;

/** The worker's grid of a quick fix: named, the patrol's, the address's, or the worker's only one. */
async function fixGrid(tx: Tx, actor: Actor, c: Content, patrolId: string | null) {
  const mine = await tx
    .selectFrom('grid_worker')
    .innerJoin('grid', 'grid.code', 'grid_worker.grid_code')
    .innerJoin('region as c', 'c.code', 'grid.community_code')
    .select(['grid.code', 'grid.community_code', 'c.parent_code as street_code'])
    .where('grid_worker.user_id', '=', actor.userId)
    .execute();
  let code = c.gridCode ?? null;
  if (!code && patrolId)
    code = (await tx.selectFrom('patrol').select('grid_code').where('id', '=', patrolId).executeTakeFirst())!
      .grid_code;
  if (c.addressId) {
    const a = await tx
      .selectFrom('address_node')
      .select('grid_code')
      .where('id', '=', c.addressId)
      .executeTakeFirst();
    if (!a || !mine.some((g) => g.code === a.grid_code))
      throw invalid([{ path: 'addressId', key: 'base_update_not_writable' }]);
    code ??= a.grid_code;
  }
  if (!code && mine.length === 1) code = mine[0]!.code;
  if (!code) throw invalid([{ path: 'gridCode', key: 'required' }]);
  const g = mine.find((m) => m.code === code);
  if (!g || !g.street_code) throw conflict('not_your_grid');
  return { code: g.code, community: g.community_code, street: g.street_code };
}

/** The worker's patrol named by its client instance id (null when the patrol was not sent yet). */
async function patrolOfInstance(tx: Tx, actor: Actor, instanceId: string | null | undefined) {
  if (!instanceId) return null;
  const row = await tx
    .selectFrom('field_submission')
    .select('record_id')
    .where('instance_id', '=', instanceId)
    .where('kind', '=', 'patrol')
    .where('user_id', '=', actor.userId)
    .executeTakeFirst();
  return row?.record_id ?? null;
}

/**
 * Receives a quick fix (小事不出格) from the phone, exactly once like a patrol: the same instance again adds
 * nothing, other content under its id is refused (409), an edit names the instance it replaces and a reason. Its
 * photos (the worker's own uploads) are kept with it.
 */
export async function submitQuickFix(db: Db, actor: Actor, body: QuickFixSubmission) {
  requireRole(actor, 'grid_worker');
  const { instanceId, replaces, reason, deviceAt, ...content } = body;
  if (content.categoryCode) {
    const cat = await db
      .selectFrom('category')
      .select('code')
      .where('code', '=', content.categoryCode)
      .executeTakeFirst();
    if (!cat) throw invalid([{ path: 'categoryCode', key: 'invalid' }]);
  }
  const overlap = content.beforeUploadIds.filter((id) => content.afterUploadIds.includes(id));
  if (overlap.length)
    throw invalid([{ path: 'afterUploadIds', key: 'upload_not_yours', params: { id: overlap[0]! } }]);
  const result = await db.transaction().execute(async (tx) =>
    receive(tx, actor, { instanceId, replaces, reason, deviceAt }, 'quick_fix', content, async (existing) => {
      const patrolId = await patrolOfInstance(tx, actor, content.patrolInstanceId);
      const grid = await fixGrid(tx, actor, content, patrolId);
      const row = {
        patrol_id: patrolId,
        category_code: content.categoryCode ?? null,
        description: content.description,
        before_upload_ids: content.beforeUploadIds,
        after_upload_ids: content.afterUploadIds,
        address_id: content.addressId ?? null,
        lon: content.lon ?? null,
        lat: content.lat ?? null,
        accuracy_m: content.accuracyM ?? null,
        settled_at: content.settledAt,
        grid_code: grid.code,
        community_code: grid.community,
        street_code: grid.street,
      };
      let id: string;
      if (existing) {
        await tx
          .updateTable('quick_fix')
          .set(row)
          .where('id', '=', existing)
          .where('worker_id', '=', actor.userId)
          .execute();
        id = existing;
      } else {
        id = (
          await tx
            .insertInto('quick_fix')
            .values({ ...row, worker_id: actor.userId })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      }
      await keepUploads(
        tx,
        [...content.beforeUploadIds, ...content.afterUploadIds],
        { for: 'quick_fix', id },
        actor.userId,
      );
      return { recordId: id, districtCode: districtOf(grid.street, grid.community, grid.code) };
    }),
  );
  return { outcome: result.outcome, instanceId, quickFix: await quickFixOut(db, result.recordId) };
}

export function quickFixQuery(db: DbOrTx) {
  return db
    .selectFrom('quick_fix as q')
    .innerJoin('app_user as u', 'u.id', 'q.worker_id')
    .innerJoin('grid as g', 'g.code', 'q.grid_code')
    .select((eb) => [
      'q.id',
      'q.patrol_id',
      'q.worker_id',
      'u.name as worker_name',
      'q.grid_code',
      'g.name as grid_name',
      'q.description',
      'q.category_code',
      'q.before_upload_ids',
      'q.after_upload_ids',
      'q.lon',
      'q.lat',
      'q.accuracy_m',
      'q.address_id',
      'q.settled_at',
      eb
        .selectFrom('field_submission')
        .select(sql<number>`max(version)::int`.as('v'))
        .whereRef('record_id', '=', 'q.id')
        .as('version'),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof quickFixQuery>['executeTakeFirstOrThrow']>>;

export function toQuickFixOut(q: Row) {
  return {
    id: q.id,
    patrolId: q.patrol_id,
    worker: { id: q.worker_id, name: q.worker_name },
    grid: { code: q.grid_code, name: q.grid_name },
    description: q.description,
    categoryCode: q.category_code,
    beforeUploadIds: q.before_upload_ids,
    afterUploadIds: q.after_upload_ids,
    lon: q.lon,
    lat: q.lat,
    accuracyM: q.accuracy_m,
    addressId: q.address_id,
    settledAt: q.settled_at.toISOString(),
    version: q.version ?? 1,
  };
}

async function quickFixOut(db: DbOrTx, id: string) {
  return toQuickFixOut(await quickFixQuery(db).where('q.id', '=', id).executeTakeFirstOrThrow());
}
