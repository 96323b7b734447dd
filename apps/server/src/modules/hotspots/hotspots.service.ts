import {
  caseNumberCeiling,
  caseNumberFloor,
  buildGazetteer,
  clusterCases,
  communityAliases,
  heatOf,
  hotClusters,
  likesWithOpinion,
  localMonthOf,
  placeOf,
  rankMonthly,
  shiftMonth,
  type ClusterCase,
  type ClusterProfile,
  type Gazetteer,
  type GazetteerEntry,
  type PlaceMatch,
} from '@onegrid/domain';
import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../db/database.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import type { AppContext } from '../../lib/context.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { caseScope, caseVisible, jurisdictionPathOf } from '../../lib/scope.ts';
import { AddressService } from '../addresses/public.ts';
import { caseDistrictOf } from '../cases/public.ts';
import type { HotClusterOut } from './hotspots.io.ts';

/**
 * Hot issues (热点) and 每月一题 (issue 12). The hotspots job loads the cases of the last 30 days, finds each one's
 * place or population and category group, clusters them with the domain's rule and replaces the stored run; the
 * routes read the run within the caller's jurisdiction.
 */

export const WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

/** Who reads hot issues and the monthly ranking: desks with a jurisdiction (a street its own, the district all). */
const READ_ROLES = ['supervisor', 'admin', 'dispatcher', 'operator', 'street_lead'] as const;

export function readPath(actor: Actor): string {
  const path = jurisdictionPathOf(actor);
  if (path === null || !hasRole(actor, ...READ_ROLES)) throw forbidden();
  return path;
}

/** District (or city) supervisors and administrators pick topics and run proactive tasks. */
export function isDistrictManager(actor: Actor): boolean {
  return (
    hasRole(actor, 'supervisor', 'admin') &&
    (actor.scopeLevel === 'district' || actor.scopeLevel === 'city') &&
    jurisdictionPathOf(actor) !== null
  );
}

export interface GroupInfo {
  code: string;
  nameZh: string;
  nameEn: string;
}

/** Each category's top-level group, and the groups by code. */
export async function categoryGroups(db: DbOrTx) {
  const rows = await db
    .selectFrom('category')
    .select(['code', 'parent_code', 'name_zh', 'name_en'])
    .execute();
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const groupOf = new Map<string, string>();
  for (const r of rows) {
    let top = r;
    for (let i = 0; i < 10 && top.parent_code && byCode.has(top.parent_code); i++)
      top = byCode.get(top.parent_code)!;
    groupOf.set(r.code, top.code);
  }
  const info = (code: string): GroupInfo => {
    const r = byCode.get(code);
    return r ? { code, nameZh: r.name_zh, nameEn: r.name_en } : { code, nameZh: code, nameEn: code };
  };
  return { groupOf, info };
}

/** Unclassified cases form a group of their own. */
export const UNCLASSIFIED = '-';

/** What the job needs of the app's context (the job runs outside requests). */
export type HotspotsCtx = Pick<AppContext, 'db' | 'addresses'>;

/** The gazetteer of the district: street and community names (regions), roads and compounds (address library). */
export async function gazetteerOf(
  ctx: HotspotsCtx,
): Promise<{ gz: Gazetteer; communities: Map<string, string> }> {
  const regions = await ctx.db
    .selectFrom('region')
    .select(['code', 'name', 'level'])
    .where('level', 'in', ['street', 'community'])
    .execute();
  const entries: GazetteerEntry[] = [];
  const communities = new Map<string, string>();
  for (const r of regions) {
    if (r.level === 'community') {
      communities.set(r.code, r.name);
      for (const name of communityAliases(r.name)) entries.push({ name, kind: 'community', key: r.code });
    } else entries.push({ name: r.name, kind: 'street', key: r.code });
  }
  ctx.addresses ??= new AddressService(ctx.db);
  const index = await ctx.addresses.index();
  for (const a of index.all())
    if (a.kind === 'road' || a.kind === 'compound') entries.push({ name: a.name, kind: a.kind, key: a.id });
  return { gz: buildGazetteer(entries), communities };
}

interface CaseRow {
  id: string;
  title: string;
  description: string;
  category_code: string | null;
  community_code: string | null;
  reporter_phone_hash: string | null;
  created_at: Date;
  likes: number;
  dislikes: number;
  /** 舆情 posts attached to the hot issue through this case (opinion_item.cluster_case_id) */
  posts: number;
}

