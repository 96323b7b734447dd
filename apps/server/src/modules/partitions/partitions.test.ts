import {
  caseMonthOf,
  caseNumberCeiling,
  caseNumberFloor,
  caseNumberOf,
  shanghaiDayOf,
  type CaseScope,
  districtOfPath,
} from '@onegrid/domain';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { Kysely, PostgresDialect, sql, type CompiledQuery } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import { findCase, eventsOf } from '../cases/cases.repository.ts';
import { openCasesInSight, publishedOpenCases } from '../duplicates/duplicates.repository.ts';
import { loadCases } from '../hotspots/hotspots.service.ts';
import { searchRequests } from '../open311/open311.repository.ts';
import { latestCases, liveIntakeByChannel } from '../dashboard/dashboard.repository.ts';
import { naiveDashboardSummary } from '../assessment/assessment.dashboard.ts';
import { foldAssessment } from '../assessment/assessment.fold.ts';
import { archiveMonth, maintainPartitions, PartitionRefused, restoreMonth } from './partitions.service.ts';
import { ensurePartitions } from './partitions.repository.ts';
import { caseDistrictOf } from '../cases/public.ts';

let env: TestEnv;
const DAY = 86_400_000;

/** Where a row of "case" or case_event sits. */
async function partitionOf(db: Db, table: 'case' | 'case_event', key: string): Promise<string> {
  const col = table === 'case' ? 'id' : 'case_id';
  const { rows } = await sql<{ p: string }>`
    SELECT tableoid::regclass::text AS p FROM ${sql.table(table)} WHERE ${sql.ref(col)} = ${key} LIMIT 1`.execute(
    db,
  );
  return rows[0]?.p ?? 'none';
}

async function insertCase(db: Db, id: string, at: Date, status = 'closed') {
  await db
    .insertInto('case')
    .values({
      id,
      status: status as 'closed',
      request_type: 'complaint',
      channel: 'hotline',
      urgency: 'ordinary',
      title: '分区测试',
      description: '分区测试',
      region_path: '110000000000',
      district_code: districtOfPath('110000000000'),
      created_at: at,
    })
    .execute();
  await db
    .insertInto('case_event')
    .values({ case_id: id, district_code: caseDistrictOf(id), action: 'create', at })
    .execute();
}

beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

describe('the partition job', () => {
  it('keeps months made ahead, run as the serving role, and does nothing the second time', async () => {
    const now = new Date();
    // far beyond what the migrations made
    const later = new Date(now.getTime() + 40 * 31 * DAY);
    const first = await maintainPartitions(env.db, later, 3);
    const month = (d: Date) => shanghaiDayOf(d).slice(0, 7).replace('-', '');
    expect(first.created).toContain(`case_${month(later)}`);
    expect(first.created).toContain(`case_event_${month(later)}`);
    expect(first.created).toHaveLength(8);
    expect(await maintainPartitions(env.db, later, 3)).toEqual({ created: [], swept: [] });
  });

  it('two servers running it at once make each partition once', async () => {
    const at = new Date(Date.UTC(2040, 0, 15));
    const runs = await Promise.all([1, 2, 3].map(() => maintainPartitions(env.db, at, 2)));
    const all = runs.flatMap((r) => r.created).sort();
    expect(all).toEqual([
      'case_204001',
      'case_204002',
      'case_204003',
      'case_event_204001',
      'case_event_204002',
      'case_event_204003',
    ]);
  });

  it('keeps a case outside every partition in the DEFAULT one, then moves it into its own month', async () => {
    const old = new Date(Date.UTC(2019, 4, 20, 3));
    const future = new Date(Date.UTC(2045, 8, 2, 3));
    const ids = [caseNumberOf(old, 1n), caseNumberOf(future, 2n)];
    await insertCase(env.ownerDb, ids[0]!, old);
    await insertCase(env.ownerDb, ids[1]!, future, 'dispatched');
    expect(await partitionOf(env.ownerDb, 'case', ids[0]!)).toBe('case_default');
    expect(await partitionOf(env.ownerDb, 'case_event', ids[1]!)).toBe('case_event_default');

    const run = await maintainPartitions(env.db, new Date(), 1);
    expect(run.swept.sort()).toEqual([
      'case_201905',
      'case_204509',
      'case_event_201905',
      'case_event_204509',
    ]);
    expect(await partitionOf(env.ownerDb, 'case', ids[0]!)).toBe('case_201905');
    expect(await partitionOf(env.ownerDb, 'case_event', ids[0]!)).toBe('case_event_201905');
    expect(await partitionOf(env.ownerDb, 'case', ids[1]!)).toBe('case_204509');
    // the moved case is whole, and the app reads it as before
    const back = await findCase(env.db, ids[1]!);
    expect(back).toMatchObject({ id: ids[1], status: 'dispatched', title: '分区测试' });
    expect(back!.created_at.getTime()).toBe(future.getTime());
    // the new partition has the parent's indexes (attached, not left without)
    const idx = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = 'case_204509'`.execute(env.ownerDb);
    const parentIdx = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = 'case'`.execute(env.ownerDb);
    expect(idx.rows[0]!.n).toBe(parentIdx.rows[0]!.n);
  });
});

