import {
  isFinished,
  offeredActions,
  type Actor as CaseActor,
  type CaseAction,
  type CaseStatus,
} from '@onegrid/domain';
import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../db/database.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { maskPhone, type PiiCipher } from '../../lib/pii.ts';
import type { Case } from './case-types.ts';
import { assignmentStateOf, caseStateOf } from './case-state.ts';
import type { RouteSuggestion } from './cases.responses.ts';
import * as repo from './cases.repository.ts';
import { canSee, relationsOf } from './relations.ts';
import { deskAllows } from './forwarding.service.ts';
import { caseVisible, caseScope } from '../../lib/scope.ts';
import { revealedPhone } from '../pii/reveal.service.ts';
import { DEFAULT_WARNING_SHARE } from '../deadlines/public.ts';
import { bySystem, systemNoteOf } from '../../lib/notes.ts';

const URGENCY_ORDER = sql`array_position(array['emergency','urgent','ordinary','complex'], c.urgency)`;

function maskName(name: string | null): string | null {
  if (!name) return null;
  return name.length <= 1 ? '*' : `${name.slice(0, 1)}${'*'.repeat(Math.min(name.length - 1, 2))}`;
}

export function dueState(
  start: Date | null,
  due: Date | null,
  doneAt: Date | null,
  share = DEFAULT_WARNING_SHARE,
  now = new Date(),
): 'ok' | 'due_soon' | 'overdue' | null {
  if (!due) return null;
  const end = doneAt ?? now;
  if (end > due) return 'overdue';
  if (doneAt) return 'ok';
  if (start && now.getTime() >= start.getTime() + (due.getTime() - start.getTime()) * share)
    return 'due_soon';
  return 'ok';
}

function baseList(db: DbOrTx) {
  return db
    .selectFrom('case as c')
    .leftJoin('category as k', 'k.code', 'c.category_code')
    .leftJoin('unit as u', 'u.id', 'c.lead_unit_id')
    .leftJoin('region as s', 's.code', 'c.street_code')
    .leftJoin('region as m', 'm.code', 'c.community_code')
    .leftJoin('grid as g', 'g.code', 'c.grid_code');
}

/** The columns of a case in a list (the case list, 案件查询). */
/** A case list row's own columns (alias `c`), without the names joined to them. */
export const caseSummaryColumns = [
  'c.id',
  'c.status',
  'c.request_type',
  'c.channel',
  'c.category_code',
  'c.urgency',
  'c.title',
  'c.address',
  'c.lon',
  'c.lat',
  'c.grid_code',
  'c.community_code',
  'c.street_code',
  'c.lead_unit_id',
  'c.created_at',
  'c.resolve_due_at',
  'c.closed_at',
  'c.parent_id',
] as const;

/** The names a list row shows beside its codes: category `k`, unit `u`, street `s`, community `m`, grid `g`. */
export const summaryNameColumns = [
  'k.name_zh as category_name_zh',
  'k.name_en as category_name_en',
  'g.name as grid_name',
  'm.name as community_name',
  's.name as street_name',
  'u.name as lead_unit_name',
  'u.kind as lead_unit_kind',
] as const;

export const summaryColumns = [...caseSummaryColumns, ...summaryNameColumns] as const;

export type SummaryRow = Awaited<ReturnType<ReturnType<typeof listBase>['execute']>>[number];
function listBase(db: DbOrTx) {
  return baseList(db).select(summaryColumns);
}

export function presentSummary(r: SummaryRow) {
  return {
    id: r.id,
    status: r.status,
    requestType: r.request_type,
    channel: r.channel,
    category: r.category_code
      ? { code: r.category_code, nameZh: r.category_name_zh ?? '', nameEn: r.category_name_en ?? '' }
      : null,
    urgency: r.urgency,
    title: r.title,
    address: r.address,
    lon: r.lon,
    lat: r.lat,
    grid: r.grid_code ? { code: r.grid_code, name: r.grid_name ?? '' } : null,
    community: r.community_code ? { code: r.community_code, name: r.community_name ?? '' } : null,
    street: r.street_code ? { code: r.street_code, name: r.street_name ?? '' } : null,
    leadUnit: r.lead_unit_id
      ? { id: r.lead_unit_id, name: r.lead_unit_name ?? '', kind: r.lead_unit_kind ?? 'department' }
      : null,
    createdAt: r.created_at,
    resolveDueAt: r.resolve_due_at,
    dueState: isFinished(r.status) ? null : dueState(r.created_at, r.resolve_due_at, null),
    parentId: r.parent_id,
  };
}

