/**
 * 村(居)务公开: a village's or community's disclosure catalogue — each entry an item with its legal basis, how often it
 * must be published and where (公开栏, online, a meeting) — and when the next publication is due.
 *
 * Frequency (《村民委员会组织法》第三十条; 民政部 《村务公开目录》): general items at least once a quarter, finance once a
 * month, major matters at once — within a few working days of the event (a resolution, a contract signed, a subsidy
 * approved). A periodic entry owes one publication per calendar month or quarter (Shanghai days), due a number of
 * working days after the period ends (财务收支 of November by the 10th working day of December); an at-once entry owes
 * one per event, due that many working days after it. Working days follow the working calendar.
 */
import { addDuration } from '../calendar/deadline.ts';
import { dayNumberOf, dayStartMs, formatDay, parseDay } from '../calendar/time.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { maskName, deidentify } from '../privacy/deidentify.ts';
import type { PowerCategory } from './power.ts';

export const FREQUENCIES = ['monthly', 'quarterly', 'at_once'] as const;
export type DisclosureFrequency = (typeof FREQUENCIES)[number];
export const CHANNELS = ['board', 'online', 'meeting'] as const;
export type DisclosureChannel = (typeof CHANNELS)[number];

/** Working days after the period (or the event) by which the publication is due, unless the entry says otherwise. */
export const DEFAULT_DUE_WORKING_DAYS: Record<DisclosureFrequency, number> = {
  monthly: 10,
  quarterly: 10,
  at_once: 5,
};

/** The least a category may be published: finance monthly, major matters at once, anything else quarterly. */
export function requiredFrequency(category: PowerCategory): DisclosureFrequency {
  if (category === 'finance') return 'monthly';
  if (category === 'major_decision') return 'at_once';
  return 'quarterly';
}

/**
 * Whether a catalogue entry's frequency meets its category's minimum: monthly meets quarterly; at-once items (major
 * matters) must stay at once; finance must be monthly.
 */
export function frequencyAllowed(category: PowerCategory, frequency: DisclosureFrequency): boolean {
  const need = requiredFrequency(category);
  if (need === 'quarterly') return true;
  return frequency === need;
}

// ---- periods ------------------------------------------------------------------------------------------------

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The period (‘2026-11’, ‘2026-Q4’) holding a Shanghai day. */
export function periodOf(frequency: 'monthly' | 'quarterly', day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return frequency === 'monthly' ? `${y}-${String(m).padStart(2, '0')}` : `${y}-Q${Math.ceil(m / 3)}`;
}

export function isPeriodKey(frequency: 'monthly' | 'quarterly', key: string): boolean {
  return (frequency === 'monthly' ? MONTH : QUARTER).test(key);
}

/** First day of a period and first day of the next (Shanghai day numbers). */
export function periodBounds(key: string): { first: number; next: number } {
  const m = MONTH.exec(key);
  const q = QUARTER.exec(key);
  let y: number;
  let m0: number;
  let months: number;
  if (m) [y, m0, months] = [Number(m[1]), Number(m[2]), 1];
  else if (q) [y, m0, months] = [Number(q[1]), (Number(q[2]) - 1) * 3 + 1, 3];
  else throw new RangeError(`not a period: ${key}`);
  const first = Date.UTC(y, m0 - 1, 1) / 86_400_000;
  const next = Date.UTC(y, m0 - 1 + months, 1) / 86_400_000;
  return { first, next };
}

export function nextPeriod(key: string): string {
  const { next } = periodBounds(key);
  return periodOf(MONTH.test(key) ? 'monthly' : 'quarterly', formatDay(next));
}

/** When the publication of a period is due: N working days after it ends (17:30 of the N-th working day). */
export function periodDueAt(key: string, dueWorkingDays: number, cal: WorkingCalendar): Date {
  const end = new Date(dayStartMs(periodBounds(key).next));
  return addDuration(end, { value: dueWorkingDays, unit: 'working_days' }, cal);
}

/** When an at-once publication is due: N working days after the event. */
export function eventDueAt(occurredAt: Date, dueWorkingDays: number, cal: WorkingCalendar): Date {
  return addDuration(occurredAt, { value: dueWorkingDays, unit: 'working_days' }, cal);
}

// ---- what is owed ---------------------------------------------------------------------------------------------

export interface CatalogueEntryFacts {
  frequency: DisclosureFrequency;
  dueWorkingDays: number;
  /** The day the entry was adopted (YYYY-MM-DD): the first period it owes is the one holding this day. */
  since: string;
  /** Periods with a publication in force (withdrawn ones do not count). */
  publishedPeriods: readonly string[];
  /** At-once entries: the events that call for a publication, and whether one is in force. */
  events?: readonly { id: string; occurredAt: Date; published: boolean }[];
}

/**
 * - none: nothing owed (an at-once entry with every event published)
 * - open: the period is still running; its publication will be due at dueAt
 * - due: the period ended (or the event happened); publish by dueAt
 * - overdue: dueAt passed without a publication
 */
export type DueState = 'none' | 'open' | 'due' | 'overdue';

export interface NextDisclosure {
  state: DueState;
  /** What is owed: 'period:2026-11' or 'event:<id>'; an overdue alert is raised once per key. */
  dueKey: string | null;
  periodKey: string | null;
  eventId: string | null;
  dueAt: Date | null;
  /** Publications owed whose due date has passed (missed periods or events), the one above included. */
  overdueCount: number;
}