/** Cases created in [from, to) inside `path` (all when null), with their likes: the source's and residents' 我也是. */
export async function loadCases(db: DbOrTx, from: Date, to: Date, path: string | null): Promise<CaseRow[]> {
  let q = db
    .selectFrom('case as c')
    .leftJoin('case_origin as o', 'o.case_id', 'c.id')
    .select([
      'c.id',
      'c.title',
      'c.description',
      'c.category_code',
      'c.community_code',
      'c.reporter_phone_hash',
      'c.created_at',
      sql<number>`COALESCE(o.likes, 0) + (SELECT count(*) FROM case_metoo m WHERE m.case_id = c.id)::int`.as(
        'likes',
      ),
      sql<number>`COALESCE(o.dislikes, 0)`.as('dislikes'),
      sql<number>`(SELECT count(*) FROM opinion_item p WHERE p.cluster_case_id = c.id)::int`.as('posts'),
    ])
    .where('c.created_at', '>=', from)
    .where('c.created_at', '<', to)
    // the partition key: the planner reads only the months of [from, to)
    .where('c.id', '>=', caseNumberFloor(from))
    .where('c.id', '<', caseNumberCeiling(to))
    .where('c.status', 'not in', ['void', 'merged']);
  if (path !== null) q = q.where('c.region_path', 'like', `${path}%`);
  return q.execute();
}

function placesFor(
  rows: readonly CaseRow[],
  gz: Gazetteer,
  communities: Map<string, string>,
): (PlaceMatch | null)[] {
  return rows.map((r) => {
    const name = r.community_code ? communities.get(r.community_code) : undefined;
    const located: PlaceMatch | null =
      r.community_code && name
        ? { kind: 'community', key: `community:${r.community_code}`, label: name }
        : null;
    return placeOf(r.title, r.description, gz, located);
  });
}

/** One run of the hotspots job: cluster the last 30 days' cases and replace the stored clusters. */
export async function computeHotspots(ctx: HotspotsCtx, now = new Date()) {
  const t0 = performance.now();
  const rows = await loadCases(ctx.db, new Date(now.getTime() - WINDOW_DAYS * DAY_MS), now, null);
  const { groupOf } = await categoryGroups(ctx.db);
  const { gz, communities } = await gazetteerOf(ctx);
  const places = placesFor(rows, gz, communities);
  const input: ClusterCase[] = rows.map((r, i) => ({
    id: r.id,
    group: (r.category_code && groupOf.get(r.category_code)) || UNCLASSIFIED,
    place: places[i]!,
    title: r.title,
    body: r.description,
    at: r.created_at.getTime(),
    reporter: r.reporter_phone_hash,
    // an attached 舆情 post is one like of its cluster, never a reporter (domain hotspots/opinion.ts)
    likes: likesWithOpinion(Number(r.likes), Number(r.posts)),
    dislikes: Number(r.dislikes),
  }));
  const clusters = clusterCases(input, { now: now.getTime() }).filter((c) => c.caseIds.length >= 2);
  await ctx.db.transaction().execute(async (tx) => {
    await tx.deleteFrom('hot_cluster').execute();
    for (let i = 0; i < clusters.length; i += 500) {
      const chunk = clusters.slice(i, i + 500);
      const ids = await tx
        .insertInto('hot_cluster')
        .values(
          chunk.map((c) => ({
            computed_at: now,
            category_group: c.group,
            place_kind: c.place?.kind ?? null,
            place_key: c.place?.key ?? null,
            place_label: c.place?.label ?? null,
            description: c.description,
            central_case_id: c.centralId,
            // a cluster is stored where its central case is; each link where its case is
            district_code: caseDistrictOf(c.centralId),
            reporters: c.reporters,
            cases: c.caseIds.length,
            likes: c.likes,
            dislikes: c.dislikes,
            heat: c.heat,
            hot: c.hot,
            first_at: new Date(c.first),
            last_at: new Date(c.last),
            per_day: JSON.stringify(c.perDay),
          })),
        )
        .returning('id')
        .execute();
      const links = chunk.flatMap((c, k) =>
        c.caseIds.map((caseId) => ({
          cluster_id: ids[k]!.id,
          case_id: caseId,
          district_code: caseDistrictOf(caseId),
        })),
      );
      for (let j = 0; j < links.length; j += 2000)
        await tx
          .insertInto('hot_cluster_case')
          .values(links.slice(j, j + 2000))
          .execute();
    }
  });
  return {
    cases: rows.length,
    clusters: clusters.length,
    hot: hotClusters(clusters).length,
    ms: Math.round(performance.now() - t0),
  };
}

