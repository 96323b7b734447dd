import type { DutyRole } from '@onegrid/domain';
import { inScope, requireRole, type Actor } from '../../../lib/actor.ts';
import { findCategory } from '../../categories/public.ts';
import { DutyBody, findDutyByKey, partiesOf, searchDuties } from '../../duties/public.ts';
import { createDutyTx, replaceDutyTx, type PartyInput } from '../../duties/duties.service.ts';
import { findRegion } from '../../regions/public.ts';
import { unitVisible } from '../../units/units.service.ts';
import { cell, LOCAL_STREET, optionalText, requiredText, splitList, validate } from '../transfer.cells.ts';
import { message } from '../transfer.messages.ts';
import { MAX_ROWS } from '../transfer.parse.ts';
import { findUnitByName } from '../transfer.repository.ts';
import type { RowContext, TableFormat } from '../transfer.types.ts';

const C = {
  category: '分类代码',
  categoryName: '分类名称',
  region: '区划代码',
  regionName: '区划名称',
  lead: '负责单位',
  coordinate: '组织协调单位',
  assist: '参与配合单位',
  note: '备注',
} as const;

const ROLE_COLUMNS: [DutyRole, string][] = [
  ['lead', C.lead],
  ['coordinate', C.coordinate],
  ['assist', C.assist],
];
const FIELDS = { categoryCode: C.category, regionCode: C.region, note: C.note, parties: C.lead };

/** The parties of one role column: unit names the caller can see, or 属地. */
async function partiesIn(ctx: RowContext, role: DutyRole, column: string): Promise<PartyInput[]> {
  const text = role === 'lead' ? requiredText(ctx, column) : cell(ctx, column);
  if (!text) return [];
  const names = splitList(text);
  if (role === 'lead' && names.length > 1) ctx.fail(column, message(ctx.lang, 'oneLead'));
  const out: PartyInput[] = [];
  for (const name of names) {
    if (name === LOCAL_STREET) {
      out.push({ role, localStreet: true });
      continue;
    }
    const unit = await findUnitByName(ctx.tx, name);
    if (unit && unitVisible(ctx.actor, unit.jurisdiction_path)) out.push({ role, unitId: unit.id });
    else ctx.fail(column, message(ctx.lang, 'unknownUnit', { value: name }));
  }
  return out;
}

const normalise = (parties: PartyInput[]) =>
  JSON.stringify(parties.map((p) => [p.role, p.unitId ?? null, Boolean(p.localStreet)]));

async function sameAsStored(
  ctx: RowContext,
  id: string,
  storedNote: string | null,
  note: string | null,
  parties: PartyInput[],
) {
  const stored = await partiesOf(ctx.tx, [id]);
  return (
    (storedNote ?? null) === note &&
    normalise(stored.map((p) => ({ role: p.role, unitId: p.unit_id, localStreet: p.local_street }))) ===
      normalise(parties)
  );
}

const visibleDuty = (actor: Actor, regionPath: string) =>
  inScope(actor, regionPath) || actor.scopePath.startsWith(regionPath);

export const dutiesFormat: TableFormat = {
  entity: 'duties',
  auditEntity: 'duty',
  fileName: { 'zh-CN': '职责清单', 'en-US': 'duty-list' },
  columns: [
    { header: C.category, width: 14, required: true },
    { header: C.categoryName, width: 18, exportOnly: true },
    { header: C.region, width: 16, required: true },
    { header: C.regionName, width: 14, exportOnly: true },
    { header: C.lead, width: 30, required: true },
    { header: C.coordinate, width: 40 },
    { header: C.assist, width: 50 },
    { header: C.note, width: 30 },
  ],
  key: [C.category, C.region],
  fieldColumns: FIELDS,
  entityColumns: { unit: C.lead, region: C.region, duty: C.region },

  authorize: (actor) => requireRole(actor, 'admin'),

  // What GET /api/duties shows: entries inside the jurisdiction and those of the regions enclosing it.
  async exportRows(db, actor) {
    const { items } = await searchDuties(db, { scopePath: actor.scopePath, limit: MAX_ROWS, offset: 0 });
    const parties = await partiesOf(
      db,
      items.map((d) => d.id),
    );
    return items.map((d) => {
      const of = (role: DutyRole) =>
        parties
          .filter((p) => p.duty_id === d.id && p.role === role)
          .map((p) => (p.local_street ? LOCAL_STREET : (p.unit_name ?? '')))
          .join('；');
      return {
        [C.category]: d.category_code,
        [C.categoryName]: d.category_name_zh,
        [C.region]: d.region_code,
        [C.regionName]: d.region_name,
        [C.lead]: of('lead'),
        [C.coordinate]: of('coordinate'),
        [C.assist]: of('assist'),
        [C.note]: d.note ?? '',
      };
    });
  },

  async importRow(ctx) {
    const { tx, actor, lang } = ctx;
    const categoryCode = requiredText(ctx, C.category);
    const regionCode = requiredText(ctx, C.region);
    const parties: PartyInput[] = [];
    for (const [role, column] of ROLE_COLUMNS) parties.push(...(await partiesIn(ctx, role, column)));
    const note = optionalText(ctx, C.note) ?? null;
    const body = validate(ctx, DutyBody, { categoryCode, regionCode, note, parties }, FIELDS, C.category);
    if (categoryCode && !ctx.failed(C.category) && !(await findCategory(tx, categoryCode))) {
      ctx.fail(C.category, message(lang, 'unknownCategory', { value: categoryCode }));
    }
    const existing =
      categoryCode && regionCode ? await findDutyByKey(tx, categoryCode, regionCode) : undefined;
    if (existing && !inScope(actor, existing.region_path)) {
      // An entry of an enclosing region comes in the caller's own export; unchanged, it is no error.
      const visible = visibleDuty(actor, existing.region_path);
      if (visible && !ctx.failed() && (await sameAsStored(ctx, existing.id, existing.note, note, parties)))
        return 'unchanged';
      ctx.fail(
        C.region,
        message(lang, visible ? 'notManageable' : 'region', { value: existing.region_code }),
      );
      return 'invalid';
    }
    if (regionCode && !ctx.failed(C.region)) {
      const region = await findRegion(tx, regionCode);
      if (!region || !inScope(actor, region.path))
        ctx.fail(C.region, message(lang, 'region', { value: regionCode }));
    }
    if (!body || ctx.failed()) return 'invalid';
    if (existing) {
      // The duty service writes an audit row on every replace; an unchanged entry is left alone.
      if (!(await sameAsStored(ctx, existing.id, existing.note, note, parties)))
        await replaceDutyTx(tx, actor, existing.id, body);
      return 'updated';
    }
    await createDutyTx(tx, actor, body);
    return 'created';
  },
};
