import {
  caseDistrict,
  gcj02ToWgs84,
  isStaff,
  worksOnCases,
  noteVisibilityFor,
  RESIDENT_CHANNELS,
  intakeUrgency,
  routeIntake,
  trustedCategory,
  type Channel,
  type RankedCategory,
  type RoutingSuggestion,
  type Urgency,
} from '@onegrid/domain';
import type { Insertable } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { CaseTable } from '../../db/schema.ts';
import { inScope, type Actor } from '../../lib/actor.ts';
import { casesTakenIn } from '../../lib/metrics.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, invalid } from '../../lib/errors.ts';
import { checkReplay, requestHash, type Outcome } from '../../lib/idempotency.ts';
import { randomBytes } from '../../lib/random.ts';
import { hashToken } from '../auth/auth.service.ts';
import type { Deadlines } from '../deadlines/public.ts';
import type { Location } from '../geo/geo.service.ts';
import type { ReferenceSnapshot } from '../reference/reference.service.ts';
import type { CaseInput } from './case-io.ts';
import type { Case } from './case-types.ts';
import { presentDetail, type AssignmentRow } from './cases.query.ts';
import { CaseDetail } from './cases.responses.ts';
import * as repo from './cases.repository.ts';
import type { NewCaseEvent } from './cases.repository.ts';
import { dispatchRows, type DispatchPlan } from './dispatch.ts';
import { IntakeWriter, type CaseRows } from './intake.writer.ts';
import { relationsOf } from './relations.ts';
import { caseSearchWords } from './search-words.ts';

/** Who is creating the case: a signed-in user, an Open311 client (API key) or an anonymous resident. */
export interface CaseSource {
  actor: Actor | null;
  channel: Channel;
  apiKeyId?: string | null;
  ip: string;
  requestId: string;
}

export type Suggestion = RoutingSuggestion;

interface Plan {
  location: Location;
  categoryCode: string | null;
  categorySource: 'given' | 'classifier';
  confidence: number | null;
  urgency: Urgency;
  dispatch: DispatchPlan | null;
  deadlines: Deadlines | null;
  warningShare: number;
  routeSource: string | null;
  suggestions: Suggestion[];
  regionPath: string;
  dispatchUnitId: string | null;
  /** the district the case is stored under (domain caseDistrict): a city-level case's is the city's code */
  districtCode: string;
  ref: ReferenceSnapshot;
}

async function locate(ctx: AppContext, input: CaseInput): Promise<Location> {
  const empty: Location = { grid: null, community: null, street: null, district: null, path: null };
  if (input.lon === undefined || input.lat === undefined) return empty;
  const [lon, lat] =
    input.coordSystem === 'gcj02' ? gcj02ToWgs84(input.lon, input.lat) : [input.lon, input.lat];
  const loc = await ctx.geo.locate(lon, lat);
  if (!loc.grid) throw invalid([{ path: 'lon', key: 'outside_service_area' }]);
  return loc;
}

