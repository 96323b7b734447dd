import {
  canRate,
  canReportIn,
  COMMUNITY_ENABLED_KEY,
  communityEnabledFrom,
  isTargetFor,
  REPORT_IN_MINUTES_KEY,
  reportInMinutesFrom,
  reportInStatus,
  whistleAllows,
  type SummonStatus,
  type WhistleOperation,
  type WhistleSettings,
  type WhistleStatus,
} from '@onegrid/domain';
import type { Db, DbOrTx, Tx } from '../../db/database.ts';
import { saveSetting, settingValues } from '../../db/settings.ts';
import { requireGlobalAdmin, requireRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, conflict, forbidden, invalid, notFound, type ErrorDetail } from '../../lib/errors.ts';
import { idempotent, requestHash, type Outcome } from '../../lib/idempotency.ts';
import { notify, type NewNotification } from '../notifications/public.ts';
import { writeCaseEvent } from '../cases/public.ts';
import { accessTo, MANAGE_ROLES, readsWhistles } from './whistles.access.ts';
import { jurisdictionPathOf } from '../../lib/scope.ts';
import type {
  ActionBody,
  CloseBody,
  OpenWhistleBody,
  RatingsBody,
  ReportInBody,
  VoidBody,
} from './whistles.io.ts';
import * as repo from './whistles.repository.ts';
import { noteRow, whistleNote } from './whistles.notes.ts';

/** Both whistle settings, each falling back to its default when unset or invalid. */
export async function whistleSettings(db: DbOrTx): Promise<WhistleSettings> {
  const values = await settingValues(db, [REPORT_IN_MINUTES_KEY, COMMUNITY_ENABLED_KEY]);
  return {
    reportInMinutes: reportInMinutesFrom(values.get(REPORT_IN_MINUTES_KEY)),
    communityMayWhistle: communityEnabledFrom(values.get(COMMUNITY_ENABLED_KEY)),
  };
}

export async function readSettings(db: Db, actor: Actor): Promise<WhistleSettings> {
  if (!readsWhistles(actor)) throw forbidden();
  return whistleSettings(db);
}

/** The settings hold for every street, so only district or city administrators change them. */
export async function updateSettings(db: Db, actor: Actor, next: WhistleSettings): Promise<WhistleSettings> {
  requireGlobalAdmin(actor);
  await db.transaction().execute(async (tx) => {
    const before = await whistleSettings(tx);
    await saveSetting(tx, REPORT_IN_MINUTES_KEY, next.reportInMinutes);
    await saveSetting(tx, COMMUNITY_ENABLED_KEY, next.communityMayWhistle);
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'setting',
      entityId: 'whistle',
      before: {
        [REPORT_IN_MINUTES_KEY]: before.reportInMinutes,
        [COMMUNITY_ENABLED_KEY]: before.communityMayWhistle,
      },
      after: {
        [REPORT_IN_MINUTES_KEY]: next.reportInMinutes,
        [COMMUNITY_ENABLED_KEY]: next.communityMayWhistle,
      },
    });
  });
  return next;
}

/** 街乡吹哨: a lead whose jurisdiction is a community blows for its street only when the setting allows it. */
function requireMayBlow(actor: Actor, settings: WhistleSettings): void {
  if (actor.scopeLevel !== 'community' || settings.communityMayWhistle) return;
  throw new AppError('FORBIDDEN', {
    details: [
      {
        path: 'scope',
        key: 'community_whistles_disabled',
        params: { setting: COMMUNITY_ENABLED_KEY },
      },
    ],
  });
}

/**
 * Which street blows: the caller's own street (a community's street when community whistles are enabled), or
 * (above a street) the one named, of the case or of the place.
 */
async function streetFor(
  tx: Tx,
  actor: Actor,
  named: string | undefined,
  caseStreet: string | null,
  placeStreet: string | null,
) {
  const codes = actor.scopePath.split('/').filter(Boolean);
  const own =
    actor.scopeLevel === 'street'
      ? codes.at(-1)
      : actor.scopeLevel === 'community'
        ? codes.at(-2)
        : undefined;
  if (own && named && named !== own) throw invalid([{ path: 'body.streetCode', key: 'not_your_street' }]);
  const code = own ?? named ?? caseStreet ?? placeStreet;
  if (!code) throw invalid([{ path: 'body.streetCode', key: 'name_street' }]);
  const street = await repo.findStreet(tx, code);
  // Blowing for one's own street: a community's street encloses the caller's jurisdiction, above it lies inside.
  const ours =
    street && (own ? actor.scopePath.startsWith(street.path) : street.path.startsWith(actor.scopePath));
  if (!ours) throw notFound('region');
  return street;
}

