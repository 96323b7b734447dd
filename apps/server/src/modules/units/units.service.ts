import type { UnitKind } from '@onegrid/domain';
import type { Db, DbOrTx } from '../../db/database.ts';
import { inScope, requireRole, type Actor } from '../../lib/actor.ts';
import { changedFields, writeAudit } from '../../lib/audit.ts';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.ts';
import { isStaff } from '@onegrid/domain';
import { findRegion } from '../regions/public.ts';
import * as repo from './units.repository.ts';

/** A unit serves a jurisdiction if its own is inside it or contains it. */
export function unitVisible(actor: Actor, unitPath: string): boolean {
  return inScope(actor, unitPath) || actor.scopePath.startsWith(unitPath);
}

/** The unit directory is the staff's: a resident's report form needs none of it. */
function requireStaff(actor: Actor) {
  if (!isStaff(actor)) throw new AppError('FORBIDDEN');
}

/**
 * Unit names are unique across the installation (the importer matches units by name). A taken name answers one
 * generic 409, the same inside and outside the caller's jurisdiction: nothing of the other unit is echoed.
 */
async function nameTaken(tx: DbOrTx, name: string, except?: string) {
  const rows = await repo.findUnitsByName(tx, name);
  return rows.some((u) => u.id !== except);
}

type UnitRow = NonNullable<Awaited<ReturnType<typeof repo.findUnitRow>>>;

export function presentUnit(u: UnitRow) {
  return {
    id: u.id,
    name: u.name,
    kind: u.kind,
    parentId: u.parent_id,
    parentName: u.parent_name,
    jurisdiction: { code: u.jurisdiction_code, name: u.jurisdiction_name, level: u.jurisdiction_level },
    phone: u.phone,
    active: u.active,
    userCount: u.user_count ?? 0,
  };
}

export async function listUnits(
  db: DbOrTx,
  actor: Actor,
  f: {
    kind?: UnitKind | undefined;
    q?: string | undefined;
    manageable?: boolean | undefined;
    page: number;
    pageSize: number;
  },
) {
  requireStaff(actor);
  const { items, total } = await repo.searchUnits(db, {
    scopePath: actor.scopePath,
    kind: f.kind,
    q: f.q,
    manageableOnly: f.manageable ?? false,
    limit: f.pageSize,
    offset: (f.page - 1) * f.pageSize,
  });
  return { total, items: items.map(presentUnit) };
}

export async function getUnit(db: DbOrTx, actor: Actor, id: string) {
  requireStaff(actor);
  const u = await repo.findUnitRow(db, id);
  if (!u || !unitVisible(actor, u.jurisdiction_path)) throw notFound('unit');
  return presentUnit(u);
}

export interface UnitInput {
  name: string;
  kind: UnitKind;
  parentId?: string | null | undefined;
  jurisdictionCode: string;
  phone?: string | null | undefined;
  active?: boolean | undefined;
}

/** Checks shared by the API and the importer; `tx` must be the caller's transaction. */
export async function resolveUnitRefs(
  tx: DbOrTx,
  actor: Actor,
  input: Pick<UnitInput, 'parentId' | 'jurisdictionCode'>,
) {
  const region = await findRegion(tx, input.jurisdictionCode);
  if (!region || !inScope(actor, region.path)) throw notFound('region');
  if (input.parentId) {
    const parent = await repo.findUnitRow(tx, input.parentId);
    if (!parent || !unitVisible(actor, parent.jurisdiction_path)) throw notFound('unit');
  }
  return { jurisdictionPath: region.path };
}

export async function createUnitTx(tx: DbOrTx, actor: Actor, input: UnitInput): Promise<string> {
  requireRole(actor, 'admin');
  const { jurisdictionPath } = await resolveUnitRefs(tx, actor, input);
  if (await nameTaken(tx, input.name)) throw conflict('unit_name_exists');
  const { id } = await repo.insertUnit(tx, {
    name: input.name,
    kind: input.kind,
    parent_id: input.parentId ?? null,
    jurisdiction_code: input.jurisdictionCode,
    jurisdiction_path: jurisdictionPath,
    phone: input.phone ?? null,
    active: input.active ?? true,
  });
  await writeAudit(tx, actor, { action: 'create', entity: 'unit', entityId: id, after: input });
  return id;
}

export async function createUnit(db: Db, actor: Actor, input: UnitInput) {
  return db.transaction().execute((tx) => createUnitTx(tx, actor, input));
}

export async function updateUnitTx(tx: DbOrTx, actor: Actor, id: string, patch: Partial<UnitInput>) {
  requireRole(actor, 'admin');
  const unit = await repo.lockUnit(tx, id);
  if (!unit || !inScope(actor, unit.jurisdiction_path)) throw notFound('unit');
  if (patch.parentId === id) throw invalid([{ path: 'parentId', key: 'unit_own_parent' }]);
  let jurisdictionPath = unit.jurisdiction_path;
  if (patch.jurisdictionCode !== undefined || patch.parentId) {
    ({ jurisdictionPath } = await resolveUnitRefs(tx, actor, {
      jurisdictionCode: patch.jurisdictionCode ?? unit.jurisdiction_code,
      parentId: patch.parentId,
    }));
  }
  if (patch.name && patch.name !== unit.name && (await nameTaken(tx, patch.name, id))) {
    throw conflict('unit_name_exists');
  }
  const current = {
    name: unit.name,
    kind: unit.kind,
    parentId: unit.parent_id,
    jurisdictionCode: unit.jurisdiction_code,
    phone: unit.phone,
    active: unit.active,
  };
  const diff = changedFields(current, patch);
  if (!diff) return;
  await repo.updateUnit(tx, id, {
    name: patch.name,
    kind: patch.kind,
    parent_id: patch.parentId,
    jurisdiction_code: patch.jurisdictionCode,
    jurisdiction_path: jurisdictionPath,
    phone: patch.phone,
    active: patch.active,
  });
  await writeAudit(tx, actor, { action: 'update', entity: 'unit', entityId: id, ...diff });
}

export async function updateUnit(db: Db, actor: Actor, id: string, patch: Partial<UnitInput>) {
  await db.transaction().execute((tx) => updateUnitTx(tx, actor, id, patch));
}
