import { caseDistrict, noteVisibilityFor, type NoteVisibility } from '@onegrid/domain';
import { sql } from 'kysely';
import type { Insertable, QueryCreator, Updateable } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { AssignmentTable, CaseTable, Database, IdempotencyKeyTable } from '../../db/schema.ts';
import { caseDistrictOf } from '../../lib/district.ts';
import { auditValues, type AuditActor, type AuditEntry } from '../../lib/audit.ts';
import { notificationValues, type NewNotification } from '../notifications/public.ts';

/** Next case number: the Shanghai date of `at` followed by 8 digits of a global sequence. */
export async function nextCaseId(db: DbOrTx, at: Date): Promise<string> {
  const row = await sql<{ id: string }>`
    SELECT (to_char(${at}::timestamptz AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD')::bigint * 100000000
            + nextval('case_seq') % 100000000)::text AS id`.execute(db);
  return row.rows[0]!.id;
}

export async function insertCase(db: DbOrTx, row: Insertable<CaseTable>) {
  await db.insertInto('case').values(row).execute();
}

export { caseDistrictOf };

export async function lockCase(db: DbOrTx, id: string) {
  return db.selectFrom('case').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findCase(db: DbOrTx, id: string) {
  return db.selectFrom('case').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateCase(db: DbOrTx, id: string, patch: Updateable<CaseTable>) {
  await db
    .updateTable('case')
    .set({ ...patch, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** An assignment to insert; its district is the case's unless given (a new case's, written in the same statement). */
export type NewAssignment = Omit<Insertable<AssignmentTable>, 'district_code'> & { district_code?: string };

function assignmentValues(r: NewAssignment) {
  return { ...r, district_code: r.district_code ?? caseDistrictOf(r.case_id) };
}

export async function insertAssignments(db: DbOrTx, rows: NewAssignment[]) {
  if (rows.length === 0) return [];
  return db
    .insertInto('assignment')
    .values(rows.map(assignmentValues))
    .returning(['id', 'unit_id', 'role', 'timer_version'])
    .execute();
}

export async function assignmentsOf(db: DbOrTx, caseId: string) {
  return db
    .selectFrom('assignment as a')
    .innerJoin('unit as u', 'u.id', 'a.unit_id')
    .select([
      'a.id',
      'a.unit_id',
      'u.name as unit_name',
      'u.kind as unit_kind',
      'u.parent_id as unit_parent_id',
      'a.role',
      'a.status',
      'a.created_at',
      'a.accepted_at',
      'a.reported_at',
      'a.accept_due_at',
      'a.respond_due_at',
      'a.resolve_due_at',
      'a.warned_at',
      'a.overdue_at',
      'a.timer_version',
      'a.extension_until',
      'a.extension_reason',
      'a.return_reason',
      'a.result',
      'a.release_reason',
    ])
    .where('a.case_id', '=', caseId)
    .orderBy('a.created_at')
    .orderBy('a.role', 'desc')
    .orderBy('a.id')
    .execute();
}

export async function updateAssignment(db: DbOrTx, id: string, patch: Updateable<AssignmentTable>) {
  await db.updateTable('assignment').set(patch).where('id', '=', id).execute();
}

export interface NewCaseEvent {
  caseId: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  actorId: string | null;
  actorName: string | null;
  unitId: string | null;
  note?: string | null;
  data?: unknown;
  public?: boolean;
  /** Who the note is for; default per action (packages/domain noteVisibilityFor). */
  noteVisibility?: NoteVisibility;
  /** default: the transaction's start */
  at?: Date;
  /** the case's district (caseDistrict); default: read from the case as the event is written */
  districtCode?: string;
}

function eventValues(e: NewCaseEvent) {
  return {
    case_id: e.caseId,
    district_code: e.districtCode ?? caseDistrictOf(e.caseId),
    ...(e.at ? { at: e.at } : {}),
    action: e.action,
    from_status: e.fromStatus,
    to_status: e.toStatus,
    actor_id: e.actorId,
    actor_name: e.actorName,
    unit_id: e.unitId,
    note: e.note ?? null,
    data: e.data === undefined ? null : JSON.stringify(e.data),
    public: e.public ?? true,
    note_visibility: e.noteVisibility ?? noteVisibilityFor(e.action),
  };
}

/** Several events in one statement; the ids come back in the order given. */
export async function insertEvents(db: DbOrTx, events: NewCaseEvent[]): Promise<string[]> {
  if (events.length === 0) return [];
  const rows = await db
    .insertInto('case_event')
    .values(events.map(eventValues))
    .returning(['id', 'case_id', 'action'])
    .execute();
  // RETURNING follows the VALUES order in PostgreSQL, but match by (case, action) rather than rely on it.
  const byKey = new Map(rows.map((r) => [`${r.case_id}|${r.action}`, r.id]));
  return events.map((e) => byKey.get(`${e.caseId}|${e.action}`)!);
}

export async function insertEvent(db: DbOrTx, e: NewCaseEvent) {
  const row = await db
    .insertInto('case_event')
    .values(eventValues(e))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * New cases with everything they write, in one statement: each table's rows in a data-modifying CTE, the
 * timeline last (its ids come back, in the order given). Foreign keys between them are checked at the statement's
 * end, so the order of the CTEs does not matter to PostgreSQL.
 */
export async function insertCaseRows(
  db: DbOrTx,
  rows: {
    cases: Insertable<CaseTable>[];
    events: NewCaseEvent[];
    assignments: NewAssignment[];
    notifications: NewNotification[];
    audits: { actor: AuditActor; entry: AuditEntry }[];
    /** idempotency keys to claim; a key taken before fails the statement (unique violation) */
    claims?: Insertable<IdempotencyKeyTable>[];
  },
): Promise<string[]> {
  if (rows.events.length === 0) throw new Error('insertCaseRows: every case has a timeline');
  // The children carry their case's district; the cases are written by this very statement, invisible to a read of
  // it, so the district comes from the rows given.
  const districts = new Map(
    rows.cases.map((c) => [
      String(c.id),
      caseDistrict({ district_code: c.district_code ?? null, region_path: c.region_path }),
    ]),
  );
  const districtOf = (caseId: string | number) => {
    const d = districts.get(String(caseId));
    if (!d)
      throw new Error(`insertCaseRows: a child of case ${caseId}, which is not among the cases written`);
    return d;
  };
  rows = {
    ...rows,
    events: rows.events.map((e) => ({ ...e, districtCode: e.districtCode ?? districtOf(e.caseId) })),
    assignments: rows.assignments.map((a) => ({
      ...a,
      district_code: a.district_code ?? districtOf(a.case_id),
    })),
  };
  let q: QueryCreator<Database> = db.with('c', (w) => w.insertInto('case').values(rows.cases));
  if (rows.assignments.length > 0)
    q = q.with('a', (w) => w.insertInto('assignment').values(rows.assignments.map(assignmentValues)));
  if (rows.notifications.length > 0)
    q = q.with('n', (w) => w.insertInto('notification').values(rows.notifications.map(notificationValues)));
  if (rows.claims && rows.claims.length > 0) {
    const claims = rows.claims;
    q = q.with('k', (w) => w.insertInto('idempotency_key').values(claims));
  }
  if (rows.audits.length > 0)
    q = q.with('l', (w) =>
      w.insertInto('audit_log').values(rows.audits.map((r) => auditValues(r.actor, r.entry))),
    );
  const inserted = await q
    .insertInto('case_event')
    .values(rows.events.map(eventValues))
    .returning(['id', 'case_id', 'action'])
    .execute();
  const byKey = new Map(inserted.map((r) => [`${r.case_id}|${r.action}`, r.id]));
  return rows.events.map((e) => byKey.get(`${e.caseId}|${e.action}`)!);
}

/** n numbers of the case sequence, for case ids made by `caseIdOf`. */
export async function nextCaseSeqs(db: DbOrTx, n: number): Promise<bigint[]> {
  const { rows } = await sql<{ n: string }>`
    SELECT nextval('case_seq')::text AS n FROM generate_series(1, ${n}::int)`.execute(db);
  return rows.map((r) => BigInt(r.n));
}

export async function eventsOf(db: DbOrTx, caseId: string) {
  return db
    .selectFrom('case_event as e')
    .leftJoin('unit as u', 'u.id', 'e.unit_id')
    .select([
      'e.id',
      'e.at',
      'e.action',
      'e.from_status',
      'e.to_status',
      'e.actor_id',
      'e.actor_name',
      'u.name as unit_name',
      'e.note',
      'e.data',
      'e.public',
      'e.note_visibility',
    ])
    .where('e.case_id', '=', caseId)
    .orderBy('e.id')
    .execute();
}

export async function photosOf(db: DbOrTx, caseId: string) {
  return db
    .selectFrom('upload')
    .select(['id', 'event_id'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();
}

/** Callers attached to the case after its first report (repeat calls), oldest first. */
export async function callersOf(db: DbOrTx, caseId: string) {
  return db
    .selectFrom('case_caller')
    .select(['id', 'created_at', 'channel', 'name_enc', 'phone_enc', 'description', 'informed_at'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function childrenOf(db: DbOrTx, caseId: string) {
  return db.selectFrom('case').select('id').where('parent_id', '=', caseId).orderBy('id').execute();
}

export async function lastEventAt(db: DbOrTx, caseId: string, action: string) {
  const row = await db
    .selectFrom('case_event')
    .select('at')
    .where('case_id', '=', caseId)
    .where('action', '=', action)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row?.at;
}

export async function gridWorkerIds(db: DbOrTx, gridCode: string) {
  return (
    await db.selectFrom('grid_worker').select('user_id').where('grid_code', '=', gridCode).execute()
  ).map((r) => r.user_id);
}

export async function isGridWorkerOf(db: DbOrTx, userId: string, gridCode: string) {
  return Boolean(
    await db
      .selectFrom('grid_worker')
      .select('user_id')
      .where('grid_code', '=', gridCode)
      .where('user_id', '=', userId)
      .executeTakeFirst(),
  );
}

/** The unit that dispatches for a region: its district government (the 12345 centre). */
export async function dispatchUnitFor(db: DbOrTx, districtCode: string | null) {
  let q = db
    .selectFrom('unit')
    .select(['id', 'name', 'jurisdiction_path'])
    .where('kind', '=', 'government')
    .where('active', '=', true);
  if (districtCode) q = q.where('jurisdiction_code', '=', districtCode);
  return (
    (await q.executeTakeFirst()) ??
    (await db
      .selectFrom('unit')
      .select(['id', 'name', 'jurisdiction_path'])
      .where('kind', '=', 'government')
      .executeTakeFirst())
  );
}

export async function unitsByIds(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('unit')
    .select(['id', 'name', 'kind', 'jurisdiction_path', 'parent_id', 'active'])
    .where('id', 'in', ids)
    .execute();
}
