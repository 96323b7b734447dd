import {
  clientDescription,
  DUPLICATE_RULES,
  learnIdf,
  publicView,
  rankDuplicates,
  type DuplicateSignals,
  type Idf,
} from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { canSeeCase, caseScope } from '../../lib/scope.ts';
import { decide, recordShown, rejectedIn } from './decisions.ts';
import * as repo from './duplicates.repository.ts';

/** Who looks for duplicates at intake and decides on them: the hotline's operators and the dispatchers. */
const DECIDING_ROLES = ['operator', 'dispatcher'] as const;
/** Who reads the acceptance report: the deciders and those who oversee them, within their jurisdiction. */
const REPORT_ROLES = ['operator', 'dispatcher', 'supervisor', 'street_lead', 'admin'] as const;

const DAY_MS = 86_400_000;
/** The IDF is learned from the newest cases and relearned hourly (per database, so per test environment too). */
const IDF_DOCS = 5000;
const IDF_TTL_MS = 3_600_000;
const idfCache = new WeakMap<object, { idf: Idf; at: number }>();

async function idfOf(db: DbOrTx): Promise<Idf> {
  const hit = idfCache.get(db);
  if (hit && Date.now() - hit.at < IDF_TTL_MS) return hit.idf;
  const idf = learnIdf(await repo.corpus(db, IDF_DOCS));
  idfCache.set(db, { idf, at: Date.now() });
  return idf;
}

/** The text compared: the title, what was said, and the address (which carries the place when there is no point). */
const textOf = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' ');

export interface StaffProbe {
  text: string;
  title?: string | undefined;
  address?: string | undefined;
  lon?: number | undefined;
  lat?: number | undefined;
  phone?: string | undefined;
  categoryCode?: string | undefined;
  sessionKey?: string | undefined;
}

/**
 * Candidates by meaning for a call at intake: the open cases in the actor's sight (never another street's for a
 * street's operator) ranked by the domain's rule; each shown candidate is recorded for the session so the weekly
 * acceptance rate has its denominator. Candidates rejected earlier in the session are left out.
 */
export async function findDuplicates(ctx: AppContext, actor: Actor, p: StaffProbe, now = new Date()) {
  if (!hasRole(actor, ...DECIDING_ROLES)) throw new AppError('FORBIDDEN');
  const since = new Date(+now - DUPLICATE_RULES.windowDays * DAY_MS);
  const [rows, idf, group, rejected] = await Promise.all([
    repo.openCasesInSight(ctx.db, caseScope(actor), since),
    idfOf(ctx.db),
    repo.groupOf(ctx.db, p.categoryCode),
    p.sessionKey ? rejectedIn(ctx.db, p.sessionKey) : Promise.resolve(new Set<string>()),
  ]);
  const cases = rows
    .filter((r) => !rejected.has(r.id))
    .map((r) => ({
      id: r.id,
      text: textOf(r.title, r.description, r.address),
      lon: r.lon,
      lat: r.lat,
      createdAt: r.created_at,
      phoneHashes: [...(r.reporter_phone_hash ? [r.reporter_phone_hash] : []), ...r.caller_hashes],
      categoryGroup: r.category_group,
      row: r,
    }));
  const ranked = rankDuplicates(
    {
      text: textOf(p.title, p.text, p.address),
      lon: p.lon,
      lat: p.lat,
      at: now,
      phoneHash: p.phone ? ctx.pii.blindIndex(p.phone) : null,
      categoryGroup: group,
    },
    cases,
    idf,
  );
  if (p.sessionKey)
    await recordShown(
      ctx.db,
      actor.userId,
      p.sessionKey,
      p.text,
      ranked.map((c) => ({ candidateId: c.case.id, signals: { ...c.signals, reasons: c.reasons } })),
    );
  return {
    threshold: DUPLICATE_RULES.textThreshold,
    items: ranked.map(({ case: { row: r }, signals, reasons, score }) => ({
      case: {
        id: r.id,
        status: r.status,
        title: r.title,
        address: r.address,
        category: r.category_code
          ? { code: r.category_code, nameZh: r.category_name_zh ?? '', nameEn: r.category_name_en ?? '' }
          : null,
        street: r.street_code ? { code: r.street_code, name: r.street_name ?? '' } : null,
        createdAt: r.created_at,
      },
      ...presentSignals(signals),
      reasons,
      score,
    })),
  };
}

const presentSignals = (s: DuplicateSignals) => ({
  distanceM: s.distanceM,
  days: s.days,
  similarity: s.similarity,
  sameCaller: s.sameCaller,
  sameGroup: s.sameGroup,
});

