import crypto from 'node:crypto';
import {
  learnIdf,
  replyQualitySettingsOf,
  scoreReply,
  REPLY_LOW_ACTION_KEY,
  REPLY_MIN_SCORE_KEY,
  type Idf,
  type ReplyQualitySettings,
  type ReplyScore,
} from '@onegrid/domain';
import { sql } from 'kysely';
import type { Db, DbOrTx, Tx } from '../../db/database.ts';
import { saveSetting, settingValues } from '../../db/settings.ts';
import { hasRole, inScope, requireGlobalAdmin, requireRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { conflict, invalid, notFound } from '../../lib/errors.ts';
import { notify } from '../notifications/public.ts';

/** Both settings, each falling back to its default (60 points; held for the dispatcher) when unset or invalid. */
export async function replySettings(db: DbOrTx): Promise<ReplyQualitySettings> {
  const v = await settingValues(db, [REPLY_MIN_SCORE_KEY, REPLY_LOW_ACTION_KEY]);
  return replyQualitySettingsOf(v.get(REPLY_MIN_SCORE_KEY), v.get(REPLY_LOW_ACTION_KEY));
}

/** The bar holds for the whole district, so only district or city administrators change it. */
export async function updateReplySettings(
  db: Db,
  actor: Actor,
  next: ReplyQualitySettings,
): Promise<ReplyQualitySettings> {
  requireGlobalAdmin(actor);
  return db.transaction().execute(async (tx) => {
    const before = await replySettings(tx);
    await saveSetting(tx, REPLY_MIN_SCORE_KEY, next.minScore);
    await saveSetting(tx, REPLY_LOW_ACTION_KEY, next.onLow);
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'setting',
      entityId: 'reply_quality',
      before,
      after: next,
    });
    return next;
  });
}

// The IDF the relevance part weighs words with: learned from the latest cases and replies, kept an hour.
const IDF_TTL_MS = 3_600_000;
const idfs = new WeakMap<object, { at: number; idf: Idf }>();
async function idfOf(db: DbOrTx, key: object): Promise<Idf | undefined> {
  const hit = idfs.get(key);
  if (hit && Date.now() - hit.at < IDF_TTL_MS) return hit.idf;
  const rows = await db
    .selectFrom('case')
    .select(['title', 'description'])
    .orderBy('created_at', 'desc')
    .limit(2000)
    .execute();
  const replies = await db
    .selectFrom('assignment')
    .select('result')
    .where('result', 'is not', null)
    .orderBy('reported_at', 'desc')
    .limit(2000)
    .execute();
  const corpus = [
    ...rows.map((r) => `${r.title ?? ''} ${r.description}`),
    ...replies.map((r) => r.result ?? ''),
  ];
  // Fewer than a few dozen documents teach nothing about which words are common: plain counts then.
  const idf = corpus.length >= 50 ? learnIdf(corpus) : undefined;
  if (idf) idfs.set(key, { at: Date.now(), idf });
  return idf;
}

/** What the cases module hands over when a lead unit reports its result. */
export interface ReportedReply {
  caseId: string;
  caseTitle: string | null;
  request: string;
  createdAt: Date;
  regionPath: string;
  districtCode: string | null;
  assignmentId: string;
  unitId: string;
  dueAt: Date | null;
  result: string;
  at: Date;
}

/**
 * The reply-quality gate, called by the cases module inside the report's transaction (before it persists). Scores
 * the reply and stores the score. At or above the bar (and without a hard flag) the reply passes. Below it:
 * - setting `return`: the report is refused — a 400 whose details are the reasons (message keys) — and the
 *   attempt is recorded as `returned` outside the refused transaction, so it still counts for the unit;
 * - setting `review`: the report stands (the case moves on to verification as ever) but the score is `held`: the
 *   resident's tracking page and Open311 do not show the reply until a dispatcher approves it or the unit reports
 *   again after a rework (核查不通过), and the dispatch centre is notified.
 * An earlier held score of the same assignment is superseded by the new report.
 */