type ClusterRow = {
  id: string;
  computed_at: Date;
  category_group: string;
  place_kind: string | null;
  place_key: string | null;
  place_label: string | null;
  description: string;
  reporters: number;
  cases: number;
  likes: number;
  dislikes: number;
  heat: number;
  hot: boolean;
  first_at: Date;
  last_at: Date;
  per_day: unknown;
};

function clusterOut(r: ClusterRow, info: (code: string) => GroupInfo): HotClusterOut {
  return {
    id: r.id,
    computedAt: r.computed_at.toISOString(),
    group:
      r.category_group === UNCLASSIFIED
        ? { code: UNCLASSIFIED, nameZh: '未分类', nameEn: 'Unclassified' }
        : info(r.category_group),
    place:
      r.place_kind && r.place_key && r.place_label
        ? { kind: r.place_kind, key: r.place_key, label: r.place_label }
        : null,
    description: r.description,
    reporters: r.reporters,
    cases: r.cases,
    likes: r.likes,
    dislikes: r.dislikes,
    heat: Math.round(r.heat * 1000) / 1000,
    hot: r.hot,
    firstAt: r.first_at.toISOString(),
    lastAt: r.last_at.toISOString(),
    perDay: (typeof r.per_day === 'string' ? JSON.parse(r.per_day) : r.per_day) as HotClusterOut['perDay'],
  };
}

const CLUSTER_COLUMNS = [
  'h.id',
  'h.computed_at',
  'h.category_group',
  'h.place_kind',
  'h.place_key',
  'h.place_label',
  'h.description',
  'h.reporters',
  'h.cases',
  'h.likes',
  'h.dislikes',
  'h.heat',
  'h.hot',
  'h.first_at',
  'h.last_at',
  'h.per_day',
] as const;

/** Clusters with at least one case the caller sees (a street: its own cases; the district: all), by heat. */
export async function listHotspots(db: Db, actor: Actor, q: { all?: 'true' | 'false'; limit: number }) {
  readPath(actor);
  const scope = caseScope(actor);
  let query = db
    .selectFrom('hot_cluster as h')
    .select(CLUSTER_COLUMNS)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('hot_cluster_case as hc')
          .innerJoin('case as c', 'c.id', 'hc.case_id')
          .select(sql`1`.as('one'))
          .whereRef('hc.cluster_id', '=', 'h.id')
          .where(caseVisible(scope, 'c')),
      ),
    )
    .orderBy('h.heat', 'desc')
    .orderBy('h.id')
    .limit(q.limit);
  if (q.all !== 'true') query = query.where('h.hot', '=', true);
  const [rows, { info }, last] = await Promise.all([
    query.execute(),
    categoryGroups(db),
    db
      .selectFrom('hot_cluster')
      .select(sql<Date>`max(computed_at)`.as('at'))
      .executeTakeFirst(),
  ]);
  return {
    computedAt: last?.at ? new Date(last.at).toISOString() : null,
    items: rows.map((r) => clusterOut(r, info)),
  };
}

