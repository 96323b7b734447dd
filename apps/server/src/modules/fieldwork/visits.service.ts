import { sql } from 'kysely';
import {
  districtOf,
  anomalyFollowUp,
  baseRelation,
  classView,
  shanghaiDayOf,
  type RelationViewer,
  recordVisible,
  nextVisit,
  parseDay,
  tagClass,
  visitRuleFor,
  type VisitState,
} from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { requireRole, type Actor } from '../../lib/actor.ts';
import { invalid, notFound } from '../../lib/errors.ts';
import { applyFieldUpdates, type FieldBaseWritten } from '../basedata/public.ts';
import { keepUploads } from '../uploads/uploads.service.ts';
import type { AppContext } from '../../lib/context.ts';
import { createCase } from '../cases/public.ts';
import type { VisitDueQuery, VisitSubmission } from './fieldwork.io.ts';
import { fieldSettings, visitRules } from '../fieldrules/public.ts';
import { receive } from './submissions.ts';

const ORDER: Record<VisitState, number> = { overdue: 0, due: 1, upcoming: 2 };

/**
 * A grid worker's visits by rule: the tagged persons assigned to them, and those of their grids that no worker
 * was assigned, each with the next visit's due instant and state. What the list shows of a tag follows the
 * privacy table (domain `classView`): a tag the worker may only reveal is shown by its class, not its type; a tag
 * hidden from them is not listed.
 */
export async function visitsDue(db: Db, actor: Actor, q: VisitDueQuery, now = new Date()) {
  requireRole(actor, 'grid_worker');
  const rules = await visitRules(db);
  const grids = (
    await db.selectFrom('grid_worker').select('grid_code').where('user_id', '=', actor.userId).execute()
  ).map((g) => g.grid_code);
  const rows = await db
    .selectFrom('person_tag as t')
    .innerJoin('person as p', 'p.id', 't.person_id')
    .select([
      't.id',
      't.tag',
      't.level',
      't.started_on',
      't.last_visit_at',
      't.major_change_at',
      't.grid_code',
      't.assigned_user_id',
      't.responsible_unit_id',
      'p.id as person_id',
      'p.name_masked',
    ])
    .where('t.ended_on', 'is', null)
    .where('p.deceased', '=', false)
    .where((eb) =>
      eb.or([
        eb('t.assigned_user_id', '=', actor.userId),
        ...(grids.length
          ? [eb.and([eb('t.assigned_user_id', 'is', null), eb('t.grid_code', 'in', grids)])]
          : []),
      ]),
    )
    .execute();
  const viewer = { roles: actor.roles, unitKind: actor.unitKind };
  const items = rows.flatMap((r) => {
    const rule = visitRuleFor(rules, r.tag, r.level);
    if (!rule) return [];
    const cls = tagClass(r.tag);
    const view = classView(viewer, cls, tagRelation(actor, grids, r));
    if (view === 'hidden') return [];
    const due = nextVisit(
      rule,
      {
        tagStartedOn: r.started_on ? parseDay(r.started_on) : null,
        lastVisitAt: r.last_visit_at,
        majorChangeAt: r.major_change_at,
      },
      now,
    );
    if (q.state !== 'all' && due.state !== q.state) return [];
    const shown = view === 'full';
    return [
      {
        tagId: r.id,
        person: { id: r.person_id, name: r.name_masked },
        class: cls,
        tag: shown ? r.tag : null,
        level: shown ? r.level : null,
        assigned: r.assigned_user_id === actor.userId,
        dueAt: due.dueAt.toISOString(),
        reason: due.reason,
        state: due.state,
        lastVisitAt: r.last_visit_at?.toISOString() ?? null,
      },
    ];
  });
  items.sort((a, b) => ORDER[a.state] - ORDER[b.state] || a.dueAt.localeCompare(b.dueAt));
  const counts = { overdue: 0, due: 0, upcoming: 0 };
  for (const i of items) counts[i.state] += 1;
  return { items: items.slice(0, q.limit), counts };
}