/**
 * Opens a whistle (吹哨): the whistle, its summons, the timeline's first event, a notification to every summoned
 * unit (live over SSE once committed), the audit row and the deadline job — one transaction, one idempotency key.
 */
export async function openWhistle(
  ctx: AppContext,
  actor: Actor,
  body: OpenWhistleBody,
  idempotencyKey?: string,
  now = new Date(),
): Promise<Outcome<{ id: string }>> {
  requireRole(actor, ...MANAGE_ROLES);
  return idempotent(
    ctx.db,
    `whistle:${actor.userId}`,
    idempotencyKey,
    async (tx) => {
      const settings = await whistleSettings(tx);
      requireMayBlow(actor, settings);
      const linked = body.caseId ? await repo.findCaseForWhistle(tx, body.caseId) : undefined;
      const own = jurisdictionPathOf(actor);
      if (body.caseId && (!linked || own === null || !linked.region_path.startsWith(own)))
        throw notFound('case');
      const lon = body.lon ?? linked?.lon ?? null;
      const lat = body.lat ?? linked?.lat ?? null;
      const place = lon !== null && lat !== null ? await ctx.geo.locate(lon, lat) : null;
      const street = await streetFor(
        tx,
        actor,
        body.streetCode,
        linked?.street_code ?? null,
        place?.street?.code ?? null,
      );
      if (place && place.street?.code !== street.code)
        throw invalid([{ path: 'body.lon', key: 'place_not_in_street', params: { street: street.name } }]);

      const units = await repo.activeUnits(tx, body.unitIds);
      // Summoned: units of this street's territory, or departments and enterprises of its district (the domain rule).
      const placePath = place?.path ?? street.path;
      const targets = units.filter((u) =>
        isTargetFor({ kind: u.kind, jurisdictionPath: u.jurisdiction_path, active: u.active }, placePath),
      );
      const details = body.unitIds
        .filter((id) => !targets.some((u) => u.id === id) || id === street.unit_id)
        .map((id) => ({ path: 'body.unitIds', key: 'cannot_summon_unit' as const, params: { id } }));
      if (details.length) throw invalid(details);

      const minutes = body.reportInMinutes ?? settings.reportInMinutes;
      const due = new Date(now.getTime() + minutes * 60_000);
      const id = await repo.insertWhistle(tx, {
        street_unit_id: street.unit_id,
        street_code: street.code,
        region_path: street.path,
        case_id: linked?.id ?? null,
        kind: body.kind,
        title: body.title,
        description: body.description,
        address: body.address ?? linked?.address ?? null,
        lon,
        lat,
        grid_code: place?.grid?.code ?? null,
        report_in_minutes: minutes,
        report_due_at: due,
        opened_by: actor.userId,
        opened_at: now,
      });
      await repo.insertSummons(
        tx,
        units.map((u) => ({ whistle_id: id, unit_id: u.id, summoned_at: now, due_at: due })),
      );
      const names = units.map((u) => u.name).join('、');
      await repo.insertEvents(tx, [
        {
          whistle_id: id,
          at: now,
          action: 'open',
          actor_id: actor.userId,
          actor_name: actor.name,
          unit_id: actor.unitId,
          ...noteRow(
            whistleNote('whistle_open', {
              kind: body.kind,
              units: units.map((u) => u.name).join('\n'),
              due: due.toISOString(),
            }),
          ),
        },
      ]);
      if (linked) {
        await writeCaseEvent(tx, {
          caseId: linked.id,
          action: 'whistle',
          fromStatus: null,
          toStatus: null,
          public: false,
          actorId: actor.userId,
          actorName: actor.name,
          unitId: actor.unitId,
          note: `${street.name}吹哨：${body.title}（召集 ${names}）`,
          data: {
            whistleId: id,
            noteKey: 'whistle_blown',
            noteParams: {
              street: street.name,
              title: body.title,
              units: units.map((u) => u.name).join('\n'),
            },
          },
        });
      }
      const where = body.address ?? linked?.address ?? street.name;
      await notify(
        tx,
        units.map((u) => ({
          unitId: u.id,
          whistleId: id,
          caseId: linked?.id ?? null,
          kind: 'whistle' as const,
          params: {
            street: street.name,
            whistleTitle: body.title,
            whistleKind: body.kind,
            due: due.toISOString(),
            where,
          },
        })),
      );
      await writeAudit(tx, actor, {
        action: 'create',
        entity: 'whistle',
        entityId: id,
        after: {
          kind: body.kind,
          title: body.title,
          caseId: linked?.id ?? null,
          units: body.unitIds,
          minutes,
        },
      });
      await ctx.whistleTimers.schedule(tx, { id, dueAt: due });
      return { status: 201, body: { id } };
    },
    requestHash(body),
  );
}