/** One cluster with the cases of it the caller sees; 404 when the caller sees none. */
export async function hotspotDetail(db: Db, actor: Actor, id: string) {
  readPath(actor);
  const scope = caseScope(actor);
  const row = await db
    .selectFrom('hot_cluster as h')
    .select(CLUSTER_COLUMNS)
    .where('h.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('hot_cluster');
  const cases = await db
    .selectFrom('hot_cluster_case as hc')
    .innerJoin('case as c', 'c.id', 'hc.case_id')
    .leftJoin('case_origin as o', 'o.case_id', 'c.id')
    .select([
      'c.id',
      'c.title',
      'c.status',
      'c.created_at',
      'c.address',
      sql<number>`COALESCE(o.likes, 0) + (SELECT count(*) FROM case_metoo m WHERE m.case_id = c.id)::int`.as(
        'likes',
      ),
    ])
    .where('hc.cluster_id', '=', id)
    .where(caseVisible(scope, 'c'))
    .orderBy('c.created_at')
    .execute();
  if (cases.length === 0) throw notFound('hot_cluster');
  const { info } = await categoryGroups(db);
  const posts = await db
    .selectFrom('opinion_item as p')
    .select([
      'p.id',
      'p.source',
      'p.title',
      'p.url',
      'p.published_at',
      'p.heat',
      'p.sentiment',
      'p.cluster_by',
    ])
    .where(
      'p.cluster_case_id',
      'in',
      cases.map((c) => c.id),
    )
    .orderBy('p.published_at', 'desc')
    .limit(100)
    .execute();
  return {
    ...clusterOut(row, info),
    opinion: posts.map((p) => ({
      id: String(p.id),
      source: p.source,
      title: p.title,
      url: p.url,
      publishedAt: p.published_at.toISOString(),
      heat: p.heat,
      sentiment: p.sentiment,
      by: p.cluster_by ?? 'operator',
    })),
    caseList: cases.map((c) => ({
      id: String(c.id),
      title: c.title,
      status: c.status,
      createdAt: c.created_at.toISOString(),
      address: c.address,
      likes: Number(c.likes),
    })),
    hiddenCases: row.cases - cases.length,
  };
}

// 舆情 posts attached to hot issues (used by the opinion module)

/**
 * The current hot issues a post may join, with what the domain's matching rule needs: place and text (the
 * description and the cases' titles). Each cluster is named by its central case (opinion_item.cluster_case_id):
 * clusters are recomputed hourly under new ids, and whichever cluster holds that case is the post's.
 */
export async function clusterProfiles(
  db: DbOrTx,
  limit = 300,
): Promise<(ClusterProfile & { caseId: string })[]> {
  const rows = await db
    .selectFrom('hot_cluster as h')
    .innerJoin('hot_cluster_case as hc', 'hc.cluster_id', 'h.id')
    .innerJoin('case as c', 'c.id', 'hc.case_id')
    .select([
      'h.id',
      'h.central_case_id',
      'h.place_kind',
      'h.place_key',
      'h.place_label',
      'h.description',
      sql<string>`string_agg(c.title, ' ' ORDER BY c.created_at)`.as('titles'),
      sql<string>`min(c.id)::text`.as('any_case'),
    ])
    .where('h.hot', '=', true)
    .groupBy(['h.district_code', 'h.id'])
    .orderBy('h.heat', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    caseId: String(r.central_case_id ?? r.any_case),
    place:
      r.place_kind && r.place_key && r.place_label
        ? ({ kind: r.place_kind, key: r.place_key, label: r.place_label } as PlaceMatch)
        : null,
    text: `${r.description} ${r.titles}`.slice(0, 2000),
  }));
}

/** The place or population a text names (the hot issues' gazetteer), for matching a post to a cluster. */
export async function placeOfText(ctx: HotspotsCtx, title: string, body: string): Promise<PlaceMatch | null> {
  const { gz } = await gazetteerOf(ctx);
  return placeOf(title, body, gz, null);
}

/** A cluster the caller sees (404 otherwise), named by the case a post keeps: its central case. */
export async function clusterCaseFor(db: Db, actor: Actor, id: string): Promise<string> {
  const d = await hotspotDetail(db, actor, id);
  const row = await db
    .selectFrom('hot_cluster')
    .select('central_case_id')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return String(row.central_case_id ?? d.caseList[0]!.id);
}

/** A post joined the cluster holding `caseId`: one more like, heat recomputed now (the next run recounts all). */
export async function addPostToCluster(db: DbOrTx, caseId: string, now = new Date()): Promise<void> {
  const h = await db
    .selectFrom('hot_cluster as h')
    .innerJoin('hot_cluster_case as hc', 'hc.cluster_id', 'h.id')
    .select(['h.id', 'h.reporters', 'h.likes', 'h.dislikes', 'h.last_at'])
    .where('hc.case_id', '=', caseId)
    .executeTakeFirst();
  if (!h) return;
  const likes = likesWithOpinion(h.likes, 1);
  const heat = heatOf({
    reporters: h.reporters,
    likes,
    dislikes: h.dislikes,
    daysSinceLast: (now.getTime() - h.last_at.getTime()) / DAY_MS,
  });
  await db.updateTable('hot_cluster').set({ likes, heat }).where('id', '=', h.id).execute();
}

/** The cluster holding a case now, if any (an attached post's current hot issue). */
export async function clustersOfCases(db: DbOrTx, caseIds: readonly string[]) {
  if (caseIds.length === 0) return new Map<string, { id: string; description: string }>();
  const rows = await db
    .selectFrom('hot_cluster_case as hc')
    .innerJoin('hot_cluster as h', 'h.id', 'hc.cluster_id')
    .select(['hc.case_id', 'h.id', 'h.description'])
    .where('hc.case_id', 'in', caseIds)
    .execute();
  return new Map(rows.map((r) => [String(r.case_id), { id: String(r.id), description: r.description }]));
}

/** Beijing's current month, 'YYYY-MM'. */
export function currentMonth(now = new Date()): string {
  return localMonthOf(now.getTime());
}

