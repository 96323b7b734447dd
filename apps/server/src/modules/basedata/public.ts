import { tagClass, type TagType } from '@onegrid/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { baseScopeOf, inJurisdiction, relationOf, viewOf, visible } from './basedata.scope.ts';

/**
 * What other modules use of the base data (一标三实), privacy applied: the caller look-up at intake, the facts at an
 * address, the population import (the benchmark). Each takes the viewer and answers only what their class view
 * lets them see.
 */
export { findPersonsByPhoneHash, getPerson, lookupPersons } from './persons.service.ts';
export { importPersonRows, type ImportOutcome } from './import.service.ts';
export { baseScopeOf, personVisibleSql, placeInTerritory, type BaseScope } from './basedata.scope.ts';

export interface AddressFacts {
  houses: number;
  residents: number | null;
  rentals: {
    houseId: string;
    address: string;
    hazard: 'serious' | 'general' | 'safe';
    occupantActual: number | null;
  }[];
  keyUnits: {
    id: string;
    name: string;
    kind: 'unit' | 'place';
    fire: boolean;
    publicOrder: boolean;
    workSafety: boolean;
    openHazards: number;
  }[];
  /** Households with tagged persons: a tag's type only where the viewer may see it, else only its class. */
  tagged: { class: 'P2' | 'P3'; tag: TagType | null; count: number }[];
}

/**
 * What is known at an address node and below it (a building: its rooms): houses, residents, rentals with their
 * hazard, key units and places, and tagged persons — within the viewer's privacy classes (P0 organisations to all
 * staff; houses, rentals and residents to the jurisdiction; tags by each tag's class view, masked as the class only).
 */
export async function factsAtAddress(db: Db, actor: Actor, addressId: string): Promise<AddressFacts> {
  const scope = await baseScopeOf(db, actor);
  const nodes = sql`(WITH RECURSIVE sub AS (SELECT id FROM address_node WHERE id = ${addressId}
      UNION ALL SELECT n.id FROM address_node n JOIN sub ON n.parent_id = sub.id) SELECT id FROM sub)`;
  const houses = await db
    .selectFrom('house as h')
    .innerJoin('address_node as a', 'a.id', 'h.address_id')
    .leftJoin('rental as r', 'r.house_id', 'h.id')
    .select([
      'h.id',
      'h.street_code',
      'h.community_code',
      'h.grid_code',
      'a.full_name',
      'r.hazard',
      'r.occupant_actual',
      'r.id as rental_id',
    ])
    .where(sql<boolean>`h.address_id IN ${nodes}`)
    .limit(2000)
    .execute();
  const seen = houses.filter((h) => visible(scope, relationOf(scope, h)));
  const ids = seen.map((h) => h.id);
  const residents = ids.length
    ? (
        await db
          .selectFrom('residence')
          .select(sql<number>`count(*)::int`.as('n'))
          .where('house_id', 'in', ids)
          .where('moved_out', 'is', null)
          .executeTakeFirstOrThrow()
      ).n
    : 0;
  const orgs = await db
    .selectFrom('organisation as o')
    .select([
      'o.id',
      'o.name',
      'o.kind',
      'o.key_fire',
      'o.key_public_order',
      'o.key_work_safety',
      sql<number>`(SELECT count(*)::int FROM org_hazard z WHERE z.organisation_id = o.id AND z.rectified_on IS NULL)`.as(
        'open_hazards',
      ),
    ])
    .where(sql<boolean>`o.address_id IN ${nodes}`)
    .where(sql<boolean>`(o.key_fire OR o.key_public_order OR o.key_work_safety)`)
    .limit(200)
    .execute();
  const tags = ids.length
    ? await db
        .selectFrom('person_tag as t')
        .innerJoin('residence as r', (j) =>
          j.onRef('r.person_id', '=', 't.person_id').on('r.moved_out', 'is', null),
        )
        .select([
          't.tag',
          't.responsible_unit_id',
          't.assigned_user_id',
          't.ended_on',
          't.street_code',
          't.community_code',
          't.grid_code',
        ])
        .where('r.house_id', 'in', ids)
        .where(sql<boolean>`(t.ended_on IS NULL OR t.ended_on > current_date)`)
        .execute()
    : [];
  const counts = new Map<string, { class: 'P2' | 'P3'; tag: TagType | null; count: number }>();
  for (const t of tags) {
    const cls = tagClass(t.tag) as 'P2' | 'P3';
    const view = viewOf(scope, cls, relationOf(scope, t, [t]));
    if (view === 'hidden') continue;
    const tag = view === 'full' ? t.tag : null;
    const key = `${cls}:${tag ?? ''}`;
    const c = counts.get(key) ?? { class: cls, tag, count: 0 };
    c.count++;
    counts.set(key, c);
  }
  return {
    houses: seen.length,
    residents: seen.length ? residents : null,
    rentals: seen
      .filter((h) => h.rental_id && inJurisdiction(scope, h))
      .map((h) => ({
        houseId: h.id,
        address: h.full_name,
        hazard: h.hazard!,
        occupantActual: h.occupant_actual,
      })),
    keyUnits: orgs.map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      fire: o.key_fire,
      publicOrder: o.key_public_order,
      workSafety: o.key_work_safety,
      openHazards: o.open_hazards,
    })),
    tagged: [...counts.values()],
  };
}
