import type { Db } from '../../db/database.ts';
import { writeAudit } from '../../lib/audit.ts';
import { beijingTime } from '../../lib/time.ts';
import { notify, type NewNotification } from '../notifications/public.ts';
import * as repo from './whistles.repository.ts';

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
    const due = beijingTime(new Date(w.report_due_at));
    await repo.insertEvents(tx, [
      {
        whistle_id: w.id,
        action: 'deadline',
        actor_name: '系统',
        note: missing.length
          ? `报到时限（${due}）已到，未报到：${missing.map((m) => m.unit_name).join('、')}`
          : `报到时限（${due}）已到，全部单位已报到`,
        data: JSON.stringify({ missing: missing.map((m) => m.unit_id) }),
      },
      ...missing.map((m) => ({
        whistle_id: w.id,
        action: 'missing',
        actor_name: '系统',
        unit_id: m.unit_id,
        note: `未在 ${due} 前报到`,
      })),
    ]);
    const dueIso = new Date(w.report_due_at).toISOString();
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
