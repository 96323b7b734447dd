import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { writeAudit } from '../lib/audit.ts';
import type { PiiCipher } from '../lib/pii.ts';
import { hashPassword } from '../modules/auth/passwords.ts';
import type { DemoData } from './types.ts';

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export async function isEmpty(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('region')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n === 0;
}

/** Loads the demo data set in one transaction; returns the demo accounts to print. */
export async function loadDemoData(db: Db, pii: PiiCipher, data: DemoData) {
  const hashes = new Map<string, string>();
  for (const pw of new Set(data.users.map((u) => u.password))) hashes.set(pw, await hashPassword(pw));
  await db.transaction().execute(async (tx) => {
    for (const part of chunks(data.regions, 200)) {
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
    for (const part of chunks(data.grids, 200)) {
      await tx
        .insertInto('grid')
        .values(
          part.map((g) => ({
            code: g.code,
            name: g.name,
            community_code: g.communityCode,
            region_path: g.regionPath,
            boundary: JSON.stringify(g.boundary),
            households: g.households,
          })),
        )
        .execute();
    }
    const paths = new Map(data.regions.map((r) => [r.code, r.path]));
    const unitIds = new Map<string, string>();
    // Parents first: the demo lists them in order, but sort by depth to be safe.
    const depth = (key: string | null): number => {
      let d = 0;
      let k = key;
      while (k) {
        d++;
        k = data.units.find((u) => u.key === k)?.parentKey ?? null;
      }
      return d;
    };
    const ordered = [...data.units].sort((a, b) => depth(a.parentKey) - depth(b.parentKey));
    for (const u of ordered) {
      const path = paths.get(u.jurisdictionCode);
      if (!path) throw new Error(`demo unit ${u.key}: unknown region ${u.jurisdictionCode}`);
      const { id } = await tx
        .insertInto('unit')
        .values({
          name: u.name,
          kind: u.kind,
          parent_id: u.parentKey ? (unitIds.get(u.parentKey) ?? null) : null,
          jurisdiction_code: u.jurisdictionCode,
          jurisdiction_path: path,
          phone: u.phone,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      unitIds.set(u.key, id);
    }
    const unitId = (key: string): string => {
      const id = unitIds.get(key);
      if (!id) throw new Error(`demo: unknown unit ${key}`);
      return id;
    };
    for (const part of chunks(data.categories, 200)) {
      await tx
        .insertInto('category')
        .values(
          part.map((c) => ({
            code: c.code,
            parent_code: c.parentCode,
            name_zh: c.nameZh,
            name_en: c.nameEn,
            is_leaf: c.isLeaf,
            default_urgency: c.defaultUrgency,
            service_code: c.serviceCode,
            grid_solvable: c.gridSolvable,
            keywords: c.keywords,
            sort: c.sort,
            public: c.public,
            facility: c.facility,
          })),
        )
        .execute();
    }
    for (const p of data.deadlinePolicies) {
      await tx
        .insertInto('deadline_policy')
        .values({
          category_code: p.categoryCode,
          urgency: p.urgency,
          accept_value: p.accept.value,
          accept_unit: p.accept.unit,
          respond_value: p.respond.value,
          respond_unit: p.respond.unit,
          resolve_value: p.resolve.value,
          resolve_unit: p.resolve.unit,
        })
        .execute();
    }
    for (const d of data.duties) {
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
    for (const u of data.users) {
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
      if (u.gridCodes?.length) {
        await tx
          .insertInto('grid_worker')
          .values(u.gridCodes.map((grid_code) => ({ grid_code, user_id: id })))
          .execute();
      }
    }
    await writeAudit(tx, null, {
      action: 'import',
      entity: 'demo',
      after: {
        regions: data.regions.length,
        grids: data.grids.length,
        units: data.units.length,
        categories: data.categories.length,
        duties: data.duties.length,
        users: data.users.length,
      },
    });
  });
  return data.users.map((u) => ({
    username: u.username,
    password: u.password,
    name: u.name,
    roles: u.roles,
    unitKey: u.unitKey,
  }));
}
