import { z } from 'zod';
import { ReportQuery } from './query.ts';

/** 一表通 report templates (报表目录), their periods, the instances' life and the cells' rules. */

export const Frequency = z.enum(['once', 'monthly', 'quarterly', 'yearly']);
export type Frequency = z.infer<typeof Frequency>;

export const TemplateStatus = z.enum(['pending', 'approved', 'rejected']);
export type TemplateStatus = z.infer<typeof TemplateStatus>;

export const InstanceStatus = z.enum(['draft', 'submitted', 'returned', 'accepted']);
export type InstanceStatus = z.infer<typeof InstanceStatus>;

export const ManualType = z.enum(['number', 'text', 'boolean']);
export type ManualType = z.infer<typeof ManualType>;

const ColumnKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'column_key');

export const QueryColumn = z.strictObject({
  key: ColumnKey,
  label: z.string().trim().min(1).max(60),
  kind: z.literal('query'),
  query: ReportQuery,
});
export const ManualColumn = z.strictObject({
  key: ColumnKey,
  label: z.string().trim().min(1).max(60),
  kind: z.literal('manual'),
  type: ManualType,
  required: z.boolean().default(true),
  min: z.number().optional(),
  max: z.number().optional(),
  maxLength: z.number().int().min(1).max(500).optional(),
});
export const ReportColumn = z.discriminatedUnion('kind', [QueryColumn, ManualColumn]);
export type ReportColumn = z.infer<typeof ReportColumn>;
export type ManualColumn = z.infer<typeof ManualColumn>;

export const TemplateInput = z.strictObject({
  name: z.string().trim().min(2).max(80),
  legalBasis: z.string().trim().min(2).max(200),
  frequency: Frequency,
  /** the instance is due at the end of office hours of this working day after the sending */
  deadlineWorkingDays: z.number().int().min(1).max(60),
  columns: z
    .array(ReportColumn)
    .min(1)
    .max(30)
    .superRefine((cols, ctx) => {
      const seen = new Set<string>();
      cols.forEach((c, i) => {
        if (seen.has(c.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: 'column_key_twice' });
        seen.add(c.key);
      });
    }),
});
export type TemplateInput = z.infer<typeof TemplateInput>;

/** A period label per frequency: once 2026-12-06, monthly 2026-11, quarterly 2026-Q4, yearly 2026. */
const PERIOD_FORMAT: Record<Frequency, RegExp> = {
  once: /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  monthly: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarterly: /^(\d{4})-Q([1-4])$/,
  yearly: /^(\d{4})$/,
};

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The reference day of a period — the day the base is counted for (ages are taken on it): the period's last day
 * (a once-off report: its day). null when the label does not fit the frequency.
 */
export function periodReferenceDay(frequency: Frequency, period: string): string | null {
  const m = PERIOD_FORMAT[frequency].exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  switch (frequency) {
    case 'once': {
      const month = Number(m[2]);
      return Number(m[3]) <= lastDayOfMonth(year, month) ? period : null;
    }
    case 'monthly': {
      const month = Number(m[2]);
      return `${m[1]}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`;
    }
    case 'quarterly': {
      const month = Number(m[2]) * 3;
      return `${m[1]}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`;
    }
    case 'yearly':
      return `${m[1]}-12-31`;
  }
}

/** The period an instant falls in (Beijing day given), for a sending's default label. */
export function currentPeriod(frequency: Frequency, day: string): string {
  const [y, m] = day.split('-') as [string, string, string];
  switch (frequency) {
    case 'once':
      return day;
    case 'monthly':
      return `${y}-${m}`;
    case 'quarterly':
      return `${y}-Q${Math.ceil(Number(m) / 3)}`;
    case 'yearly':
      return y;
  }
}

export type InstanceAction = 'edit' | 'submit' | 'accept' | 'return';

/** The instance's life: the community edits while draft or returned and submits; the department accepts or returns. */
export function nextInstanceStatus(status: InstanceStatus, action: InstanceAction): InstanceStatus | null {
  switch (action) {
    case 'edit':
      return status === 'draft' || status === 'returned' ? status : null;
    case 'submit':
      return status === 'draft' || status === 'returned' ? 'submitted' : null;
    case 'accept':
      return status === 'submitted' ? 'accepted' : null;
    case 'return':
      return status === 'submitted' ? 'returned' : null;
  }
}

