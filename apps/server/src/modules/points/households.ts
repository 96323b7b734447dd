import { householdLabel, type HouseholdPlace } from '@onegrid/domain';
import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import { notFound } from '../../lib/errors.ts';

/**
 * A household of the points ledger is a house of the base data (一标三实): its address node tells the building, unit
 * and room; its head is the current resident whose relation to the head is 'head'.
 */
export interface Household {
  houseId: string;
  communityCode: string;
  /** the address as staff read it */
  address: string;
  place: HouseholdPlace;
  /** the head of household's name as stored masked (王**) */
  headMasked: string | null;
}

export async function households(db: DbOrTx, houseIds: readonly string[]): Promise<Map<string, Household>> {
  const out = new Map<string, Household>();
  if (houseIds.length === 0) return out;
  const ids = [...new Set(houseIds)];
  const places = await sql<{ house_id: string; kind: string; name: string }>`
    WITH RECURSIVE up AS (
      SELECT h.id AS house_id, a.id, a.parent_id, a.kind, a.name
        FROM house h JOIN address_node a ON a.id = h.address_id
       WHERE h.id = ANY(${ids}::uuid[])
      UNION ALL
      SELECT up.house_id, a.id, a.parent_id, a.kind, a.name FROM up JOIN address_node a ON a.id = up.parent_id
    )
    SELECT house_id, kind, name FROM up WHERE kind IN ('building', 'unit', 'room')`.execute(db);
  const rows = await db
    .selectFrom('house as h')
    .innerJoin('address_node as a', 'a.id', 'h.address_id')
    .leftJoin('residence as r', (j) =>
      j.onRef('r.house_id', '=', 'h.id').on('r.relation_to_head', '=', 'head').on('r.moved_out', 'is', null),
    )
    .leftJoin('person as p', 'p.id', 'r.person_id')
    .select(['h.id', 'h.community_code', 'a.full_name', 'p.name_masked'])
    .where('h.id', 'in', ids)
    .execute();
  for (const r of rows) {
    if (out.has(r.id)) continue;
    out.set(r.id, {
      houseId: r.id,
      communityCode: r.community_code,
      address: r.full_name,
      place: { building: null, unit: null, room: null },
      headMasked: r.name_masked,
    });
  }
  for (const p of places.rows) {
    const h = out.get(p.house_id);
    if (h) h.place[p.kind as keyof HouseholdPlace] = p.name;
  }
  return out;
}

export async function getHousehold(db: DbOrTx, houseId: string): Promise<Household> {
  const h = (await households(db, [houseId])).get(houseId);
  if (!h) throw notFound('house');
  return h;
}

/** What the public (and other residents) read of a household: the minimal label, nothing else. */
export const publicLabel = (h: Household | undefined, minimal = false) =>
  h ? householdLabel(h.place, h.headMasked, minimal) : '—';

/** The house a verified resident lives in, in their community (null when the base data has none). */
export async function houseOfPerson(db: DbOrTx, personId: string, communityCode: string) {
  const r = await db
    .selectFrom('residence')
    .select('house_id')
    .where('person_id', '=', personId)
    .where('community_code', '=', communityCode)
    .where('moved_out', 'is', null)
    .orderBy('moved_in', 'desc')
    .executeTakeFirst();
  return r?.house_id ?? null;
}