export async function gateReportedReply(db: Db, tx: Tx, r: ReportedReply): Promise<ReplyScore> {
  const settings = await replySettings(tx);
  const s = scoreReply(
    {
      request: r.request,
      reply: r.result,
      createdAt: r.createdAt,
      repliedAt: r.at,
      dueAt: r.dueAt,
      idf: await idfOf(tx, db),
    },
    settings.minScore,
  );
  const row = {
    case_id: r.caseId,
    assignment_id: r.assignmentId,
    reply_hash: replyHash(r.result),
    unit_id: r.unitId,
    region_path: r.regionPath,
    total: s.total,
    parts: JSON.stringify(s.parts),
    flags: JSON.stringify(s.flags),
    min_score: settings.minScore,
  };
  if (s.flagged && settings.onLow === 'return') {
    // Outside the transaction about to roll back; reply_score has no key to the locked case row.
    await db
      .insertInto('reply_score')
      .values({ ...row, status: 'returned' })
      .execute();
    throw invalid(
      s.flags.map((f) => ({ path: 'result', key: f.key, ...(f.params ? { params: f.params } : {}) })),
    );
  }
  await tx
    .updateTable('reply_score')
    .set({ status: 'superseded' })
    .where('assignment_id', '=', r.assignmentId)
    .where('status', '=', 'held')
    .execute();
  await tx
    .insertInto('reply_score')
    .values({ ...row, status: s.flagged ? 'held' : 'passed' })
    .execute();
  if (s.flagged) {
    const centre = await dispatchCentre(tx, r.districtCode);
    if (centre)
      await notify(tx, [
        {
          unitId: centre,
          caseId: r.caseId,
          kind: 'reply_held',
          params: { caseTitle: r.caseTitle ?? '', score: s.total, min: settings.minScore },
        },
      ]);
  }
  return s;
}

async function dispatchCentre(db: DbOrTx, districtCode: string | null): Promise<string | null> {
  let q = db.selectFrom('unit').select('id').where('kind', '=', 'government').where('active', '=', true);
  if (districtCode) q = q.where('jurisdiction_code', '=', districtCode);
  return (await q.executeTakeFirst())?.id ?? null;
}

const replyHash = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Whether a report event's text may be shown to the resident: not when it is a reply that was held and never
 * approved (still held, or superseded by a later report while held). The resident's timeline asks this.
 */
export async function withheldReplyFilter(db: DbOrTx, caseId: string): Promise<(note: string) => boolean> {
  const rows = await db
    .selectFrom('reply_score')
    .select(['reply_hash', 'status'])
    .where('case_id', '=', caseId)
    .execute();
  const shown = new Set(
    rows.filter((r) => r.status === 'passed' || r.status === 'approved').map((r) => r.reply_hash),
  );
  const hidden = new Set(
    rows
      .filter((r) => (r.status === 'held' || r.status === 'superseded') && !shown.has(r.reply_hash))
      .map((r) => r.reply_hash),
  );
  return (note) => hidden.size > 0 && hidden.has(replyHash(note));
}

/** Of these assignments, the ones whose current reply is held: the resident must not see it yet. */
export async function withheldAssignments(
  db: DbOrTx,
  assignmentIds: readonly string[],
): Promise<Set<string>> {
  if (assignmentIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('reply_score')
    .select('assignment_id')
    .where('assignment_id', 'in', [...assignmentIds])
    .where('status', '=', 'held')
    .execute();
  return new Set(rows.map((r) => r.assignment_id));
}

/** The SQL condition "this assignment's reply is not held", for queries over `assignment` (alias given). */
export function notWithheld(alias: string) {
  return sql<boolean>`not exists (select 1 from reply_score rs where rs.assignment_id = ${sql.ref(`${alias}.id`)} and rs.status = 'held')`;
}

const STAFF_READ = [
  'dispatcher',
  'supervisor',
  'street_lead',
  'admin',
  'operator',
  'handler',
  'grid_worker',
] as const;
/** Handlers and grid workers see their own unit's scores; the others their jurisdiction's. */
function ownUnitOnly(actor: Actor): boolean {
  return !hasRole(actor, 'dispatcher', 'supervisor', 'street_lead', 'admin', 'operator');
}

function scoreOut(r: {
  id: string;
  case_id: string;
  unit_id: string;
  unit_name: string;
  total: number;
  parts: unknown;
  flags: unknown;
  min_score: number;
  status: string;
  scored_at: Date;
  reviewed_at: Date | null;
}) {
  return {
    id: String(r.id),
    caseId: String(r.case_id),
    unit: { id: r.unit_id, name: r.unit_name },
    total: r.total,
    parts: r.parts as ReplyScore['parts'],
    flags: r.flags as ReplyScore['flags'],
    minScore: r.min_score,
    status: r.status as 'passed' | 'held' | 'approved' | 'returned' | 'superseded',
    scoredAt: r.scored_at,
    reviewedAt: r.reviewed_at,
  };
}

function scoresQuery(db: DbOrTx, actor: Actor) {
  let q = db
    .selectFrom('reply_score as s')
    .innerJoin('unit as u', 'u.id', 's.unit_id')
    .select([
      's.id',
      's.case_id',
      's.unit_id',
      'u.name as unit_name',
      's.total',
      's.parts',
      's.flags',
      's.min_score',
      's.status',
      's.scored_at',
      's.reviewed_at',
    ]);
  if (ownUnitOnly(actor)) q = q.where('s.unit_id', '=', actor.unitId);
  else
    q = q.where((eb) =>
      eb.or([eb('s.region_path', 'like', `${actor.scopePath}%`), eb('s.unit_id', '=', actor.unitId)]),
    );
  return q;
}

/** Every score of one case's replies, newest first (the case page shows them). */
export async function caseReplyScores(db: DbOrTx, actor: Actor, caseId: string) {
  requireRole(actor, ...STAFF_READ);
  const rows = await scoresQuery(db, actor)
    .where('s.case_id', '=', caseId)
    .orderBy('s.scored_at', 'desc')
    .execute();
  return { items: rows.map(scoreOut) };
}

/** Replies held for the dispatcher's review, oldest first. */
export async function heldReplies(db: DbOrTx, actor: Actor) {
  requireRole(actor, ...STAFF_READ);
  const rows = await scoresQuery(db, actor)
    .innerJoin('case as c', 'c.id', 's.case_id')
    .innerJoin('assignment as a', 'a.id', 's.assignment_id')
    .select(['c.title as case_title', 'a.result'])
    .where('s.status', '=', 'held')
    .orderBy('s.scored_at')
    .limit(200)
    .execute();
  return {
    items: rows.map((r) => ({ ...scoreOut(r), caseTitle: r.case_title, reply: r.result ?? '' })),
  };
}

/** A dispatcher lets a held reply through: the resident sees it from now on. */
export async function approveReply(db: Db, actor: Actor, id: string) {
  requireRole(actor, 'dispatcher', 'admin');
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('reply_score')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row || !inScope(actor, row.region_path)) throw notFound('reply_score');
    if (row.status !== 'held') throw conflict('invalid_transition', { from: row.status, to: 'approved' });
    await tx
      .updateTable('reply_score')
      .set({ status: 'approved', reviewed_by: actor.userId, reviewed_at: new Date() })
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'reply_score',
      entityId: id,
      before: { status: 'held' },
      after: { status: 'approved' },
    });
    return { id };
  });
}