interface Locked {
  w: repo.WhistleRow;
  summons: { unit_id: string; status: SummonStatus }[];
}

/** Locks the whistle; 404 when the caller may not see it, 403 when they may see but not do `need`. */
async function lockFor(tx: Tx, actor: Actor, id: string, need: 'manage' | 'summoned'): Promise<Locked> {
  const w = await repo.lockWhistle(tx, id);
  if (!w) throw notFound('whistle');
  const summons = await tx
    .selectFrom('whistle_summon')
    .select(['unit_id', 'status'])
    .where('whistle_id', '=', id)
    .execute();
  const access = accessTo(
    actor,
    w,
    summons.map((s) => s.unit_id),
  );
  if (!access.read) throw notFound('whistle');
  if (!access[need]) throw new AppError('FORBIDDEN');
  return { w, summons };
}

function allow(status: WhistleStatus, op: WhistleOperation): void {
  if (!whistleAllows(status, op)) throw conflict('whistle_status', { status });
}

async function finish(
  tx: Tx,
  actor: Actor,
  w: repo.WhistleRow,
  e: { action: string; note: string; unitId?: string; data: Record<string, unknown> },
  notes: NewNotification[],
  audit: { before?: unknown; after: unknown },
): Promise<void> {
  await repo.insertEvents(tx, [
    {
      whistle_id: w.id,
      action: e.action,
      actor_id: actor.userId,
      actor_name: actor.name,
      unit_id: e.unitId ?? actor.unitId,
      ...noteRow(e),
    },
  ]);
  await notify(tx, notes);
  await writeAudit(tx, actor, { action: 'update', entity: 'whistle', entityId: w.id, ...audit });
}

/** 报到: any user of a summoned unit; on time up to the deadline, late after it (also after being marked missing). */
export async function reportIn(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: ReportInBody,
  now = new Date(),
) {
  await ctx.db.transaction().execute(async (tx) => {
    const { w, summons } = await lockFor(tx, actor, id, 'summoned');
    allow(w.status, 'report_in');
    const mine = summons.find((s) => s.unit_id === actor.unitId)!;
    if (!canReportIn(mine.status)) throw conflict('already_reported_in');
    const status = reportInStatus(now, new Date(w.report_due_at));
    await repo.updateSummon(tx, id, actor.unitId, {
      status,
      late: status === 'late',
      reported_at: now,
      reported_by: actor.userId,
      report_lon: body.lon ?? null,
      report_lat: body.lat ?? null,
      report_accuracy: body.accuracy === undefined ? null : Math.round(body.accuracy),
      report_note: body.note ?? null,
    });
    // Everyone there before the deadline: the joint action can begin.
    const othersDone = summons.every(
      (s) => s.unit_id === actor.unitId || s.status === 'reported' || s.status === 'late',
    );
    if (w.status === 'open' && othersDone) await repo.updateWhistle(tx, id, { status: 'acting' });
    const late = status === 'late';
    await finish(
      tx,
      actor,
      w,
      {
        action: late ? 'report_in_late' : 'report_in',
        ...whistleNote(
          late ? 'whistle_report_in_late' : 'whistle_report_in',
          { unit: actor.unitName, name: actor.name, ...(body.note ? { remark: body.note } : {}) },
          body.lon !== undefined ? { lon: body.lon, lat: body.lat, accuracy: body.accuracy } : {},
        ),
      },
      [
        {
          unitId: w.street_unit_id,
          whistleId: id,
          kind: late ? 'whistle_late' : 'whistle_report_in',
          params: {
            unit: actor.unitName,
            whistleTitle: w.title,
            name: actor.name,
            at: now.toISOString(),
            due: new Date(w.report_due_at).toISOString(),
          },
        },
      ],
      { before: { unit: actor.unitId, status: mine.status }, after: { unit: actor.unitId, status } },
    );
  });
}

/** 联合处置记录 / 处置结果: the street records what was done and what came of it. */
export async function recordAction(ctx: AppContext, actor: Actor, id: string, body: ActionBody) {
  await ctx.db.transaction().execute(async (tx) => {
    const { w, summons } = await lockFor(tx, actor, id, 'manage');
    allow(w.status, 'record_action');
    await repo.updateWhistle(tx, id, {
      ...(body.actionRecord !== undefined ? { action_record: body.actionRecord } : {}),
      ...(body.outcome !== undefined ? { outcome: body.outcome } : {}),
      ...(w.status === 'open' ? { status: 'acting' } : {}),
    });
    const { note, data } = whistleNote(
      body.actionRecord && body.outcome
        ? 'whistle_action_both'
        : body.actionRecord
          ? 'whistle_action_record'
          : 'whistle_action_outcome',
      {
        ...(body.actionRecord ? { record: body.actionRecord } : {}),
        ...(body.outcome ? { outcome: body.outcome } : {}),
      },
    );
    await finish(
      tx,
      actor,
      w,
      { action: 'action', note, data },
      summons.map((s) => ({
        unitId: s.unit_id,
        whistleId: id,
        kind: 'whistle_action' as const,
        params: { whistleTitle: w.title, note: note.slice(0, 200) },
      })),
      {
        before: { status: w.status, actionRecord: w.action_record, outcome: w.outcome },
        after: { status: w.status === 'open' ? 'acting' : w.status, ...body },
      },
    );
  });
}

