import { sql } from 'kysely';
import {
  canEditKnowledge,
  helpedShare,
  isKnowledgeAdmin,
  reviewState,
  REVIEW_SOON_DAYS,
  type Material,
} from '@onegrid/domain';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import type { AppContext } from '../../lib/context.ts';
import { notFound } from '../../lib/errors.ts';
import type { DueQuery, EntryListQuery, SearchQuery, UsageQuery } from './knowledge.io.ts';
import { countsByEntry, type CountsRow } from './knowledge.repository.ts';
import { searchEntries } from './knowledge.search.ts';
import { chinaToday, requireReader } from './knowledge.service.ts';
import type { z } from 'zod';

const ZERO: CountsRow = {
  answers: 0,
  prints: 0,
  sends: 0,
  helped_operator: 0,
  not_helped_operator: 0,
  helped_public: 0,
  not_helped_public: 0,
};

export function presentCounts(c: CountsRow = ZERO) {
  const helped = c.helped_operator + c.helped_public;
  const not = c.not_helped_operator + c.not_helped_public;
  return {
    answers: c.answers,
    prints: c.prints,
    sends: c.sends,
    helpedOperator: c.helped_operator,
    notHelpedOperator: c.not_helped_operator,
    helpedPublic: c.helped_public,
    notHelpedPublic: c.not_helped_public,
    helpedShare: helpedShare(helped, not),
  };
}

export async function catalogTree(db: Db, actor: Actor) {
  requireReader(actor);
  const nodes = await db
    .selectFrom('knowledge_catalog as k')
    .select([
      'k.id',
      'k.parent_id',
      'k.code',
      'k.name_zh',
      'k.name_en',
      sql<number>`(SELECT count(*)::int FROM knowledge_entry e JOIN knowledge_catalog c ON c.id = e.catalog_id
        WHERE c.code = k.code OR c.code LIKE k.code || '.%')`.as('entries'),
    ])
    .orderBy('k.code')
    .execute();
  return {
    nodes: nodes.map((n) => ({
      id: n.id,
      parentId: n.parent_id,
      code: n.code,
      nameZh: n.name_zh,
      nameEn: n.name_en,
      entries: n.entries,
    })),
  };
}

