import { isValidCreditCode, isValidResidentId, TAG_DEFAULT_DEPARTMENT, TagType } from '@onegrid/domain';
import { sql } from 'kysely';
import polygonClipping from 'polygon-clipping';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import { TEST_BASE_SCALE } from '../../test/constants.ts';
import { buildDemoData } from '../demo-data.ts';
import { insideRing, type Point, type Ring } from '../geometry.ts';
import { buildUnits } from '../units.ts';
import { DEMO_COMMUNITY } from '../users.ts';
import { planCommunities } from './address-load.ts';
import { planAddresses } from './address-plan.ts';
import { generatePopulation, type HouseRow } from './population.ts';

// The test template holds the demo base data at TEST_BASE_SCALE (the demo community at least at 0.25).
let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

async function rows<T>(text: string): Promise<T[]> {
  return (await sql.raw<T>(text).execute(env.ownerDb)).rows;
}

async function gridRings(): Promise<Map<string, Ring>> {
  const grids = await env.ownerDb.selectFrom('grid').select(['code', 'boundary']).execute();
  return new Map(
    grids.map((g) => [g.code, (g.boundary as unknown as { coordinates: Point[][] }).coordinates[0]!]),
  );
}

describe('demo base data (一标三实)', () => {
  it('puts every room and building inside the polygon of its grid, buildings not overlapping', async () => {
    const rings = await gridRings();
    const rooms = await rows<{ grid_code: string; lon: number; lat: number }>(
      `SELECT grid_code, lon, lat FROM address_node WHERE kind = 'room'`,
    );
    expect(rooms.length).toBeGreaterThan(1000);
    const outside = rooms.filter((r) => !insideRing([r.lon, r.lat], rings.get(r.grid_code)!));
    expect(outside).toEqual([]);

    const buildings = await rows<{ id: string; grid_code: string; footprint: { coordinates: Ring[] } }>(
      `SELECT id, grid_code, footprint FROM address_node WHERE kind = 'building'`,
    );
    for (const b of buildings) {
      const ring = b.footprint.coordinates[0]!;
      expect(ring.every((p) => insideRing(p, rings.get(b.grid_code)!))).toBe(true);
    }
    // No two footprints intersect: sweep by bounding box, test the candidates exactly.
    const boxes = buildings
      .map((b) => {
        const ring = b.footprint.coordinates[0]!;
        const xs = ring.map((p) => p[0]);
        const ys = ring.map((p) => p[1]);
        return { ring, x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
      })
      .sort((a, b) => a.x0 - b.x0);
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      for (let j = i + 1; j < boxes.length && boxes[j]!.x0 <= a.x1; j++) {
        const b = boxes[j]!;
        if (b.y0 > a.y1 || b.y1 < a.y0) continue;
        if (polygonClipping.intersection([a.ring], [b.ring]).length) overlaps++;
      }
    }
    expect(overlaps).toBe(0);
  });

  it('gives every node its street, community and grid, a full name from its parent, roads a centre line', async () => {
    const bad = await rows<{ n: number }>(`
      SELECT count(*)::int AS n FROM address_node c JOIN address_node p ON p.id = c.parent_id
       WHERE c.street_code <> p.street_code OR c.community_code <> p.community_code
          OR NOT starts_with(c.full_name, regexp_replace(p.full_name, '(院|[0-9]+层)$', ''))
          OR (c.kind IN ('building', 'unit', 'floor', 'room') AND c.grid_code IS DISTINCT FROM p.grid_code
              AND p.kind <> 'doorplate')`);
    expect(bad[0]!.n).toBe(0);
    const missing = await rows<{ n: number }>(`
      SELECT count(*)::int AS n FROM address_node
       WHERE community_code IS NULL OR lon IS NULL OR (kind <> 'road' AND grid_code IS NULL)
          OR (kind = 'road' AND line IS NULL) OR (kind = 'building' AND (footprint IS NULL OR floors IS NULL))`);
    expect(missing[0]!.n).toBe(0);
    const sample = await rows<{ full_name: string }>(
      `SELECT full_name FROM address_node WHERE kind = 'room' AND community_code = '${DEMO_COMMUNITY}' LIMIT 1`,
    );
    expect(sample[0]!.full_name).toMatch(/^北京市平谷区滨河街道金谷东园社区.+\d+号.+\d+号楼\d+单元\d{3,4}$/);
  });

  it('keeps a resident where the house is: person and residence codes equal the house’s', async () => {
    const bad = await rows<{ n: number }>(`
      SELECT count(*)::int AS n FROM residence r JOIN person p ON p.id = r.person_id JOIN house h ON h.id = r.house_id
       WHERE r.moved_out IS NULL AND (p.community_code IS DISTINCT FROM h.community_code
          OR p.grid_code IS DISTINCT FROM h.grid_code OR p.street_code IS DISTINCT FROM h.street_code
          OR r.community_code <> h.community_code OR r.grid_code IS DISTINCT FROM h.grid_code)`);
    expect(bad[0]!.n).toBe(0);
    const tagBad = await rows<{ n: number }>(`
      SELECT count(*)::int AS n FROM person_tag t JOIN person p ON p.id = t.person_id
       WHERE t.grid_code IS DISTINCT FROM p.grid_code OR t.community_code IS DISTINCT FROM p.community_code`);
    expect(tagBad[0]!.n).toBe(0);
  });

  it('has synthetic but valid ID numbers (unique blind indexes), masked names and valid credit codes', async () => {
    const dup = await rows<{ n: number; d: number }>(
      `SELECT count(id_hash)::int AS n, count(DISTINCT id_hash)::int AS d FROM person`,
    );
    expect(dup[0]!.n).toBe(dup[0]!.d);
    const people = await rows<{
      id_enc: string;
      id_hash: string;
      name_enc: string;
      name_masked: string;
      gender: string;
      birth_date: string;
      population_type: string;
    }>(`
      SELECT p.id_enc, p.id_hash, p.name_enc, p.name_masked, p.gender, p.birth_date::text, r.population_type
        FROM person p JOIN residence r ON r.person_id = p.id
       WHERE p.id_type = 'resident_id' AND p.id_enc IS NOT NULL ORDER BY p.id LIMIT 300`);
    expect(people.length).toBe(300);
    for (const p of people) {
      const id = env.pii.decrypt(p.id_enc);
      expect(isValidResidentId(id)).toBe(true);
      expect(env.pii.blindIndex(id)).toBe(p.id_hash);
      expect(id.slice(6, 14)).toBe(p.birth_date.replace(/-/g, ''));
      expect(Number(id[16]) % 2 === 1 ? 'male' : 'female').toBe(p.gender);
      if (p.population_type === 'registered') expect(id.slice(0, 6)).toBe('110117');
      else expect(id.slice(0, 6)).not.toBe('110117');
      const name = env.pii.decrypt(p.name_enc);
      expect(p.name_masked).toMatch(/^[\u4e00-\u9fff]{1,2}\*{1,2}$/);
      expect(name.startsWith(p.name_masked.replace(/\*+$/, ''))).toBe(true);
      expect([...name].length).toBe([...p.name_masked].length);
    }
    const codes = await rows<{ credit_code: string }>(`SELECT credit_code FROM organisation`);
    expect(codes.length).toBeGreaterThan(100);
    expect(codes.filter((c) => !isValidCreditCode(c.credit_code))).toEqual([]);
  });

  it('has every tag type, with the default department and the grid worker of the person’s grid', async () => {
    const all = await rows<{ tag: string }>(`SELECT DISTINCT tag FROM person_tag`);
    expect(all.map((r) => r.tag).sort()).toEqual([...TagType.options].sort());
    const community = await rows<{ tag: string }>(
      `SELECT DISTINCT tag FROM person_tag WHERE community_code = '${DEMO_COMMUNITY}'`,
    );
    expect(community.map((r) => r.tag).sort()).toEqual([...TagType.options].sort());

    const units = await env.ownerDb.selectFrom('unit').select(['id', 'name']).execute();
    const nameOfKey = new Map(buildUnits().map((u) => [u.key, u.name]));
    const unitOfTag = await rows<{ tag: string; name: string }>(
      `SELECT DISTINCT t.tag, u.name FROM person_tag t JOIN unit u ON u.id = t.responsible_unit_id`,
    );
    expect(unitOfTag.length).toBe(TagType.options.length);
    for (const r of unitOfTag) expect(r.name).toBe(nameOfKey.get(TAG_DEFAULT_DEPARTMENT[r.tag as TagType]));
    expect(units.length).toBeGreaterThan(0);

    const wrongWorker = await rows<{ n: number }>(`
      SELECT count(*)::int AS n FROM person_tag t
        LEFT JOIN grid_worker gw ON gw.grid_code = t.grid_code AND gw.user_id = t.assigned_user_id
       WHERE (t.assigned_user_id IS NOT NULL AND gw.user_id IS NULL)
          OR (t.assigned_user_id IS NULL AND EXISTS (SELECT 1 FROM grid_worker w WHERE w.grid_code = t.grid_code))`);
    expect(wrongWorker[0]!.n).toBe(0);
    // Age rules of the care groups hold.
    const ages = await rows<{ n: number }>(`
      SELECT count(*)::int AS n FROM person_tag t JOIN person p ON p.id = t.person_id
       WHERE (t.tag = 'elderly_advanced' AND p.birth_date > date '2026-12-01' - interval '80 years')
          OR (t.tag IN ('elderly_alone', 'elderly_empty_nest') AND p.birth_date > date '2026-12-01' - interval '65 years')
          OR (t.tag = 'left_behind_child' AND p.birth_date <= date '2026-12-01' - interval '16 years')`);
    expect(ages[0]!.n).toBe(0);
  });

  it('gives the demo grid worker’s grids rentals, key units with open hazards and every tag', async () => {
    const grids = (
      await rows<{ grid_code: string }>(`
        SELECT gw.grid_code FROM grid_worker gw JOIN app_user u ON u.id = gw.user_id WHERE u.username = 'grid_worker'`)
    ).map((r) => r.grid_code);
    expect(grids.length).toBeGreaterThan(0);
    const list = grids.map((g) => `'${g}'`).join(',');
    const [r] = await rows<{
      rentals: number;
      serious: number;
      fire: number;
      order: number;
      safety: number;
      open: number;
      tags: number;
    }>(`
      SELECT (SELECT count(*)::int FROM rental WHERE grid_code IN (${list})) AS rentals,
             (SELECT count(*)::int FROM rental WHERE grid_code IN (${list}) AND hazard = 'serious') AS serious,
             (SELECT count(*)::int FROM organisation WHERE grid_code IN (${list}) AND key_fire) AS fire,
             (SELECT count(*)::int FROM organisation WHERE grid_code IN (${list}) AND key_public_order) AS order,
             (SELECT count(*)::int FROM organisation WHERE grid_code IN (${list}) AND key_work_safety) AS safety,
             (SELECT count(*)::int FROM org_hazard h JOIN organisation o ON o.id = h.organisation_id
               WHERE o.grid_code IN (${list}) AND h.rectified_on IS NULL) AS open,
             (SELECT count(DISTINCT tag)::int FROM person_tag WHERE grid_code IN (${list})) AS tags`);
    expect(r!.rentals).toBeGreaterThanOrEqual(grids.length);
    expect(r!.serious).toBeGreaterThanOrEqual(grids.length);
    expect(Math.min(r!.fire, r!.order, r!.safety)).toBeGreaterThanOrEqual(grids.length);
    expect(r!.open).toBeGreaterThanOrEqual(3 * grids.length);
    expect(r!.tags).toBe(TagType.options.length);
  });

  it('has realistic shares', async () => {
    const [s] = await rows<{
      persons: number;
      registered: number;
      floating: number;
      old: number;
      children: number;
      disabled: number;
      houses: number;
      rentals: number;
      orgs: number;
    }>(`
      SELECT (SELECT count(*)::int FROM person) AS persons,
             (SELECT count(*)::int FROM residence WHERE population_type = 'registered') AS registered,
             (SELECT count(*)::int FROM residence WHERE population_type = 'floating') AS floating,
             (SELECT count(*)::int FROM person WHERE birth_date <= date '2026-12-01' - interval '65 years') AS old,
             (SELECT count(*)::int FROM person WHERE birth_date > date '2026-12-01' - interval '15 years') AS children,
             (SELECT count(*)::int FROM person_tag WHERE tag = 'disabled') AS disabled,
             (SELECT count(*)::int FROM house) AS houses,
             (SELECT count(*)::int FROM rental) AS rentals,
             (SELECT count(*)::int FROM organisation) AS orgs`);
    const share = (n: number, of: number) => n / of;
    // At the test scale: 450,000 × 0.02 plus the richer demo community.
    expect(s!.persons).toBeGreaterThan(450_000 * TEST_BASE_SCALE * 0.8);
    expect(share(s!.registered, s!.persons)).toBeGreaterThan(0.6);
    expect(share(s!.registered, s!.persons)).toBeLessThan(0.8);
    expect(share(s!.floating, s!.persons)).toBeGreaterThan(0.18);
    expect(share(s!.floating, s!.persons)).toBeLessThan(0.35);
    expect(share(s!.old, s!.persons)).toBeGreaterThan(0.08);
    expect(share(s!.old, s!.persons)).toBeLessThan(0.25);
    expect(share(s!.children, s!.persons)).toBeGreaterThan(0.06);
    expect(share(s!.children, s!.persons)).toBeLessThan(0.2);
    expect(share(s!.disabled, s!.persons)).toBeGreaterThan(0.012);
    expect(share(s!.disabled, s!.persons)).toBeLessThan(0.04);
    expect(share(s!.rentals, s!.houses)).toBeGreaterThan(0.05);
    expect(share(s!.rentals, s!.houses)).toBeLessThan(0.16);
    expect(share(s!.orgs, s!.persons)).toBeGreaterThan(0.01);
    expect(share(s!.orgs, s!.persons)).toBeLessThan(0.06);
  });

  it('stores each grid’s households as the distinct household numbers living there', async () => {
    const bad = await rows<{ n: number }>(`
      SELECT count(*)::int AS n FROM grid g
        LEFT JOIN (SELECT grid_code, count(DISTINCT household_no)::int AS n FROM residence
                    WHERE moved_out IS NULL GROUP BY grid_code) x ON x.grid_code = g.code
       WHERE g.households <> coalesce(x.n, 0)`);
    expect(bad[0]!.n).toBe(0);
  });

  it('is deterministic: the same seed plans the same tree and the same population', async () => {
    const demo = buildDemoData();
    const a = planAddresses(planCommunities(demo, TEST_BASE_SCALE));
    const b = planAddresses(planCommunities(demo, TEST_BASE_SCALE));
    expect(b.nodes.map((n) => n.id + n.fullName)).toEqual(a.nodes.map((n) => n.id + n.fullName));
    const [counts] = await rows<{ buildings: number; plates: number }>(`
      SELECT count(*) FILTER (WHERE kind = 'building')::int AS buildings,
             count(*) FILTER (WHERE kind = 'doorplate')::int AS plates FROM address_node`);
    expect(counts!.buildings).toBe(a.buildings.length);
    expect(counts!.plates).toBe(a.nodes.filter((n) => n.kind === 'doorplate').length);

    const houses = await rows<HouseRow>(`
      SELECT h.id, h.address_id, h.use, h.street_code, h.community_code, h.grid_code, n.full_name, n.lon, n.lat
        FROM house h JOIN address_node n ON n.id = h.address_id ORDER BY h.address_id`);
    const communities = planCommunities(demo, TEST_BASE_SCALE);
    const { persons } = generatePopulation({
      houses,
      householdsPerGrid: new Map(
        communities.flatMap((c) => c.grids.map((g) => [g.code, g.households] as const)),
      ),
      urbanCommunities: new Set(communities.filter((c) => c.urban).map((c) => c.code)),
    });
    const [db] = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM person`);
    expect(persons.length).toBe(db!.n);
    const ids = await rows<{ id: string }>(`SELECT id FROM person ORDER BY id`);
    expect(persons.map((p) => p.id).sort()).toEqual(ids.map((r) => r.id));
  });
});