/** 考核: the street rates each unit whose report-in is settled, on 报到及时 / 协同配合 / 解决效果. */
export async function rateUnits(ctx: AppContext, actor: Actor, id: string, body: RatingsBody) {
  await ctx.db.transaction().execute(async (tx) => {
    const { w, summons } = await lockFor(tx, actor, id, 'manage');
    allow(w.status, 'rate');
    const details = body.ratings.flatMap((r, i): ErrorDetail[] => {
      const s = summons.find((x) => x.unit_id === r.unitId);
      if (!s) return [{ path: `body.ratings.${i}.unitId`, key: 'unit_not_summoned' }];
      if (!canRate(s.status))
        return [
          {
            path: `body.ratings.${i}.unitId`,
            key: 'rate_after_report_in',
          },
        ];
      return [];
    });
    if (details.length) throw invalid(details);
    for (const r of body.ratings) {
      await repo.upsertRating(tx, {
        whistle_id: id,
        unit_id: r.unitId,
        punctuality: r.punctuality,
        cooperation: r.cooperation,
        effect: r.effect,
        comment: r.comment ?? null,
        rated_by: actor.userId,
      });
    }
    await finish(
      tx,
      actor,
      w,
      {
        action: 'rate',
        ...whistleNote('whistle_rated', { count: body.ratings.length }, { ratings: body.ratings }),
      },
      body.ratings.map((r) => ({
        unitId: r.unitId,
        whistleId: id,
        kind: 'whistle_rating' as const,
        params: {
          whistleTitle: w.title,
          punctuality: r.punctuality,
          cooperation: r.cooperation,
          effect: r.effect,
          comment: r.comment ?? '',
        },
      })),
      { after: { ratings: body.ratings } },
    );
  });
}

/** Closes a settled whistle: an outcome is recorded and every summoned unit is rated. */
export async function closeWhistle(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: CloseBody,
  now = new Date(),
) {
  await ctx.db.transaction().execute(async (tx) => {
    const { w, summons } = await lockFor(tx, actor, id, 'manage');
    allow(w.status, 'close');
    const outcome = body.outcome ?? w.outcome;
    if (!outcome) throw invalid([{ path: 'body.outcome', key: 'outcome_before_close' }]);
    const rated = await tx
      .selectFrom('whistle_rating')
      .select('unit_id')
      .where('whistle_id', '=', id)
      .execute();
    const unrated = summons.filter((s) => !rated.some((r) => r.unit_id === s.unit_id));
    if (unrated.length) throw conflict('rate_every_unit', { count: unrated.length });
    await repo.updateWhistle(tx, id, { status: 'closed', outcome, closed_at: now, closed_by: actor.userId });
    await finish(
      tx,
      actor,
      w,
      { action: 'close', ...whistleNote('whistle_closed', { outcome }) },
      summons.map((s) => ({
        unitId: s.unit_id,
        whistleId: id,
        kind: 'whistle_closed' as const,
        params: { whistleTitle: w.title, note: outcome.slice(0, 200) },
      })),
      { before: { status: w.status }, after: { status: 'closed', outcome } },
    );
  });
}

/** Voids a whistle blown by mistake; its summons leave the assessment. */
export async function voidWhistle(ctx: AppContext, actor: Actor, id: string, body: VoidBody) {
  await ctx.db.transaction().execute(async (tx) => {
    const { w, summons } = await lockFor(tx, actor, id, 'manage');
    allow(w.status, 'void');
    await repo.updateWhistle(tx, id, { status: 'void', void_reason: body.reason });
    await repo.uncountSummons(tx, id);
    await finish(
      tx,
      actor,
      w,
      { action: 'void', ...whistleNote('whistle_void', { reason: body.reason }) },
      summons.map((s) => ({
        unitId: s.unit_id,
        whistleId: id,
        kind: 'whistle_void' as const,
        params: { whistleTitle: w.title, note: body.reason },
      })),
      { before: { status: w.status }, after: { status: 'void', reason: body.reason } },
    );
  });
}
