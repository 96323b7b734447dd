import { inScope, requireRole } from '../../../lib/actor.ts';
import { findRegion } from '../../regions/public.ts';
import { searchUnits, UnitBody } from '../../units/public.ts';
import { createUnitTx, unitVisible, updateUnitTx } from '../../units/units.service.ts';
import {
  ACTIVE,
  activeLabel,
  boolCell,
  enumCell,
  optionalText,
  provided,
  requiredText,
  UNIT_KIND,
  validate,
} from '../transfer.cells.ts';
import { message } from '../transfer.messages.ts';
import { MAX_ROWS } from '../transfer.parse.ts';
import { findUnitByName } from '../transfer.repository.ts';
import type { TableFormat } from '../transfer.types.ts';

const C = {
  name: '单位名称',
  kind: '类型',
  parent: '上级单位',
  code: '管辖区划代码',
  region: '管辖区划',
  phone: '电话',
  active: '状态',
} as const;

const FIELDS = {
  name: C.name,
  kind: C.kind,
  parentId: C.parent,
  jurisdictionCode: C.code,
  phone: C.phone,
  active: C.active,
};

export const unitsFormat: TableFormat = {
  entity: 'units',
  auditEntity: 'unit',
  fileName: { 'zh-CN': '单位', 'en-US': 'units' },
  columns: [
    { header: C.name, width: 34, required: true },
    { header: C.kind, width: 14, required: true },
    { header: C.parent, width: 34 },
    { header: C.code, width: 16, required: true },
    { header: C.region, width: 16, exportOnly: true },
    { header: C.phone, width: 16 },
    { header: C.active, width: 8 },
  ],
  key: [C.name],
  fieldColumns: FIELDS,
  entityColumns: { region: C.code, unit: C.parent },

  authorize: (actor) => requireRole(actor, 'admin'),

  // What GET /api/units shows: units inside the jurisdiction and those serving it from above.
  async exportRows(db, actor) {
    const { items } = await searchUnits(db, {
      scopePath: actor.scopePath,
      manageableOnly: false,
      limit: MAX_ROWS,
      offset: 0,
    });
    return items.map((u) => ({
      [C.name]: u.name,
      [C.kind]: UNIT_KIND.label(u.kind),
      [C.parent]: u.parent_name ?? '',
      [C.code]: u.jurisdiction_code,
      [C.region]: u.jurisdiction_name,
      [C.phone]: u.phone ?? '',
      [C.active]: activeLabel(u.active),
    }));
  },

  async importRow(ctx) {
    const { tx, actor, lang } = ctx;
    const name = requiredText(ctx, C.name);
    const kind = enumCell(ctx, C.kind, UNIT_KIND, true);
    const parentName = optionalText(ctx, C.parent);
    const jurisdictionCode = requiredText(ctx, C.code);
    const active = boolCell(ctx, C.active, ACTIVE);
    let parentId: string | null | undefined = parentName === undefined ? undefined : null;
    if (parentName) {
      const parent = await findUnitByName(tx, parentName);
      if (parent && unitVisible(actor, parent.jurisdiction_path)) parentId = parent.id;
      else ctx.fail(C.parent, message(lang, 'unknownUnit', { value: parentName }));
    }
    const raw = { name, kind, parentId, jurisdictionCode, phone: optionalText(ctx, C.phone), active };
    const body = validate(ctx, UnitBody, raw, FIELDS, C.name);
    const existing = name ? await findUnitByName(tx, name) : undefined;
    if (existing && !inScope(actor, existing.jurisdiction_path)) {
      const visible = unitVisible(actor, existing.jurisdiction_path);
      // A unit serving the jurisdiction from above comes in the caller's own export; unchanged, it is no error.
      const same =
        body &&
        body.kind === existing.kind &&
        body.jurisdictionCode === existing.jurisdiction_code &&
        (raw.parentId === undefined || body.parentId === existing.parent_id) &&
        (raw.phone === undefined || (body.phone ?? null) === existing.phone) &&
        (body.active === undefined || body.active === existing.active);
      if (visible && same) return 'unchanged';
      if (!ctx.failed(C.name))
        ctx.fail(C.name, message(lang, visible ? 'notManageable' : 'taken', { value: existing.name }));
      return 'invalid';
    }
    if (jurisdictionCode && !ctx.failed(C.code)) {
      const region = await findRegion(tx, jurisdictionCode);
      if (!region || !inScope(actor, region.path))
        ctx.fail(C.code, message(lang, 'region', { value: jurisdictionCode }));
    }
    if (!body || ctx.failed()) return 'invalid';
    if (existing) {
      await updateUnitTx(tx, actor, existing.id, provided(body, raw));
      return 'updated';
    }
    await createUnitTx(tx, actor, body);
    return 'created';
  },
};
