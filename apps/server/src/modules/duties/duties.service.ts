import { isOverriddenAt, type DutyRole } from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { inScope, requireRole, type Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import { conflict, invalid, notFound } from '../../lib/errors.ts';
import { findCategory } from '../categories/public.ts';
import type { GeoService } from '../geo/geo.service.ts';
import { findRegion } from '../regions/public.ts';
import { findUnitRow } from '../units/public.ts';
import { unitVisible } from '../units/units.service.ts';
import * as repo from './duties.repository.ts';
import { routeByDuty } from './routing.ts';

export interface PartyInput {
  role: DutyRole;
  unitId?: string | null | undefined;
  localStreet?: boolean | undefined;
}

export interface DutyInput {
  categoryCode: string;
  regionCode: string;
  note?: string | null | undefined;
  parties: PartyInput[];
}

export async function listDuties(
  db: DbOrTx,
  actor: Actor,
  f: { categoryCode?: string | undefined; regionCode?: string | undefined; page: number; pageSize: number },
) {
  const { items, total } = await repo.searchDuties(db, {
    scopePath: actor.scopePath,
    categoryCode: f.categoryCode,
    regionCode: f.regionCode,
    limit: f.pageSize,
    offset: (f.page - 1) * f.pageSize,
  });
  const parties = await repo.partiesOf(
    db,
    items.map((d) => d.id),
  );
  // lane city (issue 14): entries above the caller's jurisdiction that a more local entry overrides there
  const chain = await repo.entriesOnChain(db, actor.scopePath, [
    ...new Set(items.map((d) => d.category_code)),
  ]);
  return {
    total,
    items: items.map((d) => ({
      id: d.id,
      category: { code: d.category_code, nameZh: d.category_name_zh, nameEn: d.category_name_en },
      region: { code: d.region_code, name: d.region_name, level: d.region_level },
      note: d.note,
      editable: inScope(actor, d.region_path),
      overridden: isOverriddenAt(
        { categoryCode: d.category_code, regionPath: d.region_path },
        chain.map((c) => ({ categoryCode: c.category_code, regionPath: c.region_path })),
        actor.scopePath,
      ),
      parties: parties
        .filter((p) => p.duty_id === d.id)
        .map((p) => ({
          role: p.role,
          unit: p.unit_id ? { id: p.unit_id, name: p.unit_name ?? '' } : null,
          localStreet: p.local_street,
        })),
    })),
  };
}

async function checkInput(tx: DbOrTx, actor: Actor, input: DutyInput) {
  const leads = input.parties.filter((p) => p.role === 'lead');
  if (leads.length !== 1) throw invalid([{ path: 'parties', key: 'duty_one_lead' }]);
  const seen = new Set<string>();
  for (const [i, p] of input.parties.entries()) {
    if (Boolean(p.unitId) === Boolean(p.localStreet)) {
      throw invalid([{ path: `parties.${i}`, key: 'duty_party_kind' }]);
    }
    const key = p.unitId ?? 'local';
    if (seen.has(key)) throw invalid([{ path: `parties.${i}`, key: 'duty_party_twice' }]);
    seen.add(key);
    if (p.unitId) {
      const u = await findUnitRow(tx, p.unitId);
      if (!u || !unitVisible(actor, u.jurisdiction_path)) throw notFound('unit');
    }
  }
  const category = await findCategory(tx, input.categoryCode);
  if (!category) throw invalid([{ path: 'categoryCode', key: 'unknown_category' }]);
  const region = await findRegion(tx, input.regionCode);
  if (!region || !inScope(actor, region.path)) throw notFound('region');
  return region;
}

const normalise = (parties: PartyInput[]) =>
  parties.map((p) => ({ role: p.role, unitId: p.unitId ?? null, localStreet: Boolean(p.localStreet) }));

export async function createDutyTx(tx: DbOrTx, actor: Actor, input: DutyInput): Promise<string> {
  requireRole(actor, 'admin');
  const region = await checkInput(tx, actor, input);
  if (await repo.findDutyByKey(tx, input.categoryCode, input.regionCode)) {
    throw conflict('duty_entry_exists');
  }
  const { id } = await repo.insertDuty(tx, {
    category_code: input.categoryCode,
    region_code: input.regionCode,
    region_path: region.path,
    note: input.note ?? null,
  });
  await repo.replaceParties(tx, id, normalise(input.parties));
  await writeAudit(tx, actor, { action: 'create', entity: 'duty', entityId: id, after: input });
  return id;
}

export async function createDuty(db: Db, actor: Actor, input: DutyInput) {
  return db.transaction().execute((tx) => createDutyTx(tx, actor, input));
}

export async function replaceDutyTx(tx: DbOrTx, actor: Actor, id: string, input: DutyInput) {
  requireRole(actor, 'admin');
  const duty = await repo.lockDuty(tx, id);
  if (!duty || !inScope(actor, duty.region_path)) throw notFound('duty');
  if (duty.category_code !== input.categoryCode || duty.region_code !== input.regionCode) {
    throw invalid([{ path: 'categoryCode', key: 'duty_fixed_keys' }]);
  }
  await checkInput(tx, actor, input);
  const before = (await repo.partiesOf(tx, [id])).map((p) => ({
    role: p.role,
    unitId: p.unit_id,
    localStreet: p.local_street,
  }));
  await repo.updateDutyNote(tx, id, input.note ?? null);
  await repo.replaceParties(tx, id, normalise(input.parties));
  await writeAudit(tx, actor, {
    action: 'update',
    entity: 'duty',
    entityId: id,
    before: { note: duty.note, parties: before },
    after: { note: input.note ?? null, parties: normalise(input.parties) },
  });
}

export async function replaceDuty(db: Db, actor: Actor, id: string, input: DutyInput) {
  await db.transaction().execute((tx) => replaceDutyTx(tx, actor, id, input));
}

export async function deleteDuty(db: Db, actor: Actor, id: string) {
  requireRole(actor, 'admin');
  await db.transaction().execute(async (tx) => {
    const duty = await repo.lockDuty(tx, id);
    if (!duty || !inScope(actor, duty.region_path)) throw notFound('duty');
    const parties = await repo.partiesOf(tx, [id]);
    await repo.deleteDuty(tx, id);
    await writeAudit(tx, actor, {
      action: 'delete',
      entity: 'duty',
      entityId: id,
      before: { categoryCode: duty.category_code, regionCode: duty.region_code, note: duty.note, parties },
    });
  });
}

/** "Who would handle (category, point)?" — the same resolution dispatch uses. */
export async function whoHandles(
  db: DbOrTx,
  geo: GeoService,
  actor: Actor,
  categoryCode: string,
  lon: number,
  lat: number,
) {
  const category = await findCategory(db, categoryCode);
  if (!category) throw invalid([{ path: 'categoryCode', key: 'unknown_category' }]);
  const loc = await geo.locate(lon, lat);
  const visible = loc.path !== null && inScope(actor, loc.path);
  const location = {
    gridCode: visible ? (loc.grid?.code ?? null) : null,
    communityCode: visible ? (loc.community?.code ?? null) : null,
    streetCode: visible ? (loc.street?.code ?? null) : null,
    districtCode: visible
      ? (loc.district?.code ?? null)
      : actor.scopeLevel === 'district'
        ? actor.scopeCode
        : null,
  };
  const resolution = await routeByDuty(db, categoryCode, location);
  const unitIds = [
    resolution.lead?.unitId,
    ...resolution.coordinators.map((c) => c.unitId),
    ...resolution.assists.map((c) => c.unitId),
  ].filter((x): x is string => Boolean(x));
  const units = unitIds.length
    ? await db.selectFrom('unit').select(['id', 'name', 'kind']).where('id', 'in', unitIds).execute()
    : [];
  const unitOf = (id: string) =>
    units.find((u) => u.id === id) ?? { id, name: '', kind: 'department' as const };
  const dutyRegion = resolution.dutyRegionCode ? await findRegion(db, resolution.dutyRegionCode) : undefined;
  return {
    location: {
      grid: visible ? loc.grid : null,
      community: visible ? loc.community : null,
      street: visible ? loc.street : null,
      district: visible ? loc.district : null,
    },
    category: {
      code: category.code,
      nameZh: category.name_zh,
      nameEn: category.name_en,
      gridSolvable: category.grid_solvable,
    },
    duty:
      resolution.dutyId && dutyRegion
        ? { id: resolution.dutyId, region: { code: dutyRegion.code, name: dutyRegion.name } }
        : null,
    source: resolution.source,
    lead: resolution.lead ? { unit: unitOf(resolution.lead.unitId), via: resolution.lead.via } : null,
    coordinators: resolution.coordinators.map((c) => ({ unit: unitOf(c.unitId), via: c.via })),
    assists: resolution.assists.map((c) => ({ unit: unitOf(c.unitId), via: c.via })),
    explanation: resolution.reasons.join('; '),
  };
}
