import { WorkingCalendar, addDuration, type Duration } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import { requireGlobalAdmin, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { notFound } from '../../lib/errors.ts';
import * as repo from './calendar.repository.ts';
import type { AppContext } from '../../lib/context.ts';

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

/** Changes reach this process's deadline clock at once (after the commit), other processes' within a second. */
type Ctx = Pick<AppContext, 'db' | 'deadlines'>;

export async function setOverride(
  ctx: Ctx,
  actor: Actor,
  day: string,
  kind: 'workday' | 'holiday',
  note: string,
) {
  requireGlobalAdmin(actor);
  await ctx.db.transaction().execute(async (tx) => {
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
  ctx.deadlines.invalidate();
}

export async function removeOverride(ctx: Ctx, actor: Actor, day: string) {
  requireGlobalAdmin(actor);
  await ctx.db.transaction().execute(async (tx) => {
    const before = await repo.findOverride(tx, day);
    if (!before) throw notFound('calendar_override');
    await repo.deleteOverride(tx, day);
    await writeAudit(tx, actor, { action: 'delete', entity: 'calendar_override', entityId: day, before });
  });
  ctx.deadlines.invalidate();
}

export async function addToDate(db: DbOrTx, start: Date, duration: Duration) {
  const cal = await loadCalendar(db);
  return { start: start.toISOString(), due: addDuration(start, duration, cal).toISOString() };
}
