import {
  districtOfPath,
  alertClock,
  guessSentiment,
  matchOpinionCluster,
  opinionAlert,
  opinionHeat,
  opinionSettingsOf,
  regionOfText,
  OPINION_ALERT_HEAT_KEY,
  OPINION_MAJOR_HEAT_KEY,
  RESPONSE_HOURS,
  type AlertClock,
  type OpinionSettings,
} from '@onegrid/domain';
import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../db/database.ts';
import { saveSetting, settingValues } from '../../db/settings.ts';
import { inScope, requireGlobalAdmin, requireRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { writerDistrictOf } from '../../lib/district.ts';
import type { AppContext } from '../../lib/context.ts';
import { conflict, invalid, notFound } from '../../lib/errors.ts';
import type { Lang } from '../../lib/i18n.ts';
import { assignmentsOf, canSee, findCase } from '../cases/public.ts';
import { createCase } from '../cases/intake.service.ts';
import { notify } from '../notifications/public.ts';
import {
  addPostToCluster,
  clusterCaseFor,
  clusterProfiles,
  clustersOfCases,
  placeOfText,
  type HotspotsCtx,
} from '../hotspots/hotspots.service.ts';
import { readTable, type Upload } from '../transfer/public.ts';
import { OpinionInput } from './opinion.io.ts';

/** Who may read the channel, and who imports, turns items into cases and answers alerts. */
const READERS = ['operator', 'dispatcher', 'supervisor', 'street_lead', 'admin'] as const;
const IMPORTERS = ['operator', 'dispatcher', 'admin'] as const;
const RESPONDERS = ['dispatcher', 'street_lead', 'admin'] as const;

export async function opinionSettings(db: DbOrTx): Promise<OpinionSettings> {
  const v = await settingValues(db, [OPINION_ALERT_HEAT_KEY, OPINION_MAJOR_HEAT_KEY]);
  return opinionSettingsOf(v.get(OPINION_ALERT_HEAT_KEY), v.get(OPINION_MAJOR_HEAT_KEY));
}

export async function readOpinionSettings(db: DbOrTx, actor: Actor) {
  requireRole(actor, ...READERS);
  return opinionSettings(db);
}

export async function updateOpinionSettings(db: Db, actor: Actor, next: OpinionSettings) {
  requireGlobalAdmin(actor);
  return db.transaction().execute(async (tx) => {
    const before = await opinionSettings(tx);
    await saveSetting(tx, OPINION_ALERT_HEAT_KEY, next.alertHeat);
    await saveSetting(tx, OPINION_MAJOR_HEAT_KEY, next.majorHeat);
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'setting',
      entityId: 'opinion',
      before,
      after: next,
    });
    return next;
  });
}

/** Who sends items: a signed-in user (upload, JSON) or a monitoring vendor's API key. */
export type Importer =
  | { actor: Actor; apiKeyId?: undefined }
  | { actor?: undefined; apiKeyId: string }
  /** the demo loader */
  | { actor?: undefined; apiKeyId?: undefined; system: true };

export interface IngestResult {
  created: number;
  updated: number;
  alerts: number;
  items: { id: string; created: boolean; alertId: string | null; clusterCaseId: string | null }[];
}

/**
 * Stores items, once per (source, ref — or url when there is no ref): the same item again updates its reach (and so
 * its heat) and nothing else. Sentiment is the source's, or guessed from a lexicon; the region is the given code's,
 * or the longest region name in the text. A negative item about the district at or above the alert heat raises
 * one alert to the district's dispatch centre, with the response clock of 国办发〔2016〕61号 from publication.
 */
