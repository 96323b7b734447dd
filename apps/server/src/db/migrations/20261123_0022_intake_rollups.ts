import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Narrow roll-ups of case_intake_day for the dashboard: per day and category, per day and street. Summing the
// fine table (day × street × category × channel) over 30 days meant ~100 k rows at 5 M cases; these hold a few
// thousand. Filled from case_intake_day, which the fold keeps at the same watermark.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE case_intake_day_category (
      day date NOT NULL,
      category_code text NOT NULL,
      cases int NOT NULL DEFAULT 0,
      PRIMARY KEY (day, category_code)
    );
    CREATE TABLE case_intake_day_street (
      day date NOT NULL,
      street_code text NOT NULL,
      cases int NOT NULL DEFAULT 0,
      PRIMARY KEY (day, street_code)
    );
    INSERT INTO case_intake_day_category (day, category_code, cases)
      SELECT day, category_code, sum(cases) FROM case_intake_day GROUP BY day, category_code;
    INSERT INTO case_intake_day_street (day, street_code, cases)
      SELECT day, street_code, sum(cases) FROM case_intake_day GROUP BY day, street_code;
  `.execute(db);
  await sql`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON case_intake_day_category, case_intake_day_street TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS case_intake_day_street, case_intake_day_category`.execute(db);
}