/**
 * 待核查: reported cases in a grid this user works — the on-site verification (verify_pass / verify_fail) falls to
 * the case's grid workers (the state machine's `grid_worker` relation, relations.ts).
 */
function awaitingMyVerification(actor: Actor) {
  return sql<boolean>`(c.status = 'reported' AND EXISTS (
    SELECT 1 FROM grid_worker w WHERE w.grid_code = c.grid_code AND w.user_id = ${actor.userId}))`;
}

export interface ListFilter {
  /** verify: the grid worker's 待核查 (reported cases of their grids, awaiting their on-site check) */
  view: 'queue' | 'inbox' | 'verify' | 'all';
  status?: CaseStatus | undefined;
  categoryCode?: string | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listCases(db: DbOrTx, actor: Actor, f: ListFilter) {
  // Every view stays inside what the caller may see; the views only narrow it.
  let q = listBase(db).where(caseVisible(caseScope(actor)));
  if (f.view === 'inbox') {
    // The caller's unit's open assignments, plus, for grid workers, their grids' cases waiting for verification.
    q = q.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('assignment as a')
            .select('a.id')
            .whereRef('a.case_id', '=', 'c.id')
            .where('a.unit_id', '=', actor.unitId)
            .where('a.status', 'in', ['pending', 'accepted']),
        ),
        ...(hasRole(actor, 'grid_worker') ? [awaitingMyVerification(actor)] : []),
      ]),
    );
  } else if (f.view === 'verify') {
    q = hasRole(actor, 'grid_worker') ? q.where(awaitingMyVerification(actor)) : q.where(sql<boolean>`false`);
  } else if (f.view === 'queue') {
    const statuses: CaseStatus[] = ['registered', 'returned'];
    if (hasRole(actor, 'supervisor') || actor.scopeLevel === 'district' || actor.scopeLevel === 'city')
      statuses.push('arbitration');
    q = q.where('c.status', 'in', statuses);
    // lane city (issue 14): a case forwarded or sent back waits in the queue of the desk it was moved to only
    q = q.where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('case_desk as d')
            .select('d.case_id')
            .whereRef('d.case_id', '=', 'c.id')
            .where('d.desk_unit_id', '!=', actor.unitId),
        ),
      ),
    );
  }
  if (f.status) q = q.where('c.status', '=', f.status);
  if (f.categoryCode) q = q.where('c.category_code', '=', f.categoryCode);
  if (f.q) {
    const text = f.q;
    q = q.where((eb) =>
      /^\d{6,16}$/.test(text) ? eb('c.id', '=', text.padEnd(16, '0')) : eb('c.title', 'like', `%${text}%`),
    );
  }
  const total = await q
    .clearSelect()
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  const ordered =
    f.view === 'queue'
      ? q.orderBy(URGENCY_ORDER).orderBy('c.created_at')
      : f.view === 'inbox' || f.view === 'verify'
        ? q.orderBy(sql`c.resolve_due_at < now()`, 'desc').orderBy(sql`c.resolve_due_at NULLS LAST`)
        : q.orderBy('c.id', 'desc');
  const rows = await ordered
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { total: total.n, items: rows.map(presentSummary) };
}

