import type { Db } from '../../db/database.ts';
import { writeAudit } from '../../lib/audit.ts';
import { notify, type NewNotification } from '../notifications/public.ts';
import * as repo from './whistles.repository.ts';
import { noteRow, whistleNote } from './whistles.notes.ts';

export type DeadlineOutcome = 'fired' | 'not_found' | 'duplicate' | 'inactive';

/**
 * The report-in deadline of one whistle, in one transaction with the whistle locked (as report-ins lock it, so a
 * report-in at the last second is either on time before this runs or late after it). Summons still expected
 * become missing; the whistle moves on to acting; the street and each missing unit are told; timeline and audit
 * rows are written together. A second run finds deadline_checked_at set and does nothing.
 */
export async function fireWhistleDeadline(
  db: Db,
  whistleId: string,
  now = new Date(),
): Promise<DeadlineOutcome> {
  return db.transaction().execute(async (tx) => {
    const w = await repo.lockWhistle(tx, whistleId);
    if (!w) return 'not_found';
    if (w.deadline_checked_at) return 'duplicate';
    if (w.status === 'closed' || w.status === 'void') return 'inactive';
    const missing = await repo.markMissing(tx, w.id, now);
    await repo.updateWhistle(tx, w.id, {
      deadline_checked_at: now,
      ...(w.status === 'open' ? { status: 'acting' } : {}),
    });
    const dueIso = new Date(w.report_due_at).toISOString();
    // Written by the system: no actor (the page names it in the reader's language).
    await repo.insertEvents(tx, [
      {
        whistle_id: w.id,
        action: 'deadline',
        actor_name: null,
        ...noteRow(
          missing.length
            ? whistleNote(
                'whistle_deadline_missing',
                { due: dueIso, units: missing.map((m) => m.unit_name).join('\n') },
                { missing: missing.map((m) => m.unit_id) },
              )
            : whistleNote('whistle_deadline_all', { due: dueIso }, { missing: [] }),
        ),
      },
      ...missing.map((m) => ({
        whistle_id: w.id,
        action: 'missing',
        actor_name: null,
        unit_id: m.unit_id,
        ...noteRow(whistleNote('whistle_missing', { due: dueIso })),
      })),
    ]);
    const notes: NewNotification[] = missing.map((m) => ({
      unitId: m.unit_id,
      whistleId: w.id,
      kind: 'whistle_missing',
      params: { whistleTitle: w.title, due: dueIso },
    }));
    if (missing.length) {
      notes.push({
        unitId: w.street_unit_id,
        whistleId: w.id,
        kind: 'whistle_missing_summary',
        params: { whistleTitle: w.title, units: missing.map((m) => m.unit_name).join('\n'), due: dueIso },
      });
    }
    await notify(tx, notes);
    await writeAudit(tx, null, {
      action: 'update',
      entity: 'whistle',
      entityId: w.id,
      before: { status: w.status },
      after: { deadline: 'checked', missing: missing.map((m) => m.unit_id) },
    });
    return 'fired';
  });
}
