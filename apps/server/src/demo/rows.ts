import type { Tx } from '../db/database.ts';
import type { PiiCipher } from '../lib/pii.ts';
import { hashPassword } from '../modules/auth/passwords.ts';
import type { DemoDuty, DemoRegion, DemoUnit, DemoUser } from './types.ts';

/**
 * Writing the demo's regions, units, duties and users — shared by the one-district seed (seed.ts) and the city
 * loader (city/load.ts), inside the caller's transaction, in batches of multi-row inserts.
 */

export function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Regions listed parents first (district, its streets, their communities). */
export async function insertRegions(tx: Tx, regions: DemoRegion[], batch: number): Promise<void> {
  for (const part of chunks(regions, batch))
    await tx
      .insertInto('region')
      .values(
        part.map((r) => ({
          code: r.code,
          parent_code: r.parentCode,
          name: r.name,
          level: r.level,
          path: r.path,
          boundary: r.boundary ? JSON.stringify(r.boundary) : null,
          sort: r.sort,
        })),
      )
      .execute();
}

/** A unit's id by its demo key; an unknown key is a mistake in the demo data. */
export type UnitIdOf = (key: string) => string;

/**
 * Units parents first (by depth, whatever order they are listed in), each depth in batches; `paths` gives each
 * jurisdiction's region path. Answers the id of each unit by its key.
 */
export async function insertUnits(tx: Tx, units: DemoUnit[], paths: Map<string, string>): Promise<UnitIdOf> {
  const byKey = new Map(units.map((u) => [u.key, u]));
  const depth = (u: DemoUnit): number => {
    const parent = u.parentKey ? byKey.get(u.parentKey) : undefined;
    return parent ? 1 + depth(parent) : 0;
  };
  const levels: DemoUnit[][] = [];
  for (const u of units) (levels[depth(u)] ??= []).push(u);
  const ids = new Map<string, string>();
  for (const level of levels)
    for (const part of chunks(level, 500)) {
      const rows = await tx
        .insertInto('unit')
        .values(
          part.map((u) => {
            const path = paths.get(u.jurisdictionCode);
            if (!path) throw new Error(`demo unit ${u.key}: unknown region ${u.jurisdictionCode}`);
            return {
              name: u.name,
              kind: u.kind,
              parent_id: u.parentKey ? (ids.get(u.parentKey) ?? null) : null,
              jurisdiction_code: u.jurisdictionCode,
              jurisdiction_path: path,
              phone: u.phone,
            };
          }),
        )
        .returning('id')
        .execute();
      part.forEach((u, i) => ids.set(u.key, rows[i]!.id));
    }
  return (key) => {
    const id = ids.get(key);
    if (!id) throw new Error(`demo: unknown unit ${key}`);
    return id;
  };
}

/** Duty entries with their parties (lead, coordinators, assistants). */
export async function insertDuties(
  tx: Tx,
  duties: DemoDuty[],
  paths: Map<string, string>,
  unitId: UnitIdOf,
): Promise<void> {
  for (const d of duties) {
    const path = paths.get(d.regionCode);
    if (!path) throw new Error(`demo duty: unknown region ${d.regionCode}`);
    const { id } = await tx
      .insertInto('duty')
      .values({ category_code: d.categoryCode, region_code: d.regionCode, region_path: path, note: d.note })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('duty_party')
      .values(
        d.parties.map((p, ord) => ({
          duty_id: id,
          ord,
          role: p.role,
          unit_id: p.unitKey ? unitId(p.unitKey) : null,
          local_street: p.localStreet,
        })),
      )
      .execute();
  }
}

/** Each distinct demo password hashed once (hashing is slow on purpose). */
export async function passwordHashes(users: DemoUser[]): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const pw of new Set(users.map((u) => u.password))) hashes.set(pw, await hashPassword(pw));
  return hashes;
}

/** Accounts with their phone encrypted and blind-indexed, and grid workers their grids. */
export async function insertUsers(
  tx: Tx,
  pii: PiiCipher,
  users: DemoUser[],
  hashes: Map<string, string>,
  unitId: UnitIdOf,
): Promise<void> {
  for (const u of users) {
    const { id } = await tx
      .insertInto('app_user')
      .values({
        username: u.username,
        name: u.name,
        phone_enc: pii.encrypt(u.phone),
        phone_hash: pii.blindIndex(u.phone),
        unit_id: unitId(u.unitKey),
        roles: u.roles,
        password_hash: hashes.get(u.password) ?? '',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (u.gridCodes?.length)
      await tx
        .insertInto('grid_worker')
        .values(u.gridCodes.map((grid_code) => ({ grid_code, user_id: id })))
        .execute();
  }
}
