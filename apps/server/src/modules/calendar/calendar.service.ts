import { WorkingCalendar, addDuration, type Duration } from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { requireGlobalAdmin, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { notFound } from '../../lib/errors.ts';
import * as repo from './calendar.repository.ts';

// Caches built on the calendar (the deadline clock's) register here to forget it when an administrator changes it
// in this process: the deadlines module depends on the calendar, not the other way round.
const changeListeners = new Set<() => void>();
export function onCalendarChange(listener: () => void): void {
  changeListeners.add(listener);
}
function calendarChanged(): void {
  for (const listener of changeListeners) listener();
}

/** The working calendar: the official one from the package, with the administrators' overrides on top. */
export async function loadCalendar(db: DbOrTx): Promise<WorkingCalendar> {
  const overrides = await repo.listOverrides(db);
  return new WorkingCalendar({
    overrides: overrides.map((o) => ({ day: o.day, kind: o.kind, note: o.note })),
  });
}

export async function calendarYear(db: DbOrTx, year: number) {
  const cal = await loadCalendar(db);
  const days = cal.specialDays(year).map((d) => ({
    date: d.day,
    kind: d.kind,
    source: d.source === 'override' ? ('override' as const) : ('official' as const),
    name: d.name,
    nameEn: d.nameEn,
  }));
  return { year, days };
}

export async function setOverride(
  db: Db,
  actor: Actor,
  day: string,
  kind: 'workday' | 'holiday',
  note: string,
) {
  requireGlobalAdmin(actor);
  calendarChanged();
  await db.transaction().execute(async (tx) => {
    const before = await repo.findOverride(tx, day);
    await repo.upsertOverride(tx, { day, kind, note });
    await writeAudit(tx, actor, {
      action: before ? 'update' : 'create',
      entity: 'calendar_override',
      entityId: day,
      before: before ?? undefined,
      after: { day, kind, note },
    });
  });
}

export async function removeOverride(db: Db, actor: Actor, day: string) {
  requireGlobalAdmin(actor);
  calendarChanged();
  await db.transaction().execute(async (tx) => {
    const before = await repo.findOverride(tx, day);
    if (!before) throw notFound('calendar_override');
    await repo.deleteOverride(tx, day);
    await writeAudit(tx, actor, { action: 'delete', entity: 'calendar_override', entityId: day, before });
  });
}

export async function addToDate(db: DbOrTx, start: Date, duration: Duration) {
  const cal = await loadCalendar(db);
  return { start: start.toISOString(), due: addDuration(start, duration, cal).toISOString() };
}
