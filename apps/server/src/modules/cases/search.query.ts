/**
 * 案件查询: operators look cases up the way a hotline does — by number, by the caller's phone, by the words of the
 * problem or of the address, by place and period, by category and status — always inside their jurisdiction
 * (`caseVisible`), newest first, personal data masked. Built for a city's year (20 M cases, partitioned by case
 * number = by month): every criterion has an index, a period becomes a case-number range (so PostgreSQL reads only
 * that period's partitions), and the total is counted up to a cap, never over the whole match.
 */
import {
  caseNumberRange,
  caseNumbersOfDays,
  readSearchText,
  type CaseStatus,
  type SearchText,
} from '@onegrid/domain';
import { sql, type AliasedExpression, type Selection } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { auditValues } from '../../lib/audit.ts';
import { forbidden } from '../../lib/errors.ts';
import { maskPhone, type PiiCipher } from '../../lib/pii.ts';
import { caseScope, caseVisible } from '../../lib/scope.ts';
import { caseSummaryColumns, presentSummary, summaryNameColumns, type SummaryRow } from './cases.query.ts';
import { wordsQuery } from './search-words.ts';

/** The desk and those above it: hotline operators, dispatchers, supervisors. */
export const SEARCH_ROLES = ['operator', 'dispatcher', 'supervisor'] as const;
/** Totals are exact up to here and "more than" beyond: counting a million matches costs what reading them does. */
export const TOTAL_CAP = 1000;
/**
 * A caller's cases are counted up to here ("more than 200"): the look-up reads every counted case (its scope and
 * whether it is hidden live on the case), and at the hotline's pace (p99 < 10 ms) a page and a count of 200 is what
 * fits; an operator needs to know that a caller calls often, not whether it was 731 or 1,204 times.
 */
export const CALLER_TOTAL_CAP = 200;

type PageRow = SummaryRow & { reporter_phone_enc: string | null };
/** What a search reads from the case itself; the names are joined to the page only. */
const caseColumns = [...caseSummaryColumns, 'c.reporter_phone_enc'] as const;
type CaseRow = Selection<Database & { c: Database['case'] }, 'c', (typeof caseColumns)[number]>;

export interface SearchFilter {
  /** the one search box: a case number (or a prefix), a phone in any format, or words */
  q?: string | undefined;
  /** words of the address only */
  address?: string | undefined;
  /** a district, street or community: the cases of its subtree */
  regionCode?: string | undefined;
  gridCode?: string | undefined;
  /** Shanghai calendar days, inclusive */
  from?: string | undefined;
  to?: string | undefined;
  /** a category or a group of them */
  categoryCode?: string | undefined;
  status?: CaseStatus | undefined;
  page: number;
  pageSize: number;
}

/**
 * A caller's case numbers, newest first, the newest CALLER_TOTAL_CAP + 1: one backward range of case_phone's
 * look-up index (phone_hash, case_id) — its primary key leads with the district, so the phone has its own index.
 */
export function callerCaseNumbers(phoneHash: string) {
  return sql<{ id: string }>`
    SELECT case_id::text AS id FROM case_phone WHERE phone_hash = ${phoneHash}
     ORDER BY case_id DESC LIMIT ${CALLER_TOTAL_CAP + 1}`;
}