export async function ingestItems(
  ctx: HotspotsCtx,
  by: Importer,
  items: readonly OpinionInput[],
): Promise<IngestResult> {
  if (by.actor) requireRole(by.actor, ...IMPORTERS);
  const db = ctx.db;
  // current hot issues a new post may join (domain matchOpinionCluster), and the places the posts name
  const profiles = await clusterProfiles(db);
  const places = profiles.length
    ? await Promise.all(items.map((it) => placeOfText(ctx, it.title, it.text)))
    : [];
  return db.transaction().execute(async (tx) => {
    const settings = await opinionSettings(tx);
    const regions = await tx
      .selectFrom('region')
      .select(['code as id', 'name', 'path', 'level'])
      .where('level', 'in', ['district', 'street', 'community'])
      .execute();
    const out: IngestResult = { created: 0, updated: 0, alerts: 0, items: [] };
    for (const [n, it] of items.entries()) {
      const text = `${it.title} ${it.text}`;
      const region = it.regionCode
        ? regions.find((r) => r.id === it.regionCode)
        : regionOfText(text, regions);
      const heat = opinionHeat(it);
      const sentiment = it.sentiment ?? guessSentiment(text);
      const row = await tx
        .insertInto('opinion_item')
        .values({
          source: it.source,
          source_ref: it.ref ?? it.url!,
          url: it.url ?? null,
          title: it.title,
          body: it.text,
          published_at: it.publishedAt,
          sentiment,
          reposts: it.reposts,
          comments: it.comments,
          likes: it.likes,
          heat,
          region_path: region?.path ?? null,
          // where it is located, or — not located — where its importer works (the city's for an API key)
          district_code: region
            ? districtOfPath(region.path)
            : await writerDistrictOf(tx, by.actor?.scopePath),
          api_key_id: 'apiKeyId' in by ? (by.apiKeyId ?? null) : null,
          imported_by: by.actor?.userId ?? null,
        })
        .onConflict((oc) =>
          oc.columns(['source', 'source_ref']).doUpdateSet((eb) => ({
            reposts: eb.ref('excluded.reposts'),
            comments: eb.ref('excluded.comments'),
            likes: eb.ref('excluded.likes'),
            heat: eb.ref('excluded.heat'),
            updated_at: new Date(),
          })),
        )
        .returning([
          'id',
          'sentiment',
          'heat',
          'region_path',
          'published_at',
          'title',
          sql<boolean>`(xmax = 0)`.as('inserted'),
        ])
        .executeTakeFirstOrThrow();
      const created = row.inserted;
      if (created) out.created++;
      else out.updated++;
      let clusterCaseId: string | null = null;
      if (created && profiles.length) {
        const m = matchOpinionCluster({ text: `${it.title} ${it.text}`, place: places[n] ?? null }, profiles);
        const hit = m && profiles.find((p) => p.id === m.id);
        if (hit) {
          clusterCaseId = hit.caseId;
          await tx
            .updateTable('opinion_item')
            .set({ cluster_case_id: hit.caseId, cluster_by: 'auto', cluster_at: new Date() })
            .where('id', '=', row.id)
            .execute();
          await addPostToCluster(tx, hit.caseId);
        }
      }
      let alertId: string | null = null;
      const decision = opinionAlert(
        {
          sentiment: row.sentiment,
          heat: row.heat,
          regionPath: row.region_path,
          publishedAt: row.published_at,
        },
        settings,
      );
      if (decision) {
        const alert = await tx
          .insertInto('opinion_alert')
          .values({
            item_id: row.id,
            level: decision.level,
            heat: row.heat,
            region_path: row.region_path!,
            due_at: decision.dueAt,
          })
          .onConflict((oc) => oc.columns(['district_code', 'item_id']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (alert) {
          alertId = String(alert.id);
          out.alerts++;
          const centre = await districtCentre(tx, row.region_path!);
          if (centre)
            await notify(tx, [
              {
                unitId: centre,
                kind: 'opinion_alert',
                params: {
                  title: row.title,
                  heat: row.heat,
                  due: decision.dueAt.toISOString(),
                  hours: RESPONSE_HOURS[decision.level],
                },
              },
            ]);
        }
      }
      out.items.push({ id: String(row.id), created, alertId, clusterCaseId });
    }
    return out;
  });
}

/** The dispatch centre (the government unit) whose jurisdiction holds the region. */
export async function districtCentre(db: DbOrTx, regionPath: string): Promise<string | null> {
  const units = await db
    .selectFrom('unit')
    .select(['id', 'jurisdiction_path'])
    .where('kind', '=', 'government')
    .where('active', '=', true)
    .execute();
  const holding = units
    .filter((u) => regionPath.startsWith(u.jurisdiction_path))
    .sort((a, b) => b.jurisdiction_path.length - a.jurisdiction_path.length);
  return holding[0]?.id ?? units[0]?.id ?? null;
}

/** Header names an uploaded sheet may use (Chinese or English) for each field. */
const COLUMNS: Record<string, string[]> = {
  source: ['来源', 'source'],
  ref: ['编号', 'ref', 'id'],
  url: ['链接', 'url'],
  title: ['标题', 'title'],
  text: ['内容', '正文', 'text'],
  publishedAt: ['发布时间', 'published', 'publishedAt'],
  sentiment: ['情感', '倾向', 'sentiment'],
  reposts: ['转发', '转发数', 'reposts'],
  comments: ['评论', '评论数', 'comments'],
  likes: ['点赞', '点赞数', 'likes'],
  regionCode: ['区划代码', 'regionCode'],
};
const SENTIMENT_WORDS: Record<string, string> = {
  负面: 'negative',
  中性: 'neutral',
  正面: 'positive',
  negative: 'negative',
  neutral: 'neutral',
  positive: 'positive',
};

/** "2026-12-06 08:00" (Beijing time) or an ISO instant, as an ISO instant. */
function instantOf(s: string): string {
  if (/[zZ]|[+-]\d\d:?\d\d$/.test(s)) return new Date(s).toISOString();
  const d = new Date(`${s.trim().replace(/\//g, '-').replace(' ', 'T')}+08:00`);
  return Number.isNaN(d.getTime()) ? s : d.toISOString();
}

/** An uploaded CSV or xlsx (first sheet), one post a row; every bad row is reported before anything is stored. */
export async function importUpload(
  ctx: HotspotsCtx,
  actor: Actor,
  lang: Lang,
  file: () => Promise<Upload>,
): Promise<IngestResult> {
  requireRole(actor, ...IMPORTERS);
  const table = await readTable(await file(), lang);
  const items: OpinionInput[] = [];
  const details: { row: number; path: string; key: 'invalid' }[] = [];
  for (const r of table.rows) {
    const cell = (f: string) =>
      COLUMNS[f]!.map((h) => r.cells.get(h)).find((v) => v !== undefined && v !== '');
    const num = (f: string) => (cell(f) ? Number(cell(f)!.replace(/,/g, '')) : 0);
    const raw = {
      source: cell('source'),
      ref: cell('ref'),
      url: cell('url'),
      title: cell('title'),
      text: cell('text') ?? '',
      publishedAt: cell('publishedAt') ? instantOf(cell('publishedAt')!) : undefined,
      sentiment: cell('sentiment') ? (SENTIMENT_WORDS[cell('sentiment')!] ?? cell('sentiment')) : undefined,
      reposts: num('reposts'),
      comments: num('comments'),
      likes: num('likes'),
      regionCode: cell('regionCode'),
    };
    const parsed = OpinionInput.safeParse(raw);
    if (parsed.success) items.push(parsed.data);
    else
      for (const i of parsed.error.issues)
        details.push({ row: r.row, path: String(i.path[0] ?? ''), key: 'invalid' });
  }
  if (details.length) throw invalid(details.slice(0, 50));
  return ingestItems(ctx, { actor }, items);
}

function itemsQuery(db: DbOrTx, actor: Actor) {
  // An item about no known region is the district's business: only district- or city-wide users see it.
  const wide = actor.scopeLevel === 'district' || actor.scopeLevel === 'city';
  return db
    .selectFrom('opinion_item as i')
    .where((eb) =>
      wide
        ? eb.or([eb('i.region_path', 'like', `${actor.scopePath}%`), eb('i.region_path', 'is', null)])
        : eb('i.region_path', 'like', `${actor.scopePath}%`),
    );
}

const ITEM_COLUMNS = [
  'i.id',
  'i.source',
  'i.source_ref',
  'i.url',
  'i.title',
  'i.body',
  'i.published_at',
  'i.sentiment',
  'i.reposts',
  'i.comments',
  'i.likes',
  'i.heat',
  'i.region_path',
  'i.case_id',
  'i.cluster_case_id',
  'i.cluster_by',
  'i.imported_at',
] as const;

type ItemRow = {
  id: string;
  source: string;
  source_ref: string;
  url: string | null;
  title: string;
  body: string;
  published_at: Date;
  sentiment: 'negative' | 'neutral' | 'positive';
  reposts: number;
  comments: number;
  likes: number;
  heat: number;
  region_path: string | null;
  case_id: string | null;
  cluster_case_id: string | null;
  cluster_by: 'auto' | 'operator' | null;
  imported_at: Date;
  region_name: string | null;
};

type ClusterOf = Map<string, { id: string; description: string }>;

function itemOut(r: ItemRow, clusters: ClusterOf) {
  const cluster = r.cluster_case_id === null ? undefined : clusters.get(String(r.cluster_case_id));
  return {
    id: String(r.id),
    source: r.source,
    ref: r.source_ref,
    url: r.url,
    title: r.title,
    text: r.body,
    publishedAt: r.published_at,
    sentiment: r.sentiment,
    reposts: r.reposts,
    comments: r.comments,
    likes: r.likes,
    heat: r.heat,
    region: r.region_name,
    caseId: r.case_id === null ? null : String(r.case_id),
    cluster:
      r.cluster_case_id === null
        ? null
        : {
            id: cluster?.id ?? null,
            description: cluster?.description ?? null,
            by: r.cluster_by ?? 'operator',
          },
    importedAt: r.imported_at,
  };
}

export async function listItems(
  db: DbOrTx,
  actor: Actor,
  q: { sentiment?: string | undefined; linked?: 'yes' | 'no' | undefined; limit: number; offset: number },
) {
  requireRole(actor, ...READERS);
  let qb = itemsQuery(db, actor);
  if (q.sentiment) qb = qb.where('i.sentiment', '=', q.sentiment as ItemRow['sentiment']);
  if (q.linked === 'yes') qb = qb.where('i.case_id', 'is not', null);
  if (q.linked === 'no') qb = qb.where('i.case_id', 'is', null);
  const total = await qb.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  const rows = await qb
    .leftJoin('region as rg', 'rg.path', 'i.region_path')
    .select([...ITEM_COLUMNS, 'rg.name as region_name'])
    .orderBy('i.heat', 'desc')
    .orderBy('i.published_at', 'desc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  const clusters = await clustersOfCases(
    db,
    rows.flatMap((r) => (r.cluster_case_id === null ? [] : [String(r.cluster_case_id)])),
  );
  return { total: Number(total.n), items: rows.map((r) => itemOut(r, clusters)) };
}

async function itemInScope(db: DbOrTx, actor: Actor, id: string) {
  const row = await itemsQuery(db, actor).selectAll('i').where('i.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('opinion_item');
  return row;
}

/** An item becomes a `media` channel case through the ordinary intake; the item keeps the case's number. */
export async function itemToCase(ctx: AppContext, actor: Actor, id: string) {
  requireRole(actor, 'operator', 'dispatcher');
  const item = await itemInScope(ctx.db, actor, id);
  if (item.case_id !== null) throw conflict('opinion_already_linked', { caseId: String(item.case_id) });
  const description = `${item.title}\n${item.body}${item.url ? `\n${item.url}` : ''}`.slice(0, 2000);
  const out = await createCase(
    ctx,
    {
      requestType: 'complaint',
      channel: 'media',
      title: item.title.slice(0, 100),
      description: description.length >= 5 ? description : `${description}（舆情）`,
      coordSystem: 'wgs84',
      anonymous: true,
      keepPrivate: true,
      photoIds: [],
    },
    { actor, channel: 'media', ip: actor.ip, requestId: actor.requestId },
  );
  await linkItem(ctx.db, actor, id, out.body.id);
  return { id, caseId: out.body.id };
}

/** An item is attached to an existing case (one the caller can see). */
export async function attachItem(db: Db, actor: Actor, id: string, caseId: string) {
  requireRole(actor, 'operator', 'dispatcher');
  await itemInScope(db, actor, id);
  const c = await findCase(db, caseId);
  if (!c || !canSee(actor, c, await assignmentsOf(db, c.id))) throw notFound('case');
  await linkItem(db, actor, id, caseId);
  return { id, caseId };
}

/**
 * The operator attaches an item to a current hot issue the caller sees (the picker on /opinion lists them). The
 * item keeps the cluster's central case, so it stays with that problem when clusters are recomputed; it counts as
 * one like in the cluster's heat (domain OPINION_ITEM_LIKES). Once: an attached item is not moved.
 */
export async function attachItemToCluster(db: Db, actor: Actor, id: string, clusterId: string) {
  requireRole(actor, 'operator', 'dispatcher', 'supervisor');
  await itemInScope(db, actor, id);
  const caseId = await clusterCaseFor(db, actor, clusterId);
  await db.transaction().execute(async (tx) => {
    const done = await tx
      .updateTable('opinion_item')
      .set({
        cluster_case_id: caseId,
        cluster_by: 'operator',
        cluster_at: new Date(),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('cluster_case_id', 'is', null)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw conflict('opinion_already_clustered');
    await addPostToCluster(tx, caseId);
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'opinion_item',
      entityId: id,
      after: { clusterId, clusterCaseId: caseId },
    });
  });
  return { id, clusterId };
}

async function linkItem(db: Db, actor: Actor, id: string, caseId: string) {
  await db.transaction().execute(async (tx) => {
    const done = await tx
      .updateTable('opinion_item')
      .set({ case_id: caseId, updated_at: new Date() })
      .where('id', '=', id)
      .where('case_id', 'is', null)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw conflict('opinion_already_linked', { caseId });
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'opinion_item',
      entityId: id,
      after: { caseId },
    });
  });
}

function alertOut(
  r: ItemRow & {
    alert_id: string;
    level: 'major' | 'general';
    alert_heat: number;
    raised_at: Date;
    due_at: Date;
    responded_at: Date | null;
    response: string | null;
    overdue_notified_at: Date | null;
  },
  now: Date,
  clusters: ClusterOf,
) {
  return {
    id: String(r.alert_id),
    level: r.level,
    heat: r.alert_heat,
    hours: RESPONSE_HOURS[r.level],
    raisedAt: r.raised_at,
    dueAt: r.due_at,
    respondedAt: r.responded_at,
    response: r.response,
    clock: alertClock({ dueAt: r.due_at, respondedAt: r.responded_at }, now),
    overdueNotifiedAt: r.overdue_notified_at,
    item: itemOut(r, clusters),
  };
}

/** Alerts in the caller's jurisdiction, open ones first (soonest due), with where each clock stands now. */
export async function listAlerts(db: DbOrTx, actor: Actor, q: { clock?: AlertClock | undefined }) {
  requireRole(actor, ...READERS);
  const now = new Date();
  let qb = db
    .selectFrom('opinion_alert as a')
    .innerJoin('opinion_item as i', 'i.id', 'a.item_id')
    .leftJoin('region as rg', 'rg.path', 'i.region_path')
    .where('a.region_path', 'like', `${actor.scopePath}%`)
    .select([
      ...ITEM_COLUMNS,
      'rg.name as region_name',
      'a.id as alert_id',
      'a.level',
      'a.heat as alert_heat',
      'a.raised_at',
      'a.due_at',
      'a.responded_at',
      'a.response',
      'a.overdue_notified_at',
    ]);
  if (q.clock === 'open') qb = qb.where('a.responded_at', 'is', null).where('a.due_at', '>=', now);
  if (q.clock === 'overdue') qb = qb.where('a.responded_at', 'is', null).where('a.due_at', '<', now);
  if (q.clock === 'responded') qb = qb.where((eb) => eb('a.responded_at', '<=', eb.ref('a.due_at')));
  if (q.clock === 'responded_late') qb = qb.where((eb) => eb('a.responded_at', '>', eb.ref('a.due_at')));
  const rows = await qb
    .orderBy((eb) => eb('a.responded_at', 'is not', null))
    .orderBy('a.due_at')
    .limit(200)
    .execute();
  const clusters = await clustersOfCases(
    db,
    rows.flatMap((r) => (r.cluster_case_id === null ? [] : [String(r.cluster_case_id)])),
  );
  const items = rows.map((r) => alertOut(r as Parameters<typeof alertOut>[0], now, clusters));
  return {
    items,
    counts: {
      open: items.filter((a) => a.clock === 'open').length,
      overdue: items.filter((a) => a.clock === 'overdue').length,
      responded: items.filter((a) => a.clock === 'responded').length,
      respondedLate: items.filter((a) => a.clock === 'responded_late').length,
    },
  };
}

/** The district answers an alert (its public response); the clock stops, on time or late. Once. */
export async function respondAlert(db: Db, actor: Actor, id: string, response: string) {
  requireRole(actor, ...RESPONDERS);
  return db.transaction().execute(async (tx) => {
    const a = await tx
      .selectFrom('opinion_alert')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!a || !inScope(actor, a.region_path)) throw notFound('opinion_alert');
    if (a.responded_at) throw conflict('opinion_already_responded');
    const now = new Date();
    await tx
      .updateTable('opinion_alert')
      .set({ responded_at: now, responded_by: actor.userId, response })
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'opinion_alert',
      entityId: id,
      after: { respondedAt: now },
    });
    return { id, respondedAt: now, clock: alertClock({ dueAt: a.due_at, respondedAt: now }, now) };
  });
}
