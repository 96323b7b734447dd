/**
 * Search while typing (知识库检索). Choice: PostgreSQL full text over jieba words, not an in-process minisearch
 * index. The server segments each entry once when it is saved (jieba in search mode: "居住证明" → 居住, 证明,
 * 居住证明) and stores the words separated by spaces; a generated `tsvector` column with the 'simple'
 * configuration (no stemming, no stop words: Chinese words pass as they are) and a GIN index make the query an
 * index scan. Why: every process sees an edit the moment it commits (no cache to keep in step across
 * processes), the base is small (hundreds to a few thousand entries), and ranking (title words weighted A) and
 * the category filter stay in one query. The query's words are OR-ed as prefixes ("居住" finds 居住证), so a
 * half-typed word already matches. Rank: how many of the query's words an entry has (a word in the title counts half
 * again), then ts_rank — an entry that covers the question beats one that repeats one of its words.
 */
import { sql } from 'kysely';
import { reviewState } from '@onegrid/domain';
import type { Db } from '../../db/database.ts';
import { segment } from '../classify/public.ts';

/** Words that say "this is a question" rather than what it is about. */
const STOP = new Set(
  '请问 怎么 怎么办 怎样 如何 什么 哪里 哪儿 哪些 需要 可以 能否 能不能 是否 我们 你们 他们 这个 那个 一下 '
    .concat(
      '市民 来电 咨询 反映 询问 想问 问问 想要 知道 办理 需不需要 有没有 是不是 现在 目前 时候 应该 还是',
    )
    .split(/\s+/)
    .filter(Boolean),
);

const WORD = /[\p{L}\p{N}]/u;
const CJK_ONE = /^\p{Script=Han}$/u;

/** The words of a text for the index: jieba in search mode, lower case, punctuation dropped. */
export function indexWords(text: string): string {
  return segment(text.toLowerCase())
    .map((w) => w.trim())
    .filter((w) => w && WORD.test(w))
    .join(' ');
}

/** The words of a query: meaningful words of two characters or more (single characters only when nothing else). */
export function queryTerms(q: string): string[] {
  const words = segment(q.toLowerCase())
    .map((w) => w.trim())
    .filter((w) => w && WORD.test(w) && !/[':&|!()\\]/.test(w));
  const long = [...new Set(words.filter((w) => w.length >= 2 && !STOP.has(w)))];
  if (long.length > 0) return long.slice(0, 24);
  return [...new Set(words.filter((w) => CJK_ONE.test(w) || w.length >= 2))].slice(0, 8);
}

/** Σ over the query's words of (in the entry ? 1 : 0) + (in the title ? 0.5 : 0), plus ts_rank (below 1) to break ties. */
function scoreOf(terms: string[], query: ReturnType<typeof sql>) {
  const parts = terms.map(
    (t) =>
      sql`(CASE WHEN e.search @@ to_tsquery('simple', ${`'${t}':*`}) THEN 1 ELSE 0 END
        + CASE WHEN e.search @@ to_tsquery('simple', ${`'${t}':*A`}) THEN 0.5 ELSE 0 END)`,
  );
  return sql<number>`(${sql.join(parts, sql` + `)} + ts_rank(e.search, ${query}, 1))`;
}

/** Categories an entry's codes must meet: the code itself, its group, or its leaves. */
function categoryCondition(code: string) {
  return sql<boolean>`EXISTS (SELECT 1 FROM unnest(e.category_codes) c
    WHERE c = ${code} OR c LIKE ${code + '.%'} OR ${code} LIKE c || '.%')`;
}

export interface Hit {
  id: string;
  kind: 'policy' | 'guide' | 'faq';
  title: string;
  version: number;
  catalogName: string;
  ownerUnitName: string;
  snippet: string;
  terms: string[];
  score: number;
  reviewState: 'ok' | 'due_soon' | 'overdue';
  materials: number;
}

export async function searchEntries(
  db: Db,
  opts: { q: string; category?: string; limit: number; today: string },
): Promise<{ terms: string[]; hits: Hit[] }> {
  const terms = queryTerms(opts.q);
  if (terms.length === 0 && !opts.category) return { terms, hits: [] };
  const tsq = terms.map((t) => `'${t}':*`).join(' | ');
  const query = sql`to_tsquery('simple', ${tsq})`;
  let sel = db
    .selectFrom('knowledge_entry as e')
    .innerJoin('knowledge_version as v', (j) =>
      j.onRef('v.entry_id', '=', 'e.id').onRef('v.version', '=', 'e.version'),
    )
    .innerJoin('knowledge_catalog as k', 'k.id', 'e.catalog_id')
    .innerJoin('unit as u', 'u.id', 'e.owner_unit_id')
    .select([
      'e.id',
      'e.kind',
      'e.title',
      'e.version',
      'e.review_due',
      'k.name_zh as catalog_name',
      'u.name as owner_name',
      'v.answer',
      'v.body',
      sql<number>`jsonb_array_length(v.materials)`.as('materials'),
      (terms.length > 0 ? scoreOf(terms, query) : sql<number>`0`).as('score'),
    ]);
  if (terms.length > 0) sel = sel.where(sql<boolean>`e.search @@ ${query}`).orderBy('score', 'desc');
  if (opts.category) sel = sel.where(categoryCondition(opts.category));
  const rows = await sel.orderBy('e.title').limit(opts.limit).execute();
  return {
    terms,
    hits: rows.map((r) => {
      const found = terms.filter((t) => `${r.title}${r.answer}${r.body}`.toLowerCase().includes(t));
      return {
        id: r.id,
        kind: r.kind,
        title: r.title,
        version: r.version,
        catalogName: r.catalog_name,
        ownerUnitName: r.owner_name,
        snippet: snippetOf(r.answer, found),
        terms: found,
        score: Math.round(Number(r.score) * 10000) / 10000,
        reviewState: reviewState(r.review_due, opts.today),
        materials: Number(r.materials),
      };
    }),
  };
}

/** Up to 90 characters of the answer, starting a little before the first word found. */
export function snippetOf(text: string, terms: string[], max = 90): string {
  const flat = text.replace(/\s+/g, ' ');
  const at = terms.map((t) => flat.toLowerCase().indexOf(t)).filter((i) => i >= 0);
  const first = at.length > 0 ? Math.min(...at) : 0;
  const start = Math.max(0, first - 15);
  const piece = flat.slice(start, start + max);
  return `${start > 0 ? '…' : ''}${piece}${start + max < flat.length ? '…' : ''}`;
}
