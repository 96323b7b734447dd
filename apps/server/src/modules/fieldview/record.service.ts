import { sql } from 'kysely';
import {
  isTerritorial,
  pointQuality,
  signoffLight,
  signoffState,
  trackVisible,
  visitClass,
} from '@onegrid/domain';
import type { Db } from '../../db/database.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { fieldUpdatesOf } from '../basedata/public.ts';
import { fieldSettings } from '../fieldrules/public.ts';
import { readableQuickFix, visitView } from '../fieldwork/photos.service.ts';
import { patrolQuery, toOut } from '../fieldwork/patrols.service.ts';
import { quickFixQuery, toQuickFixOut } from '../fieldwork/quickfix.service.ts';
import type { VisitRecordQuery } from './fieldview.io.ts';

/**
 * One field record for the street's drill-down (issue 11): a visit, a patrol, a quick fix, with what the viewer may
 * see of it. A visit follows the base data's privacy classes (the worker's own in full; otherwise the class view:
 * hidden → not found, masked → no detail, revealable → detail only with a stated reason, full → detail), and every
 * read of it by someone else is audited. A patrol's GPS track goes only to the worker and their supervisors (domain
 * `trackVisible`); the street's dispatcher, who follows its findings, reads the patrol without the track.
 */

/** Who reads the patrols of a territory besides their worker: the supervisors, and the street's dispatcher. */
function readsPatrols(actor: Actor): boolean {
  return (
    hasRole(actor, 'street_lead', 'supervisor') ||
    (hasRole(actor, 'dispatcher') && actor.unitKind === 'street_office')
  );
}

export async function visitRecord(db: Db, actor: Actor, id: string, q: VisitRecordQuery, now = new Date()) {
  const { visit: a, view } = await visitView(db, actor, id);
  if (view === 'hidden') throw notFound('visit');
  const cls = visitClass(a.tag);
  const revealed = view === 'revealable' && !!q.reveal;
  const shown = view === 'own' || view === 'full' || revealed;
  const v = await db
    .selectFrom('visit as v')
    .innerJoin('person as p', 'p.id', 'v.person_id')
    .innerJoin('app_user as w', 'w.id', 'v.worker_id')
    .leftJoin('grid as g', 'g.code', 'v.grid_code')
    .leftJoin('case as c', 'c.id', 'v.case_id')
    .select([
      'v.id',
      'v.worker_id',
      'w.name as worker_name',
      'v.visited_at',
      'v.mode',
      'v.version',
      'v.lon',
      'v.lat',
      'v.accuracy_m',
      'v.checklist',
      'v.note',
      'v.upload_ids',
      'v.anomaly',
      'v.anomaly_note',
      'v.grid_code',
      'g.name as grid_name',
      'p.id as person_id',
      'p.name_masked',
      'c.id as case_id',
      'c.title as case_title',
      'c.status as case_status',
    ])
    .where('v.id', '=', id)
    .executeTakeFirstOrThrow();
  const [signoff, settings, updates] = await Promise.all([
    db
      .selectFrom('visit_signoff as s')
      .innerJoin('unit as n', 'n.id', 's.unit_id')
      .leftJoin('app_user as sb', 'sb.id', 's.signed_by')
      .select([
        's.id',
        'n.name as unit_name',
        's.yellow_at',
        's.red_at',
        's.signed_at',
        'sb.name as signed_by',
        's.reply',
        's.replied_at',
      ])
      .where('s.visit_id', '=', id)
      .executeTakeFirst(),
    fieldSettings(db),
    shown ? fieldUpdatesOf(db, { entity: 'visit', id }) : Promise.resolve([]),
  ]);
  if (view !== 'own')
    await writeAudit(db, actor, {
      action: 'view_pii',
      entity: 'field_visit',
      entityId: id,
      after: { person: a.person_id, class: cls, view, shown, ...(revealed ? { reason: q.reveal } : {}) },
    });
  const clock = signoff && {
    yellowAt: signoff.yellow_at,
    redAt: signoff.red_at,
    signedAt: signoff.signed_at,
    repliedAt: signoff.replied_at,
  };
  return {
    id: v.id,
    worker: { id: v.worker_id, name: v.worker_name },
    grid: v.grid_code ? { code: v.grid_code, name: v.grid_name ?? v.grid_code } : null,
    visitedAt: v.visited_at.toISOString(),
    mode: v.mode,
    version: v.version,
    class: cls,
    /** how the viewer stands to it: the detail below is present only when `shown` */
    view,
    shown,
    revealable: view === 'revealable' && !revealed,
    person: { id: v.person_id, name: v.name_masked },
    tag: shown ? a.tag : null,
    anomaly: v.anomaly,
    detail: shown
      ? {
          point:
            v.lon !== null && v.lat !== null
              ? {
                  lon: v.lon,
                  lat: v.lat,
                  accuracyM: v.accuracy_m,
                  quality: pointQuality({ accuracyM: v.accuracy_m }, settings.accuracyThresholdM),
                }
              : null,
          photoIds: v.upload_ids,
          checklist: Object.fromEntries(Object.entries(v.checklist).map(([k, x]) => [k, String(x)])),
          note: v.note,
          anomalyNote: v.anomaly_note,
          baseUpdates: updates,
        }
      : null,
    case: v.case_id ? { id: String(v.case_id), title: v.case_title!, status: v.case_status! } : null,
    signoff:
      signoff && clock
        ? {
            unit: signoff.unit_name,
            state: signoffState(clock),
            light: signoffLight(clock, now),
            yellowAt: signoff.yellow_at.toISOString(),
            redAt: signoff.red_at.toISOString(),
            signedAt: signoff.signed_at?.toISOString() ?? null,
            signedBy: signoff.signed_by,
            reply: shown ? signoff.reply : null,
            repliedAt: signoff.replied_at?.toISOString() ?? null,
          }
        : null,
  };
}

