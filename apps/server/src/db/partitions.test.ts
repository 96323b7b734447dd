import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDb, type Db } from './database.ts';
import { knownMigrations, migrateTo } from './migrate.ts';

/**
 * Migration 20261211_0200 rebuilds case_event as a partitioned table. This reads the catalogue of an empty
 * database migrated up to the migration before it, with rows in it, then after it, and compares: everything the
 * old table had must still be there, and every row.
 */
const MINE = '20261211_0200_case_event_partitions';

interface Catalogue {
  kind: string;
  columns: string[];
  checks: string[];
  indexes: string[];
  triggers: string[];
  policies: string[];
  rowSecurity: boolean;
  grants: string[];
  sequence: string | null;
  foreignKeys: string[];
}

async function catalogue(c: pg.Client, table: string): Promise<Catalogue> {
  const one = async <T extends pg.QueryResultRow>(q: string) => (await c.query<T>(q, [table])).rows;
  const rel = (
    await one<{ kind: string; rls: boolean }>(
      `SELECT relkind::text AS kind, relrowsecurity AS rls FROM pg_class WHERE oid = $1::regclass`,
    )
  )[0]!;
  return {
    kind: rel.kind,
    columns: (
      await one<{ d: string }>(
        `SELECT column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '-') AS d
           FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
      )
    ).map((r) => r.d),
    checks: (
      await one<{ d: string }>(
        `SELECT conname || ' ' || pg_get_constraintdef(oid) AS d FROM pg_constraint
          WHERE conrelid = $1::regclass AND contype = 'c' ORDER BY 1`,
      )
    ).map((r) => r.d),
    // a partitioned table's indexes read "ON ONLY"; the index itself is what is compared
    indexes: (
      await one<{ d: string }>(
        `SELECT replace(indexdef, ' ON ONLY ', ' ON ') AS d FROM pg_indexes
          WHERE schemaname = 'public' AND tablename = $1 ORDER BY indexname`,
      )
    ).map((r) => r.d),
    triggers: (
      await one<{ d: string }>(
        `SELECT pg_get_triggerdef(oid) AS d FROM pg_trigger WHERE tgrelid = $1::regclass AND NOT tgisinternal ORDER BY 1`,
      )
    ).map((r) => r.d),
    policies: (
      await one<{ d: string }>(
        `SELECT policyname || ' ' || cmd || ' ' || coalesce(qual, '') || ' ' || coalesce(with_check, '') AS d
           FROM pg_policies WHERE schemaname = 'public' AND tablename = $1 ORDER BY 1`,
      )
    ).map((r) => r.d),
    rowSecurity: rel.rls,
    grants: (
      await one<{ d: string }>(
        `SELECT grantee || ' ' || privilege_type AS d FROM information_schema.role_table_grants
          WHERE table_schema = 'public' AND table_name = $1 ORDER BY 1`,
      )
    ).map((r) => r.d),
    sequence: (
      await one<{ s: string | null }>(`SELECT pg_get_serial_sequence(quote_ident($1), 'id') AS s`)
    )[0]!.s,
    foreignKeys: (
      await one<{ d: string }>(
        `SELECT conrelid::regclass::text || ' ' || pg_get_constraintdef(oid) AS d FROM pg_constraint
          WHERE contype = 'f' AND (conrelid = $1::regclass OR confrelid = $1::regclass) AND conparentid = 0 ORDER BY 1`,
      )
    ).map((r) => r.d),
  };
}

describe('migration 20261211_0200: case_event partitioned by case number', () => {
  let owner: { db: Db; pool: pg.Pool };
  let client: pg.Client;
  let name: string;
  let before: Catalogue;
  let rowsBefore: string;
  const server = inject('pgServerUrl');

  beforeAll(async () => {
    name = `t_mig_${crypto.randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: `${server}/postgres` });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    owner = createDb({ connectionString: `${server}/${name}`, max: 2, appRole: false });
    const all = knownMigrations();
    await migrateTo(owner.db, all[all.indexOf(MINE) - 1]!);
    client = new pg.Client({ connectionString: `${server}/${name}` });
    await client.connect();
    // events of two months that have case partitions, and one of a number beyond every partition
    const now = new Date();
    const ym = (d: Date) => d.toISOString().slice(0, 7).replace('-', '');
    const thisMonth = ym(now);
    const lastMonth = ym(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15)));
    await client.query(
      `INSERT INTO case_event (case_id, action, from_status, to_status, note, data, public)
       SELECT v.case_id, 'create', NULL, 'registered', 'n' || g, jsonb_build_object('g', g), g % 2 = 0
         FROM (VALUES ($1::bigint), ($2::bigint), (2099010100000001::bigint)) v(case_id), generate_series(1, 5) g`,
      [`${thisMonth}0300000001`, `${lastMonth}0300000002`],
    );
    before = await catalogue(client, 'case_event');
    rowsBefore = (
      await client.query<{ h: string }>(
        `SELECT md5(string_agg(e::text, '|' ORDER BY id)) AS h FROM case_event e`,
      )
    ).rows[0]!.h;
    await migrateTo(owner.db, MINE);
  });

  afterAll(async () => {
    await client.end();
    await owner.db.destroy();
    const admin = new pg.Client({ connectionString: `${server}/postgres` });
    await admin.connect();
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('keeps every column, default, CHECK, index, trigger, policy, grant and the id sequence', async () => {
    const after = await catalogue(client, 'case_event');
    expect(before.kind).toBe('r');
    expect(after.kind).toBe('p');
    // a unique key of a partitioned table includes the partition key: the primary key gains case_id
    const pkey = (c: Catalogue) => c.indexes.filter((i) => i.includes('case_event_pkey'));
    expect(pkey(before)).toEqual([
      'CREATE UNIQUE INDEX case_event_pkey ON public.case_event USING btree (id)',
    ]);
    expect(pkey(after)).toEqual([
      'CREATE UNIQUE INDEX case_event_pkey ON public.case_event USING btree (id, case_id)',
    ]);
    const rest = (c: Catalogue) => ({
      ...c,
      kind: '',
      indexes: c.indexes.filter((i) => !i.includes('case_event_pkey')),
    });
    expect(rest(after)).toEqual(rest(before));
    // the things compared are really there (a comparison of two empty lists would prove nothing)
    expect(after.grants).toEqual(expect.arrayContaining(['onegrid_app INSERT', 'onegrid_app SELECT']));
    expect(after.sequence).toBe('public.case_event_id_seq');
    expect(after.columns).toContain("id bigint NO nextval('case_event_id_seq'::regclass)");
    expect(after.indexes).toContain(
      'CREATE INDEX case_event_case_idx ON public.case_event USING btree (case_id, id)',
    );
  });

  it('moves every row, each into its month, and what has no month into the DEFAULT partition', async () => {
    const rowsAfter = (
      await client.query<{ h: string }>(
        `SELECT md5(string_agg(e::text, '|' ORDER BY id)) AS h FROM case_event e`,
      )
    ).rows[0]!.h;
    expect(rowsAfter).toBe(rowsBefore);
    const where = await client.query<{ part: string; n: number }>(
      `SELECT tableoid::regclass::text AS part, count(*)::int AS n FROM case_event GROUP BY 1 ORDER BY 1`,
    );
    expect(where.rows.map((r) => r.part)).toEqual([
      expect.stringMatching(/^case_event_\d{6}$/),
      expect.stringMatching(/^case_event_\d{6}$/),
      'case_event_default',
    ]);
    // the ids continue from the same sequence
    const next = await client.query<{ id: string }>(
      `INSERT INTO case_event (case_id, action) VALUES (2099010100000001, 'note') RETURNING id::text AS id`,
    );
    expect(Number(next.rows[0]!.id)).toBe(16);
  });

  it('has one event partition for every case partition, with the same bounds', async () => {
    const bounds = async (parent: string) =>
      (
        await client.query<{ b: string }>(
          `SELECT pg_get_expr(c.relpartbound, c.oid) AS b FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = $1::regclass ORDER BY 1`,
          [parent],
        )
      ).rows.map((r) => r.b);
    const cases = await bounds('"case"');
    expect(cases.length).toBeGreaterThan(20);
    expect(await bounds('case_event')).toEqual(cases);
  });

  it('lets the serving role make partitions through the functions, and nothing else', async () => {
    const app = new pg.Client({ connectionString: `${inject('pgAppServerUrl')}/${name}` });
    await app.connect();
    try {
      const made = await app.query<{ n: string }>(`SELECT n FROM case_partitions_ensure('2031-01-01', 2) n`);
      expect(made.rows.map((r) => r.n)).toEqual([
        'case_203101',
        'case_event_203101',
        'case_203102',
        'case_event_203102',
      ]);
      await expect(
        app.query(`CREATE TABLE case_203103 PARTITION OF "case" FOR VALUES FROM (1) TO (2)`),
      ).rejects.toThrow(/permission denied|must be owner/);
    } finally {
      await app.end();
    }
    // the older entry point the benchmarks call makes the event partitions too
    await client.query(`SELECT create_case_partitions('2033-05-01', 1)`);
    const made = await client.query<{ n: string }>(
      `SELECT relname AS n FROM pg_class WHERE relname IN ('case_203305', 'case_event_203305') ORDER BY 1`,
    );
    expect(made.rows.map((r) => r.n)).toEqual(['case_203305', 'case_event_203305']);
  });
});
