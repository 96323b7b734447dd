import { addDuration, type Duration, type Urgency, type WorkingCalendar } from '@onegrid/domain';
import type { DbOrTx } from '../../db/database.ts';
import { categoryAncestors } from '../categories/public.ts';
import { loadCalendar, onCalendarChange } from '../calendar/calendar.service.ts';
import { listPolicies, policiesVersion } from './deadlines.repository.ts';

export interface Deadlines {
  acceptDue: Date;
  respondDue: Date;
  resolveDue: Date;
}

type PolicyRow = Awaited<ReturnType<typeof listPolicies>>[number];

// Policies and calendar change rarely and are read on every intake. Each process keeps a copy and reloads it when
// the reference version moves (triggers on deadline_policy and calendar_override move it, as for the routing data
// of ReferenceService), checked at most once a second: another process's change is seen within that second.
const CHECK_EVERY_MS = 1_000;
type Snapshot = { version: string; checkedAt: number; policies: PolicyRow[]; calendar: WorkingCalendar };
let cached: Snapshot | undefined;
// The check under way: requests arriving together share it rather than each querying.
let loading: Promise<Snapshot> | undefined;
let generation = 0;

async function snapshot(db: DbOrTx): Promise<Snapshot> {
  if (cached && Date.now() - cached.checkedAt < CHECK_EVERY_MS) return cached;
  if (!loading) {
    const started = generation;
    loading = (async () => {
      const version = await policiesVersion(db);
      if (cached && cached.version === version) {
        cached.checkedAt = Date.now();
        return cached;
      }
      const [policies, calendar] = await Promise.all([listPolicies(db), loadCalendar(db)]);
      const next = { version, checkedAt: Date.now(), policies, calendar };
      // A copy loaded across a forgetDeadlineCache() may predate the change: answer with it, do not keep it.
      if (started === generation) cached = next;
      return next;
    })().finally(() => {
      if (started === generation) loading = undefined;
    });
  }
  return loading;
}

/** After an administrator changed policies or the calendar in this process. */
export function forgetDeadlineCache(): void {
  cached = undefined;
  loading = undefined;
  generation++;
}
onCalendarChange(forgetDeadlineCache);

/** The policies and the working calendar, as this process holds them (reloaded when they change). */
export type DeadlineSnapshot = Awaited<ReturnType<typeof snapshot>>;
export const deadlineSnapshot = snapshot;

/** The policy for (category, urgency): the category's own, else its nearest ancestor's, else the default. */
export async function deadlinesFor(
  db: DbOrTx,
  start: Date,
  categoryCode: string | null,
  urgency: Urgency,
): Promise<Deadlines> {
  const chain = categoryCode ? [categoryCode, ...(await categoryAncestors(db, categoryCode))] : [];
  return deadlinesFrom(await snapshot(db), start, chain, urgency);
}

/** deadlinesFor with the category chain (the category, then its ancestors nearest first) already known. */
export function deadlinesFrom(
  { policies, calendar }: DeadlineSnapshot,
  start: Date,
  chain: readonly string[],
  urgency: Urgency,
): Deadlines {
  const policy =
    chain.map((c) => policies.find((p) => p.category_code === c && p.urgency === urgency)).find(Boolean) ??
    policies.find((p) => p.category_code === null && p.urgency === urgency);
  const d = (value: number, unit: Duration['unit']): Duration => ({ value, unit });
  if (!policy) {
    // No policy at all: the Beijing defaults of DESIGN.md §4.
    const fallback: Record<Urgency, Duration> = {
      emergency: d(2, 'hours'),
      urgent: d(24, 'hours'),
      ordinary: d(7, 'working_days'),
      complex: d(15, 'working_days'),
    };
    const resolveDue = addDuration(start, fallback[urgency], calendar);
    return {
      acceptDue: addDuration(start, d(2, 'working_hours'), calendar),
      respondDue: resolveDue,
      resolveDue,
    };
  }
  return {
    acceptDue: addDuration(start, d(policy.accept_value, policy.accept_unit), calendar),
    respondDue: addDuration(start, d(policy.respond_value, policy.respond_unit), calendar),
    resolveDue: addDuration(start, d(policy.resolve_value, policy.resolve_unit), calendar),
  };
}
