import { sql } from 'kysely';
import {
  districtOf,
  dayNumberOf,
  dayStartMs,
  type FieldSettings,
  pointQuality,
  trackLengthM,
  trackVisible,
  weekdayOf,
} from '@onegrid/domain';
import type { Db, DbOrTx, Tx } from '../../db/database.ts';
import { hasRole, requireRole, scopePrefix, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.ts';
import type { CoverageQuery, PatrolListQuery, PatrolSubmission } from './fieldwork.io.ts';
import { receive } from './submissions.ts';
import { fieldSettings } from '../fieldrules/public.ts';

/** Roles that read the field work of a territory (the worker reads their own). */
const READERS = ['street_lead', 'supervisor'] as const;

/** The grid a worker submits for: one assigned to them, with its community and street. */
async function workerGrid(db: DbOrTx, actor: Actor, gridCode: string) {
  const g = await db
    .selectFrom('grid_worker')
    .innerJoin('grid', 'grid.code', 'grid_worker.grid_code')
    .innerJoin('region as c', 'c.code', 'grid.community_code')
    .select(['grid.code', 'grid.community_code', 'c.parent_code as street_code'])
    .where('grid_worker.user_id', '=', actor.userId)
    .where('grid_worker.grid_code', '=', gridCode)
    .executeTakeFirst();
  if (!g || !g.street_code) throw conflict('not_your_grid');
  return { code: g.code, community: g.community_code, street: g.street_code };
}

/**
 * Receives a patrol from the phone, exactly once: the same instance twice adds nothing; an edit replaces the
 * patrol's content (track and check-ins included) as its next version.
 */
export async function submitPatrol(db: Db, actor: Actor, body: PatrolSubmission) {
  requireRole(actor, 'grid_worker');
  const { instanceId, replaces, reason, deviceAt, ...content } = body;
  if (!content.tracking && content.points.length > 0)
    throw invalid([{ path: 'points', key: 'points_without_tracking' }]);
  if (content.endedAt && new Date(content.endedAt) < new Date(content.startedAt))
    throw invalid([{ path: 'endedAt', key: 'ended_before_start' }]);
  const settings = await fieldSettings(db);
  const result = await db.transaction().execute(async (tx) => {
    const grid = await workerGrid(tx, actor, content.gridCode);
    return receive(tx, actor, { instanceId, replaces, reason, deviceAt }, 'patrol', content, async (id) => ({
      recordId: await writePatrol(tx, actor, grid, content, settings, id),
      districtCode: districtOf(grid.street),
    }));
  });
  return { outcome: result.outcome, instanceId, patrol: await patrolOut(db, result.recordId) };
}

async function writePatrol(
  tx: Tx,
  actor: Actor,
  grid: { code: string; community: string; street: string },
  content: Omit<PatrolSubmission, 'instanceId' | 'replaces' | 'reason' | 'deviceAt'>,
  settings: FieldSettings,
  existingId: string | null,
): Promise<string> {
  const points = content.points.map((p) => ({ ...p, at: new Date(p.at) }));
  const row = {
    grid_code: grid.code,
    community_code: grid.community,
    street_code: grid.street,
    started_at: content.startedAt,
    ended_at: content.endedAt ?? null,
    tracking: content.tracking,
    distance_m: content.tracking ? trackLengthM(points, settings.accuracyThresholdM) : null,
    note: content.note ?? null,
  };
  let id: string;
  if (existingId) {
    // an edit: the patrol must be the worker's own (receive() checked the instance is theirs)
    await tx
      .updateTable('patrol')
      .set(row)
      .where('id', '=', existingId)
      .where('worker_id', '=', actor.userId)
      .execute();
    await tx.deleteFrom('patrol_point').where('patrol_id', '=', existingId).execute();
    await tx.deleteFrom('patrol_checkin').where('patrol_id', '=', existingId).execute();
    id = existingId;
  } else {
    id = (
      await tx
        .insertInto('patrol')
        .values({ ...row, worker_id: actor.userId })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }
  // the track and check-ins carry the patrol's district (its street's; docs/distribution.md)
  const district_code = districtOf(grid.street);
  for (let i = 0; i < points.length; i += 2000) {
    await tx
      .insertInto('patrol_point')
      .values(
        points.slice(i, i + 2000).map((p) => ({
          patrol_id: id,
          district_code,
          at: p.at,
          lon: p.lon,
          lat: p.lat,
          accuracy_m: p.accuracyM,
        })),
      )
      .execute();
  }
  if (content.checkins.length > 0)
    await tx
      .insertInto('patrol_checkin')
      .values(
        content.checkins.map((c) => ({
          patrol_id: id,
          district_code,
          at: c.at,
          lon: c.lon ?? null,
          lat: c.lat ?? null,
          accuracy_m: c.accuracyM ?? null,
          address_id: c.addressId ?? null,
          organisation_id: c.organisationId ?? null,
          note: c.note ?? null,
        })),
      )
      .execute();
  return id;
}

export function patrolQuery(db: DbOrTx) {
  return db
    .selectFrom('patrol as p')
    .innerJoin('app_user as u', 'u.id', 'p.worker_id')
    .innerJoin('grid as g', 'g.code', 'p.grid_code')
    .select((eb) => [
      'p.id',
      'p.worker_id',
      'u.name as worker_name',
      'p.grid_code',
      'g.name as grid_name',
      'g.region_path',
      'p.started_at',
      'p.ended_at',
      'p.tracking',
      'p.distance_m',
      'p.note',
      eb
        .selectFrom('patrol_point')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('patrol_id', '=', 'p.id')
        .as('point_count'),
      eb
        .selectFrom('patrol_checkin')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('patrol_id', '=', 'p.id')
        .as('checkin_count'),
      eb
        .selectFrom('field_submission')
        .select(sql<number>`max(version)::int`.as('v'))
        .whereRef('record_id', '=', 'p.id')
        .as('version'),
    ]);
}

type PatrolRow = Awaited<ReturnType<ReturnType<typeof patrolQuery>['executeTakeFirstOrThrow']>>;

export function toOut(r: PatrolRow) {
  return {
    id: r.id,
    worker: { id: r.worker_id, name: r.worker_name },
    grid: { code: r.grid_code, name: r.grid_name },
    startedAt: r.started_at.toISOString(),
    endedAt: r.ended_at?.toISOString() ?? null,
    tracking: r.tracking,
    distanceM: r.distance_m,
    pointCount: r.point_count ?? 0,
    checkinCount: r.checkin_count ?? 0,
    note: r.note,
    version: r.version ?? 1,
  };
}

async function patrolOut(db: DbOrTx, id: string) {
  return toOut(await patrolQuery(db).where('p.id', '=', id).executeTakeFirstOrThrow());
}

/**
 * The patrol log: a grid worker's own patrols; a lead's or supervisor's, every patrol in their jurisdiction.
 * Nobody else reads it (departments, operators and administrators have no business with where workers walk).
 */
export async function listPatrols(db: Db, actor: Actor, q: PatrolListQuery) {
  const reader = hasRole(actor, ...READERS);
  if (!reader && !hasRole(actor, 'grid_worker')) throw new AppError('FORBIDDEN');
  let query = patrolQuery(db);
  query = reader
    ? query.where('g.region_path', 'like', scopePrefix(actor))
    : query.where('p.worker_id', '=', actor.userId);
  if (q.gridCode) query = query.where('p.grid_code', '=', q.gridCode);
  if (q.workerId) query = query.where('p.worker_id', '=', q.workerId);
  if (q.from) query = query.where('p.started_at', '>=', new Date(q.from));
  if (q.to) query = query.where('p.started_at', '<', new Date(q.to));
  const total = (
    await db
      .selectFrom(query.as('x'))
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow()
  ).n;
  const rows = await query
    .orderBy('p.started_at', 'desc')
    .orderBy('p.id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: rows.map(toOut), total, page: q.page, pageSize: q.pageSize };
}

/**
 * A patrol's track and check-ins: to the worker and the supervisors over the worker only (domain `trackVisible`),
 * each read audited — a track tells where a person was, minute by minute.
 */
export async function patrolTrack(db: Db, actor: Actor, id: string) {
  const p = await db
    .selectFrom('patrol as p')
    .innerJoin('grid as g', 'g.code', 'p.grid_code')
    .select(['p.id', 'p.worker_id', 'g.region_path'])
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!p) throw notFound('patrol');
  const over = p.region_path.startsWith(actor.scopePath);
  if (
    !trackVisible({ userId: actor.userId, roles: actor.roles, unitKind: actor.unitKind }, p.worker_id, over)
  ) {
    // out of the viewer's territory: answered as not found; inside it but not a supervising role: forbidden
    throw over ? new AppError('FORBIDDEN') : notFound('patrol');
  }
  const settings = await fieldSettings(db);
  const [points, checkins] = await Promise.all([
    db
      .selectFrom('patrol_point')
      .selectAll()
      .where('patrol_id', '=', id)
      .orderBy('at')
      .orderBy('id')
      .execute(),
    db.selectFrom('patrol_checkin').selectAll().where('patrol_id', '=', id).orderBy('at').execute(),
  ]);
  if (actor.userId !== p.worker_id)
    await writeAudit(db, actor, {
      action: 'view_pii',
      entity: 'patrol_track',
      entityId: id,
      after: { worker: p.worker_id },
    });
  return {
    patrolId: id,
    keepDays: settings.trackKeepDays,
    accuracyThresholdM: settings.accuracyThresholdM,
    points: points.map((pt) => ({
      at: pt.at.toISOString(),
      lon: pt.lon,
      lat: pt.lat,
      accuracyM: pt.accuracy_m,
      quality: pointQuality({ accuracyM: pt.accuracy_m }, settings.accuracyThresholdM),
    })),
    checkins: checkins.map((c) => ({
      at: c.at.toISOString(),
      lon: c.lon,
      lat: c.lat,
      accuracyM: c.accuracy_m,
      addressId: c.address_id,
      organisationId: c.organisation_id,
      note: c.note,
    })),
  };
}

/** Monday 00:00 (Asia/Shanghai) of the week holding `now`, or today's start. */
export function periodStart(period: CoverageQuery['period'], now: Date): Date {
  const today = dayNumberOf(now);
  const back = period === 'week' ? (weekdayOf(today) + 6) % 7 : 0;
  return new Date(dayStartMs(today - back));
}

/**
 * Patrol coverage: every grid of the viewer's territory, with how many patrols started there since the start of
 * the period and by how many workers. A grid worker sees their own grids.
 */
export async function coverage(db: Db, actor: Actor, q: CoverageQuery, now = new Date()) {
  const reader = hasRole(actor, ...READERS);
  if (!reader && !hasRole(actor, 'grid_worker')) throw new AppError('FORBIDDEN');
  const from = periodStart(q.period, now);
  let grids = db
    .selectFrom('grid as g')
    .leftJoin('patrol as p', (j) => j.onRef('p.grid_code', '=', 'g.code').on('p.started_at', '>=', from))
    .select([
      'g.code',
      'g.name',
      'g.community_code',
      sql<number>`count(p.id)::int`.as('patrols'),
      sql<number>`count(DISTINCT p.worker_id)::int`.as('workers'),
      sql<Date | null>`max(p.started_at)`.as('last_at'),
    ])
    .groupBy(['g.code', 'g.name', 'g.community_code'])
    .orderBy('g.code');
  grids = reader
    ? grids.where('g.region_path', 'like', scopePrefix(actor))
    : grids.where('g.code', 'in', (eb) =>
        eb.selectFrom('grid_worker').select('grid_code').where('user_id', '=', actor.userId),
      );
  const rows = await grids.execute();
  return {
    period: q.period,
    from: from.toISOString(),
    grids: rows.map((r) => ({
      code: r.code,
      name: r.name,
      communityCode: r.community_code,
      patrols: r.patrols,
      workers: r.workers,
      lastPatrolAt: r.last_at ? new Date(r.last_at).toISOString() : null,
    })),
    total: rows.length,
    covered: rows.filter((r) => r.patrols > 0).length,
  };
}

/** Deletes track points older than the retention (a daily job); returns how many went. */
export async function purgeTracks(db: Db, now = new Date()): Promise<number> {
  const { trackKeepDays } = await fieldSettings(db);
  const cut = new Date(+now - trackKeepDays * 86_400_000);
  const r = await db.deleteFrom('patrol_point').where('at', '<', cut).executeTakeFirst();
  return Number(r.numDeletedRows);
}
