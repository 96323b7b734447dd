import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';

export async function findAssignmentCaseId(db: DbOrTx, assignmentId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('assignment')
    .select('case_id')
    .where('id', '=', assignmentId)
    .executeTakeFirst();
  return row?.case_id;
}

/** FOR SHARE: waits for a transition holding the case (FOR UPDATE) and keeps its status while the timer acts. */
export async function lockCaseShared(db: DbOrTx, caseId: string) {
  return db
    .selectFrom('case')
    .select(['id', 'status', 'title', 'region_path', 'district_code'])
    .where('id', '=', caseId)
    .forShare()
    .executeTakeFirst();
}

export async function lockAssignment(db: DbOrTx, assignmentId: string) {
  return db
    .selectFrom('assignment')
    .select(['id', 'case_id', 'unit_id', 'status', 'timer_version', 'warned_at', 'overdue_at'])
    .where('id', '=', assignmentId)
    .forUpdate()
    .executeTakeFirst();
}

/** Whether the timer with this key already wrote its event (the deduplication of redelivered jobs). */
export async function hasTimerEvent(
  db: DbOrTx,
  caseId: string,
  action: string,
  timerKey: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('case_event')
    .select('id')
    .where('case_id', '=', caseId)
    .where('action', '=', action)
    .where(sql<string>`data->>'timerKey'`, '=', timerKey)
    .executeTakeFirst();
  return row !== undefined;
}

export async function findUnit(db: DbOrTx, unitId: string) {
  return db
    .selectFrom('unit')
    .select(['id', 'name', 'kind', 'parent_id', 'jurisdiction_path', 'phone'])
    .where('id', '=', unitId)
    .executeTakeFirst();
}

/** The deepest active government unit whose jurisdiction contains the path (the district government). */
export async function findGovernmentFor(db: DbOrTx, regionPath: string) {
  return db
    .selectFrom('unit')
    .select(['id', 'name', 'kind', 'parent_id', 'jurisdiction_path', 'phone'])
    .where('kind', '=', 'government')
    .where('active', '=', true)
    .where(sql<boolean>`${regionPath} LIKE unit.jurisdiction_path || '%'`)
    .orderBy(sql`length(unit.jurisdiction_path)`, 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function markAssignment(
  db: DbOrTx,
  assignmentId: string,
  column: 'warned_at' | 'overdue_at',
  at: Date,
): Promise<void> {
  // Only the first edge sets the time; a later deadline's edge (resolve after accept) keeps it.
  await db
    .updateTable('assignment')
    .set({ [column]: sql`coalesce(${sql.ref(column)}, ${at})` })
    .where('id', '=', assignmentId)
    .execute();
}
