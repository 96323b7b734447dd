import { caseDistrictOf } from '../../lib/district.ts';
import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';

/**
 * duplicate_decision rows: a candidate shown in one intake (session), then confirmed (the call attached to it)
 * or rejected ("not a duplicate"). Only this module writes the table; the cases module's attach calls
 * {@link confirmAttached} inside its transaction.
 */

export interface ShownCandidate {
  candidateId: string;
  signals: object;
}

/** Records what an operator was shown; a candidate already decided in this session keeps its decision. */
export async function recordShown(
  db: DbOrTx,
  userId: string,
  sessionKey: string,
  callText: string,
  shown: readonly ShownCandidate[],
): Promise<void> {
  if (shown.length === 0) return;
  await db
    .insertInto('duplicate_decision')
    .values(
      shown.map((s) => ({
        session_key: sessionKey,
        candidate_id: s.candidateId,
        // the check belongs where the candidate is (the new case does not exist yet)
        district_code: caseDistrictOf(s.candidateId),
        call_text: callText,
        signals: JSON.stringify(s.signals),
        shown_by: userId,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['district_code', 'session_key', 'candidate_id']).doUpdateSet({
        call_text: sql`CASE WHEN duplicate_decision.decision IS NULL THEN excluded.call_text ELSE duplicate_decision.call_text END`,
        signals: sql`CASE WHEN duplicate_decision.decision IS NULL THEN excluded.signals ELSE duplicate_decision.signals END`,
      }),
    )
    .execute();
}

/** The candidates rejected in this session: a lookup leaves them out. */
export async function rejectedIn(db: DbOrTx, sessionKey: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('duplicate_decision')
    .select('candidate_id')
    .where('session_key', '=', sessionKey)
    .where('decision', '=', 'rejected')
    .execute();
  return new Set(rows.map((r) => String(r.candidate_id)));
}

/** Stores a decision on a candidate (inserting the row when it was never recorded as shown). */
export async function decide(
  db: DbOrTx,
  userId: string,
  d: {
    sessionKey: string;
    candidateId: string;
    decision: 'confirmed' | 'rejected';
    callText: string;
    signals?: object | undefined;
  },
): Promise<{ id: string; decision: 'confirmed' | 'rejected' }> {
  const row = await db
    .insertInto('duplicate_decision')
    .values({
      session_key: d.sessionKey,
      candidate_id: d.candidateId,
      district_code: caseDistrictOf(d.candidateId),
      call_text: d.callText,
      signals: JSON.stringify(d.signals ?? {}),
      decision: d.decision,
      shown_by: userId,
      decided_by: userId,
      decided_at: new Date(),
    })
    .onConflict((oc) =>
      oc.columns(['district_code', 'session_key', 'candidate_id']).doUpdateSet({
        decision: d.decision,
        decided_by: userId,
        decided_at: new Date(),
      }),
    )
    .returning(['id', 'decision'])
    .executeTakeFirstOrThrow();
  return { id: String(row.id), decision: row.decision! };
}

/**
 * 并入此件 counts as a confirmation: called by the cases module's attach inside its transaction. Without the
 * intake's session key the attach is its own session (a call attached without a lookup still confirms).
 */
export async function confirmAttached(
  tx: DbOrTx,
  userId: string,
  caseId: string,
  callText: string,
  sessionKey: string | undefined,
  callerId: string,
): Promise<void> {
  await decide(tx, userId, {
    sessionKey: sessionKey ?? `attach:${callerId}`,
    candidateId: caseId,
    decision: 'confirmed',
    callText,
  });
}
