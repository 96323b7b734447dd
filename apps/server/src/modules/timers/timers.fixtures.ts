import type { Db } from '../../db/database.ts';
import type { AssignmentStatus } from '../../db/schema.ts';
import { newCase } from '../../test/factories.ts';

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
  const { caseId, assignmentId } = await newCase(owner, {
    unitId: opts.unitId,
    ...(opts.status ? { assignmentStatus: opts.status } : {}),
    ...(opts.caseStatus ? { status: opts.caseStatus } : {}),
    ...(opts.version !== undefined ? { timerVersion: opts.version } : {}),
  });
  return { caseId, assignmentId };
}