export function monthStart(month: string): Date {
  return new Date(`${month}-01T00:00:00+08:00`);
}

/** 每月一题: the month's recurring problems in the caller's jurisdiction, ranked, with the 3 months before. */
export async function monthlyRanking(ctx: AppContext, actor: Actor, q: { month?: string; limit: number }) {
  const path = readPath(actor);
  const month = q.month ?? currentMonth();
  const previous = [1, 2, 3].map((i) => shiftMonth(month, -i));
  const rows = await loadCases(ctx.db, monthStart(previous[2]!), monthStart(shiftMonth(month, 1)), path);
  const { groupOf, info } = await categoryGroups(ctx.db);
  const { gz, communities } = await gazetteerOf(ctx);
  const places = placesFor(rows, gz, communities);
  const topics = rankMonthly(
    rows.map((r, i) => ({
      id: r.id,
      group: (r.category_code && groupOf.get(r.category_code)) || UNCLASSIFIED,
      place: places[i]!,
      at: r.created_at.getTime(),
      reporter: r.reporter_phone_hash,
    })),
    month,
    { limit: q.limit },
  ).filter((t) => t.group !== UNCLASSIFIED);
  const tasks = await ctx.db
    .selectFrom('proactive_task')
    .select(['id', 'category_group', 'place_key'])
    .where('status', '=', 'open')
    .execute();
  const taskOf = new Map(tasks.map((t) => [`${t.category_group}|${t.place_key}`, t.id]));
  return {
    month,
    previousMonths: previous,
    topics: topics.map((t) => ({ ...t, group: info(t.group), taskId: taskOf.get(t.key) ?? null })),
    canPick: isDistrictManager(actor),
  };
}

/** Case times matching a topic (group × place) inside `path` over [from, to): what a proactive task's effect counts. */
export async function topicCaseTimes(
  ctx: AppContext,
  topic: { group: string; placeKey: string; path: string },
  from: Date,
  to: Date,
): Promise<number[]> {
  const rows = await loadCases(ctx.db, from, to, topic.path);
  const { groupOf } = await categoryGroups(ctx.db);
  const { gz, communities } = await gazetteerOf(ctx);
  const inGroup = rows.filter(
    (r) => ((r.category_code && groupOf.get(r.category_code)) || UNCLASSIFIED) === topic.group,
  );
  const places = placesFor(inGroup, gz, communities);
  return inGroup.filter((_, i) => places[i]?.key === topic.placeKey).map((r) => r.created_at.getTime());
}

// Residents' 我也是 (me too)

async function publishedCaseId(db: DbOrTx, publicId: string): Promise<string> {
  // public id → number first (an unpartitioned lookup), so that the case is read from its month's partition only
  const number = await db
    .selectFrom('case_public_id')
    .select('case_id')
    .where('public_id', '=', publicId)
    .executeTakeFirst();
  const row = await db
    .selectFrom('case as c')
    .innerJoin('category as cat', 'cat.code', 'c.category_code')
    .select('c.id')
    .where('c.id', '=', number?.case_id ?? '0')
    .where('c.public_id', '=', publicId)
    .where('cat.public', '=', true)
    .where('c.request_type', '!=', 'report')
    .where('c.keep_private', '=', false)
    .where('c.hidden_at', 'is', null)
    .where('c.status', 'not in', ['void', 'merged'])
    .executeTakeFirst();
  if (!row) throw notFound('case');
  return String(row.id);
}

async function metooCount(db: DbOrTx, caseId: string): Promise<number> {
  const r = await db
    .selectFrom('case_metoo')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('case_id', '=', caseId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** A resident's "me too" on a published case: once per phone (its blind index; the phone itself is not kept). */
export async function addMetoo(ctx: AppContext, publicId: string, phone: string) {
  const caseId = await publishedCaseId(ctx.db, publicId);
  const voter = ctx.pii.blindIndex(phone.replace(/^\+?86/, '').replace(/-/g, ''));
  const inserted = await ctx.db
    .insertInto('case_metoo')
    .values({ case_id: caseId, district_code: caseDistrictOf(caseId), voter_hash: voter })
    .onConflict((oc) => oc.columns(['district_code', 'case_id', 'voter_hash']).doNothing())
    .returning('case_id')
    .executeTakeFirst();
  return { count: await metooCount(ctx.db, caseId), counted: inserted !== undefined };
}

export async function readMetoo(db: Db, publicId: string) {
  return { count: await metooCount(db, await publishedCaseId(db, publicId)) };
}
