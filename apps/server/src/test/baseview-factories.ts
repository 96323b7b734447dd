import { districtOf } from '@onegrid/domain';
import type { HazardLevel, PopulationType, TagType } from '@onegrid/domain';
import type { Db } from '../db/database.ts';
import type { PiiCipher } from '../lib/pii.ts';

/**
 * Base-data rows for the read-side tests (modules/baseview), written straight into the test database as the owner:
 * a building at a point with rooms, houses, residents, tags, rentals and organisations. They do not depend on the
 * demo's generated population (another lane's); each returns the ids a test needs.
 */
let serial = 0;
const next = () => ++serial;

export interface Place {
  streetCode: string;
  communityCode: string;
  gridCode: string | null;
}

/** A building (with a compound above it) at a point. */
export async function newBuilding(
  owner: Db,
  place: Place,
  at: { lon: number; lat: number },
  name = `测试楼${next()}`,
): Promise<string> {
  const row = await owner
    .insertInto('address_node')
    .values({
      kind: 'building',
      name,
      full_name: `测试小区${name}`,
      street_code: place.streetCode,
      community_code: place.communityCode,
      grid_code: place.gridCode,
      lon: at.lon,
      lat: at.lat,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A room (户室) under a building's unit, and its house (individual residence by default). */
export async function newHouse(
  owner: Db,
  place: Place,
  buildingId: string,
  over: { room?: string; use?: 'residence' | 'commercial' | 'dormitory'; dangerous?: boolean } = {},
): Promise<{ houseId: string; addressId: string; address: string }> {
  const b = await owner
    .selectFrom('address_node')
    .select('full_name')
    .where('id', '=', buildingId)
    .executeTakeFirstOrThrow();
  const unit = await owner
    .insertInto('address_node')
    .values({
      parent_id: buildingId,
      kind: 'unit',
      name: '1单元',
      full_name: `${b.full_name}1单元`,
      street_code: place.streetCode,
      community_code: place.communityCode,
      grid_code: place.gridCode,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const room = over.room ?? `${100 + next()}`;
  const address = `${b.full_name}1单元${room}室`;
  const node = await owner
    .insertInto('address_node')
    .values({
      parent_id: unit.id,
      kind: 'room',
      name: `${room}室`,
      full_name: address,
      street_code: place.streetCode,
      community_code: place.communityCode,
      grid_code: place.gridCode,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const house = await owner
    .insertInto('house')
    .values({
      address_id: node.id,
      use: over.use ?? 'residence',
      dangerous: over.dangerous ?? false,
      street_code: place.streetCode,
      community_code: place.communityCode,
      grid_code: place.gridCode,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { houseId: house.id, addressId: node.id, address };
}

/** A person living in a house (current residence), with a phone when given. */
export async function newResident(
  owner: Db,
  pii: PiiCipher,
  place: Place,
  houseId: string,
  over: { name?: string; phone?: string; populationType?: PopulationType; householdNo?: string } = {},
): Promise<string> {
  const name = over.name ?? `测试居民${next()}`;
  const person = await owner
    .insertInto('person')
    .values({
      name_enc: pii.encrypt(name),
      name_hash: pii.blindIndex(name),
      name_masked: `${name.slice(0, 1)}${'*'.repeat(Math.max(1, name.length - 1))}`,
      phone_enc: over.phone ? pii.encrypt(over.phone) : null,
      phone_hash: over.phone ? pii.blindIndex(over.phone) : null,
      street_code: place.streetCode,
      community_code: place.communityCode,
      grid_code: place.gridCode,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await owner
    .insertInto('residence')
    .values({
      person_id: person.id,
      house_id: houseId,
      population_type: over.populationType ?? 'registered',
      household_no: over.householdNo ?? null,
      street_code: place.streetCode,
      community_code: place.communityCode,
      grid_code: place.gridCode,
    })
    .execute();
  return person.id;
}

/** A tag on a person, with its responsible unit and assigned worker. */
export async function newTag(
  owner: Db,
  place: Place,
  personId: string,
  tag: TagType,
  over: { unitId?: string | null; assignedUserId?: string | null; ended?: boolean } = {},
): Promise<string> {
  const row = await owner
    .insertInto('person_tag')
    .values({
      person_id: personId,
      tag,
      details: '{}',
      responsible_unit_id: over.unitId ?? null,
      assigned_user_id: over.assignedUserId ?? null,
      ended_on: over.ended ? '2026-01-01' : null,
      street_code: place.streetCode,
      community_code: place.communityCode,
      grid_code: place.gridCode,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function newRental(
  owner: Db,
  place: Place,
  houseId: string,
  hazard: HazardLevel,
): Promise<string> {
  const row = await owner
    .insertInto('rental')
    .values({
      house_id: houseId,
      use: 'housing',
      hazard,
      occupant_limit: 4,
      occupant_actual: 6,
      street_code: place.streetCode,
      community_code: place.communityCode,
      grid_code: place.gridCode,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An organisation (a key unit when flags are given), at a point or at an address node, with open hazards. */
export async function newOrganisation(
  owner: Db,
  place: Place,
  over: {
    name?: string;
    at?: { lon: number; lat: number };
    addressId?: string;
    kind?: 'unit' | 'place';
    keyFire?: boolean;
    keyPublicOrder?: boolean;
    keyWorkSafety?: boolean;
    openHazards?: number;
  } = {},
): Promise<string> {
  const row = await owner
    .insertInto('organisation')
    .values({
      kind: over.kind ?? 'place',
      type_code: 'test',
      name: over.name ?? `测试单位${next()}`,
      address_id: over.addressId ?? null,
      lon: over.at?.lon ?? null,
      lat: over.at?.lat ?? null,
      street_code: place.streetCode,
      community_code: place.communityCode,
      grid_code: place.gridCode,
      key_fire: over.keyFire ?? false,
      key_public_order: over.keyPublicOrder ?? false,
      key_work_safety: over.keyWorkSafety ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let i = 0; i < (over.openHazards ?? 0); i++) {
    await owner
      .insertInto('org_hazard')
      .values({
        organisation_id: row.id,
        district_code: districtOf(place.streetCode),
        found_on: '2026-12-01',
        description: '消防通道堵塞',
        level: 'serious',
      })
      .execute();
  }
  return row.id;
}
