import {
  districtOf,
  maskName,
  residentIdCheckChar,
  type PopulationType,
  type TagType,
} from '@onegrid/domain';
import type { Db } from '../db/database.ts';
import type { PiiCipher } from '../lib/pii.ts';

/** Base-data rows for tests (the demo's population comes from the demo lane). */

let seq = 0;
/** A valid resident ID number, distinct per call (birth 1950–1999, sequence from a counter). */
export function newResidentId(birth = '19800101', region = '110117'): string {
  seq++;
  const first17 = `${region}${birth}${String(100 + (seq % 900)).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** A door plate → building → room chain in a community (grid optional), returning the room's node. */
export async function newAddress(
  owner: Db,
  place: { streetCode: string; communityCode: string; gridCode?: string | null },
  name = `测试路${++seq}号`,
) {
  const row = await owner
    .insertInto('address_node')
    .values({
      kind: 'room',
      name,
      full_name: `平谷区${name}`,
      street_code: place.streetCode,
      community_code: place.communityCode,
      grid_code: place.gridCode ?? null,
    })
    .returning(['id', 'full_name'])
    .executeTakeFirstOrThrow();
  return row;
}

export async function newHouse(
  owner: Db,
  place: { streetCode: string; communityCode: string; gridCode?: string | null },
) {
  const a = await newAddress(owner, place);
  const h = await owner
    .insertInto('house')
    .values({
      address_id: a.id,
      street_code: place.streetCode,
      community_code: place.communityCode,
      grid_code: place.gridCode ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: h.id, addressId: a.id, address: a.full_name };
}

export async function newPerson(
  owner: Db,
  pii: PiiCipher,
  o: {
    name?: string;
    idNumber?: string;
    phone?: string;
    streetCode: string;
    communityCode: string;
    gridCode?: string | null;
    houseId?: string;
    populationType?: PopulationType;
  },
) {
  const name = o.name ?? `测试${++seq}`;
  const id = o.idNumber ?? newResidentId();
  const p = await owner
    .insertInto('person')
    .values({
      name_enc: pii.encrypt(name),
      name_hash: pii.blindIndex(name),
      name_masked: maskName(name)!,
      id_enc: pii.encrypt(id),
      id_hash: pii.blindIndex(id),
      gender: Number(id[16]) % 2 ? 'male' : 'female',
      ethnicity: '汉族',
      birth_date: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
      phone_enc: o.phone ? pii.encrypt(o.phone) : null,
      phone_hash: o.phone ? pii.blindIndex(o.phone) : null,
      street_code: o.streetCode,
      community_code: o.communityCode,
      grid_code: o.gridCode ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (o.houseId) {
    await owner
      .insertInto('residence')
      .values({
        person_id: p.id,
        house_id: o.houseId,
        population_type: o.populationType ?? 'registered',
        street_code: o.streetCode,
        community_code: o.communityCode,
        grid_code: o.gridCode ?? null,
      })
      .execute();
  }
  return { id: p.id, idNumber: id, name };
}

export async function newTag(
  owner: Db,
  personId: string,
  t: {
    tag: TagType;
    responsibleUnitId?: string | null;
    assignedUserId?: string | null;
    level?: string | null;
  },
) {
  const p = await owner
    .selectFrom('person')
    .select(['street_code', 'community_code', 'grid_code'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  const row = await owner
    .insertInto('person_tag')
    .values({
      person_id: personId,
      tag: t.tag,
      level: t.level ?? null,
      started_on: '2026-01-01',
      responsible_unit_id: t.responsibleUnitId ?? null,
      assigned_user_id: t.assignedUserId ?? null,
      details: JSON.stringify({ note: 'test' }),
      ...p,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function newOrganisation(
  owner: Db,
  place: { streetCode: string; communityCode: string; gridCode?: string | null },
) {
  const row = await owner
    .insertInto('organisation')
    .values({
      kind: 'place',
      type_code: 'catering',
      name: `测试场所${++seq}`,
      street_code: place.streetCode,
      community_code: place.communityCode,
      grid_code: place.gridCode ?? null,
      key_fire: true,
      employee_count: 3,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function newHazard(owner: Db, organisationId: string) {
  const org = await owner
    .selectFrom('organisation')
    .select('street_code')
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  const row = await owner
    .insertInto('org_hazard')
    .values({
      organisation_id: organisationId,
      district_code: districtOf(org.street_code),
      found_on: '2026-12-01',
      description: '通道堵塞',
      level: 'general',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
