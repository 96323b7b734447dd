import {
  deadlinesOf,
  warningShareFrom,
  type DeadlinePolicy,
  type Deadlines,
  type Urgency,
  type WorkingCalendar,
} from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { settingValue } from '../../db/settings.ts';
import { referenceVersion, VersionedCache } from '../../lib/versioned-cache.ts';
import { listCategories } from '../categories/public.ts';
import { loadCalendar } from '../calendar/calendar.service.ts';
import { listPolicies } from './deadlines.repository.ts';

export type { Deadlines };

/** setting key of the share of a deadline's time after which it warns. */
export const WARNING_SHARE_KEY = 'deadline_warning_share';

/** What deadlines are computed from: the policies, the working calendar and the warning share. */
export interface DeadlineSnapshot {
  policies: DeadlinePolicy[];
  calendar: WorkingCalendar;
  warningShare: number;
  /** Each category's parent code, to find the policy of the nearest ancestor that has one. */
  parents: ReadonlyMap<string, string | null>;
}

async function loadSnapshot(db: DbOrTx): Promise<DeadlineSnapshot> {
  const [rows, calendar, share, categories] = await Promise.all([
    listPolicies(db),
    loadCalendar(db),
    settingValue(db, WARNING_SHARE_KEY),
    listCategories(db),
  ]);
  return {
    parents: new Map(categories.map((c) => [c.code, c.parent_code])),
    policies: rows.map((p) => ({
      categoryCode: p.category_code,
      urgency: p.urgency,
      accept: { value: p.accept_value, unit: p.accept_unit },
      respond: { value: p.respond_value, unit: p.respond_unit },
      resolve: { value: p.resolve_value, unit: p.resolve_unit },
    })),
    calendar,
    warningShare: warningShareFrom(share),
  };
}

/**
 * Policies, calendar and warning share change rarely and are read on every intake: the process keeps a copy in
 * the AppContext (`ctx.deadlines`), reloaded when the reference version moves (triggers on deadline_policy,
 * calendar_override and setting move it). The rules themselves are in the domain (calendar/policy.ts).
 */
export class DeadlineClock {
  private readonly cache: VersionedCache<DeadlineSnapshot>;

  constructor(db: Db, checkEveryMs = 1000) {
    this.cache = new VersionedCache(db, loadSnapshot, checkEveryMs, referenceVersion, 'deadlines');
  }

  current(): Promise<DeadlineSnapshot> {
    return this.cache.current();
  }

  /** Deadlines starting at `start`; `chain` is the category then its ancestors, nearest first. */
  async deadlinesFor(start: Date, chain: readonly string[], urgency: Urgency): Promise<Deadlines> {
    const s = await this.current();
    return deadlinesOf(s.policies, start, chain, urgency, s.calendar);
  }

  /** Deadlines starting at `start` for a case of this category (its policy, or its nearest ancestor's). */
  async forCategory(start: Date, categoryCode: string | null, urgency: Urgency): Promise<Deadlines> {
    const s = await this.current();
    const chain: string[] = [];
    for (let c = categoryCode; c && !chain.includes(c); c = s.parents.get(c) ?? null) chain.push(c);
    return deadlinesOf(s.policies, start, chain, urgency, s.calendar);
  }

  async warningShare(): Promise<number> {
    return (await this.current()).warningShare;
  }

  /** After an administrator changed policies, the calendar or the warning share in this process (after commit). */
  invalidate(): void {
    this.cache.invalidate();
  }
}