/** Validate, classify and route, before any write (DESIGN.md §4 Routing); reference data from memory. */
async function plan(ctx: AppContext, input: CaseInput, source: CaseSource, now: Date): Promise<Plan> {
  // A resident's account reports as a resident: the staff channels (hotline, department …) are not its to use.
  if (
    source.actor &&
    !isStaff(source.actor) &&
    !(RESIDENT_CHANNELS as readonly string[]).includes(source.channel)
  )
    throw invalid([
      { path: 'channel', key: 'resident_channel', params: { channels: RESIDENT_CHANNELS.join(',') } },
    ]);
  // The security and audit administrators handle no case, nor report one (三权分立).
  if (source.actor && isStaff(source.actor) && !worksOnCases(source.actor)) throw new AppError('FORBIDDEN');
  const [location, ref] = await Promise.all([locate(ctx, input), ctx.reference.current()]);
  if (source.actor && location.path && !inScope(source.actor, location.path)) {
    throw invalid([{ path: 'lon', key: 'outside_jurisdiction' }]);
  }
  let categoryCode: string | null = null;
  let categorySource: Plan['categorySource'] = 'given';
  let confidence: number | null = null;
  let ranked: RankedCategory[];
  if (input.categoryCode) {
    const c = ref.leafCategory(input.categoryCode);
    if (!c) throw invalid([{ path: 'categoryCode', key: 'unknown_category' }]);
    categoryCode = c.code;
    ranked = [{ code: c.code, confidence: 1 }];
  } else {
    ranked = await ctx.classifier.suggest(`${input.title ?? ''} ${input.description}`, 3);
    const trusted = trustedCategory(
      ranked,
      (code) => ref.leafCategory(code) !== undefined,
      await ctx.classifier.threshold(),
    );
    if (trusted) {
      categoryCode = trusted.code;
      categorySource = 'classifier';
      confidence = trusted.confidence;
    }
  }
  const category = categoryCode ? ref.leafCategory(categoryCode) : undefined;
  const urgency = intakeUrgency(input.urgency, category?.default_urgency);
  const loc = {
    gridCode: location.grid?.code ?? null,
    communityCode: location.community?.code ?? null,
    streetCode: location.street?.code ?? null,
    districtCode: location.district?.code ?? null,
  };
  const dispatchUnit = ref.dispatchUnitFor(loc.districtCode);
  const regionPath = location.path ?? dispatchUnit?.jurisdiction_path ?? source.actor?.scopePath;
  if (!regionPath) throw invalid([{ path: 'lon', key: 'no_region_receives' }]);

  // The routing of the chosen category (dispatched at once when unambiguous) and of the classifier's alternatives.
  const routing = routeIntake({
    channel: source.channel,
    categoryCode,
    ranked,
    communityCode: loc.communityCode,
    category: (code) => {
      const c = ref.categories.get(code);
      return c && { code: c.code, nameZh: c.name_zh, gridSolvable: c.grid_solvable };
    },
    communityUnit: (code) => ref.communityUnit(code),
    route: (code) => ref.route(code, loc),
    unit: (id) => {
      const u = ref.units.get(id);
      return u && { id: u.id, name: u.name, kind: u.kind };
    },
  });
  const dispatch = routing.dispatch;
  const deadlines =
    dispatch && !input.closeDirect
      ? await ctx.deadlines.deadlinesFor(
          now,
          categoryCode ? [categoryCode, ...ref.ancestors(categoryCode)] : [],
          urgency,
        )
      : null;
  return {
    location,
    categoryCode,
    categorySource,
    confidence,
    urgency,
    dispatch,
    deadlines,
    warningShare: await ctx.deadlines.warningShare(),
    routeSource: dispatch?.via ?? null,
    suggestions: routing.suggestions,
    regionPath,
    dispatchUnitId: dispatchUnit?.id ?? null,
    districtCode: caseDistrict({
      district_code:
        loc.districtCode ?? dispatchUnit?.jurisdiction_path.split('/').filter(Boolean)[1] ?? null,
      region_path: regionPath,
    }),
    ref,
  };
}

/**
 * Whose keys these are: a signed-in user's, an API key's, or — for a resident without an account — those of
 * whoever sends this very request (the key plus the request's hash), so a key that someone else used never
 * answers with their case and tracking token.
 */
function idempotencyScope(source: CaseSource, fingerprint: string): string {
  if (source.actor) return `case:user:${source.actor.userId}`;
  if (source.apiKeyId) return `case:key:${source.apiKeyId}`;
  return `case:public:${fingerprint}`;
}

export interface Created {
  id: string;
  token: string | null;
}

export interface CreateOutcome extends Outcome<Created> {
  /** For a signed-in creator and a case this request wrote: its detail, made from the rows just written. */
  detail?: ReturnType<typeof presentDetail>;
  /** For a signed-in creator's repeat: the first answer's detail as it was sent (JSON), to be sent again as is. */
  replayedDetail?: unknown;
}