/** The publication an entry owes next, when it is due and whether it is overdue. */
export function nextDisclosure(e: CatalogueEntryFacts, now: Date, cal: WorkingCalendar): NextDisclosure {
  if (e.frequency === 'at_once') {
    const owed = (e.events ?? [])
      .filter((v) => !v.published)
      .map((v) => ({ ...v, dueAt: eventDueAt(v.occurredAt, e.dueWorkingDays, cal) }))
      .sort((a, b) => +a.dueAt - +b.dueAt);
    const first = owed[0];
    if (!first)
      return { state: 'none', dueKey: null, periodKey: null, eventId: null, dueAt: null, overdueCount: 0 };
    const overdueCount = owed.filter((v) => +v.dueAt < +now).length;
    return {
      state: +first.dueAt < +now ? 'overdue' : 'due',
      dueKey: `event:${first.id}`,
      periodKey: null,
      eventId: first.id,
      dueAt: first.dueAt,
      overdueCount,
    };
  }
  const published = new Set(e.publishedPeriods);
  const today = dayNumberOf(now);
  let key = periodOf(e.frequency, e.since);
  let owed: string | null = null;
  let overdueCount = 0;
  // from the adoption forward: the first period without a publication, and how many owed ones are past due
  while (periodBounds(key).first <= today) {
    if (!published.has(key)) {
      owed ??= key;
      if (+periodDueAt(key, e.dueWorkingDays, cal) < +now) overdueCount += 1;
    }
    key = nextPeriod(key);
  }
  owed ??= key; // everything up to the running period is published: the next one is owed
  const dueAt = periodDueAt(owed, e.dueWorkingDays, cal);
  const ends = dayStartMs(periodBounds(owed).next);
  const state: DueState = +dueAt < +now ? 'overdue' : +now < ends ? 'open' : 'due';
  return { state, dueKey: `period:${owed}`, periodKey: owed, eventId: null, dueAt, overdueCount };
}

/** Whether a publication for a period may be made now: the period has begun (a month's accounts after the month). */
export function periodPublishable(frequency: 'monthly' | 'quarterly', key: string, since: string, now: Date) {
  if (!isPeriodKey(frequency, key)) return 'bad_period' as const;
  if (periodBounds(key).first > dayNumberOf(now)) return 'future_period' as const;
  if (periodBounds(key).next <= parseDay(since)) return 'before_adoption' as const;
  return null;
}

// ---- publications ---------------------------------------------------------------------------------------------

export type PublicationStatus = 'published' | 'withdrawn' | 'superseded';

/** Published ones may be withdrawn (with a reason, never deleted) or corrected (a new version supersedes them). */
export function publicationNext(
  status: PublicationStatus,
  action: 'withdraw' | 'correct',
): PublicationStatus | null {
  if (status !== 'published') return null;
  return action === 'withdraw' ? 'withdrawn' : 'superseded';
}

export interface ListRow {
  name: string;
  amount: number | null;
  note: string;
}

/**
 * A list published with a disclosure (低保、救助 recipients, subsidies paid): names masked to their first character,
 * phone and ID numbers taken out of the notes — what may be posted on a board or a public page.
 */
export function publicList(rows: readonly ListRow[]): ListRow[] {
  return rows.map((r) => ({
    name: maskName(r.name) ?? '*',
    amount: r.amount,
    note: deidentify(r.note, { names: [r.name] }),
  }));
}

// ---- residents' queries and failure reports -----------------------------------------------------------------

export type RequestKind = 'query' | 'report';
export type ReportKind = 'late' | 'untrue' | 'incomplete';

/**
 * Working days to answer: a query (依申请公开) as 《政府信息公开条例》 第三十三条 gives government bodies (20); a
 * failure report (未按时公开、公开不实) is to be looked into and answered within 15 (this platform's default).
 */
export const REQUEST_ANSWER_WORKING_DAYS: Record<RequestKind, number> = { query: 20, report: 15 };

export function requestDueAt(kind: RequestKind, receivedAt: Date, cal: WorkingCalendar): Date {
  return addDuration(receivedAt, { value: REQUEST_ANSWER_WORKING_DAYS[kind], unit: 'working_days' }, cal);
}

export type RequestStatus = 'open' | 'answered' | 'upheld' | 'dismissed';

/** A query is answered; a failure report is upheld (the failure found, to be put right) or dismissed. */
export function requestOutcome(
  kind: RequestKind,
  status: RequestStatus,
  outcome: 'answered' | 'upheld' | 'dismissed',
): RequestStatus | null {
  if (status !== 'open') return null;
  if (kind === 'query') return outcome === 'answered' ? 'answered' : null;
  return outcome === 'answered' ? null : outcome;
}

/** open / overdue while unanswered; answered (in time) or late once answered. */
export function requestClock(
  dueAt: Date,
  answeredAt: Date | null,
  now: Date,
): 'open' | 'overdue' | 'answered' | 'late' {
  if (answeredAt) return +answeredAt <= +dueAt ? 'answered' : 'late';
  return +now > +dueAt ? 'overdue' : 'open';
}
