import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, login, type Session, type TestEnv } from '../../test/harness.ts';
import { pointUnder } from '../../test/factories.ts';
import { seedAddressTree } from './fixtures.ts';
import { addressesOf, bulkInsertNodes, bulkInsertSelected } from './public.ts';
import { addressVariants } from './variants.ts';

const BINHE = '110117001000';
const BINHE_COMMUNITY = '110117001001';
const XINGGU = '110117002000';

let env: TestEnv;
let admin: Session;
let streetAdmin: Session;
let operator: Session;
let tree: Awaited<ReturnType<typeof seedAddressTree>>;
let other: Awaited<ReturnType<typeof seedAddressTree>>;

beforeAll(async () => {
  env = await createTestEnv();
  const here = await pointUnder(env.ownerDb, BINHE_COMMUNITY);
  tree = await seedAddressTree(env.ownerDb, {
    streetCode: BINHE,
    communityCode: BINHE_COMMUNITY,
    gridCode: here.gridCode,
    center: here,
    seed: 11,
  });
  const there = await pointUnder(env.ownerDb, XINGGU.slice(0, 9));
  other = await seedAddressTree(env.ownerDb, {
    streetCode: XINGGU,
    communityCode: there.gridCode.slice(0, 12),
    gridCode: there.gridCode,
    center: there,
    seed: 12,
    roads: 1,
  });
  [admin, streetAdmin, operator] = await Promise.all([
    login(env.app, 'admin'),
    login(env.app, 'street_admin'),
    login(env.app, 'operator'),
  ]);
}, 120_000);
afterAll(async () => env?.close());

const get = (url: string, s?: Session) => env.app.inject({ method: 'GET', url, headers: s?.headers ?? {} });
const byName = (rows: typeof tree, kind: string, pred: (r: (typeof tree)[number]) => boolean = () => true) =>
  rows.find((r) => r.kind === kind && pred(r))!;
const parentOf = (rows: typeof tree, r: (typeof tree)[number]) => rows.find((x) => x.id === r.parent_id)!;

describe('geocoding', () => {
  it('ranks the room a messy text names first, with its point and where it lies', async () => {
    const room = byName(tree, 'room', (r) => r.name === '201');
    const floor = parentOf(tree, room);
    const unit = parentOf(tree, floor);
    const building = parentOf(tree, unit);
    const compound = parentOf(tree, building);
    const text = `平谷区 ${compound.name.replace('小区', '')}${building.name.replace('号楼', '栋')}${unit.name.replace('单元', '门')}２０１`;
    const res = await get(`/api/addresses/search?q=${encodeURIComponent(text)}`, operator);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json<{
      items: { id: string; kind: string; fullName: string; gridCode: string; score: number }[];
    }>().items;
    expect(items[0]).toMatchObject({
      id: room.id,
      kind: 'room',
      gridCode: room.grid_code,
      communityCode: BINHE_COMMUNITY,
    });
    expect(items[0]!.fullName).toContain(compound.name);
    expect(items[0]!.score).toBeGreaterThan(0.9);
  });

  it('keeps to a region with within, and answers the public form without a session', async () => {
    const road = byName(other, 'road');
    const q = encodeURIComponent(`${road.name}2号`);
    const inXinggu = await get(`/api/addresses/search?q=${q}&within=${XINGGU}`, operator);
    expect(inXinggu.json<{ items: { id: string }[] }>().items[0]?.id).toBe(byName(other, 'doorplate').id);
    const inBinhe = await get(`/api/addresses/search?q=${q}&within=${BINHE}`, operator);
    expect(
      inBinhe.json<{ items: { streetCode: string }[] }>().items.every((i) => i.streetCode === BINHE),
    ).toBe(true);
    const pub = await get(`/api/public/addresses/search?q=${q}`);
    expect(pub.statusCode).toBe(200);
    expect(pub.json<{ items: { id: string }[] }>().items[0]?.id).toBe(byName(other, 'doorplate').id);
    expect((await get(`/api/addresses/search?q=${q}`)).statusCode).toBe(401);
  });

  it('finds the nearest door plate and building to a point', async () => {
    const building = byName(tree, 'building');
    const res = await get(
      `/api/addresses/reverse?lon=${building.lon + 0.00001}&lat=${building.lat}`,
      operator,
    );
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      building: { id: string; distanceM: number };
      doorplate: { id: string } | null;
    }>();
    expect(body.building.id).toBe(building.id);
    expect(body.building.distanceM).toBeLessThan(5);
    expect(body.doorplate).not.toBeNull();
  });

  it('gives a node with its children and its path to the root', async () => {
    const building = byName(tree, 'building');
    const res = await get(`/api/addresses/${building.id}`, operator);
    const body = res.json<{ kind: string; children: { kind: string }[]; path: { kind: string }[] }>();
    expect(body.kind).toBe('building');
    expect(body.children.map((c) => c.kind)).toEqual(['unit', 'unit']);
    expect(body.path.map((p) => p.kind)).toEqual(['road', 'doorplate', 'compound', 'building']);
  });

  it('serves roads, and buildings only when zoomed in, as GeoJSON', async () => {
    const b = byName(tree, 'building');
    const bbox = [b.lon - 0.01, b.lat - 0.01, b.lon + 0.01, b.lat + 0.01].join(',');
    const far = await get(`/api/addresses/layers?bbox=${bbox}&zoom=13`, operator);
    const kinds = (r: typeof far) =>
      new Set(
        r.json<{ features: { properties: { kind: string } }[] }>().features.map((f) => f.properties.kind),
      );
    expect([...kinds(far)]).toEqual(['road']);
    const near = await get(`/api/public/addresses/layers?bbox=${bbox}&zoom=16`);
    expect([...kinds(near)].sort()).toEqual(['building', 'road']);
    const feature = near
      .json<{ features: { geometry: { type: string } }[] }>()
      .features.find((f) => f.geometry.type === 'Polygon');
    expect(feature).toBeDefined();
    expect((await get(`/api/addresses/layers?bbox=1,2,0,1&zoom=16`, operator)).statusCode).toBe(400);
  });
});

