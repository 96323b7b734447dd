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
 * Facts the base already holds, by the names a manual column's label uses for them (asked again, 重复索要). A label
 * asks for one again only when it asks for that figure itself — the subject with at most a place or time scope
 * before it and a count word after it ("辖区高龄老人人数", "出租屋数量", "低保户数", "残疾人数") — not when it asks
 * for an activity or an amount about it ("残疾人就业培训人次", "出租屋整改完成数", "低保资金发放金额").
 */
export const BASE_INDICATORS: readonly { indicator: string; words: readonly string[] }[] = [
  { indicator: 'elderly_advanced', words: ['高龄老人', '80岁以上老人', '八十岁以上老人', 'aged 80+'] },
  { indicator: 'elderly_alone', words: ['独居老人', '空巢老人'] },
  {
    indicator: 'dibao',
    words: ['低保', '低保户', '低保对象', '低保人员', '特困', '特困人员', '最低生活保障对象', 'dibao'],
  },
  { indicator: 'disabled', words: ['残疾人', '残疾', '持证残疾人', 'disabled', 'disabled persons'] },
  { indicator: 'community_correction', words: ['社区矫正对象', '社区矫正人员', '矫正对象'] },
  { indicator: 'released_prisoner', words: ['刑满释放人员', '安置帮教对象'] },
  { indicator: 'severe_mental', words: ['严重精神障碍患者', '精神障碍患者', '在册严重精神障碍患者'] },
  { indicator: 'left_behind_child', words: ['留守儿童'] },
  { indicator: 'floating_population', words: ['流动人口', '外来人口', 'floating population'] },
  { indicator: 'registered_population', words: ['户籍人口', '户籍'] },
  { indicator: 'rental', words: ['出租屋', '出租房', '出租房屋', 'rentals', 'rental houses'] },
  { indicator: 'dangerous_house', words: ['危房', '危险房屋', 'dangerous houses'] },
  { indicator: 'key_unit', words: ['重点单位', '消防重点单位', '九小场所'] },
  { indicator: 'organisation', words: ['单位', '企业', '从业人员', 'organisations'] },
  { indicator: 'population', words: ['实有人口', '常住人口', '总人口', '人口', 'population'] },
  { indicator: 'house', words: ['房屋', '实有房屋', '住宅', 'houses'] },
];

/** What may stand before the subject: the place or time the figure is for ("辖区", "本社区", "截至月底"). */
const SCOPE_WORDS = [
  '其中',
  '截至月底',
  '截至本月底',
  '截至期末',
  '月末',
  '期末',
  '本月',
  '本季度',
  '本年度',
  '本年',
  '当前',
  '全社区',
  '本社区',
  '本村',
  '本街道',
  '社区',
  '辖区内',
  '辖区',
  '登记在册',
  '在册',
  '现有',
  '实有',
  '全部',
  '总',
];
/** What may stand after it: a count, not an activity, an amount or a rate. */
const COUNT_WORDS = [
  '总人数',
  '总户数',
  '总数',
  '人数',
  '户数',
  '数量',
  '个数',
  '家数',
  '间数',
  '套数',
  '处数',
  '数',
  '人',
  '户',
  '名',
  '个',
  '家',
  '处',
  '间',
  '套',
];
const EN_SCOPE = ['number of ', 'no. of ', 'count of ', 'total ', 'resident ', 'local '];
const EN_COUNT = [' count', ' number', ' total'];

const strip = (label: string) =>
  label
    .toLowerCase()
    .replace(/[（(][^）)]*[）)]\s*$/, '') // a trailing unit or note: （人）, （手填）
    .replace(/[\s:：、，,]/g, (c) => (/\s/.test(c) ? ' ' : ''))
    .trim();

/** The label without its leading scope words and one trailing count word, each way it can be read. */
function readings(label: string): string[] {
  const zh = strip(label).replace(/ /g, '');
  const heads = new Set<string>([zh]);
  // leading scope words, any number of them in any order ("其中辖区" "截至月底在册")
  for (let again = true; again;) {
    again = false;
    for (const h of [...heads])
      for (const w of SCOPE_WORDS)
        if (h.startsWith(w) && h.length > w.length && !heads.has(h.slice(w.length))) {
          heads.add(h.slice(w.length));
          again = true;
        }
  }
  const out = new Set<string>();
  for (const h of heads) {
    out.add(h);
    for (const w of COUNT_WORDS) if (h.endsWith(w) && h.length > w.length) out.add(h.slice(0, -w.length));
  }
  let en = strip(label);
  for (const w of EN_SCOPE) if (en.startsWith(w)) en = en.slice(w.length);
  for (const w of EN_COUNT) if (en.endsWith(w)) en = en.slice(0, -w.length);
  out.add(en.trim());
  return [...out];
}

/** The base indicator a manual column's label asks for again, or null. */
export function askedAgain(label: string): string | null {
  const read = readings(label);
  for (const { indicator, words } of BASE_INDICATORS) {
    if (words.some((w) => read.includes(w.toLowerCase()))) return indicator;
  }
  return null;
}