const writers = new WeakMap<AppContext, IntakeWriter>();
function writerOf(ctx: AppContext): IntakeWriter {
  let w = writers.get(ctx);
  if (!w) writers.set(ctx, (w = new IntakeWriter(ctx.db, ctx.timers)));
  return w;
}

/**
 * Intake of a full case: validate, classify, route, persist, schedule deadlines. The rows of one case are written
 * in one transaction (shared with the creates arriving at the same moment, see IntakeWriter), so an acknowledged
 * case is never lost and a repeated Idempotency-Key returns the first answer.
 */
export async function createCase(
  ctx: AppContext,
  input: CaseInput,
  source: CaseSource,
  idempotencyKey?: string,
): Promise<CreateOutcome> {
  const now = new Date();
  const p = await plan(ctx, input, source, now);
  const token = randomBytes(18).toString('base64url');
  const response = (id: string): Created => ({ id, token });
  const fingerprint = requestHash({ channel: source.channel, input });
  const actor = source.actor;
  let detail: CreateOutcome['detail'];
  const r = await writerOf(ctx).write({
    scope: idempotencyScope(source, fingerprint),
    key: idempotencyKey,
    requestHash: fingerprint,
    createdAt: now,
    build: (id) => caseRows(ctx, input, source, p, id, token, now),
    response,
    // A signed-in creator's repeat answers the detail the first request answered, never a fresh read of the case
    // as the sender: a grid worker reporting outside their community cannot read the case back (404 on a replay).
    ...(actor && {
      answer: async (tx: DbOrTx, id: string, rows: CaseRows, eventIds: string[]) => {
        detail = await createdDetail(ctx, tx, actor, p, rows, eventIds);
        return { ...response(id), detail: CaseDetail.encode(detail) };
      },
    }),
  });
  if (r.replayed) {
    checkReplay(r.requestHash, fingerprint);
    const { detail: stored, ...body } = r.body as Created & { detail?: unknown };
    return {
      status: r.status,
      body,
      replayed: true,
      ...(stored !== undefined && { replayedDetail: stored }),
    };
  }
  casesTakenIn.inc({ channel: source.channel });
  const out: CreateOutcome = { status: 201, body: response(r.id), replayed: false };
  if (actor) out.detail = detail ?? (await createdDetail(ctx, ctx.db, actor, p, r.rows, r.eventIds));
  return out;
}

