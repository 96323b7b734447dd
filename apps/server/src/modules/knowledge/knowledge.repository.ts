import { sql } from 'kysely';
import type { KnowledgeContent, KnowledgeKind } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import { indexWords } from './knowledge.search.ts';

/** The entry row, locked for an edit (two editors of one entry take turns; the later one sees the new version). */
export function lockEntry(db: DbOrTx, id: string) {
  return db.selectFrom('knowledge_entry').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function findEntry(db: DbOrTx, id: string) {
  return db
    .selectFrom('knowledge_entry')
    .select(['id', 'kind', 'owner_unit_id', 'version', 'title', 'public', 'demo', 'review_due'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findVersion(db: DbOrTx, entryId: string, version: number) {
  return db
    .selectFrom('knowledge_version')
    .selectAll()
    .where('entry_id', '=', entryId)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** Words a caller uses for the kind of answer they want ("要带什么材料" asks for a guide). */
const KIND_WORDS: Record<KnowledgeKind, string> = {
  guide: '办事指南 所需材料 流程 地点',
  policy: '政策 条件 标准',
  faq: '常见问题',
};

/** The search columns of an entry's current version: title words apart (weighted above the rest). */
export function searchColumns(c: KnowledgeContent, catalogName: string, kind: KnowledgeKind) {
  return {
    search_title: indexWords(`${c.title} ${c.keywords.join(' ')}`),
    search_body: indexWords(
      `${c.answer} ${c.body} ${c.materials.map((m) => m.name).join(' ')} ${catalogName} ${KIND_WORDS[kind]}`,
    ),
  };
}

export function versionValues(
  entryId: string,
  version: number,
  c: KnowledgeContent,
  by: { id: string | null; name: string },
  note: string | null,
) {
  return {
    entry_id: entryId,
    version,
    title: c.title,
    answer: c.answer,
    body: c.body,
    materials: JSON.stringify(c.materials),
    category_codes: c.categoryCodes,
    keywords: c.keywords,
    note,
    edited_by: by.id,
    edited_by_name: by.name,
  };
}

export interface CountsRow {
  answers: number;
  prints: number;
  sends: number;
  helped_operator: number;
  not_helped_operator: number;
  helped_public: number;
  not_helped_public: number;
}

/** Uses and feedback per entry (all entries when `ids` is absent), optionally in a period [from, to). */
export async function countsByEntry(
  db: DbOrTx,
  opts: { ids?: string[]; from?: Date; to?: Date } = {},
): Promise<Map<string, CountsRow & { last_used_at: Date | null }>> {
  if (opts.ids && opts.ids.length === 0) return new Map();
  const period = (col: string) =>
    sql.join(
      [
        sql`true`,
        ...(opts.from ? [sql`${sql.ref(col)} >= ${opts.from}`] : []),
        ...(opts.to ? [sql`${sql.ref(col)} < ${opts.to}`] : []),
        ...(opts.ids ? [sql`entry_id = ANY(${opts.ids}::uuid[])`] : []),
      ],
      sql` AND `,
    );
  const { rows } = await sql<CountsRow & { entry_id: string; last_used_at: Date | null }>`
    WITH u AS (
      SELECT entry_id,
        count(*) FILTER (WHERE kind = 'answer')::int AS answers,
        count(*) FILTER (WHERE kind = 'print')::int AS prints,
        count(*) FILTER (WHERE kind = 'send')::int AS sends,
        max(at) AS last_used_at
      FROM knowledge_use WHERE ${period('at')} GROUP BY entry_id
    ), f AS (
      SELECT entry_id,
        count(*) FILTER (WHERE source = 'operator' AND helped)::int AS helped_operator,
        count(*) FILTER (WHERE source = 'operator' AND NOT helped)::int AS not_helped_operator,
        count(*) FILTER (WHERE source = 'public' AND helped)::int AS helped_public,
        count(*) FILTER (WHERE source = 'public' AND NOT helped)::int AS not_helped_public
      FROM knowledge_feedback WHERE ${period('at')} GROUP BY entry_id
    )
    SELECT coalesce(u.entry_id, f.entry_id) AS entry_id,
      coalesce(u.answers, 0) AS answers, coalesce(u.prints, 0) AS prints, coalesce(u.sends, 0) AS sends,
      u.last_used_at,
      coalesce(f.helped_operator, 0) AS helped_operator, coalesce(f.not_helped_operator, 0) AS not_helped_operator,
      coalesce(f.helped_public, 0) AS helped_public, coalesce(f.not_helped_public, 0) AS not_helped_public
    FROM u FULL JOIN f ON f.entry_id = u.entry_id
  `.execute(db);
  return new Map(rows.map((r) => [r.entry_id, r]));
}
