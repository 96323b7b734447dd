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
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { forbidden } from '../../lib/errors.ts';
import { maskPhone, type PiiCipher } from '../../lib/pii.ts';
import { caseScope, caseVisible } from '../../lib/scope.ts';
import { presentSummary, summaryColumns } from './cases.query.ts';
import { wordsQuery } from './search-words.ts';

/** The desk and those above it: hotline operators, dispatchers, supervisors. */
export const SEARCH_ROLES = ['operator', 'dispatcher', 'supervisor'] as const;
/** Totals are exact up to here and "more than" beyond: counting a million matches costs what reading them does. */
export const TOTAL_CAP = 1000;

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

export async function searchCases(db: Db, pii: PiiCipher, actor: Actor, f: SearchFilter) {
  if (!hasRole(actor, ...SEARCH_ROLES)) throw forbidden();
  const read: SearchText | null = f.q ? readSearchText(f.q) : null;
  let q = db
    .selectFrom('case as c')
    .leftJoin('category as k', 'k.code', 'c.category_code')
    .leftJoin('unit as u', 'u.id', 'c.lead_unit_id')
    .leftJoin('region as s', 's.code', 'c.street_code')
    .leftJoin('region as m', 'm.code', 'c.community_code')
    .leftJoin('grid as g', 'g.code', 'c.grid_code')
    .where(caseVisible(caseScope(actor)))
    .where('c.hidden_at', 'is', null);

  let nothing = false;
  if (read?.kind === 'number') {
    const r = caseNumberRange(read.prefix);
    q = q.where('c.id', '>=', r.from).where('c.id', '<', r.to);
  } else if (read?.kind === 'phone') {
    // The caller's cases first, by the blind index alone — the first reporter's phone (an ordered scan of
    // case_caller_idx, newest first) and further callers attached to a case (case_caller) — then the page among
    // those numbers: a plain list of numbers lets PostgreSQL visit only their partitions, by primary key, whatever
    // it guesses about how often this phone calls.
    const hash = pii.blindIndex(read.phone);
    const found = await sql<{ id: string }>`
      SELECT id::text FROM (SELECT id FROM "case" WHERE reporter_phone_hash = ${hash}
                            ORDER BY id DESC LIMIT ${TOTAL_CAP + 1}) own
      UNION SELECT case_id::text FROM case_caller WHERE phone_hash = ${hash}`.execute(db);
    const ids = found.rows.map((r) => r.id);
    if (ids.length === 0) nothing = true;
    else q = q.where('c.id', 'in', ids);
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

  // The capped count, then (for a phone) its audit row, beside the page: three round trips in two lanes.
  const counting = db
    .selectFrom(
      q
        .select('c.id')
        .limit(TOTAL_CAP + 1)
        .as('x'),
    )
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow()
    .then(async (counted) => {
      if (read?.kind === 'phone')
        // A look-up by a person's phone is a view of personal data: audited (how many cases, never the phone),
        // committed durably like every audit row before the answer leaves.
        await writeAudit(db, actor, {
          action: 'view_pii',
          entity: 'case',
          entityId: null,
          after: { purpose: 'case_search_phone', class: 'P1', cases: counted.n },
        });
      return counted;
    });
  const paging = q
    .select([...summaryColumns, 'c.reporter_phone_enc'])
    .orderBy('c.id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  const [counted, rows] = await Promise.all([counting, paging]);

  return {
    matched,
    total: Math.min(counted.n, TOTAL_CAP),
    more: counted.n > TOTAL_CAP,
    items: rows.map(({ reporter_phone_enc, ...r }) => ({
      ...presentSummary(r),
      reporterPhone: reporter_phone_enc ? maskPhone(pii.decrypt(reporter_phone_enc)) : null,
    })),
  };
}