/** "Not a duplicate" (or a confirmation without attaching): stored for the report. */
export async function decideDuplicate(
  ctx: AppContext,
  actor: Actor,
  d: { sessionKey: string; candidateId: string; decision: 'confirmed' | 'rejected'; text: string },
) {
  if (!hasRole(actor, ...DECIDING_ROLES)) throw new AppError('FORBIDDEN');
  const c = await repo.caseSight(ctx.db, d.candidateId);
  if (!c || !canSeeCase(actor, c, c.assignments)) throw notFound('case');
  return decide(ctx.db, actor.userId, {
    sessionKey: d.sessionKey,
    candidateId: c.id,
    decision: d.decision,
    callText: d.text,
  });
}

/**
 * Acceptance per week (Monday, Shanghai time) of the candidates shown on cases in the actor's sight:
 * confirmed / shown, with the rejections.
 */
export async function duplicateReport(ctx: AppContext, actor: Actor, weeks: number, now = new Date()) {
  if (!hasRole(actor, ...REPORT_ROLES)) throw new AppError('FORBIDDEN');
  const since = new Date(+now - weeks * 7 * DAY_MS);
  const rows = await repo.weeklyDecisions(ctx.db, caseScope(actor), since);
  const items = rows.map((r) => ({
    week: r.week,
    shown: Number(r.shown),
    confirmed: Number(r.confirmed),
    rejected: Number(r.rejected),
  }));
  const total = items.reduce(
    (t, r) => ({
      shown: t.shown + r.shown,
      confirmed: t.confirmed + r.confirmed,
      rejected: t.rejected + r.rejected,
    }),
    { shown: 0, confirmed: 0, rejected: 0 },
  );
  const rate = (x: { shown: number; confirmed: number }) =>
    x.shown === 0 ? null : Math.round((x.confirmed / x.shown) * 1000) / 1000;
  return {
    weeks: items.map((r) => ({ ...r, acceptance: rate(r) })),
    total: { ...total, acceptance: rate(total) },
  };
}

/**
 * "已有人反映": for the resident's report form, the published open cases like the one being written — exactly
 * what the public feed publishes (publicView: never a 举报, never a private or hidden case, text de-identified,
 * place coarsened) and compared on that published text only, so nothing unpublished can steer the answer.
 */
export async function findPublicDuplicates(
  ctx: AppContext,
  p: { text: string; lon?: number | undefined; lat?: number | undefined; categoryCode?: string | undefined },
  now = new Date(),
) {
  const since = new Date(+now - DUPLICATE_RULES.windowDays * DAY_MS);
  const [rows, idf, group] = await Promise.all([
    repo.publishedOpenCases(ctx.db, since),
    idfOf(ctx.db),
    repo.groupOf(ctx.db, p.categoryCode),
  ]);
  const cases = [];
  for (const r of rows) {
    const v = publicView(
      {
        publicId: r.public_id,
        status: r.status,
        requestType: r.request_type,
        description: clientDescription(r.description),
        outcome: null,
        address: r.address,
        lon: r.lon,
        lat: r.lat,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        closedAt: r.closed_at,
        keepPrivate: r.keep_private,
        hidden: r.hidden_at !== null,
        reporterName: r.reporter_name_enc ? ctx.pii.decrypt(r.reporter_name_enc) : null,
      },
      r.category_public === null
        ? null
        : { public: r.category_public, facility: r.category_facility === true },
    );
    if (!v) continue;
    cases.push({
      id: v.publicId,
      text: textOf(v.description, v.address),
      lon: v.lon,
      lat: v.lat,
      createdAt: v.createdAt,
      phoneHashes: [],
      categoryGroup: r.category_group,
      view: v,
      category: r.category_code
        ? { code: r.category_code, nameZh: r.category_name_zh ?? '', nameEn: r.category_name_en ?? '' }
        : null,
    });
  }
  const ranked = rankDuplicates(
    { text: p.text, lon: p.lon, lat: p.lat, at: now, categoryGroup: group },
    cases,
    idf,
    { ...DUPLICATE_RULES, limit: 5 },
  );
  return {
    items: ranked.map(({ case: c, signals }) => ({
      publicId: c.view.publicId,
      status: c.view.status,
      category: c.category,
      description:
        c.view.description.length > 140 ? `${c.view.description.slice(0, 140)}…` : c.view.description,
      address: c.view.address,
      createdAt: c.view.createdAt,
      similarity: signals.similarity,
      url: `/open311/v2/requests/${c.view.publicId}.json`,
    })),
  };
}