export async function searchCases(db: Db, pii: PiiCipher, actor: Actor, f: SearchFilter) {
  if (!hasRole(actor, ...SEARCH_ROLES)) throw forbidden();
  const read: SearchText | null = f.q ? readSearchText(f.q) : null;
  // The criteria on the case alone; the names of its category, unit and places are joined to the page only
  // (planning the joins once per partition costs more than the look-up itself).
  let q = db
    .selectFrom('case as c')
    .where(caseVisible(caseScope(actor)))
    .where('c.hidden_at', 'is', null);
  /** A page of cases (`c`, already limited) with the names beside their codes, newest first. */
  const named = (page: AliasedExpression<CaseRow, 'c'>) =>
    db
      .selectFrom(page)
      .leftJoin('category as k', 'k.code', 'c.category_code')
      .leftJoin('unit as u', 'u.id', 'c.lead_unit_id')
      .leftJoin('region as s', 's.code', 'c.street_code')
      .leftJoin('region as m', 'm.code', 'c.community_code')
      .leftJoin('grid as g', 'g.code', 'c.grid_code')
      .selectAll('c')
      .select(summaryNameColumns)
      .orderBy('c.id', 'desc');

  let nothing = false;
  let phone = false;
  if (read?.kind === 'number') {
    const r = caseNumberRange(read.prefix);
    q = q.where('c.id', '>=', r.from).where('c.id', '<', r.to);
  } else if (read?.kind === 'phone') {
    // The caller's case numbers first, from case_phone (every phone that called about a case, first reporter or
    // attached caller: one primary key, newest first), the newest CALLER_TOTAL_CAP + 1 of them; then the cases by those
    // numbers, which PostgreSQL reads, planning included, from those numbers' months' partitions only.
    const hits = await callerCaseNumbers(pii.blindIndex(read.phone)).execute(db);
    phone = true;
    q = q.where(sql<boolean>`c.id = ANY(${hits.rows.map((r) => r.id)}::bigint[])`);
  } else if (read?.kind === 'text') {
    const query = wordsQuery(read.text);
    if (query) q = q.where(sql<boolean>`c.search_words @@ ${query}::tsquery`);
    else nothing = true;
  }
  if (f.address) {
    const query = wordsQuery(f.address, { address: true });
    if (query) q = q.where(sql<boolean>`c.search_words @@ ${query}::tsquery`);
    else nothing = true;
  }
  if (f.regionCode) {
    const region = await db
      .selectFrom('region')
      .select('path')
      .where('code', '=', f.regionCode)
      .executeTakeFirst();
    if (!region) nothing = true;
    // paths hold only digits and '/', so the prefix needs no LIKE escaping
    else q = q.where('c.region_path', 'like', `${region.path}%`);
  }
  if (f.gridCode) q = q.where('c.grid_code', '=', f.gridCode);
  if (f.from || f.to) {
    const r = caseNumbersOfDays(f.from ?? '2000-01-01', f.to ?? '2999-12-31');
    q = q.where('c.id', '>=', r.from).where('c.id', '<', r.to);
  }
  if (f.categoryCode) {
    const code = f.categoryCode;
    q = q.where('c.category_code', 'in', (eb) =>
      eb
        .selectFrom('category')
        .select('code')
        .where((w) => w.or([w('code', '=', code), w('parent_code', '=', code)])),
    );
  }
  if (f.status) q = q.where('c.status', '=', f.status);

  const matched: SearchText['kind'] | 'filters' = read?.kind ?? 'filters';
  // Nothing can match (no such region, no searchable word, a phone never seen): the planner folds this away.
  if (nothing) q = q.where(sql<boolean>`false`);

  if (phone) {
    // The repeat-caller look-up, after its case numbers one statement: the caller's visible cases (counted), the
    // page, and the audit row — a look-up by a person's phone is a view of personal data, audited (how many
    // cases, never the phone) in the same statement, so it commits durably with the answer or not at all.
    const audit = auditValues(actor, {
      action: 'view_pii',
      entity: 'case',
      entityId: null,
      after: { purpose: 'case_search_phone', class: 'P1' },
    });
    // The case is read once: its page columns are kept with the count (planning a second scan of the same
    // partitions cost more than the rest of the look-up), and the page is cut from them.
    const found = q.select(caseColumns);
    const page = named(
      sql<CaseRow>`(SELECT * FROM found ORDER BY id DESC LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize})`.as(
        'c',
      ),
    );
    // one row per case of the page, or one row of nulls beside the count when the page is empty
    type PhoneRow = { n: number } & { [K in keyof PageRow]: PageRow[K] | null };
    const { rows } = await sql<PhoneRow>`
      WITH found AS MATERIALIZED (${found}),
           counted AS (SELECT count(*)::int AS n FROM found),
           audited AS (
             INSERT INTO audit_log (actor_id, actor_username, actor_scope, action, entity, entity_id, after, ip,
                                    request_id)
             SELECT ${audit.actor_id}::uuid, ${audit.actor_username}, ${audit.actor_scope}, ${audit.action},
                    ${audit.entity}, NULL, ${audit.after}::jsonb || jsonb_build_object('cases', n), ${audit.ip},
                    ${audit.request_id}
               FROM counted
             RETURNING id)
      SELECT counted.n, p.* FROM counted LEFT JOIN (${page}) p ON true
       WHERE (SELECT count(*) FROM audited) = 1
       ORDER BY p.id DESC`.execute(db);
    const n = rows[0]?.n;
    if (n === undefined) throw new Error('the phone look-up was not audited');
    return answer(
      n,
      CALLER_TOTAL_CAP,
      rows.filter((r): r is { n: number } & PageRow => r.id !== null),
    );
  }

  // The capped count beside the page: two round trips in two lanes.
  const counting = db
    .selectFrom(
      q
        .select('c.id')
        .limit(TOTAL_CAP + 1)
        .as('x'),
    )
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  const paging = named(
    q
      .select(caseColumns)
      .orderBy('c.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .as('c'),
  ).execute();
  const [counted, rows] = await Promise.all([counting, paging]);
  return answer(counted.n, TOTAL_CAP, rows);

  function answer(n: number, cap: number, rows: readonly PageRow[]) {
    return {
      matched,
      total: Math.min(n, cap),
      more: n > cap,
      items: rows.map(({ reporter_phone_enc, ...r }) => ({
        ...presentSummary(r),
        reporterPhone: reporter_phone_enc ? maskPhone(pii.decrypt(reporter_phone_enc)) : null,
      })),
    };
  }
}
