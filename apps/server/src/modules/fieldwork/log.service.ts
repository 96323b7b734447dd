import { signoffLight, signoffState, visitClass } from '@onegrid/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { patrolQuery, toOut } from './patrols.service.ts';
import { quickFixQuery, toQuickFixOut } from './quickfix.service.ts';

/**
 * A grid worker's daily patrol log (Asia/Shanghai day): patrols (time, distance, grid), check-ins, findings (cases
 * the worker reported that day), quick fixes and visits (by class only: the log names no tag). The worker reads
 * their own; the leads and supervisors over one of the worker's grids read theirs.
 */
export async function dailyLog(db: Db, actor: Actor, q: { date: string; worker?: string | undefined }) {
  const workerId = q.worker ?? actor.userId;
  if (workerId !== actor.userId) {
    if (!hasRole(actor, 'street_lead', 'supervisor')) throw new AppError('FORBIDDEN');
    const over = await db
      .selectFrom('grid_worker as gw')
      .innerJoin('grid as g', 'g.code', 'gw.grid_code')
      .select('g.code')
      .where('gw.user_id', '=', workerId)
      .where('g.region_path', 'like', `${actor.scopePath}%`)
      .executeTakeFirst();
    if (!over) throw notFound('user');
  } else if (!hasRole(actor, 'grid_worker')) throw new AppError('FORBIDDEN');
  const from = new Date(`${q.date}T00:00:00+08:00`);
  const to = new Date(+from + 86_400_000);
  const worker = await db
    .selectFrom('app_user')
    .select(['id', 'name'])
    .where('id', '=', workerId)
    .executeTakeFirst();
  if (!worker) throw notFound('user');
  const [patrols, checkins, findings, fixes, visits] = await Promise.all([
    patrolQuery(db)
      .where('p.worker_id', '=', workerId)
      .where('p.started_at', '>=', from)
      .where('p.started_at', '<', to)
      .orderBy('p.started_at')
      .execute(),
    db
      .selectFrom('patrol_checkin as c')
      .innerJoin('patrol as p', 'p.id', 'c.patrol_id')
      .leftJoin('organisation as o', 'o.id', 'c.organisation_id')
      .leftJoin('address_node as a', 'a.id', 'c.address_id')
      .select([
        'c.patrol_id',
        'c.at',
        'c.lon',
        'c.lat',
        'c.accuracy_m',
        'c.note',
        'c.organisation_id',
        'c.address_id',
        sql<string | null>`coalesce(o.name, a.full_name)`.as('place'),
      ])
      .where('p.worker_id', '=', workerId)
      .where('c.at', '>=', from)
      .where('c.at', '<', to)
      .orderBy('c.at')
      .execute(),
    db
      .selectFrom('case')
      .select(['id', 'title', 'status', 'created_at', 'category_code'])
      .where('created_by', '=', workerId)
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .orderBy('created_at')
      .execute(),
    quickFixQuery(db)
      .where('q.worker_id', '=', workerId)
      .where('q.settled_at', '>=', from)
      .where('q.settled_at', '<', to)
      .orderBy('q.settled_at')
      .execute(),
    db
      .selectFrom('visit as v')
      .leftJoin('visit_signoff as s', 's.visit_id', 'v.id')
      .select([
        'v.id',
        'v.person_id',
        'v.tag',
        'v.mode',
        'v.visited_at',
        'v.anomaly',
        'v.version',
        's.yellow_at',
        's.red_at',
        's.signed_at',
        's.replied_at',
      ])
      .where('v.worker_id', '=', workerId)
      .where('v.visited_at', '>=', from)
      .where('v.visited_at', '<', to)
      .orderBy('v.visited_at')
      .execute(),
  ]);
  const now = new Date();
  const pts = patrols.map(toOut);
  return {
    date: q.date,
    worker: { id: worker.id, name: worker.name },
    totals: {
      patrols: pts.length,
      distanceM: pts.reduce((s, p) => s + (p.distanceM ?? 0), 0),
      checkins: checkins.length,
      findings: findings.length,
      quickFixes: fixes.length,
      visits: visits.length,
    },
    patrols: pts,
    checkins: checkins.map((c) => ({
      patrolId: c.patrol_id,
      at: c.at.toISOString(),
      lon: c.lon,
      lat: c.lat,
      accuracyM: c.accuracy_m,
      organisationId: c.organisation_id,
      addressId: c.address_id,
      place: c.place,
      note: c.note,
    })),
    findings: findings.map((f) => ({
      caseId: String(f.id),
      title: f.title,
      status: f.status,
      categoryCode: f.category_code,
      at: f.created_at.toISOString(),
    })),
    quickFixes: fixes.map(toQuickFixOut),
    visits: visits.map((v) => ({
      id: v.id,
      personId: v.person_id,
      class: visitClass(v.tag),
      mode: v.mode,
      visitedAt: v.visited_at.toISOString(),
      anomaly: v.anomaly,
      version: v.version,
      signoff: v.yellow_at
        ? {
            state: signoffState({ signedAt: v.signed_at, repliedAt: v.replied_at }),
            light: signoffLight(
              { yellowAt: v.yellow_at, redAt: v.red_at!, signedAt: v.signed_at, repliedAt: v.replied_at },
              now,
            ),
          }
        : null,
    })),
  };
}
