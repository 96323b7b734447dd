import type { z } from 'zod';
import type { DutyRole, Role, UnitKind, Urgency } from '@onegrid/domain';
import { message } from './transfer.messages.ts';
import type { RowContext } from './transfer.types.ts';

/** A closed vocabulary written in Chinese and read back in Chinese, by a known alias, or as the code. */
export interface Codec<T extends string> {
  label(value: T): string;
  parse(text: string): T | undefined;
  allowed: string;
}

function codec<T extends string>(labels: Record<T, string>, aliases: Record<string, T> = {}): Codec<T> {
  const lookup = new Map<string, T>();
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    lookup.set(code.toLowerCase(), code);
    lookup.set(label, code);
  }
  for (const [alias, code] of Object.entries(aliases)) lookup.set(alias.toLowerCase(), code);
  return {
    label: (value) => labels[value],
    parse: (text) => lookup.get(text.trim().toLowerCase()),
    allowed: Object.values<string>(labels).join('、'),
  };
}

export const UNIT_KIND = codec<UnitKind>(
  {
    government: '政府',
    department: '职能部门',
    street_office: '街乡镇',
    community: '社区/村',
    enterprise: '公共服务企业',
    social_org: '社会组织',
  },
  {
    街道办事处: 'street_office',
    街道: 'street_office',
    乡镇: 'street_office',
    社区: 'community',
    村: 'community',
    企业: 'enterprise',
    部门: 'department',
    社会组织: 'social_org',
  },
);
export const ROLE = codec<Role>(
  {
    resident: '居民',
    grid_worker: '网格员',
    operator: '话务员',
    dispatcher: '派单员',
    handler: '处置人员',
    street_lead: '街乡镇领导',
    supervisor: '督办人员',
    admin: '系统管理员',
    security_admin: '安全管理员',
    audit_admin: '审计管理员',
  },
  { 管理员: 'admin', 督办: 'supervisor', 受理员: 'operator', 指挥员: 'dispatcher', 处置员: 'handler' },
);
export const URGENCY = codec<Urgency>(
  { emergency: '紧急', urgent: '急', ordinary: '一般', complex: '复杂' },
  { 加急: 'urgent', 普通: 'ordinary' },
);
export const DUTY_ROLE = codec<DutyRole>({ lead: '负责', coordinate: '组织协调', assist: '参与配合' });
export const YES_NO = codec<'true' | 'false'>(
  { true: '是', false: '否' },
  { y: 'true', yes: 'true', '1': 'true', n: 'false', no: 'false', '0': 'false' },
);
export const ACTIVE = codec<'true' | 'false'>(
  { true: '启用', false: '停用' },
  { 是: 'true', 有效: 'true', 正常: 'true', 否: 'false', 无效: 'false', 禁用: 'false' },
);
/** 属地: the street office of the case's location, in the duty list. */
export const LOCAL_STREET = '属地';

export const yesNo = (b: boolean): string => YES_NO.label(b ? 'true' : 'false');
export const activeLabel = (b: boolean): string => ACTIVE.label(b ? 'true' : 'false');

/** The cell's text; undefined when the file has no such column. */
export const cell = (ctx: RowContext, column: string): string | undefined => ctx.row.cells.get(column);

export function requiredText(ctx: RowContext, column: string): string | undefined {
  const v = cell(ctx, column);
  if (!v) {
    ctx.fail(column, message(ctx.lang, 'required'));
    return undefined;
  }
  return v;
}

/** undefined: no such column (keep what is stored); null: an empty cell (clear it). */
export function optionalText(ctx: RowContext, column: string): string | null | undefined {
  const v = cell(ctx, column);
  return v === undefined ? undefined : v === '' ? null : v;
}

export function enumCell<T extends string>(
  ctx: RowContext,
  column: string,
  c: Codec<T>,
  required = false,
): T | undefined {
  const v = required ? requiredText(ctx, column) : cell(ctx, column);
  if (!v) return undefined;
  const parsed = c.parse(v);
  if (parsed === undefined)
    ctx.fail(column, message(ctx.lang, 'unknownValue', { value: v, allowed: c.allowed }));
  return parsed;
}

export function boolCell(ctx: RowContext, column: string, c: Codec<'true' | 'false'>): boolean | undefined {
  const v = enumCell(ctx, column, c);
  return v === undefined ? undefined : v === 'true';
}

/** Names separated by ；(or ; or a line break); roles and keywords may also use 、and commas. */
export function splitList(text: string, loose = false): string[] {
  const parts = text.split(loose ? /[；;、,，\r\n]+/ : /[；;\r\n]+/).map((s) => s.trim());
  return [...new Set(parts.filter(Boolean))];
}

export function enumList<T extends string>(
  ctx: RowContext,
  column: string,
  c: Codec<T>,
  required = false,
): T[] | undefined {
  const v = required ? requiredText(ctx, column) : cell(ctx, column);
  if (v === undefined || (v === '' && required)) return undefined;
  const out: T[] = [];
  for (const item of splitList(v, true)) {
    const parsed = c.parse(item);
    if (parsed === undefined)
      ctx.fail(column, message(ctx.lang, 'unknownValue', { value: item, allowed: c.allowed }));
    else if (!out.includes(parsed)) out.push(parsed);
  }
  return out;
}

/**
 * The same Zod schema as the API, on a body built from the cells. Issues land on the column of their field,
 * except where that cell already has an error of its own.
 */
export function validate<S extends z.ZodType>(
  ctx: RowContext,
  schema: S,
  body: Record<string, unknown>,
  fieldColumns: Record<string, string>,
  fallbackColumn: string,
): z.output<S> | undefined {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const column = fieldColumns[String(issue.path[0] ?? '')] ?? fallbackColumn;
    if (!ctx.failed(column)) ctx.fail(column, message(ctx.lang, 'invalid', { detail: issue.message }));
  }
  return undefined;
}

/** The fields the file actually gave (an absent column leaves the stored value alone on update). */
export function provided<T extends Record<string, unknown>>(
  parsed: T,
  raw: Record<string, unknown>,
): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(parsed) as (keyof T & string)[]) {
    if (raw[key] !== undefined) out[key] = parsed[key];
  }
  return out;
}