function summaries(db: Db) {
  return db
    .selectFrom('knowledge_entry as e')
    .innerJoin('knowledge_catalog as k', 'k.id', 'e.catalog_id')
    .innerJoin('unit as u', 'u.id', 'e.owner_unit_id')
    .select([
      'e.id',
      'e.kind',
      'e.title',
      'e.version',
      'e.catalog_id',
      'k.name_zh as catalog_name',
      'u.id as owner_id',
      'u.name as owner_name',
      'e.category_codes',
      'e.review_due',
      'e.demo',
      'e.updated_at',
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];
function presentSummary(r: SummaryRow, today: string) {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    version: r.version,
    catalogId: r.catalog_id,
    catalogName: r.catalog_name,
    ownerUnit: { id: r.owner_id, name: r.owner_name },
    categoryCodes: r.category_codes,
    reviewDue: r.review_due,
    reviewState: reviewState(r.review_due, today),
    demo: r.demo,
    updatedAt: r.updated_at,
  };
}

/** Entries of a catalogue node and below (or all), by title. */
export async function listEntries(db: Db, actor: Actor, q: EntryListQuery) {
  requireReader(actor);
  let sel = summaries(db);
  if (q.catalogId) {
    sel = sel.where(
      sql<boolean>`k.code = (SELECT code FROM knowledge_catalog WHERE id = ${q.catalogId})
        OR k.code LIKE (SELECT code FROM knowledge_catalog WHERE id = ${q.catalogId}) || '.%'`,
    );
  }
  if (q.kind) sel = sel.where('e.kind', '=', q.kind);
  if (q.ownerUnitId) sel = sel.where('e.owner_unit_id', '=', q.ownerUnitId);
  const [rows, total] = await Promise.all([
    sel
      .orderBy('k.code')
      .orderBy('e.title')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    sel
      .clearSelect()
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const today = chinaToday();
  return { items: rows.map((r) => presentSummary(r, today)), total: total.n };
}

/** Entries due for review within 30 days or overdue: the caller's unit's (administrators: all, or one unit's). */
export async function reviewDue(db: Db, actor: Actor, q: z.infer<typeof DueQuery>) {
  requireReader(actor);
  const today = chinaToday();
  const limitDay = new Date(Date.parse(`${today}T00:00:00Z`) + REVIEW_SOON_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  let sel = summaries(db).where('e.review_due', '<=', limitDay);
  const unit = isKnowledgeAdmin(actor) ? q.ownerUnitId : actor.unitId;
  if (unit) sel = sel.where('e.owner_unit_id', '=', unit);
  const rows = await sel.orderBy('e.review_due').orderBy('e.title').limit(500).execute();
  return { items: rows.map((r) => presentSummary(r, today)), total: rows.length };
}

export async function search(db: Db, actor: Actor, q: SearchQuery) {
  requireReader(actor);
  const started = performance.now();
  const out = await searchEntries(db, { q: q.q, category: q.category, limit: q.limit, today: chinaToday() });
  return { ...out, ms: Math.round((performance.now() - started) * 10) / 10 };
}

export async function entryDetail(ctx: AppContext, actor: Actor, id: string, version?: number) {
  requireReader(actor);
  const e = await ctx.db
    .selectFrom('knowledge_entry as e')
    .innerJoin('knowledge_catalog as k', 'k.id', 'e.catalog_id')
    .innerJoin('unit as u', 'u.id', 'e.owner_unit_id')
    .select([
      'e.id',
      'e.kind',
      'e.version',
      'e.owner_unit_id',
      'u.name as owner_name',
      'e.review_due',
      'e.reviewed_at',
      'e.public',
      'e.demo',
      'k.id as catalog_id',
      'k.code as catalog_code',
      'k.name_zh as catalog_zh',
      'k.name_en as catalog_en',
    ])
    .where('e.id', '=', id)
    .executeTakeFirst();
  if (!e) throw notFound('knowledge_entry');
  const versions = await ctx.db
    .selectFrom('knowledge_version')
    .selectAll()
    .where('entry_id', '=', id)
    .orderBy('version', 'desc')
    .execute();
  const shown = versions.find((v) => v.version === (version ?? e.version));
  if (!shown) throw notFound('knowledge_entry');
  const [counts, ref] = await Promise.all([countsByEntry(ctx.db, { ids: [id] }), ctx.reference.current()]);
  return {
    id: e.id,
    kind: e.kind,
    catalog: { id: e.catalog_id, code: e.catalog_code, nameZh: e.catalog_zh, nameEn: e.catalog_en },
    ownerUnit: { id: e.owner_unit_id, name: e.owner_name },
    currentVersion: e.version,
    reviewDue: e.review_due,
    reviewState: reviewState(e.review_due, chinaToday()),
    reviewedAt: e.reviewed_at,
    public: e.public,
    demo: e.demo,
    categories: shown.category_codes.map((code) => {
      const c = ref.categories.get(code);
      return { code, nameZh: c?.name_zh ?? code, nameEn: c?.name_en ?? code };
    }),
    shown: {
      version: shown.version,
      title: shown.title,
      answer: shown.answer,
      body: shown.body,
      materials: shown.materials as Material[],
      categoryCodes: shown.category_codes,
      keywords: shown.keywords,
      note: shown.note,
      editedBy: shown.edited_by_name,
      editedAt: shown.edited_at,
    },
    versions: versions.map((v) => ({
      version: v.version,
      editedBy: v.edited_by_name,
      editedAt: v.edited_at,
      note: v.note,
    })),
    counts: presentCounts(counts.get(id)),
    canEdit: canEditKnowledge(actor, e.owner_unit_id),
  };
}

export async function entryCounts(db: Db, id: string) {
  return presentCounts((await countsByEntry(db, { ids: [id] })).get(id));
}

/** Uses and feedback per entry in a period (Beijing calendar days, `to` included), most answered first. */
export async function usageReport(db: Db, actor: Actor, q: UsageQuery) {
  requireReader(actor);
  const today = chinaToday();
  const to = q.to ?? today;
  const from = q.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
  const start = new Date(Date.parse(`${from}T00:00:00+08:00`));
  const end = new Date(Date.parse(`${to}T00:00:00+08:00`) + 86_400_000);
  const counts = await countsByEntry(db, { from: start, to: end });
  const ids = [...counts.keys()];
  const rows =
    ids.length === 0
      ? []
      : await db
          .selectFrom('knowledge_entry as e')
          .innerJoin('unit as u', 'u.id', 'e.owner_unit_id')
          .select(['e.id', 'e.title', 'e.kind', 'u.name as owner_name'])
          .where('e.id', 'in', ids)
          .execute();
  const total: CountsRow = { ...ZERO };
  for (const c of counts.values())
    for (const k of Object.keys(total) as (keyof CountsRow)[]) total[k] += c[k];
  return {
    from,
    to,
    totals: presentCounts(total),
    rows: rows
      .map((r) => ({
        id: r.id,
        title: r.title,
        kind: r.kind,
        ownerUnitName: r.owner_name,
        counts: presentCounts(counts.get(r.id)),
        lastUsedAt: counts.get(r.id)?.last_used_at ?? null,
      }))
      .sort(
        (a, b) =>
          b.counts.answers - a.counts.answers ||
          b.counts.sends + b.counts.prints - (a.counts.sends + a.counts.prints) ||
          a.title.localeCompare(b.title),
      ),
  };
}

/** The public page of an entry (一次性告知 link): the current version of a public entry, no personal data. */
export async function publicEntry(db: Db, id: string) {
  const e = await db
    .selectFrom('knowledge_entry as e')
    .innerJoin('knowledge_version as v', (j) =>
      j.onRef('v.entry_id', '=', 'e.id').onRef('v.version', '=', 'e.version'),
    )
    .innerJoin('unit as u', 'u.id', 'e.owner_unit_id')
    .select([
      'e.id',
      'e.kind',
      'e.version',
      'e.demo',
      'e.public',
      'e.updated_at',
      'v.title',
      'v.answer',
      'v.body',
      'v.materials',
      'u.name as owner_name',
    ])
    .where('e.id', '=', id)
    .executeTakeFirst();
  if (!e?.public) throw notFound('knowledge_entry');
  const c = (await countsByEntry(db, { ids: [id] })).get(id) ?? ZERO;
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    version: e.version,
    answer: e.answer,
    body: e.body,
    materials: e.materials as Material[],
    ownerUnitName: e.owner_name,
    updatedAt: e.updated_at,
    demo: e.demo,
    helped: c.helped_public + c.helped_operator,
    notHelped: c.not_helped_public + c.not_helped_operator,
  };
}
