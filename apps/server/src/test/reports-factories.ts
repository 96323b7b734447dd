import type { HazardLevel, HouseUse, PopulationType, SourceState, TagType } from '@onegrid/domain';
import type { Db } from '../db/database.ts';

/**
 * Base-data rows for 一表通 tests, written straight into the test database under one community: only the fields a
 * report query reads are meaningful (names and ID numbers are placeholders, never shown).
 */
export interface BasePlace {
  street: string;
  community: string;
  grid: string | null;
}

let serial = 0;

export async function basePlace(
  owner: Db,
  community: string,
  grid: string | null = null,
): Promise<BasePlace> {
  return { street: `${community.slice(0, 9)}000`, community, grid };
}

async function room(owner: Db, at: BasePlace): Promise<string> {
  const n = ++serial;
  const row = await owner
    .insertInto('address_node')
    .values({
      kind: 'room',
      name: `${n}室`,
      full_name: `测试路${n}号${n}室`,
      street_code: at.street,
      community_code: at.community,
      grid_code: at.grid,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function baseHouse(
  owner: Db,
  at: BasePlace,
  over: { use?: HouseUse; dangerous?: boolean; area?: number; sourceState?: SourceState } = {},
): Promise<string> {
  const row = await owner
    .insertInto('house')
    .values({
      address_id: await room(owner, at),
      use: over.use ?? 'residence',
      dangerous: over.dangerous ?? false,
      area: over.area ?? null,
      street_code: at.street,
      community_code: at.community,
      grid_code: at.grid,
      source_state: over.sourceState ?? 'entered',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A person living in a house of their own with a residence of the given population type, and tags. */
export async function basePerson(
  owner: Db,
  at: BasePlace,
  over: {
    birthDate?: string | null;
    gender?: 'male' | 'female';
    sourceState?: SourceState;
    populationType?: PopulationType;
    deceased?: boolean;
    tags?: { tag: TagType; level?: string; endedOn?: string }[];
    houseId?: string;
  } = {},
): Promise<string> {
  const n = ++serial;
  const person = await owner
    .insertInto('person')
    .values({
      name_enc: `enc${n}`,
      name_hash: `hash${n}`,
      name_masked: '张*',
      gender: over.gender ?? 'female',
      birth_date: over.birthDate === undefined ? '1980-01-01' : over.birthDate,
      deceased: over.deceased ?? false,
      street_code: at.street,
      community_code: at.community,
      grid_code: at.grid,
      source_state: over.sourceState ?? 'entered',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const houseId = over.houseId ?? (await baseHouse(owner, at));
  await owner
    .insertInto('residence')
    .values({
      person_id: person.id,
      house_id: houseId,
      population_type: over.populationType ?? 'registered',
      street_code: at.street,
      community_code: at.community,
      grid_code: at.grid,
      source_state: over.sourceState ?? 'entered',
    })
    .execute();
  for (const t of over.tags ?? []) {
    await owner
      .insertInto('person_tag')
      .values({
        person_id: person.id,
        tag: t.tag,
        level: t.level ?? null,
        ended_on: t.endedOn ?? null,
        details: '{}',
        street_code: at.street,
        community_code: at.community,
        grid_code: at.grid,
        source_state: over.sourceState ?? 'entered',
      })
      .execute();
  }
  return person.id;
}

export async function baseRental(
  owner: Db,
  at: BasePlace,
  over: { hazard?: HazardLevel; occupantActual?: number | null; sourceState?: SourceState } = {},
): Promise<string> {
  const row = await owner
    .insertInto('rental')
    .values({
      house_id: await baseHouse(owner, at),
      use: 'housing',
      hazard: over.hazard ?? 'safe',
      occupant_actual: over.occupantActual ?? null,
      street_code: at.street,
      community_code: at.community,
      grid_code: at.grid,
      source_state: over.sourceState ?? 'entered',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function baseOrganisation(
  owner: Db,
  at: BasePlace,
  over: { keyFire?: boolean; employees?: number | null; sourceState?: SourceState } = {},
): Promise<string> {
  const n = ++serial;
  const row = await owner
    .insertInto('organisation')
    .values({
      kind: 'unit',
      type_code: 'enterprise',
      name: `测试单位${n}`,
      street_code: at.street,
      community_code: at.community,
      grid_code: at.grid,
      key_fire: over.keyFire ?? false,
      employee_count: over.employees ?? null,
      source_state: over.sourceState ?? 'entered',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A monthly template body with the given columns (for POST /api/reports/templates). */
export function templateBody(name: string, columns: unknown[]) {
  return {
    name,
    legalBasis: '《社会救助暂行办法》',
    frequency: 'monthly',
    deadlineWorkingDays: 5,
    columns,
  };
}
