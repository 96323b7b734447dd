import { requireGlobalAdmin, requireRole } from '../../../lib/actor.ts';
import type { Category } from '../../../db/schema.ts';
import { CategoryBody, findCategory, listCategories } from '../../categories/public.ts';
import { createCategoryTx, updateCategoryTx } from '../../categories/categories.service.ts';
import {
  ACTIVE,
  activeLabel,
  boolCell,
  cell,
  enumCell,
  optionalText,
  provided,
  requiredText,
  splitList,
  URGENCY,
  validate,
  YES_NO,
  yesNo,
} from '../transfer.cells.ts';
import { message } from '../transfer.messages.ts';
import type { TableFormat } from '../transfer.types.ts';

const C = {
  code: '分类代码',
  parent: '上级代码',
  nameZh: '中文名称',
  nameEn: '英文名称',
  urgency: '默认紧急程度',
  serviceCode: '服务代码',
  gridSolvable: '网格可办',
  keywords: '关键词',
  active: '状态',
  public: '公开',
  facility: '设施',
} as const;

const FIELDS = {
  code: C.code,
  parentCode: C.parent,
  nameZh: C.nameZh,
  nameEn: C.nameEn,
  defaultUrgency: C.urgency,
  serviceCode: C.serviceCode,
  gridSolvable: C.gridSolvable,
  keywords: C.keywords,
  active: C.active,
  public: C.public,
  facility: C.facility,
};

/** Parents before their children, siblings in their display order, so the file imports into an empty tree. */
function treeOrder(rows: Category[]): Category[] {
  const codes = new Set(rows.map((c) => c.code));
  const children = new Map<string | null, Category[]>();
  for (const c of rows) {
    const parent = c.parent_code && codes.has(c.parent_code) ? c.parent_code : null;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const out: Category[] = [];
  const visit = (parent: string | null) => {
    for (const c of children.get(parent) ?? []) {
      out.push(c);
      visit(c.code);
    }
  };
  visit(null);
  return out;
}

export const categoriesFormat: TableFormat = {
  entity: 'categories',
  auditEntity: 'category',
  fileName: { 'zh-CN': '事项分类', 'en-US': 'categories' },
  columns: [
    { header: C.code, width: 16, required: true },
    { header: C.parent, width: 16 },
    { header: C.nameZh, width: 20, required: true },
    { header: C.nameEn, width: 28, required: true },
    { header: C.urgency, width: 12 },
    { header: C.serviceCode, width: 14 },
    { header: C.gridSolvable, width: 10 },
    { header: C.keywords, width: 40 },
    { header: C.active, width: 8 },
    { header: C.public, width: 8 },
    { header: C.facility, width: 8 },
  ],
  key: [C.code],
  fieldColumns: FIELDS,
  entityColumns: { category: C.code },
  conflictColumns: { service_code_exists: C.serviceCode },

  // The tree is shared by every jurisdiction: any administrator reads it, district or city ones change it.
  authorize: (actor, action) =>
    action === 'import' ? requireGlobalAdmin(actor) : requireRole(actor, 'admin'),

  async exportRows(db) {
    return treeOrder(await listCategories(db)).map((c) => ({
      [C.code]: c.code,
      [C.parent]: c.parent_code ?? '',
      [C.nameZh]: c.name_zh,
      [C.nameEn]: c.name_en,
      [C.urgency]: URGENCY.label(c.default_urgency),
      [C.serviceCode]: c.service_code ?? '',
      [C.gridSolvable]: yesNo(c.grid_solvable),
      [C.keywords]: c.keywords.join('；'),
      [C.active]: activeLabel(c.active),
      [C.public]: yesNo(c.public),
      [C.facility]: yesNo(c.facility),
    }));
  },

  async importRow(ctx) {
    const { tx, actor, lang } = ctx;
    const code = requiredText(ctx, C.code);
    const parentCode = optionalText(ctx, C.parent);
    const existing = code ? await findCategory(tx, code) : undefined;
    if (existing) {
      if (parentCode !== undefined && (parentCode ?? null) !== existing.parent_code) {
        ctx.fail(C.parent, message(lang, 'parentFixed', { value: existing.parent_code ?? '—' }));
      }
    } else if (parentCode && !(await findCategory(tx, parentCode))) {
      ctx.fail(C.parent, message(lang, 'unknownParent', { value: parentCode }));
    }
    const keywords = cell(ctx, C.keywords);
    const raw = {
      code,
      parentCode,
      nameZh: requiredText(ctx, C.nameZh),
      nameEn: requiredText(ctx, C.nameEn),
      defaultUrgency: enumCell(ctx, C.urgency, URGENCY),
      serviceCode: optionalText(ctx, C.serviceCode),
      gridSolvable: boolCell(ctx, C.gridSolvable, YES_NO),
      keywords: keywords === undefined ? undefined : splitList(keywords, true),
      active: boolCell(ctx, C.active, ACTIVE),
      public: boolCell(ctx, C.public, YES_NO),
      facility: boolCell(ctx, C.facility, YES_NO),
    };
    const body = validate(ctx, CategoryBody, raw, FIELDS, C.code);
    if (!body || ctx.failed()) return 'invalid';
    if (existing) {
      const { code: _code, parentCode: _parent, ...patch } = provided(body, raw);
      await updateCategoryTx(tx, actor, body.code, patch);
      return 'updated';
    }
    await createCategoryTx(tx, actor, body);
    return 'created';
  },
};
