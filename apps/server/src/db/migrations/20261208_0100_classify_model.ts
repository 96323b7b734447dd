import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 12: the trained classifier's versions (one active: the one every process serves) and the dispatchers'
// category corrections the next training learns from. classify_model.weights is the serialized model (JSON).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE classify_model (
      version integer PRIMARY KEY,
      trained_at timestamptz NOT NULL DEFAULT now(),
      training_size integer NOT NULL CHECK (training_size >= 0),
      held_back integer NOT NULL DEFAULT 0,
      metrics jsonb NOT NULL,
      threshold double precision CHECK (threshold IS NULL OR (threshold >= 0 AND threshold <= 1)),
      weights jsonb NOT NULL,
      active boolean NOT NULL DEFAULT false,
      trigger text NOT NULL CHECK (trigger IN ('nightly','corrections','manual','start')),
      trained_by uuid REFERENCES app_user (id)
    );
    CREATE UNIQUE INDEX classify_model_one_active ON classify_model (active) WHERE active;
    CREATE TABLE classify_correction (
      id bigserial PRIMARY KEY,
      case_id bigint NOT NULL REFERENCES "case" (id) ON DELETE CASCADE,
      from_code text,
      to_code text NOT NULL,
      by_user uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX classify_correction_at ON classify_correction (created_at);
    -- every process follows a new active model: the version its cache checks
    CREATE TABLE classify_model_version (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      version bigint NOT NULL DEFAULT 0
    );
    INSERT INTO classify_model_version DEFAULT VALUES;
  `.execute(db);
  await sql`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON classify_model, classify_correction TO onegrid_app;
        GRANT SELECT, UPDATE ON classify_model_version TO onegrid_app;
        GRANT USAGE, SELECT ON SEQUENCE classify_correction_id_seq TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS classify_model_version; DROP TABLE IF EXISTS classify_correction; DROP TABLE IF EXISTS classify_model;`.execute(
    db,
  );
}