describe('keeping the library (system administrator, within the jurisdiction)', () => {
  it('creates, renames and retires a node, audited; the index follows at once', async () => {
    const compound = byName(tree, 'compound');
    const created = await env.app.inject({
      method: 'POST',
      url: '/api/addresses',
      headers: streetAdmin.headers,
      payload: {
        parentId: compound.id,
        kind: 'building',
        name: '99号楼',
        lon: compound.lon,
        lat: compound.lat,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const node = created.json<{ id: string; fullName: string; gridCode: string }>();
    expect(node.fullName).toBe(`${compound.full_name}99号楼`);
    const found = await get(
      `/api/addresses/search?q=${encodeURIComponent(`${compound.name}99号楼`)}`,
      operator,
    );
    expect(found.json<{ items: { id: string }[] }>().items[0]?.id).toBe(node.id);

    const unit = await env.app.inject({
      method: 'POST',
      url: '/api/addresses',
      headers: streetAdmin.headers,
      payload: { parentId: node.id, kind: 'unit', name: '1单元' },
    });
    expect(unit.statusCode).toBe(201);
    const renamed = await env.app.inject({
      method: 'PATCH',
      url: `/api/addresses/${node.id}`,
      headers: streetAdmin.headers,
      payload: { name: '98号楼' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const detail = renamed.json<{ fullName: string; children: { fullName: string }[] }>();
    expect(detail.fullName).toBe(`${compound.full_name}98号楼`);
    expect(detail.children[0]!.fullName).toBe(`${compound.full_name}98号楼1单元`);

    const retired = await env.app.inject({
      method: 'POST',
      url: `/api/addresses/${node.id}/retire`,
      headers: streetAdmin.headers,
      payload: {},
    });
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json<{ inUse: boolean; validTo: string | null }>()).toMatchObject({ inUse: false });
    const gone = await get(
      `/api/addresses/search?q=${encodeURIComponent(`${compound.name}98号楼`)}`,
      operator,
    );
    expect(gone.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(node.id);
    // still readable: history is kept, nothing deleted
    expect((await get(`/api/addresses/${node.id}`, operator)).json<{ inUse: boolean }>().inUse).toBe(false);

    const audit = await env.ownerDb
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity', '=', 'address_node')
      .where('entity_id', '=', node.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update']);
  });

  it('refuses to retire a node an organisation is registered at', async () => {
    const door = byName(tree, 'doorplate');
    await env.ownerDb
      .insertInto('organisation')
      .values({
        kind: 'place',
        type_code: 'shop',
        name: '测试商店',
        address_id: door.id,
        street_code: BINHE,
      } as never)
      .execute();
    const res = await env.app.inject({
      method: 'POST',
      url: `/api/addresses/${door.id}/retire`,
      headers: admin.headers,
      payload: {},
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: { params: { reason: string } } }>().error.params.reason).toBe('address_in_use');
  });

  it('keeps other jurisdictions and other roles out, and checks the tree levels', async () => {
    const theirs = byName(other, 'building');
    const outside = await env.app.inject({
      method: 'PATCH',
      url: `/api/addresses/${theirs.id}`,
      headers: streetAdmin.headers,
      payload: { name: '改名' },
    });
    expect(outside.statusCode).toBe(404);
    const asOperator = await env.app.inject({
      method: 'PATCH',
      url: `/api/addresses/${theirs.id}`,
      headers: operator.headers,
      payload: { name: '改名' },
    });
    expect(asOperator.statusCode).toBe(403);
    const road = byName(tree, 'road');
    const wrongLevel = await env.app.inject({
      method: 'POST',
      url: '/api/addresses',
      headers: admin.headers,
      payload: { parentId: road.id, kind: 'room', name: '101' },
    });
    expect(wrongLevel.statusCode).toBe(400);
    const newRoad = await env.app.inject({
      method: 'POST',
      url: '/api/addresses',
      headers: admin.headers,
      payload: { kind: 'road', name: '测试新路', communityCode: BINHE_COMMUNITY },
    });
    expect(newRoad.statusCode, newRoad.body).toBe(201);
    expect(newRoad.json<{ streetCode: string }>().streetCode).toBe(BINHE);
  });
});

describe('the benchmark variants', () => {
  it('answers at least 95 % of 1,000 generated variants with the right node first', async () => {
    const svc = addressesOf(env.ctx);
    const index = await svc.index();
    const places = new Map(
      (await env.ownerDb.selectFrom('region').select(['code', 'name']).execute()).map((r) => [
        r.code,
        r.name,
      ]),
    );
    const variants = addressVariants(index, { count: 1000, seed: 5, places, district: '平谷区' });
    expect(variants.length).toBe(1000);
    let right = 0;
    const times: number[] = [];
    const wrong: string[] = [];
    for (const v of variants) {
      const t0 = performance.now();
      const top = index.search(v.text, { limit: 5 })[0];
      times.push(performance.now() - t0);
      if (top?.record.id === v.expectedId) right++;
      else if (wrong.length < 10)
        wrong.push(`${v.text} [${v.tags.join(',')}] → ${top?.record.fullName ?? '—'}`);
    }
    times.sort((a, b) => a - b);
    const top1 = right / variants.length;
    console.log(
      `geocode variants: nodes=${index.size} top1=${top1.toFixed(3)} p50_ms=${times[500]!.toFixed(3)} p99_ms=${times[990]!.toFixed(3)}`,
      wrong,
    );
    expect(top1, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('bulk loads (the demo district)', () => {
  it('writes nodes by COPY with their shapes where the library keeps them, and rooms by insert-select', async () => {
    const client = new pg.Client({ connectionString: env.url });
    await client.connect();
    const [road, building, room] = [randomUUID(), randomUUID(), randomUUID()];
    const at = { lon: 117.1, lat: 40.14 };
    const place = { streetCode: BINHE, communityCode: BINHE_COMMUNITY, floors: null, source: 'verified' };
    try {
      await client.query('BEGIN');
      const n = await bulkInsertNodes(client, [
        {
          ...place,
          id: road,
          parentId: null,
          kind: 'road',
          name: '批量路',
          fullName: '批量路',
          communityCode: null,
          gridCode: null,
          lon: null,
          lat: null,
          shape: {
            type: 'LineString',
            coordinates: [
              [at.lon, at.lat],
              [at.lon + 0.001, at.lat],
            ],
          },
          sort: 1,
          validFrom: '2018-01-01',
        },
        {
          ...place,
          id: building,
          parentId: road,
          kind: 'building',
          name: '1号楼',
          fullName: '批量路1号楼',
          gridCode: null,
          ...at,
          shape: {
            type: 'Polygon',
            coordinates: [
              [
                [at.lon, at.lat],
                [at.lon + 0.0002, at.lat],
                [at.lon, at.lat + 0.0002],
                [at.lon, at.lat],
              ],
            ],
          },
          floors: 6,
          sort: 1,
          validFrom: '2018-01-01',
        },
      ]);
      expect(n).toBe(2);
      const rooms = await bulkInsertSelected(
        client,
        `SELECT '${room}'::uuid, '${building}'::uuid, 'room', '101', '批量路1号楼101', '${BINHE}', '${BINHE_COMMUNITY}',
           NULL, ${at.lon}, ${at.lat}, 1, 'verified', '2018-01-01'`,
      );
      expect(rooms).toBe(1);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    const rows = await env.ownerDb
      .selectFrom('address_node')
      .select(['id', 'kind', 'parent_id', 'floors'])
      .select((eb) => [
        eb.fn<boolean>('num_nonnulls', ['line']).as('has_line'),
        eb.fn<boolean>('num_nonnulls', ['footprint']).as('has_footprint'),
      ])
      .where('id', 'in', [road, building, room])
      .orderBy('sort')
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(road)).toMatchObject({ kind: 'road', has_line: 1, has_footprint: 0 });
    expect(byId.get(building)).toMatchObject({ kind: 'building', has_line: 0, has_footprint: 1, floors: 6 });
    expect(byId.get(room)).toMatchObject({ kind: 'room', parent_id: building });
  });
});