/** Every row of a new case, with its final status: dispatched at once, closed on the spot, or queued. */
function caseRows(
  ctx: AppContext,
  input: CaseInput,
  source: CaseSource,
  p: Plan,
  id: string,
  token: string,
  now: Date,
): CaseRows {
  const title = input.title || input.description.slice(0, 30);
  const byName = source.actor?.name ?? (source.apiKeyId ? 'Open311' : '居民');
  const by = { id: source.actor?.userId ?? null, name: byName, unitId: source.actor?.unitId ?? null };
  const row: CaseRows['case'] = {
    id,
    created_at: now,
    updated_at: now,
    status: 'registered',
    request_type: input.requestType,
    channel: source.channel,
    category_code: p.categoryCode,
    category_source: p.categorySource,
    category_confidence: p.confidence,
    urgency: p.urgency,
    title,
    description: input.description,
    address: input.address ?? null,
    lon: input.lon ?? null,
    lat: input.lat ?? null,
    grid_code: p.location.grid?.code ?? null,
    community_code: p.location.community?.code ?? null,
    street_code: p.location.street?.code ?? null,
    district_code: p.districtCode,
    region_path: p.regionPath,
    reporter_name_enc: input.reporterName && !input.anonymous ? ctx.pii.encrypt(input.reporterName) : null,
    reporter_phone_enc: input.reporterPhone && !input.anonymous ? ctx.pii.encrypt(input.reporterPhone) : null,
    reporter_phone_hash:
      input.reporterPhone && !input.anonymous ? ctx.pii.blindIndex(input.reporterPhone) : null,
    anonymous: input.anonymous,
    public_id: randomBytes(16).toString('hex'),
    keep_private: input.keepPrivate,
    created_by: source.actor?.userId ?? null,
    tracking_hash: hashToken(token),
    suggestions: JSON.stringify(p.suggestions),
    search_words: caseSearchWords({ title, description: input.description, address: input.address }),
  };
  const events: NewCaseEvent[] = [
    {
      caseId: id,
      at: now,
      action: 'create',
      fromStatus: null,
      toStatus: 'registered',
      actorId: by.id,
      actorName: byName,
      unitId: by.unitId,
      data: { channel: source.channel, categorySource: p.categorySource, confidence: p.confidence },
    },
  ];
  const rows: CaseRows = {
    case: row,
    events,
    assignments: [],
    timers: [],
    notifications: [],
    audit: {
      actor: source.actor ?? {
        userId: '',
        username: source.apiKeyId ? `api_key:${source.apiKeyId}` : 'public',
        scopePath: '',
        ip: source.ip,
        requestId: source.requestId,
      },
      entry: { action: 'create', entity: 'case', entityId: id, after: {} },
    },
    photos: { ids: input.photoIds, uploaderId: source.actor?.userId ?? null },
  };
  if (input.closeDirect) {
    Object.assign(row, { status: 'closed', answer: input.closeDirect.answer, closed_at: now });
    events.push({
      caseId: id,
      at: now,
      action: 'close_direct',
      fromStatus: 'registered',
      toStatus: 'closed',
      actorId: by.id,
      actorName: by.name,
      unitId: by.unitId,
      note: input.closeDirect.answer,
      ...(input.closeDirect.knowledge ? { data: { knowledge: input.closeDirect.knowledge } } : {}),
    });
  } else if (p.dispatch && p.deadlines) {
    const d = dispatchRows(
      { id, status: 'registered', title, district_code: p.districtCode, region_path: p.regionPath },
      p.dispatch,
      p.deadlines,
      p.warningShare,
      { id: null, name: '自动派单', unitId: null },
      null,
      now,
    );
    Object.assign(row, d.casePatch);
    events.push({ ...d.event, at: now });
    rows.assignments = d.assignments;
    rows.timers = d.timers;
    rows.notifications = d.notifications;
  } else if (p.dispatchUnitId) {
    rows.notifications = [
      { unitId: p.dispatchUnitId, caseId: id, kind: 'queued', params: { caseTitle: title } },
    ];
  }
  rows.audit.entry.after = { channel: source.channel, category: p.categoryCode, status: row.status };
  return rows;
}