describe('archiving a month', () => {
  const at = new Date(Date.UTC(2024, 2, 10, 4));
  const id = caseNumberOf(at, 7n);

  beforeAll(async () => {
    await ensurePartitions(env.ownerDb, '2024-03-01', 1);
    await insertCase(env.ownerDb, id, at);
    const unit = await env.ownerDb.selectFrom('unit').select('id').executeTakeFirstOrThrow();
    const user = await env.ownerDb.selectFrom('app_user').select('id').executeTakeFirstOrThrow();
    const a = await env.ownerDb
      .insertInto('assignment')
      .values({
        case_id: id,
        district_code: caseDistrictOf(id),
        unit_id: unit.id,
        role: 'lead',
        status: 'done',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // a notice points at the assignment (a foreign key): it must leave first and come back after
    await env.ownerDb
      .insertInto('supervision_notice')
      .values({
        case_id: id,
        assignment_id: a.id,
        unit_id: unit.id,
        level: 'yellow',
        reason: '分区测试',
        region_path: '110000000000',
        issued_by: user.id,
        issued_by_unit: unit.id,
        answer_due_at: at,
      })
      .execute();
    await env.ownerDb
      .insertInto('case_origin')
      .values({ case_id: id, district_code: caseDistrictOf(id), source: 'partition-test', source_ref: id })
      .execute();
  });

  it('refuses this month, a malformed one and one with unfinished cases', async () => {
    const now = new Date();
    await expect(archiveMonth(env.ownerDb, shanghaiDayOf(now).slice(0, 7), now)).rejects.toThrow(
      PartitionRefused,
    );
    await expect(archiveMonth(env.ownerDb, '2024-3', now)).rejects.toThrow(PartitionRefused);
    const openAt = new Date(Date.UTC(2024, 1, 10, 4));
    await ensurePartitions(env.ownerDb, '2024-02-01', 1);
    await insertCase(env.ownerDb, caseNumberOf(openAt, 8n), openAt, 'dispatched');
    await expect(archiveMonth(env.ownerDb, '2024-02', now)).rejects.toThrow(/unfinished/);
    expect(await partitionOf(env.ownerDb, 'case', caseNumberOf(openAt, 8n))).toBe('case_202402');
  });

  it('takes the cases, their events and the rows that point at them out of the live tables, and puts them back', async () => {
    const r = await archiveMonth(env.ownerDb, '2024-03', new Date());
    expect(r.counts).toMatchObject({
      case: 1,
      case_event: 1,
      assignment: 1,
      supervision_notice: 1,
      case_origin: 1,
    });
    expect(await findCase(env.db, id)).toBeUndefined();
    expect(
      await env.ownerDb.selectFrom('assignment').where('case_id', '=', id).selectAll().execute(),
    ).toEqual([]);
    const kept = await sql<{ n: number }>`SELECT count(*)::int AS n FROM archive.case_202403`.execute(
      env.ownerDb,
    );
    expect(kept.rows[0]!.n).toBe(1);
    // the serving role cannot read the archive
    await expect(sql`SELECT 1 FROM archive.case_202403`.execute(env.db)).rejects.toThrow(/permission denied/);

    const back = await restoreMonth(env.ownerDb, '2024-03');
    expect(back.rows).toBe(3);
    expect(
      await env.ownerDb.selectFrom('supervision_notice').where('case_id', '=', id).select('level').execute(),
    ).toEqual([{ level: 'yellow' }]);
    expect(await findCase(env.db, id)).toMatchObject({ id, status: 'closed' });
    expect(await partitionOf(env.ownerDb, 'case_event', id)).toBe('case_event_202403');
    expect(
      await env.ownerDb.selectFrom('case_origin').where('case_id', '=', id).select('source').execute(),
    ).toEqual([{ source: 'partition-test' }]);
    await expect(restoreMonth(env.ownerDb, '2024-03')).rejects.toThrow(/not in the archive/);
  });
});

describe('npm run partitions (the operator command)', () => {
  const cli = (...args: string[]) =>
    promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, '../../cli/partitions.ts'), ...args],
      {
        env: { ...process.env, DATABASE_URL: env.url, LOG_LEVEL: 'silent' },
      },
    );

  it('archives a month, lists it, and restores it as it says', async () => {
    const at = new Date(Date.UTC(2023, 6, 4, 2));
    const id = caseNumberOf(at, 11n);
    await ensurePartitions(env.ownerDb, '2023-07-01', 1);
    await insertCase(env.ownerDb, id, at);
    const archived = await cli('archive', '2023-07');
    expect(archived.stdout).toContain('npm run partitions -- restore 2023-07');
    expect(await findCase(env.db, id)).toBeUndefined();
    expect((await cli('list')).stdout).toMatch(/archived\s+2023-07/);
    const restored = await cli('restore', '2023-07');
    expect(restored.stdout).toContain('Restored 2023-07');
    expect(await findCase(env.db, id)).toMatchObject({ id });
    // a refusal says why on stderr and exits with 1 (execFile's error carries both)
    await expect(cli('archive', 'July')).rejects.toThrow(/Refused: not a month/);
    await expect(cli('archive', 'July')).rejects.toMatchObject({ code: 1 });
  });
});