export async function inboxSummary(db: DbOrTx, actor: Actor) {
  const row = await db
    .selectFrom('assignment as a')
    .innerJoin('case as c', 'c.id', 'a.case_id')
    .select([
      sql<number>`count(*) FILTER (WHERE a.status = 'pending')::int`.as('to_accept'),
      sql<number>`count(*) FILTER (WHERE a.status = 'accepted')::int`.as('in_progress'),
      sql<number>`count(*) FILTER (WHERE a.resolve_due_at < now())::int`.as('overdue'),
      sql<number>`count(*) FILTER (WHERE a.resolve_due_at >= now() AND (a.warned_at IS NOT NULL OR now() >= a.created_at + (a.resolve_due_at - a.created_at) * ${DEFAULT_WARNING_SHARE}))::int`.as(
        'due_soon',
      ),
    ])
    .where('a.unit_id', '=', actor.unitId)
    .where('a.status', 'in', ['pending', 'accepted'])
    .where('c.status', '!=', 'suspended')
    .where(caseVisible(caseScope(actor)))
    .executeTakeFirstOrThrow();
  // 待核查 (grid workers only; 0 for everyone else): the same cases as the list's view=verify
  const verify = hasRole(actor, 'grid_worker')
    ? await db
        .selectFrom('case as c')
        .select(sql<number>`count(*)::int`.as('n'))
        .where(caseVisible(caseScope(actor)))
        .where(awaitingMyVerification(actor))
        .executeTakeFirstOrThrow()
    : { n: 0 };
  return {
    toAccept: row.to_accept,
    inProgress: row.in_progress,
    dueSoon: row.due_soon,
    overdue: row.overdue,
    toVerify: verify.n,
  };
}

export type AssignmentRow = Awaited<ReturnType<typeof repo.assignmentsOf>>[number];
export type EventRow = Awaited<ReturnType<typeof repo.eventsOf>>[number];

/** Everything a case's detail is made of, as read from the database (or as just written, for a create). */
export interface DetailParts {
  c: Case;
  summary: SummaryRow;
  assignments: AssignmentRow[];
  events: EventRow[];
  photos: { id: string; event_id: string | null }[];
  children: string[];
  /** callers attached after the first report (case_caller); none on a new case */
  callers?: Awaited<ReturnType<typeof repo.callersOf>>;
  relations: CaseActor[];
  /** the caller's unit (a co-unit's own part) */
  unitId?: string | null;
  /** whether the desk holding the case leaves this action to the caller (forwarding.service deskAllows); all if absent */
  deskAllows?: (action: CaseAction) => boolean;
}

export async function caseDetail(db: DbOrTx, pii: PiiCipher, actor: Actor, id: string) {
  const c = await repo.findCase(db, id);
  if (!c) throw notFound('case');
  const assignments = await repo.assignmentsOf(db, id);
  if (!canSee(actor, c, assignments)) throw notFound('case');
  const summary = await listBase(db).where('c.id', '=', id).executeTakeFirstOrThrow();
  const [events, photos, children, callers, relations, allows] = await Promise.all([
    repo.eventsOf(db, id),
    repo.photosOf(db, id),
    repo.childrenOf(db, id),
    repo.callersOf(db, id),
    relationsOf(db, actor, c, assignments),
    deskAllows(db, actor, c),
  ]);
  return presentDetail(pii, {
    c,
    summary,
    assignments,
    events,
    photos,
    children: children.map((x) => x.id),
    callers,
    relations,
    unitId: actor.unitId,
    deskAllows: allows,
  });
}

