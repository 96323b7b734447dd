// Base data (一标三实, issue 10) at the demo district's scale: ID look-up, geocoding, a ten-column 一表通 template for
// every community, live grid counts and the population-list import — each against a naive way measured in the same
// run. Run from the repo root:
//   npm run bench:basedata [-- --scale 1 --keep]
// A fresh embedded PostgreSQL in a temp directory, migrated, with the demo structure and the demo base data generated
// at --scale (1 ≈ 450,000 persons, as `npm start`). Targets (issue 10): ID look-up p99 < 5 ms; geocoding p50 < 20 ms
// with ≥ 95 % top-1 on 1,000 generated variants whose answer is known; the template for all communities < 1 s; grid
// counts < 100 ms; import ≥ 5,000 rows/s with validation.
// Naive ways: the ID look-up and the grid counts with index scans turned off (what the table would cost without the
// blind-index and denormalised-code indexes); geocoding by a LIKE over the full names (a hand-rolled search box);
// the template one community at a time (what a per-community form does); the import row by row.
// The last line is one JSON object.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import ExcelJS from 'exceljs';
import {
  PERSON_IMPORT_COLUMNS,
  residentIdCheckChar,
  type ReportColumn,
} from '../packages/domain/src/index.ts';
import type { Actor } from '../apps/server/src/lib/actor.ts';
import { createDb, type Db } from '../apps/server/src/db/database.ts';
import { startEmbeddedPostgres } from '../apps/server/src/db/embedded.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import { buildDemoData } from '../apps/server/src/demo/demo-data.ts';
import { loadDemoData } from '../apps/server/src/demo/seed.ts';
import { loadDemoBaseData } from '../apps/server/src/demo/basedata/load.ts';
import { PiiCipher } from '../apps/server/src/lib/pii.ts';
import { AddressService, search } from '../apps/server/src/modules/addresses/public.ts';
import { addressVariants } from '../apps/server/src/modules/addresses/variants.ts';
import { runTemplateForAllCommunities } from '../apps/server/src/modules/reports/public.ts';
import { countsFor } from '../apps/server/src/modules/baseview/public.ts';
import { importPersonsFile } from '../apps/server/src/modules/basedata/import.service.ts';

const { values: args } = parseArgs({
  options: { scale: { type: 'string', default: '1' }, keep: { type: 'boolean', default: false } },
});
const SCALE = Number(args.scale);
if (!(SCALE > 0 && SCALE <= 4)) throw new Error('--scale: a number in (0, 4]');

const log = (line: string) => console.log(line);
const now = () => process.hrtime.bigint();
const msSince = (t0: bigint) => Number(now() - t0) / 1e6;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** Times each call; returns the durations in ms (after one untimed warm-up call). */
async function each<T>(items: readonly T[], f: (x: T) => Promise<unknown>): Promise<number[]> {
  if (items.length) await f(items[0]!);
  const out: number[] = [];
  for (const x of items) {
    const t0 = now();
    await f(x);
    out.push(msSince(t0));
  }
  return out;
}

async function median(runs: number, f: () => Promise<unknown>): Promise<number> {
  return quantile(
    await each(
      Array.from({ length: runs }, (_, i) => i),
      f,
    ),
    0.5,
  );
}

async function actorFor(db: Db, username: string): Promise<Actor> {
  const u = await db
    .selectFrom('app_user as u')
    .innerJoin('unit as n', 'n.id', 'u.unit_id')
    .innerJoin('region as r', 'r.code', 'n.jurisdiction_code')
    .select(['u.id', 'u.username', 'u.name', 'u.roles', 'u.unit_id', 'n.name as unit_name', 'n.kind'])
    .select(['r.code', 'r.name as rname', 'r.level', 'r.path'])
    .where('u.username', '=', username)
    .executeTakeFirstOrThrow();
  return {
    userId: u.id,
    username: u.username,
    name: u.name,
    roles: u.roles,
    unitId: u.unit_id,
    unitName: u.unit_name,
    unitKind: u.kind,
    scopeCode: u.code,
    scopeName: u.rname,
    scopeLevel: u.level,
    scopePath: u.path,
    ip: '127.0.0.1',
    requestId: 'bench',
  };
}

