import { notWithheld } from '../replyquality/public.ts';
import { FINISHED_STATUSES } from '@onegrid/domain';
import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';

/** What publicView needs of a case's category. */
export async function publicationCategory(db: DbOrTx, code: string | null) {
  if (!code) return undefined;
  return db
    .selectFrom('category')
    .select(['code', 'name_zh', 'name_en', 'public', 'facility'])
    .where('code', '=', code)
    .executeTakeFirst();
}

/** The latest result reported by the case's lead unit. */
export async function leadResult(db: DbOrTx, caseId: string): Promise<string | null> {
  const row = await db
    .selectFrom('assignment')
    .select('result')
    .where('case_id', '=', caseId)
    .where('role', '=', 'lead')
    .where('result', 'is not', null)
    // a reply held by the reply-quality gate is not published until approved
    .where(notWithheld('assignment'))
    .orderBy('reported_at', 'desc')
    .executeTakeFirst();
  return row?.result ?? null;
}

/** Reporter name and phone gone for good; the case keeps its content. */
export async function eraseContact(db: DbOrTx, caseIds: readonly string[]) {
  if (caseIds.length === 0) return;
  await db
    .updateTable('case')
    .set({
      reporter_name_enc: null,
      reporter_phone_enc: null,
      reporter_phone_hash: null,
      contact_erased_at: sql`now()`,
    })
    .where('id', 'in', [...caseIds])
    .execute();
  // The further callers attached at intake (case_caller) go with the reporter.
  await db
    .updateTable('case_caller')
    .set({ name_enc: null, phone_enc: null, phone_hash: null })
    .where('case_id', 'in', [...caseIds])
    .execute();
}

/**
 * Up to `limit` finished cases closed before `cutoff` that still hold contact data, locked; rows another process
 * holds are skipped (it is erasing them).
 */
export async function lockExpiredContacts(db: DbOrTx, cutoff: Date, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('case')
    .select('id')
    .where('status', 'in', [...FINISHED_STATUSES])
    .where(sql<Date>`coalesce(closed_at, updated_at)`, '<', cutoff)
    .where((eb) =>
      eb.or([
        eb('reporter_name_enc', 'is not', null),
        eb('reporter_phone_enc', 'is not', null),
        eb.exists(
          eb
            .selectFrom('case_caller as cc')
            .select('cc.id')
            .whereRef('cc.case_id', '=', 'case.id')
            .where((e) => e.or([e('cc.name_enc', 'is not', null), e('cc.phone_enc', 'is not', null)])),
        ),
      ]),
    )
    .orderBy('id')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
  return rows.map((r) => r.id);
}

export async function setHidden(db: DbOrTx, caseId: string, hidden: { at: Date; by: string } | null) {
  await db
    .updateTable('case')
    .set({ hidden_at: hidden?.at ?? null, hidden_by: hidden?.by ?? null })
    .where('id', '=', caseId)
    .execute();
}