/** The detail presenter: an allow-list of what leaves the server, personal data masked. */
export function presentDetail(pii: PiiCipher, p: DetailParts) {
  const { c, assignments, events, photos } = p;
  return {
    ...presentSummary(p.summary),
    description: c.description,
    reporter: reporterOf(pii, c),
    // Repeat callers attached to this case, masked like the reporter.
    callers: (p.callers ?? []).map((x) => ({
      id: x.id,
      at: x.created_at,
      channel: x.channel,
      name: x.name_enc ? maskName(pii.decrypt(x.name_enc)) : null,
      phone: x.phone_enc ? maskPhone(pii.decrypt(x.phone_enc)) : null,
      anonymous: !x.name_enc && !x.phone_enc,
      description: x.description,
      informed: x.informed_at !== null,
    })),
    answer: c.answer,
    routeSource: c.route_source,
    suggestions: (c.suggestions ?? []) as RouteSuggestion[],
    assignments: assignments.map((a) => ({
      id: a.id,
      unit: { id: a.unit_id, name: a.unit_name, kind: a.unit_kind },
      role: a.role,
      status: a.status,
      createdAt: a.created_at,
      acceptedAt: a.accepted_at,
      acceptDueAt: a.accept_due_at,
      respondDueAt: a.respond_due_at,
      resolveDueAt: a.resolve_due_at,
      warnedAt: a.warned_at,
      overdueAt: a.overdue_at,
      extensionUntil: a.extension_until,
      extensionReason: a.extension_reason,
      returnReason: a.return_reason,
      releaseReason: a.release_reason,
      result: a.result,
    })),
    timeline: events.map((e) => ({
      id: e.id,
      at: e.at,
      action: e.action,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      actorName: bySystem(e) ? null : e.actor_name,
      bySystem: bySystem(e),
      unitName: e.unit_name,
      note: e.note,
      ...systemNoteOf(e.data),
      toResident: e.note_visibility === 'public',
      photoIds: photos.filter((x) => x.event_id === e.id).map((x) => x.id),
    })),
    photoIds: photos.map((x) => x.id),
    children: p.children,
    returnCount: c.return_count,
    reopenCount: c.reopen_count,
    callback: c.callback_at
      ? {
          at: c.callback_at,
          resolved: c.callback_resolved,
          rating: c.callback_rating,
          comment: c.callback_comment,
        }
      : null,
    availableActions: applicableActions(c, assignments, p.relations, p.unitId ?? null).filter(
      (a) => p.deskAllows?.(a) ?? true,
    ),
  };
}

/**
 * What this caller may do now: the domain's state machine and guards (`offeredActions`), the same checks that
 * refuse a request — a page offers only what would succeed.
 */
export function applicableActions(
  c: Case,
  assignments: readonly AssignmentRow[],
  relations: readonly CaseActor[],
  unitId: string | null,
): CaseAction[] {
  return offeredActions(caseStateOf(c), assignments.map(assignmentStateOf), { relations, unitId });
}

function reporterOf(pii: PiiCipher, c: Case) {
  return {
    name: c.reporter_name_enc ? maskName(pii.decrypt(c.reporter_name_enc)) : null,
    phone: c.reporter_phone_enc ? maskPhone(pii.decrypt(c.reporter_phone_enc)) : null,
    anonymous: c.anonymous,
  };
}

/** Open cases within `radiusM` of a point (same category if given): the operator's duplicate check. */
export async function nearbyCases(
  db: DbOrTx,
  actor: Actor,
  f: { lon: number; lat: number; categoryCode?: string | undefined; radiusM: number },
) {
  const dLat = f.radiusM / 111_320;
  const dLon = f.radiusM / (111_320 * Math.cos((f.lat * Math.PI) / 180));
  let q = listBase(db)
    .where(caseVisible(caseScope(actor)))
    .where('c.status', 'in', ['registered', 'dispatched', 'in_progress', 'reported', 'returned', 'suspended'])
    .where('c.lon', '>=', f.lon - dLon)
    .where('c.lon', '<=', f.lon + dLon)
    .where('c.lat', '>=', f.lat - dLat)
    .where('c.lat', '<=', f.lat + dLat);
  if (f.categoryCode) q = q.where('c.category_code', '=', f.categoryCode);
  const rows = await q.orderBy('c.id', 'desc').limit(20).execute();
  return { items: rows.map(presentSummary) };
}

/** The reporter's full name and phone, for the roles that call residents back, with a stated reason; audited. */
export async function revealReporter(db: Db, pii: PiiCipher, actor: Actor, id: string, reason: string) {
  if (!hasRole(actor, 'operator', 'dispatcher', 'supervisor', 'admin')) throw new AppError('FORBIDDEN');
  return revealedPhone(db, actor, { entity: 'case', entityId: id, reason, field: 'reporter' }, async (tx) => {
    const c = await repo.findCase(tx, id);
    if (!c) throw notFound('case');
    const assignments = await repo.assignmentsOf(tx, id);
    if (!canSee(actor, c, assignments)) throw notFound('case');
    return {
      name: c.reporter_name_enc ? pii.decrypt(c.reporter_name_enc) : null,
      phone: c.reporter_phone_enc ? pii.decrypt(c.reporter_phone_enc) : null,
      anonymous: c.anonymous,
    };
  });
}