const DAY = 86_400_000;

/**
 * Per unit over [from, to) (default: the last 30 days), optionally per month: replies scored, mean total, how many
 * were flagged (below the bar or a hard flag) and their share, how many were returned or held. Every report counts,
 * a superseded one too (it was held, then reworked). Jurisdiction-scoped:
 * replies to cases in the caller's jurisdiction (a handler: their own unit's).
 */
export async function unitReplyStats(
  db: DbOrTx,
  actor: Actor,
  q: { from?: string | undefined; to?: string | undefined; period?: 'all' | 'month' | undefined },
) {
  requireRole(actor, ...STAFF_READ);
  const to = q.to ? new Date(q.to) : new Date();
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - 30 * DAY);
  if (from >= to) throw invalid([{ path: 'to', key: 'to_before_from' }]);
  const byMonth = q.period === 'month';
  const month = sql<string>`to_char(s.scored_at at time zone 'Asia/Shanghai', 'YYYY-MM')`;
  let qb = db
    .selectFrom('reply_score as s')
    .innerJoin('unit as u', 'u.id', 's.unit_id')
    .where('s.scored_at', '>=', from)
    .where('s.scored_at', '<', to)
    .select([
      's.unit_id',
      'u.name as unit_name',
      sql<number>`count(*)::int`.as('replies'),
      sql<number>`round(avg(s.total)::numeric, 1)::float8`.as('mean'),
      sql<number>`count(*) filter (where jsonb_array_length(s.flags) > 0)::int`.as('flagged'),
      sql<number>`count(*) filter (where s.status = 'returned')::int`.as('returned'),
      sql<number>`count(*) filter (where s.status = 'held')::int`.as('held'),
      (byMonth ? month : sql<string | null>`null`).as('period'),
    ])
    .groupBy(['s.unit_id', 'u.name']);
  if (byMonth) qb = qb.groupBy(month);
  if (ownUnitOnly(actor)) qb = qb.where('s.unit_id', '=', actor.unitId);
  else qb = qb.where('s.region_path', 'like', `${actor.scopePath}%`);
  const rows = await qb.orderBy('mean', 'asc').orderBy('u.name').execute();
  return {
    from,
    to,
    items: rows.map((r) => ({
      unit: { id: r.unit_id, name: r.unit_name },
      period: r.period,
      replies: r.replies,
      mean: r.mean,
      flagged: r.flagged,
      flaggedShare: r.replies ? Math.round((r.flagged / r.replies) * 1000) / 1000 : 0,
      returned: r.returned,
      held: r.held,
    })),
  };
}

export async function readReplySettings(db: DbOrTx, actor: Actor) {
  requireRole(actor, ...STAFF_READ);
  return replySettings(db);
}