/** Overdue: past its due time and not yet with the department. */
export function isOverdue(status: InstanceStatus, dueAt: Date, now: Date): boolean {
  return (status === 'draft' || status === 'returned') && now.getTime() > dueAt.getTime();
}

export type CellValue = number | string | boolean | null;

/** A manual cell's value against its column: a message key when refused, null when accepted. */
export function manualValueIssue(col: ManualColumn, value: CellValue): string | null {
  if (value === null) return null;
  switch (col.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'cell_number';
      if (col.min !== undefined && value < col.min) return 'cell_too_small';
      if (col.max !== undefined && value > col.max) return 'cell_too_big';
      return null;
    case 'text':
      if (typeof value !== 'string') return 'cell_text';
      if (value.length > (col.maxLength ?? 200)) return 'cell_too_long';
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : 'cell_boolean';
  }
}

/** A queried cell corrected by the community: a whole non-negative number, with a reason. */
export function correctionIssue(value: CellValue, reason: string | undefined): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return 'cell_number';
  if (!reason || reason.trim().length < 2) return 'correction_reason_required';
  return null;
}

export type CellSource = 'query' | 'manual';
export interface CellState {
  source: CellSource;
  value: CellValue;
  corrected: boolean;
}

/** What a community still owes before submitting: the keys of required manual cells without a value. */
export function missingCells(
  columns: readonly ReportColumn[],
  cells: ReadonlyMap<string, CellState>,
): string[] {
  return columns
    .filter((c) => c.kind === 'manual' && c.required)
    .filter((c) => {
      const v = cells.get(c.key)?.value;
      return v === null || v === undefined || v === '';
    })
    .map((c) => c.key);
}

export interface Savings {
  /** cells filled from the base and left as they were */
  auto: number;
  /** cells typed by the community (manual columns with a value) */
  manual: number;
  /** cells filled from the base and corrected by the community */
  corrected: number;
}

/** The cells of instances counted by how they were filled. */
export function countSavings(cells: Iterable<CellState>): Savings {
  const s: Savings = { auto: 0, manual: 0, corrected: 0 };
  for (const c of cells) {
    if (c.source === 'query') {
      if (c.corrected) s.corrected += 1;
      else s.auto += 1;
    } else if (c.value !== null && c.value !== '') s.manual += 1;
  }
  return s;
}

/**
 * Indicators the base already holds, by the words a manual column's label uses for them (asked again, 重复索要):
 * a manual column whose label names one asks the community for a fact it need not type. Longer words first so
 * that 流动人口 wins over 人口.
 */
export const BASE_INDICATORS: readonly { indicator: string; words: readonly string[] }[] = [
  { indicator: 'elderly_advanced', words: ['高龄老人', '80岁以上', '八十岁以上', 'aged 80'] },
  { indicator: 'elderly_alone', words: ['独居老人', '空巢老人'] },
  { indicator: 'dibao', words: ['低保', '特困', '最低生活保障'] },
  { indicator: 'disabled', words: ['残疾人', '残疾', 'disabled'] },
  { indicator: 'community_correction', words: ['社区矫正', '矫正对象'] },
  { indicator: 'released_prisoner', words: ['刑满释放', '安置帮教'] },
  { indicator: 'severe_mental', words: ['严重精神障碍', '精神障碍患者'] },
  { indicator: 'left_behind_child', words: ['留守儿童'] },
  { indicator: 'floating_population', words: ['流动人口', '外来人口', 'floating population'] },
  { indicator: 'registered_population', words: ['户籍人口', '户籍人数'] },
  { indicator: 'rental', words: ['出租屋', '出租房', '出租房屋', 'rental'] },
  { indicator: 'dangerous_house', words: ['危房', '危险房屋', 'dangerous house'] },
  { indicator: 'key_unit', words: ['重点单位', '消防重点', '九小场所'] },
  { indicator: 'organisation', words: ['单位数', '企业数', '从业人员'] },
  { indicator: 'population', words: ['实有人口', '常住人口', '总人口', 'population'] },
  { indicator: 'house', words: ['房屋数', '实有房屋', '住宅'] },
];

/** The base indicator a manual column's label asks for again, or null. */
export function askedAgain(label: string): string | null {
  const l = label.toLowerCase();
  for (const { indicator, words } of BASE_INDICATORS) {
    if (words.some((w) => l.includes(w.toLowerCase()))) return indicator;
  }
  return null;
}
