import crypto from 'node:crypto';
import { gcj02ToWgs84, type Channel, type Urgency } from '@onegrid/domain';
import type { Tx } from '../../db/database.ts';
import { inScope, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { invalid } from '../../lib/errors.ts';
import { idempotent, type Outcome } from '../../lib/idempotency.ts';
import { findCategory } from '../categories/categories.repository.ts';
import { routeByDuty } from '../duties/routing.ts';
import type { Location } from '../geo/geo.service.ts';
import { notify } from '../notifications/notifications.repository.ts';
import { attachUploads } from '../uploads/uploads.service.ts';
import { hashToken } from '../auth/auth.service.ts';
import type { CaseInput } from './case-io.ts';
import { dispatchTx, type DispatchPlan } from './dispatch.ts';
import * as repo from './cases.repository.ts';

/** Who is creating the case: a signed-in user, an Open311 client (API key) or an anonymous resident. */
export interface CaseSource {
  actor: Actor | null;
  channel: Channel;
  apiKeyId?: string | null;
  ip: string;
  requestId: string;
}

export interface Suggestion {
  unit: { id: string; name: string; kind: string };
  role: 'lead' | 'assist';
  reason: string;
  score: number;
}

/** Classifier confidence from which a suggested category is trusted without a dispatcher. */
export const AUTO_CATEGORY_CONFIDENCE = 0.6;

interface Plan {
  location: Location;
  categoryCode: string | null;
  categorySource: 'given' | 'classifier';
  confidence: number | null;
  urgency: Urgency;
  dispatch: DispatchPlan | null;
  routeSource: string | null;
  suggestions: Suggestion[];
  regionPath: string;
  districtCode: string | null;
}

async function locate(ctx: AppContext, input: CaseInput): Promise<Location> {
  const empty: Location = { grid: null, community: null, street: null, district: null, path: null };
  if (input.lon === undefined || input.lat === undefined) return empty;
  const [lon, lat] =
    input.coordSystem === 'gcj02' ? gcj02ToWgs84(input.lon, input.lat) : [input.lon, input.lat];
  const loc = await ctx.geo.locate(lon, lat);
  if (!loc.grid) throw invalid([{ path: 'lon', message: 'the point is outside the service area' }]);
  return loc;
}

/** Validate, classify and route, before any write (DESIGN.md §4 Routing). */
async function plan(ctx: AppContext, input: CaseInput, source: CaseSource): Promise<Plan> {
  const db = ctx.db;
  const location = await locate(ctx, input);
  if (source.actor && location.path && !inScope(source.actor, location.path)) {
    throw invalid([{ path: 'lon', message: 'the point is outside your jurisdiction' }]);
  }
  let categoryCode: string | null = null;
  let categorySource: Plan['categorySource'] = 'given';
  let confidence: number | null = null;
  let ranked: { code: string; confidence: number }[];
  if (input.categoryCode) {
    const c = await findCategory(db, input.categoryCode);
    if (!c || !c.is_leaf || !c.active) throw invalid([{ path: 'categoryCode', message: 'unknown category' }]);
    categoryCode = c.code;
    ranked = [{ code: c.code, confidence: 1 }];
  } else {
    ranked = await ctx.classifier.suggest(`${input.title ?? ''} ${input.description}`, 3);
    const top = ranked[0];
    if (top && top.confidence >= AUTO_CATEGORY_CONFIDENCE) {
      categoryCode = top.code;
      categorySource = 'classifier';
      confidence = top.confidence;
    }
  }
  const category = categoryCode ? await findCategory(db, categoryCode) : undefined;
  const urgency: Urgency = input.urgency ?? category?.default_urgency ?? 'ordinary';
  const loc = {
    gridCode: location.grid?.code ?? null,
    communityCode: location.community?.code ?? null,
    streetCode: location.street?.code ?? null,
    districtCode: location.district?.code ?? null,
  };
  const dispatchUnit = await repo.dispatchUnitFor(db, loc.districtCode);
  const regionPath = location.path ?? dispatchUnit?.jurisdiction_path ?? source.actor?.scopePath;
  if (!regionPath) throw invalid([{ path: 'lon', message: 'no region receives this case' }]);

  // Ranked suggestions for the dispatcher: the routing of the chosen category and of the classifier's alternatives.
  const suggestions: Suggestion[] = [];
  let dispatch: DispatchPlan | null = null;
  let routeSource: string | null = null;
  const seen = new Set<string>();
  for (const [i, r] of ranked.entries()) {
    const cat = i === 0 && category ? category : await findCategory(db, r.code);
    if (!cat) continue;
    let lead: string | null;
    let assists: string[] = [];
    let via: string;
    let reason: string;
    if (source.channel === 'grid_patrol' && cat.grid_solvable && loc.communityCode) {
      const community = await db
        .selectFrom('unit')
        .select('id')
        .where('kind', '=', 'community')
        .where('jurisdiction_code', '=', loc.communityCode)
        .executeTakeFirst();
      lead = community?.id ?? null;
      via = 'grid';
      reason = `小事不出格：${cat.name_zh} 可由网格就地解决`;
    } else {
      const res = await routeByDuty(db, cat.code, loc);
      lead = res.lead?.unitId ?? null;
      assists = [...res.coordinators, ...res.assists].map((p) => p.unitId);
      via = res.source;
      reason =
        res.source === 'duty'
          ? `职责清单：${cat.name_zh}`
          : res.source === 'local_fallback'
            ? `属地兜底：${cat.name_zh} 无清单条目，由属地街乡镇负责`
            : `区级兜底：${cat.name_zh} 无法确定属地`;
    }
    if (i === 0 && categoryCode && lead && via !== 'district_fallback') {
      dispatch = { leadUnitId: lead, assistUnitIds: assists, via };
      routeSource = via;
    }
    const units = await repo.unitsByIds(
      db,
      [lead, ...assists].filter((x): x is string => Boolean(x)),
    );
    for (const u of units) {
      const key = `${u.id}:${u.id === lead ? 'lead' : 'assist'}`;
      if (seen.has(key)) continue;
      seen.add(key);
      suggestions.push({
        unit: { id: u.id, name: u.name, kind: u.kind },
        role: u.id === lead ? 'lead' : 'assist',
        reason,
        score: Math.round(r.confidence * (u.id === lead ? 1 : 0.5) * 100) / 100,
      });
    }
  }
  suggestions.sort((a, b) => b.score - a.score);
  return {
    location,
    categoryCode,
    categorySource,
    confidence,
    urgency,
    dispatch,
    routeSource,
    suggestions,
    regionPath,
    districtCode: loc.districtCode ?? dispatchUnit?.jurisdiction_path.split('/').filter(Boolean)[2] ?? null,
  };
}

function idempotencyScope(source: CaseSource): string {
  if (source.actor) return `case:user:${source.actor.userId}`;
  if (source.apiKeyId) return `case:key:${source.apiKeyId}`;
  return 'case:public';
}

export interface Created {
  id: string;
  token: string | null;
}

/**
 * Intake of a full case: validate, classify, route, persist, schedule deadlines — one transaction, so an
 * acknowledged case is never lost and a repeated Idempotency-Key returns the first answer.
 */
export async function createCase(
  ctx: AppContext,
  input: CaseInput,
  source: CaseSource,
  idempotencyKey?: string,
): Promise<Outcome<Created>> {
  const p = await plan(ctx, input, source);
  return idempotent(ctx.db, idempotencyScope(source), idempotencyKey, async (tx: Tx) => {
    const now = new Date();
    const id = await repo.nextCaseId(tx, now);
    const token = crypto.randomBytes(18).toString('base64url');
    const title = input.title || input.description.slice(0, 30);
    const byName = source.actor?.name ?? (source.apiKeyId ? 'Open311' : '居民');
    await repo.insertCase(tx, {
      id,
      created_at: now,
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
      reporter_phone_enc:
        input.reporterPhone && !input.anonymous ? ctx.pii.encrypt(input.reporterPhone) : null,
      reporter_phone_hash:
        input.reporterPhone && !input.anonymous ? ctx.pii.blindIndex(input.reporterPhone) : null,
      anonymous: input.anonymous,
      created_by: source.actor?.userId ?? null,
      tracking_hash: hashToken(token),
      suggestions: JSON.stringify(p.suggestions),
    });
    const eventId = await repo.insertEvent(tx, {
      caseId: id,
      action: 'create',
      fromStatus: null,
      toStatus: 'registered',
      actorId: source.actor?.userId ?? null,
      actorName: byName,
      unitId: source.actor?.unitId ?? null,
      data: { channel: source.channel, categorySource: p.categorySource, confidence: p.confidence },
    });
    if (input.photoIds.length) {
      await attachUploads(tx, input.photoIds, id, eventId, source.actor?.userId ?? null);
    }
    const by = { id: source.actor?.userId ?? null, name: byName, unitId: source.actor?.unitId ?? null };
    if (input.closeDirect) {
      await repo.updateCase(tx, id, { status: 'closed', answer: input.closeDirect.answer, closed_at: now });
      await repo.insertEvent(tx, {
        caseId: id,
        action: 'close_direct',
        fromStatus: 'registered',
        toStatus: 'closed',
        actorId: by.id,
        actorName: by.name,
        unitId: by.unitId,
        note: input.closeDirect.answer,
      });
    } else if (p.dispatch) {
      await dispatchTx(
        tx,
        ctx.timers,
        { id, status: 'registered', category_code: p.categoryCode, urgency: p.urgency, title },
        p.dispatch,
        { id: null, name: '自动派单', unitId: null },
        null,
      );
    } else {
      const centre = await repo.dispatchUnitFor(tx, p.districtCode);
      if (centre)
        await notify(tx, [
          { unitId: centre.id, caseId: id, kind: 'queued', title: `新诉求待派单：${title}` },
        ]);
    }
    await writeAudit(
      tx,
      source.actor ?? {
        userId: '',
        username: source.apiKeyId ? `api_key:${source.apiKeyId}` : 'public',
        scopePath: '',
        ip: source.ip,
        requestId: source.requestId,
      },
      {
        action: 'create',
        entity: 'case',
        entityId: id,
        after: {
          channel: source.channel,
          category: p.categoryCode,
          status: p.dispatch ? 'dispatched' : 'registered',
        },
      },
    );
    return { status: 201, body: { id, token } };
  });
}
