import chineseDaysData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { z } from 'zod';
import { dayStartMs, formatDay, parseDay, weekdayOf, yearOfDay, yearStartDay } from './time.ts';

export const DayKind = z.enum(['workday', 'holiday']);
export type DayKind = z.infer<typeof DayKind>;

/**
 * An administrator's correction of the official calendar (a local holiday, an extra working Saturday). The note, when
 * not empty, is shown as the day's name.
 */
export const CalendarOverride = z.object({
  day: z.iso.date(),
  kind: DayKind,
  note: z.string().max(200).optional(),
});
export type CalendarOverride = z.infer<typeof CalendarOverride>;

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'time of day is HH:MM');

/** One block of office time on a working day, Shanghai wall-clock time, end exclusive. */
export const OfficePeriod = z
  .object({ start: HHMM, end: HHMM })
  .refine((p) => minutesOf(p.start) < minutesOf(p.end), 'office_period_order');
export type OfficePeriod = z.infer<typeof OfficePeriod>;

/** Usual Chinese government office hours: 7 hours a working day. */
export const DEFAULT_OFFICE_HOURS: readonly OfficePeriod[] = [
  { start: '09:00', end: '12:00' },
  { start: '13:30', end: '17:30' },
];

export type DaySource = 'official' | 'override' | 'weekday-rule';

export interface DayDescription {
  day: string;
  kind: DayKind;
  source: DaySource;
  /** Chinese name of the holiday (e.g. 国庆节) or the override's note, when known. */
  name?: string;
  /** English name from the official data (e.g. National Day). */
  nameEn?: string;
}

export interface WorkingCalendarOptions {
  /** Win over the official calendar; a later entry for the same day wins over an earlier one. */
  overrides?: readonly CalendarOverride[];
  /** Sorted, non-overlapping blocks of office time; defaults to DEFAULT_OFFICE_HOURS. */
  officeHours?: readonly OfficePeriod[];
}

interface OfficialDay {
  work: boolean;
  name: string;
  nameEn: string;
}

/*
 * The official calendar is the data file that `chinese-days` publishes (State Council holiday notices from 2004 up
 * to the last year it ships — 2026 in 1.5.7; 2027 is not published in it yet). Days outside it fall back to the
 * Mon–Fri rule.
 *
 * We read the data rather than call isWorkday/getDayDetail: the package builds its tables at load time with
 * local-time Date methods from UTC-parsed strings, so on a host west of Greenwich every entry moves one day earlier
 * (measured: 483 of 8,401 days differ under TZ=America/Los_Angeles). Its published JSON is built once and is right.
 */
const official = chineseDaysData as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

function officialDay(day: string): OfficialDay | undefined {
  const work = official.workdays[day];
  const entry = work ?? official.holidays[day];
  if (entry === undefined) return undefined;
  // Entries read "English name,中文名,length".
  const [nameEn = entry, name = entry] = entry.split(',');
  return { work: work !== undefined, name, nameEn };
}

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function isWeekdayRuleWorkday(dayNumber: number): boolean {
  const wd = weekdayOf(dayNumber);
  return wd >= 1 && wd <= 5;
}

/**
 * China's working calendar: official holidays and make-up working days (调休), then admin overrides, then the
 * Mon–Fri rule. All days are Shanghai calendar days ('YYYY-MM-DD').
 */
export class WorkingCalendar {
  readonly officeHours: readonly OfficePeriod[];
  /** Office periods as [start, end) minutes after midnight, sorted. */
  readonly officeMinutes: readonly (readonly [number, number])[];
  private readonly overrides = new Map<number, CalendarOverride>();
  /** Per year, 1 for a working day, indexed by day of year; filled on first use. */
  private readonly years = new Map<number, Uint8Array>();

  constructor(options: WorkingCalendarOptions = {}) {
    for (const o of options.overrides ?? []) {
      const parsed = CalendarOverride.parse(o);
      this.overrides.set(parseDay(parsed.day), parsed);
    }
    const periods = (options.officeHours ?? DEFAULT_OFFICE_HOURS).map((p) => OfficePeriod.parse(p));
    if (periods.length === 0) throw new RangeError('office hours need at least one period');
    const minutes = periods.map((p) => [minutesOf(p.start), minutesOf(p.end)] as const);
    for (let i = 1; i < minutes.length; i++) {
      if (minutes[i]![0] < minutes[i - 1]![1])
        throw new RangeError('office periods must be sorted and not overlap');
    }
    this.officeHours = periods;
    this.officeMinutes = minutes;
  }

  /** Minutes of office time in one working day (420 with the defaults). */
  get officeMinutesPerDay(): number {
    return this.officeMinutes.reduce((sum, [s, e]) => sum + e - s, 0);
  }

  isWorkday(day: string): boolean {
    return this.isWorkdayNumber(parseDay(day));
  }

  /** Same as isWorkday, for a day number (days since 1970-01-01 in Shanghai); the hot path of deadline maths. */
  isWorkdayNumber(dayNumber: number): boolean {
    const year = yearOfDay(dayNumber);
    let table = this.years.get(year);
    if (!table) {
      table = this.buildYear(year);
      this.years.set(year, table);
    }
    return table[dayNumber - yearStartDay(year)] === 1;
  }

  describe(day: string): DayDescription {
    return this.describeNumber(parseDay(day));
  }

  /**
   * Days of a year that differ from the Mon–Fri rule — official holidays on weekdays, make-up working days on
   * weekends — plus every override, in date order.
   */
  specialDays(year: number): DayDescription[] {
    const out: DayDescription[] = [];
    const first = yearStartDay(year);
    const next = yearStartDay(year + 1);
    for (let n = first; n < next; n++) {
      const d = this.describeNumber(n);
      if (d.source === 'override' || (d.kind === 'workday') !== isWeekdayRuleWorkday(n)) out.push(d);
    }
    return out;
  }

  /** Whether the official data covers a year (New Year's Day is in every published year). */
  coversYear(year: number): boolean {
    return officialDay(`${year}-01-01`) !== undefined;
  }

  /** The instant office hours end on a day (17:30 Shanghai with the defaults), whether or not it is a workday. */
  officeEndMs(dayNumber: number): number {
    return dayStartMs(dayNumber) + this.officeMinutes[this.officeMinutes.length - 1]![1] * 60_000;
  }

  private describeNumber(dayNumber: number): DayDescription {
    const day = formatDay(dayNumber);
    const override = this.overrides.get(dayNumber);
    if (override) {
      const name = override.note?.trim();
      return name
        ? { day, kind: override.kind, source: 'override', name }
        : { day, kind: override.kind, source: 'override' };
    }
    const known = officialDay(day);
    if (known) {
      return {
        day,
        kind: known.work ? 'workday' : 'holiday',
        source: 'official',
        name: known.name,
        nameEn: known.nameEn,
      };
    }
    return { day, kind: isWeekdayRuleWorkday(dayNumber) ? 'workday' : 'holiday', source: 'weekday-rule' };
  }

  private buildYear(year: number): Uint8Array {
    const first = yearStartDay(year);
    const table = new Uint8Array(yearStartDay(year + 1) - first);
    for (let i = 0; i < table.length; i++) {
      table[i] = this.describeNumber(first + i).kind === 'workday' ? 1 : 0;
    }
    return table;
  }
}
