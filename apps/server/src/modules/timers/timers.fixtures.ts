import type { Db } from '../../db/database.ts';
import type { AssignmentStatus } from '../../db/schema.ts';

let seq = 0;

/** A case number in the 2026-11 partition; unique within a test database. */
export function nextCaseId(): string {
  seq += 1;
  return String(2026112200000000 + seq);
}

export async function unitIdByName(owner: Db, name: string): Promise<string> {
  const row = await owner.selectFrom('unit').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

/** A minimal case with one assignment, written directly as the owner (tests of timers need only the FKs). */
export async function insertAssignment(
  owner: Db,
  opts: {
    unitId: string;
    status?: AssignmentStatus;
    caseStatus?: 'dispatched' | 'in_progress' | 'suspended';
    version?: number;
  },
): Promise<{ caseId: string; assignmentId: string }> {
  const unit = await owner
    .selectFrom('unit')
    .select('jurisdiction_path')
    .where('id', '=', opts.unitId)
    .executeTakeFirstOrThrow();
  const caseId = nextCaseId();
  await owner
    .insertInto('case')
    .values({
      id: caseId,
      status: opts.caseStatus ?? 'dispatched',
      request_type: 'complaint',
      channel: 'hotline',
      urgency: 'ordinary',
      title: '小区门口垃圾堆积',
      description: '测试用案件',
      region_path: unit.jurisdiction_path,
      lead_unit_id: opts.unitId,
    })
    .execute();
  const a = await owner
    .insertInto('assignment')
    .values({
      case_id: caseId,
      unit_id: opts.unitId,
      role: 'lead',
      status: opts.status ?? 'pending',
      timer_version: opts.version ?? 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { caseId, assignmentId: a.id };
}

export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 200));
  }
}