/**
 * Receives a household visit from the phone, exactly once. The person must be one the worker may see (their grid,
 * or a tag assigned to them); a visit for a tag needs the tag's class visible to the worker. The tag's visit clock
 * moves to the visit; an anomaly goes to the tag's responsible department, which must sign for it (签收) before
 * the yellow and red deadlines of the settings — or, without one (an untagged house call), opens a case through the
 * ordinary intake, once per visit (its idempotency key), kept off the public feed.
 */
export async function submitVisit(ctx: AppContext, actor: Actor, body: VisitSubmission) {
  const db = ctx.db;
  requireRole(actor, 'grid_worker');
  const { instanceId, replaces, reason, deviceAt, ...content } = body;
  if (content.anomaly && !content.anomalyNote)
    throw invalid([{ path: 'anomalyNote', key: 'anomaly_note_required' }]);
  const settings = await fieldSettings(db);
  let baseWritten: FieldBaseWritten[] = [];
  let followUp: ReturnType<typeof anomalyFollowUp> = null;
  const result = await db.transaction().execute(async (tx) => {
    const subject = await visitSubject(tx, actor, content.personId, content.tagId);
    followUp = anomalyFollowUp({
      anomaly: content.anomaly,
      responsibleUnitId: subject.tag?.responsible_unit_id,
    });
    return receive(
      tx,
      actor,
      { instanceId, replaces, reason, deviceAt },
      'visit',
      content,
      async (id, version) => {
        const districtCode = districtOf(subject.streetCode, subject.communityCode, subject.gridCode);
        const row = {
          person_id: content.personId,
          tag_id: content.tagId,
          tag: subject.tag?.tag ?? null,
          mode: content.mode,
          visited_at: content.visitedAt,
          lon: content.lon ?? null,
          lat: content.lat ?? null,
          accuracy_m: content.accuracyM ?? null,
          checklist: JSON.stringify(content.checklist),
          note: content.note ?? null,
          anomaly: content.anomaly,
          anomaly_note: content.anomalyNote ?? null,
          upload_ids: content.uploadIds,
          grid_code: subject.gridCode,
          community_code: subject.communityCode,
          street_code: subject.streetCode,
        };
        let visitId: string;
        if (id) {
          await tx
            .updateTable('visit')
            .set({ ...row, version })
            .where('id', '=', id)
            .where('worker_id', '=', actor.userId)
            .execute();
          visitId = id;
        } else {
          visitId = (
            await tx
              .insertInto('visit')
              .values({ ...row, worker_id: actor.userId })
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id;
        }
        // photos: the worker's own uploads, kept with the visit; base updates through the base data's writer
        await keepUploads(tx, content.uploadIds, { for: 'visit', id: visitId }, actor.userId);
        baseWritten = await applyFieldUpdates(tx, actor, content.baseUpdates, {
          entity: 'visit',
          id: visitId,
        });
        if (subject.tag) {
          await tx
            .updateTable('person_tag')
            .set({ last_visit_at: sql`greatest(last_visit_at, ${new Date(content.visitedAt)}::timestamptz)` })
            .where('id', '=', subject.tag.id)
            .execute();
        }
        const unitId = subject.tag?.responsible_unit_id;
        if (followUp === 'signoff' && unitId) {
          const at = new Date(content.visitedAt);
          await tx
            .insertInto('visit_signoff')
            .values({
              visit_id: visitId,
              district_code: districtCode,
              unit_id: unitId,
              yellow_at: new Date(+at + settings.signoffYellowHours * 3_600_000),
              red_at: new Date(+at + settings.signoffRedHours * 3_600_000),
            })
            .onConflict((oc) => oc.columns(['district_code', 'visit_id', 'unit_id']).doNothing())
            .execute();
        }
        return { recordId: visitId, districtCode };
      },
    );
  });
  if (followUp === 'case') await anomalyCase(ctx, actor, result.recordId, content);
  return { outcome: result.outcome, instanceId, visit: await visitOut(db, result.recordId), baseWritten };
}

/** The case an anomaly without a department opens: the worker's note, the visit's point; the visit keeps its number. */
async function anomalyCase(
  ctx: AppContext,
  actor: Actor,
  visitId: string,
  v: { anomalyNote?: string | null; lon?: number | null; lat?: number | null; uploadIds: string[] },
) {
  const point = v.lon != null && v.lat != null ? { lon: v.lon, lat: v.lat } : {};
  const out = await createCase(
    ctx,
    {
      requestType: 'help',
      title: '走访发现异常',
      description: `走访发现异常：${v.anomalyNote ?? ''}`.slice(0, 2000),
      ...point,
      coordSystem: 'wgs84',
      anonymous: true,
      keepPrivate: true,
      photoIds: [],
    },
    { actor, channel: 'grid_patrol', ip: actor.ip, requestId: actor.requestId },
    `visit-anomaly:${visitId}`,
  );
  await ctx.db
    .updateTable('visit')
    .set({ case_id: out.body.id })
    .where('id', '=', visitId)
    .where('case_id', 'is', null)
    .execute();
}

/** The viewer of the base (domain `baseRelation`): a grid worker holds their grids. */
function relationViewer(actor: Actor, grids: readonly string[]): RelationViewer {
  return { userId: actor.userId, unitId: actor.unitId, territory: { kind: 'grids', grids: new Set(grids) } };
}

const placeOf = (r: {
  grid_code: string | null;
  community_code: string | null;
  street_code: string | null;
}) => ({
  gridCode: r.grid_code,
  communityCode: r.community_code,
  streetCode: r.street_code,
});

/** How the worker stands to one running tag: its place, its department and its worker. */
function tagRelation(
  actor: Actor,
  grids: readonly string[],
  t: { grid_code: string | null; responsible_unit_id: string | null; assigned_user_id: string | null },
) {
  return baseRelation(
    relationViewer(actor, grids),
    { gridCode: t.grid_code, communityCode: null, streetCode: null },
    [{ responsibleUnitId: t.responsible_unit_id, assignedUserId: t.assigned_user_id, endedOn: null }],
    shanghaiDayOf(new Date()),
  );
}

/** The person and tag of a visit, as the worker may see them; anything else is not found. */
async function visitSubject(tx: DbOrTx, actor: Actor, personId: string, tagId: string | null) {
  const grids = (
    await tx.selectFrom('grid_worker').select('grid_code').where('user_id', '=', actor.userId).execute()
  ).map((g) => g.grid_code);
  const person = await tx
    .selectFrom('person')
    .select(['id', 'grid_code', 'community_code', 'street_code'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person) throw notFound('person');
  const tags = await tx
    .selectFrom('person_tag')
    .select(['id', 'tag', 'grid_code', 'assigned_user_id', 'responsible_unit_id'])
    .where('person_id', '=', personId)
    .where('ended_on', 'is', null)
    .execute();
  const viewer = { roles: actor.roles, unitKind: actor.unitKind };
  const today = shanghaiDayOf(new Date());
  const holdings = tags.map((t) => ({
    responsibleUnitId: t.responsible_unit_id,
    assignedUserId: t.assigned_user_id,
    endedOn: null,
  }));
  const rel = baseRelation(relationViewer(actor, grids), placeOf(person), holdings, today);
  if (!recordVisible(viewer, rel)) throw notFound('person');
  let tag: (typeof tags)[number] | null = null;
  if (tagId) {
    tag = tags.find((t) => t.id === tagId) ?? null;
    if (!tag) throw invalid([{ path: 'tagId', key: 'tag_not_of_person' }]);
    if (classView(viewer, tagClass(tag.tag), tagRelation(actor, grids, tag)) === 'hidden')
      throw notFound('person');
  }
  return {
    tag,
    gridCode: person.grid_code,
    communityCode: person.community_code,
    streetCode: person.street_code,
  };
}

async function visitOut(db: DbOrTx, id: string) {
  const v = await db.selectFrom('visit').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const s = await db
    .selectFrom('visit_signoff')
    .select(['unit_id', 'yellow_at', 'red_at'])
    .where('visit_id', '=', id)
    .executeTakeFirst();
  return {
    id: v.id,
    personId: v.person_id,
    tagId: v.tag_id,
    mode: v.mode,
    visitedAt: v.visited_at.toISOString(),
    anomaly: v.anomaly,
    version: v.version,
    signoff: s
      ? { unitId: s.unit_id, yellowAt: s.yellow_at.toISOString(), redAt: s.red_at.toISOString() }
      : null,
    caseId: v.case_id,
    uploadIds: v.upload_ids,
  };
}