/** Without index scans: what a look-up costs when nothing but the table can answer it. */
async function withoutIndexes<T>(db: Db, f: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_indexonlyscan = off`.execute(
      tx,
    );
    return f(tx);
  });
}

/** The ten columns a 民政/残联/消防 monthly sheet asks for, all from the base. */
const TEN_COLUMNS: ReportColumn[] = [
  { key: 'residents', label: '实有人口', kind: 'query', query: q('residence') },
  {
    key: 'registered',
    label: '户籍人口',
    kind: 'query',
    query: q('residence', [['population_type', 'registered']]),
  },
  {
    key: 'floating',
    label: '流动人口',
    kind: 'query',
    query: q('residence', [['population_type', 'floating']]),
  },
  { key: 'aged80', label: '80岁以上老人', kind: 'query', query: { ...q('residence'), ageBand: { min: 80 } } },
  { key: 'alone', label: '独居老人', kind: 'query', query: q('person_tag', [['tag', 'elderly_alone']]) },
  { key: 'dibao', label: '低保人员', kind: 'query', query: q('person_tag', [['tag', 'dibao']]) },
  { key: 'disabled', label: '残疾人', kind: 'query', query: q('person_tag', [['tag', 'disabled']]) },
  { key: 'rentals', label: '出租房屋', kind: 'query', query: q('rental') },
  { key: 'hazards', label: '严重隐患出租屋', kind: 'query', query: q('rental', [['hazard', 'serious']]) },
  { key: 'fire_units', label: '消防重点单位', kind: 'query', query: q('organisation', [['key_fire', true]]) },
];
type Query = Extract<ReportColumn, { kind: 'query' }>['query'];
function q(entity: string, eq: [string, string | boolean][] = []): Query {
  return {
    entity,
    filters: eq.map(([field, v]) => ({ field, op: 'eq', values: [v] })),
    aggregate: { fn: 'count' },
    groupBy: 'community',
  } as Query;
}

/** Rows of a police population list: valid, new persons in houses of the importing street. */
async function importFile(db: Db, street: string, n: number, seed: number): Promise<Buffer> {
  const houses = await db
    .selectFrom('house')
    .select(['address_id', 'community_code', 'grid_code'])
    .where('street_code', '=', street)
    .orderBy('address_id')
    .limit(500)
    .execute();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人口');
  ws.addRow(PERSON_IMPORT_COLUMNS.map((c) => c.zh));
  for (let i = 0; i < n; i++) {
    const h = houses[i % houses.length]!;
    const born = new Date(Date.UTC(1950 + (i % 55), i % 12, 1 + (i % 28)));
    const ymd = born.toISOString().slice(0, 10).replaceAll('-', '');
    const seq = String((seed * 1000 + i) % 1000).padStart(3, '0');
    // Area code 1301xx (Hebei) keeps the benchmark's people apart from the demo's 110117 户籍 persons.
    const first17 = `13010${String(Math.floor(i / 1000) % 10)}${ymd}${seq}`;
    const id = first17 + residentIdCheckChar(first17);
    ws.addRow([
      `测试${String.fromCharCode(0x4e00 + (i % 500))}${String.fromCharCode(0x4e00 + ((i * 7) % 500))}`,
      id,
      Number(seq[2]) % 2 === 1 ? '男' : '女',
      '汉族',
      `139${String(10_000_000 + seed * 100_000 + i).slice(-8)}`,
      '河北省石家庄市',
      '流动人口',
      h.community_code,
      h.grid_code ?? '',
      h.address_id,
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-basebench-'));
  fs.chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), database: 'onegrid' });
  try {
    const url = server.url('onegrid');
    const owner = createDb({ connectionString: url, max: 4, appRole: false });
    const db = owner.db;
    const pii = new PiiCipher(Buffer.alloc(32, 7));
    await migrateToLatest(db);
    const demo = buildDemoData();
    await loadDemoData(db, pii, demo);
    let t0 = now();
    const counts = await loadDemoBaseData(owner.pool, pii, demo, { scale: SCALE, log });
    log(`demo base data at scale ${SCALE}: ${(msSince(t0) / 1000).toFixed(1)} s ${JSON.stringify(counts)}`);
    await sql`ANALYZE`.execute(db);
    const persons = Number(
      (
        await db
          .selectFrom('person')
          .select(sql<string>`count(*)`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

    // 1. ID look-up by the blind index (the plain numbers decrypted from a random sample of persons).
    const sample = await db
      .selectFrom('person')
      .select('id_enc')
      .where('id_type', '=', 'resident_id')
      .where('id_enc', 'is not', null)
      .orderBy(sql`md5(id::text)`)
      .limit(2000)
      .execute();
    const ids = sample.map((r) => pii.decrypt(r.id_enc!));
    const lookup = (tx: Db) => (id: string) =>
      tx
        .selectFrom('person')
        .select(['id', 'name_masked'])
        .where('id_type', '=', 'resident_id')
        .where('id_hash', '=', pii.blindIndex(id))
        .executeTakeFirstOrThrow();
    const idTimes = await each(ids, lookup(db));
    const idNaive = await withoutIndexes(db, (tx) => each(ids.slice(0, 20), lookup(tx)));
    log(
      `ID look-up: p50 ${round(quantile(idTimes, 0.5))} ms, p99 ${round(quantile(idTimes, 0.99))} ms over ${ids.length}; naive (no index) p50 ${round(quantile(idNaive, 0.5))} ms`,
    );

    // 2. Geocoding 1,000 generated variants whose answer is known.
    const addresses = new AddressService(db, 0);
    t0 = now();
    const index = await addresses.index();
    log(`address index: ${index.all().length} nodes loaded in ${round(msSince(t0), 0)} ms`);
    const variants = addressVariants(index, { count: 1000, seed: 11 });
    const found: (string | undefined)[] = [];
    const geoTimes = await each(
      variants.map((v, i) => ({ v, i })),
      async ({ v, i }) => {
        found[i] = (await search(addresses, { q: v.text, limit: 5 }))[0]?.id;
      },
    );
    const top1 = variants.filter((v, i) => found[i] === v.expectedId).length;
    const geocodeTop1 = top1 / variants.length;
    let naiveTop1 = 0;
    const naiveVariants = variants.slice(0, 50);
    const geoNaive = await each(naiveVariants, async (v) => {
      const hit = await db
        .selectFrom('address_node')
        .select('id')
        .where('full_name', 'like', `%${v.text}%`)
        .orderBy(sql`length(full_name)`)
        .limit(1)
        .executeTakeFirst();
      if (hit?.id === v.expectedId) naiveTop1++;
    });
    log(
      `geocoding: p50 ${round(quantile(geoTimes, 0.5))} ms, p99 ${round(quantile(geoTimes, 0.99))} ms, top-1 ${round(geocodeTop1 * 100, 1)} % of ${variants.length}; naive LIKE p50 ${round(quantile(geoNaive, 0.5))} ms, top-1 ${round((naiveTop1 / naiveVariants.length) * 100, 1)} %`,
    );

    // 3. A ten-column 一表通 template for every community of the district.
    const refDay = new Date().toISOString().slice(0, 10);
    const { communities } = await runTemplateForAllCommunities(db, TEN_COLUMNS, refDay);
    const reportMs = await median(5, () => runTemplateForAllCommunities(db, TEN_COLUMNS, refDay));
    const communityPaths = await db
      .selectFrom('region')
      .select('path')
      .where('level', '=', 'community')
      .execute();
    const reportNaive = await median(1, async () => {
      for (const c of communityPaths) await runTemplateForAllCommunities(db, TEN_COLUMNS, refDay, c.path);
    });
    log(
      `一表通 ten columns × ${communities} communities: ${round(reportMs, 1)} ms (median of 5); naive one community at a time ${round(reportNaive, 0)} ms`,
    );

    // 4. Live counts of a grid (population by type, households, houses, rentals, organisations, tags).
    const streetLead = await actorFor(db, 'street_lead');
    const grids = await db
      .selectFrom('grid')
      .select('code')
      .where('region_path', 'like', `${streetLead.scopePath}%`)
      .orderBy(sql`md5(code)`)
      .limit(50)
      .execute();
    const gridTimes = await each(grids, (g) => countsFor(db, streetLead, { grid: g.code }));
    const gridNaive = await withoutIndexes(db, (tx) =>
      each(grids.slice(0, 5), (g) => countsFor(tx, streetLead, { grid: g.code })),
    );
    log(
      `grid counts: p50 ${round(quantile(gridTimes, 0.5))} ms, max ${round(Math.max(...gridTimes))} ms over ${grids.length} grids; naive (no index) p50 ${round(quantile(gridNaive, 0.5))} ms`,
    );

    // 5. Import of a police population list (Excel), validated, all or nothing.
    const admin = await actorFor(db, 'street_lead');
    const ROWS = 20_000;
    const file = await importFile(db, admin.scopeCode, ROWS, 1);
    t0 = now();
    const out = await importPersonsFile(db, pii, admin, 'zh-CN', { filename: 'police.xlsx', data: file });
    const importMs = msSince(t0);
    const importRate = (out.rows / importMs) * 1000;
    const NAIVE_ROWS = 300;
    const naiveFile = await importFile(db, admin.scopeCode, NAIVE_ROWS, 2);
    const naiveWb = new ExcelJS.Workbook();
    await naiveWb.xlsx.load(naiveFile as never);
    const header = (naiveWb.worksheets[0]!.getRow(1).values as string[]).slice(1);
    t0 = now();
    for (let r = 2; r <= NAIVE_ROWS + 1; r++) {
      const one = new ExcelJS.Workbook();
      one.addWorksheet('人口').addRow(header);
      one.worksheets[0]!.addRow((naiveWb.worksheets[0]!.getRow(r).values as string[]).slice(1));
      await importPersonsFile(db, pii, admin, 'zh-CN', {
        filename: 'one.xlsx',
        data: Buffer.from(await one.xlsx.writeBuffer()),
      });
    }
    const naiveRate = (NAIVE_ROWS / msSince(t0)) * 1000;
    log(
      `import: ${out.rows} rows (${out.created} new, ${out.matched} matched) in ${round(importMs, 0)} ms = ${round(importRate, 0)} rows/s; naive row by row ${round(naiveRate, 0)} rows/s`,
    );

    const result = {
      bench: 'basedata',
      persons,
      id_lookup_p99_ms: round(quantile(idTimes, 0.99), 3),
      geocode_p50_ms: round(quantile(geoTimes, 0.5), 3),
      geocode_top1: round(geocodeTop1, 4),
      report_all_communities_ms: round(reportMs, 1),
      grid_counts_ms: round(quantile(gridTimes, 0.5), 2),
      import_rows_per_s: round(importRate, 0),
      naive: {
        id_lookup_p50_ms: round(quantile(idNaive, 0.5), 2),
        geocode_p50_ms: round(quantile(geoNaive, 0.5), 2),
        geocode_top1: round(naiveTop1 / naiveVariants.length, 4),
        report_all_communities_ms: round(reportNaive, 0),
        grid_counts_ms: round(quantile(gridNaive, 0.5), 2),
        import_rows_per_s: round(naiveRate, 0),
      },
      ratio: {
        id_lookup: round(quantile(idNaive, 0.5) / quantile(idTimes, 0.5), 1),
        geocode: round(quantile(geoNaive, 0.5) / quantile(geoTimes, 0.5), 1),
        report: round(reportNaive / reportMs, 1),
        grid_counts: round(quantile(gridNaive, 0.5) / quantile(gridTimes, 0.5), 1),
        import: round(importRate / naiveRate, 1),
      },
    };
    await db.destroy();
    console.log(JSON.stringify(result));
  } finally {
    await server.stop();
    if (!args.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