export async function patrolRecord(db: Db, actor: Actor, id: string) {
  const p = await patrolQuery(db).where('p.id', '=', id).executeTakeFirst();
  if (!p) throw notFound('patrol');
  const self = p.worker_id === actor.userId;
  const over = isTerritorial(actor.unitKind) && p.region_path.startsWith(actor.scopePath);
  if (!self) {
    if (!over) throw notFound('patrol');
    if (!readsPatrols(actor)) throw new AppError('FORBIDDEN');
  }
  const withTrack =
    p.tracking &&
    trackVisible({ userId: actor.userId, roles: actor.roles, unitKind: actor.unitKind }, p.worker_id, over);
  const until = p.ended_at ?? new Date(+p.started_at + 12 * 3_600_000);
  const [settings, checkins, findings, fixes, points] = await Promise.all([
    fieldSettings(db),
    db
      .selectFrom('patrol_checkin as c')
      .leftJoin('organisation as o', 'o.id', 'c.organisation_id')
      .leftJoin('address_node as a', 'a.id', 'c.address_id')
      .select([
        'c.at',
        'c.lon',
        'c.lat',
        'c.accuracy_m',
        'c.note',
        sql<string | null>`coalesce(o.name, a.full_name)`.as('place'),
      ])
      .where('c.patrol_id', '=', id)
      .orderBy('c.at')
      .execute(),
    // findings: the cases the worker reported from the street while the patrol ran
    db
      .selectFrom('case')
      .select(['id', 'title', 'status', 'created_at'])
      .where('created_by', '=', p.worker_id)
      .where('channel', '=', 'grid_patrol')
      .where('created_at', '>=', p.started_at)
      .where('created_at', '<=', until)
      .orderBy('created_at')
      .limit(100)
      .execute(),
    quickFixQuery(db).where('q.patrol_id', '=', id).orderBy('q.settled_at').execute(),
    withTrack
      ? db
          .selectFrom('patrol_point')
          .select(['at', 'lon', 'lat', 'accuracy_m'])
          .where('patrol_id', '=', id)
          .orderBy('at')
          .orderBy('id')
          .execute()
      : Promise.resolve([]),
  ]);
  if (withTrack && !self)
    await writeAudit(db, actor, {
      action: 'view_pii',
      entity: 'patrol_track',
      entityId: id,
      after: { worker: p.worker_id },
    });
  return {
    patrol: toOut(p),
    checkins: checkins.map((c) => ({
      at: c.at.toISOString(),
      lon: c.lon,
      lat: c.lat,
      accuracyM: c.accuracy_m,
      place: c.place,
      note: c.note,
    })),
    findings: findings.map((f) => ({
      caseId: String(f.id),
      title: f.title,
      status: f.status,
      at: f.created_at.toISOString(),
    })),
    quickFixes: fixes.map((f) => ({
      id: f.id,
      description: f.description,
      settledAt: f.settled_at.toISOString(),
    })),
    /** not_recorded: the worker did not opt in; withheld: recorded, but not the viewer's to see */
    trackState: !p.tracking ? 'not_recorded' : withTrack ? 'shown' : 'withheld',
    track: withTrack
      ? {
          keepDays: settings.trackKeepDays,
          accuracyThresholdM: settings.accuracyThresholdM,
          points: points.map((pt) => ({
            at: pt.at.toISOString(),
            lon: pt.lon,
            lat: pt.lat,
            accuracyM: pt.accuracy_m,
            quality: pointQuality({ accuracyM: pt.accuracy_m }, settings.accuracyThresholdM),
          })),
        }
      : null,
  } as const;
}

export async function quickFixRecord(db: Db, actor: Actor, id: string) {
  const row = await quickFixQuery(db).where('q.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('quick_fix');
  await readableQuickFix(db, actor, id).catch((e: unknown) => {
    throw e instanceof AppError && e.code === 'NOT_FOUND' ? notFound('quick_fix') : e;
  });
  const place = row.address_id
    ? await db
        .selectFrom('address_node')
        .select('full_name')
        .where('id', '=', row.address_id)
        .executeTakeFirst()
    : undefined;
  return { ...toQuickFixOut(row), place: place?.full_name ?? null };
}