/** The detail of a case this request just wrote, from its rows and the reference data: no read-back. */
async function createdDetail(
  ctx: AppContext,
  db: DbOrTx,
  actor: Actor,
  p: Plan,
  rows: CaseRows,
  eventIds: string[],
) {
  const r = rows.case as Insertable<CaseTable> & Pick<Case, 'id' | 'created_at' | 'updated_at' | 'title'>;
  const c: Case = {
    id: r.id,
    created_at: r.created_at,
    updated_at: r.updated_at,
    status: r.status,
    previous_status: null,
    request_type: r.request_type,
    channel: r.channel,
    category_code: r.category_code ?? null,
    category_source: r.category_source ?? 'given',
    category_confidence: r.category_confidence ?? null,
    urgency: r.urgency,
    title: r.title,
    description: r.description,
    address: r.address ?? null,
    lon: r.lon ?? null,
    lat: r.lat ?? null,
    grid_code: r.grid_code ?? null,
    community_code: r.community_code ?? null,
    street_code: r.street_code ?? null,
    district_code: r.district_code ?? null,
    region_path: r.region_path,
    reporter_name_enc: r.reporter_name_enc ?? null,
    reporter_phone_enc: r.reporter_phone_enc ?? null,
    reporter_phone_hash: r.reporter_phone_hash ?? null,
    anonymous: r.anonymous ?? false,
    public_id: r.public_id as string,
    keep_private: r.keep_private ?? false,
    hidden_at: null,
    hidden_by: null,
    contact_erased_at: null,
    search_words: r.search_words ?? null,
    created_by: r.created_by ?? null,
    tracking_hash: r.tracking_hash ?? null,
    parent_id: null,
    lead_unit_id: r.lead_unit_id ?? null,
    route_source: r.route_source ?? null,
    suggestions: p.suggestions,
    return_count: 0,
    reopen_count: 0,
    answer: r.answer ?? null,
    resolve_due_at: (r.resolve_due_at as Date | undefined) ?? null,
    closed_at: (r.closed_at as Date | undefined) ?? null,
    callback_at: null,
    callback_resolved: null,
    callback_rating: null,
    callback_comment: null,
  };
  const unit = (id: string | null | undefined) => (id ? p.ref.units.get(id) : undefined);
  const category = c.category_code ? p.ref.categories.get(c.category_code) : undefined;
  const lead = unit(c.lead_unit_id);
  const assignments: AssignmentRow[] = rows.assignments
    .map((a) => ({
      id: a.id!,
      unit_id: a.unit_id,
      unit_name: unit(a.unit_id)!.name,
      unit_kind: unit(a.unit_id)!.kind,
      unit_parent_id: unit(a.unit_id)!.parent_id,
      role: a.role,
      status: a.status,
      created_at: a.created_at as Date,
      accepted_at: null,
      reported_at: null,
      accept_due_at: (a.accept_due_at as Date) ?? null,
      respond_due_at: (a.respond_due_at as Date) ?? null,
      resolve_due_at: (a.resolve_due_at as Date) ?? null,
      warned_at: null,
      overdue_at: null,
      timer_version: a.timer_version ?? 0,
      extension_until: null,
      extension_reason: null,
      return_reason: null,
      result: null,
      release_reason: null,
    }))
    .sort((x, y) => (x.role === y.role ? (x.id < y.id ? -1 : 1) : x.role === 'lead' ? -1 : 1));
  const photos = rows.photos.ids.length > 0 ? await repo.photosOf(db, c.id) : [];
  return presentDetail(ctx.pii, {
    c,
    summary: {
      id: c.id,
      status: c.status,
      request_type: c.request_type,
      channel: c.channel,
      category_code: c.category_code,
      category_name_zh: category?.name_zh ?? null,
      category_name_en: category?.name_en ?? null,
      urgency: c.urgency,
      title: c.title,
      address: c.address,
      lon: c.lon,
      lat: c.lat,
      grid_code: c.grid_code,
      grid_name: p.location.grid?.name ?? null,
      community_code: c.community_code,
      community_name: p.location.community?.name ?? null,
      street_code: c.street_code,
      street_name: p.location.street?.name ?? null,
      lead_unit_id: c.lead_unit_id,
      lead_unit_name: lead?.name ?? null,
      lead_unit_kind: lead?.kind ?? null,
      created_at: c.created_at,
      resolve_due_at: c.resolve_due_at,
      closed_at: c.closed_at,
      parent_id: c.parent_id,
    },
    assignments,
    events: rows.events.map((e, i) => ({
      id: eventIds[i]!,
      at: e.at!,
      action: e.action,
      from_status: e.fromStatus,
      to_status: e.toStatus,
      actor_id: e.actorId,
      actor_name: e.actorName,
      unit_name: unit(e.unitId)?.name ?? null,
      note: e.note ?? null,
      data: e.data ?? null,
      public: e.public ?? true,
      note_visibility: e.noteVisibility ?? noteVisibilityFor(e.action),
    })),
    photos,
    children: [],
    relations: await relationsOf(db, actor, c, assignments),
  });
}
