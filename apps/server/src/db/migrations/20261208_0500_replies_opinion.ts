import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 12. reply_score: each result report of a lead unit, scored before the resident sees it (one row per report;
// status passed / held for the dispatcher / approved by one / returned to the unit / superseded by a later report).
// No foreign key to "case" or assignment: a returned report is recorded outside the refused transaction, which still
// holds the case row's lock. reply_hash (sha-256 of the reply) finds the report event that carries a held reply. opinion_item: a public post (舆情) from a feed or an upload, once per (source, ref);
// opinion_alert: the alert a negative, hot item about the district raises, with its 24 h / 48 h clock.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE reply_score (
      id bigserial PRIMARY KEY,
      case_id bigint NOT NULL,
      assignment_id uuid NOT NULL,
      reply_hash text NOT NULL,
      unit_id uuid NOT NULL REFERENCES unit (id),
      region_path text NOT NULL,
      total integer NOT NULL CHECK (total BETWEEN 0 AND 100),
      parts jsonb NOT NULL,
      flags jsonb NOT NULL DEFAULT '[]',
      min_score integer NOT NULL,
      status text NOT NULL CHECK (status IN ('passed', 'held', 'approved', 'returned', 'superseded')),
      scored_at timestamptz NOT NULL DEFAULT now(),
      reviewed_by uuid REFERENCES app_user (id),
      reviewed_at timestamptz
    );
    CREATE INDEX reply_score_case ON reply_score (case_id, scored_at DESC);
    CREATE INDEX reply_score_assignment_held ON reply_score (assignment_id) WHERE status = 'held';
    CREATE INDEX reply_score_unit_time ON reply_score (unit_id, scored_at);
    CREATE INDEX reply_score_held ON reply_score (scored_at) WHERE status = 'held';

    CREATE TABLE opinion_item (
      id bigserial PRIMARY KEY,
      source text NOT NULL,
      source_ref text NOT NULL,
      url text,
      title text NOT NULL,
      body text NOT NULL,
      published_at timestamptz NOT NULL,
      sentiment text NOT NULL CHECK (sentiment IN ('negative', 'neutral', 'positive')),
      reposts integer NOT NULL DEFAULT 0 CHECK (reposts >= 0),
      comments integer NOT NULL DEFAULT 0 CHECK (comments >= 0),
      likes integer NOT NULL DEFAULT 0 CHECK (likes >= 0),
      heat integer NOT NULL DEFAULT 0,
      region_path text,
      case_id bigint REFERENCES "case" (id),
      api_key_id uuid REFERENCES api_key (id),
      imported_by uuid REFERENCES app_user (id),
      imported_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (source, source_ref)
    );
    CREATE INDEX opinion_item_published ON opinion_item (published_at DESC);

    CREATE TABLE opinion_alert (
      id bigserial PRIMARY KEY,
      item_id bigint NOT NULL UNIQUE REFERENCES opinion_item (id) ON DELETE CASCADE,
      level text NOT NULL CHECK (level IN ('major', 'general')),
      heat integer NOT NULL,
      region_path text NOT NULL,
      raised_at timestamptz NOT NULL DEFAULT now(),
      due_at timestamptz NOT NULL,
      responded_at timestamptz,
      responded_by uuid REFERENCES app_user (id),
      response text
    );
    CREATE INDEX opinion_alert_open ON opinion_alert (due_at) WHERE responded_at IS NULL;

    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON reply_score, opinion_item, opinion_alert TO onegrid_app;
        GRANT USAGE, SELECT ON SEQUENCE reply_score_id_seq, opinion_item_id_seq, opinion_alert_id_seq TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS opinion_alert; DROP TABLE IF EXISTS opinion_item; DROP TABLE IF EXISTS reply_score;`.execute(
    db,
  );
}