describe('queries bounded in time read only their months', () => {
  let spy: Kysely<Database>;
  let pool: pg.Pool;
  let client: pg.Client;
  const captured: CompiledQuery[] = [];

  /** The partitions of "case" and case_event the planner keeps for the queries run by `fn`. */
  async function partitionsRead(fn: (db: Kysely<Database>) => Promise<unknown>): Promise<string[]> {
    captured.length = 0;
    await fn(spy);
    const names = new Set<string>();
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === 'Relation Name' && typeof v === 'string' && /^case(_event)?_(\d{6}|default)$/.test(v))
            names.add(v);
          else walk(v);
        }
      }
    };
    for (const q of captured) {
      const plan = await client.query(`EXPLAIN (FORMAT JSON) ${q.sql}`, q.parameters as unknown[]);
      walk(plan.rows);
    }
    return [...names].sort();
  }

  /** The monthly partitions of "case" from the month of `from` to that of `to` (and the DEFAULT one if open). */
  function monthsOf(from: Date, to: Date, table = 'case'): string[] {
    const out: string[] = [];
    const last = caseMonthOf(caseNumberFloor(to))!;
    for (let m = caseMonthOf(caseNumberFloor(from))!; m <= last;) {
      out.push(`${table}_${m.replace('-', '')}`);
      const [y, mo] = m.split('-').map(Number) as [number, number];
      m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
    }
    return out;
  }

  beforeAll(async () => {
    // ten years of months: 120 partitions of each table, as a decade would have
    const now = new Date();
    const start = `${Number(shanghaiDayOf(now).slice(0, 4)) - 10}-${shanghaiDayOf(now).slice(5, 7)}-01`;
    await ensurePartitions(env.ownerDb, start, 122);
    await sql`ANALYZE "case"`.execute(env.ownerDb);
    pool = new pg.Pool({ connectionString: env.url, max: 2 });
    spy = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      log: (e) => {
        if (e.level === 'query') captured.push(e.query);
      },
    });
    client = new pg.Client({ connectionString: env.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await spy.destroy();
  });

  it('has a decade of partitions to choose from', async () => {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_inherits WHERE inhparent = '"case"'::regclass`.execute(env.ownerDb);
    expect(rows[0]!.n).toBeGreaterThanOrEqual(120);
  });

  it('a case by number (detail, row lock) and its timeline read one partition each', async () => {
    const now = new Date();
    const id = caseNumberOf(now, 123n);
    const month = shanghaiDayOf(now).slice(0, 7).replace('-', '');
    expect(await partitionsRead((db) => findCase(db, id))).toEqual([`case_${month}`]);
    expect(await partitionsRead((db) => eventsOf(db, id))).toEqual([`case_event_${month}`]);
  });

  it('duplicate candidates at intake: the months of the last week', async () => {
    const now = new Date();
    const since = new Date(now.getTime() - 7 * DAY);
    const scope: CaseScope = {
      kind: 'jurisdiction',
      path: '110',
      unitId: '00000000-0000-0000-0000-000000000000',
    };
    const expected = monthsOf(since, new Date(now.getTime() + DAY));
    expect(await partitionsRead((db) => openCasesInSight(db, scope, since))).toEqual(expected);
    expect(await partitionsRead((db) => publishedOpenCases(db, since))).toEqual(expected);
  });

  it('hot issues over a window: only its months', async () => {
    const to = new Date(Date.UTC(2026, 10, 20));
    const from = new Date(to.getTime() - 30 * DAY);
    expect(await partitionsRead((db) => loadCases(db, from, to, null))).toEqual(monthsOf(from, to));
    expect(caseNumberCeiling(to) > caseNumberFloor(from)).toBe(true);
  });

  it('the public feed (Open311) between two dates: only their months', async () => {
    const from = new Date(Date.UTC(2026, 7, 3));
    const to = new Date(Date.UTC(2026, 8, 20));
    const rows = (db: Kysely<Database>) =>
      searchRequests(db, {
        ids: null,
        serviceCodes: null,
        statuses: null,
        from,
        to,
        updatedAfter: null,
        updatedBefore: null,
        limit: 50,
        offset: 0,
      });
    expect(await partitionsRead(rows)).toEqual(['case_202608', 'case_202609']);
  });

  it('a request by public id (Open311): the number is looked up first, then one partition is read', async () => {
    const c = await env.ownerDb
      .selectFrom('case')
      .select(['id', 'public_id'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const byId = (db: Kysely<Database>) =>
      searchRequests(db, {
        ids: [c.public_id],
        serviceCodes: null,
        statuses: null,
        from: null,
        to: null,
        updatedAfter: null,
        updatedBefore: null,
        limit: 50,
        offset: 0,
      });
    expect(await partitionsRead(byId)).toEqual([`case_${caseMonthOf(c.id)!.replace('-', '')}`]);
    // the trigger keeps the lookup: a new case is found by its public id
    const at = new Date();
    const id = caseNumberOf(at, 99_999_001n);
    await insertCase(env.ownerDb, id, at);
    const row = await env.db
      .selectFrom('case_public_id')
      .select('case_id')
      .where('public_id', '=', (await findCase(env.db, id))!.public_id)
      .executeTakeFirst();
    expect(row).toEqual({ case_id: id });
  });

  it('the dashboard over days: only their months', async () => {
    const f = { streets: null, categories: null, channel: null, unitId: null };
    expect(await partitionsRead((db) => liveIntakeByChannel(db, f, '2026-10-28', '2026-11-03'))).toEqual([
      'case_202610',
      'case_202611',
    ]);
    expect(await partitionsRead((db) => latestCases(db, f, '2026-12-01', '2026-12-07', 10))).toEqual([
      'case_202612',
    ]);
  });

  it('the 30-day figures from the case table: the last 30 days only', async () => {
    const now = new Date(Date.UTC(2026, 11, 7, 4));
    const read = await partitionsRead((db) => naiveDashboardSummary(db, now));
    // the status count has no time bound (it reads the aggregate in production); the 30-day query is pruned
    captured.length = 0;
    await naiveDashboardSummary(spy, now);
    const daily = captured.find((q) => q.sql.includes('AT TIME ZONE'))!;
    const plan = JSON.stringify(
      (await client.query(`EXPLAIN (FORMAT JSON) ${daily.sql}`, daily.parameters as unknown[])).rows,
    );
    const months = [...plan.matchAll(/"Relation Name":"(case_\d{6}|case_default)"/g)].map((m) => m[1]).sort();
    expect([...new Set(months)]).toEqual(['case_202611', 'case_202612']);
    expect(read.length).toBeGreaterThan(100); // the unbounded status count reads them all: the contrast
  });

  it('the assessment fold: a batch reads the months of the cases its events touch, not the decade', async () => {
    await foldAssessment(env.db, { lagSeconds: 0 }); // what earlier tests wrote is folded first
    const now = new Date();
    const old = new Date(now.getTime() - 3 * 365 * DAY);
    const batch: [string, Date][] = [
      [caseNumberOf(now, 424_001n), now],
      [caseNumberOf(now, 424_002n), now],
      [caseNumberOf(old, 424_003n), old],
    ];
    for (const [id, at] of batch) await insertCase(env.ownerDb, id, at);
    await sql`ANALYZE case_event`.execute(env.ownerDb);

    captured.length = 0;
    const run = await foldAssessment(spy, { lagSeconds: 0 });
    expect(run.events).toBe(3);
    const month = (at: Date) => shanghaiDayOf(at).slice(0, 7).replace('-', '');
    const touched = [now, old].flatMap((at) => [`case_${month(at)}`, `case_event_${month(at)}`]).sort();

    // every statement's plan: which partitions, by which kind of node
    const read = new Set<string>();
    let probes: string[] = [];
    for (const q of captured.filter((x) => /^\s*(select|insert|update|delete|with)\b/i.test(x.sql))) {
      const plan = (await client.query(`EXPLAIN (FORMAT JSON) ${q.sql}`, q.parameters as unknown[])).rows;
      const nodes: { name: string; node: string }[] = [];
      const walk = (node: unknown) => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object') {
          const o = node as Record<string, unknown>;
          const name = o['Relation Name'];
          if (typeof name === 'string' && /^case(_event)?_(\d{6}|default)$/.test(name))
            nodes.push({ name, node: String(o['Node Type']) });
          Object.values(o).forEach(walk);
        }
      };
      walk(plan);
      // the step that finds the batch (ids past the watermark) has no case number to prune by: it probes each
      // month's key once, by index; every other statement reads only the months of the batch's cases
      if (/ORDER BY id LIMIT/.test(q.sql)) probes = nodes.map((n) => n.name);
      else for (const n of nodes) read.add(n.name);
    }
    expect([...read].sort()).toEqual(touched);
    expect(probes.length).toBeGreaterThanOrEqual(120);
    // on these near-empty months a sequential scan is cheapest; an index serves each probe once there are rows (the
    // key (id, case_id) leads with id): with sequential scans priced out, the planner takes it in every month
    await client.query('SET enable_seqscan = off');
    const finder = captured.find((x) => /ORDER BY id LIMIT/.test(x.sql))!;
    const indexed = JSON.stringify(
      (await client.query(`EXPLAIN (FORMAT JSON) ${finder.sql}`, finder.parameters as unknown[])).rows,
    );
    await client.query('RESET enable_seqscan');
    expect(indexed).not.toContain('"Seq Scan"');
    expect(indexed.match(/"Relation Name":"case_event_/g)?.length).toBe(probes.length);
  });
});
