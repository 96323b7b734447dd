import { districtOfCode, districtOfPath } from '@onegrid/domain';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { districtOfCodeSql, districtOfPathSql } from './district.ts';

// The SQL district rule is written once (lib/district.ts) for the live code; it must answer as the domain does.
describe('the district rule in SQL', () => {
  let db: Kysely<Record<string, never>>;
  beforeAll(() => {
    db = new Kysely({
      dialect: new PostgresDialect({
        pool: new pg.Pool({ connectionString: `${inject('pgServerUrl')}/postgres` }),
      }),
    });
  });
  afterAll(async () => {
    await db.destroy();
  });

  const codes = [
    '110117', // a district, 6 digits (GB/T 2260)
    '110117001', // a street, 9 digits
    '110117001001', // a community, 12 digits (statistics bureau)
    '110117000000', // a district, 12 digits
    '110000000000', // the city
    '110000', // the city, 6 digits
    '11', // a province prefix
    '', // empty
  ];

  it('districtOfCodeSql answers as districtOfCode for 6-, 9- and 12-digit codes, the city and empty', async () => {
    for (const code of codes) {
      const row = await sql<{ d: string }>`SELECT ${districtOfCodeSql(sql.val(code))} AS d`.execute(db);
      expect(row.rows[0]!.d, code).toBe(districtOfCode(code));
    }
    const nul = await sql<{ d: string | null }>`SELECT ${districtOfCodeSql(sql.val(null))} AS d`.execute(db);
    expect(nul.rows[0]!.d).toBeNull();
  });

  it('districtOfPathSql answers as districtOfPath: the last code of the path, with or without a trailing slash', async () => {
    const paths = [
      '110000000000/110117000000/110117001000/110117001001/',
      '110000000000/110117000000/110117001000/',
      '110000000000/110117000000/',
      '110000000000/',
      '110000000000',
      '110000/110117/110117001/',
      '110000/110117/',
    ];
    for (const path of paths) {
      const row = await sql<{ d: string }>`SELECT ${districtOfPathSql(sql.val(path))} AS d`.execute(db);
      expect(row.rows[0]!.d, path).toBe(districtOfPath(path));
    }
  });
});
