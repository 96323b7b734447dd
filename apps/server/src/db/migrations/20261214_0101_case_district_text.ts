import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
//
// Issue 14 (docs/distribution.md, lane keys): one type for the distribution column. "case".district_code was
// char(12) (20261122_0002), every other table's district_code is text; Citus co-locates tables whose distribution
// columns have the same type. The 12-digit codes carry no padding, so rtrim changes no value. char → text is not
// binary-coercible: this rewrites every case partition once (an ACCESS EXCLUSIVE lock on "case" for the rewrite —
// seconds for the demo, minutes for a year of a large city: run it in a maintenance window). No index, view or
// generated column reads the column; the trigger that keeps case_phone (20261213_0203) fires on it, so it is
// dropped and made again as it was (its function casts the column to text already).
const TRIGGER = `CREATE TRIGGER case_phone_of_case AFTER INSERT OR DELETE OR UPDATE OF reporter_phone_hash, district_code
  ON "case" FOR EACH ROW EXECUTE FUNCTION case_phone_of_case()`;

async function retype(db: Kysely<unknown>, type: 'text' | 'char(12)'): Promise<void> {
  await sql`DROP TRIGGER case_phone_of_case ON "case"`.execute(db);
  await sql`ALTER TABLE "case" ALTER COLUMN district_code TYPE ${sql.raw(type)} USING rtrim(district_code)`.execute(
    db,
  );
  await sql.raw(TRIGGER).execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await retype(db, 'text');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await retype(db, 'char(12)');
}
