import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// The knowledge base (知识库, issue 12; GB/T 44191-2024): a catalogue tree, entries (policy, guide, FAQ) owned by a
// unit with a review date, every edit a new version kept whole, the uses of an entry (a consultation answered
// from it, a sheet printed, a list sent by SMS) and "helped / did not help" from operators and residents. Search:
// the server writes jieba-segmented text (words separated by spaces) and PostgreSQL indexes it with the 'simple'
// configuration, the title weighted above the rest.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE knowledge_catalog (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      parent_id uuid REFERENCES knowledge_catalog (id),
      code text NOT NULL UNIQUE,
      name_zh text NOT NULL,
      name_en text NOT NULL,
      sort integer NOT NULL DEFAULT 0
    );
    CREATE TABLE knowledge_entry (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      catalog_id uuid NOT NULL REFERENCES knowledge_catalog (id),
      kind text NOT NULL CHECK (kind IN ('policy', 'guide', 'faq')),
      owner_unit_id uuid NOT NULL REFERENCES unit (id),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      title text NOT NULL,
      category_codes text[] NOT NULL DEFAULT '{}',
      review_due date NOT NULL,
      reviewed_at timestamptz,
      public boolean NOT NULL DEFAULT true,
      demo boolean NOT NULL DEFAULT false,
      search_title text NOT NULL DEFAULT '',
      search_body text NOT NULL DEFAULT '',
      search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, search_title), 'A') ||
        to_tsvector('simple'::regconfig, search_body)
      ) STORED,
      idempotency_key text UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX knowledge_entry_search_idx ON knowledge_entry USING gin (search);
    CREATE INDEX knowledge_entry_catalog_idx ON knowledge_entry (catalog_id);
    CREATE INDEX knowledge_entry_owner_due_idx ON knowledge_entry (owner_unit_id, review_due);
    CREATE TABLE knowledge_version (
      entry_id uuid NOT NULL REFERENCES knowledge_entry (id) ON DELETE CASCADE,
      version integer NOT NULL,
      title text NOT NULL,
      answer text NOT NULL,
      body text NOT NULL DEFAULT '',
      materials jsonb NOT NULL DEFAULT '[]',
      category_codes text[] NOT NULL DEFAULT '{}',
      keywords text[] NOT NULL DEFAULT '{}',
      note text,
      edited_by uuid REFERENCES app_user (id),
      edited_by_name text NOT NULL,
      edited_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (entry_id, version)
    );
    CREATE TABLE knowledge_use (
      id bigserial PRIMARY KEY,
      entry_id uuid NOT NULL,
      version integer NOT NULL,
      kind text NOT NULL CHECK (kind IN ('answer', 'print', 'send')),
      case_id bigint REFERENCES "case" (id) ON DELETE SET NULL,
      user_id uuid REFERENCES app_user (id),
      at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (entry_id, version) REFERENCES knowledge_version (entry_id, version) ON DELETE CASCADE
    );
    CREATE UNIQUE INDEX knowledge_use_answer_uq ON knowledge_use (case_id) WHERE kind = 'answer';
    CREATE INDEX knowledge_use_entry_idx ON knowledge_use (entry_id, at);
    CREATE INDEX knowledge_use_at_idx ON knowledge_use (at);
    CREATE TABLE knowledge_feedback (
      id bigserial PRIMARY KEY,
      entry_id uuid NOT NULL,
      version integer NOT NULL,
      source text NOT NULL CHECK (source IN ('operator', 'public')),
      helped boolean NOT NULL,
      voter_hash text,
      case_id bigint REFERENCES "case" (id) ON DELETE SET NULL,
      user_id uuid REFERENCES app_user (id),
      at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (entry_id, version) REFERENCES knowledge_version (entry_id, version) ON DELETE CASCADE,
      CHECK ((source = 'public') = (voter_hash IS NOT NULL))
    );
    CREATE UNIQUE INDEX knowledge_feedback_voter_uq ON knowledge_feedback (entry_id, voter_hash);
    CREATE INDEX knowledge_feedback_entry_idx ON knowledge_feedback (entry_id, at);
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT ON knowledge_catalog TO onegrid_app;
        GRANT SELECT, INSERT, UPDATE ON knowledge_entry TO onegrid_app;
        GRANT SELECT, INSERT ON knowledge_version, knowledge_use, knowledge_feedback TO onegrid_app;
        GRANT USAGE, SELECT ON SEQUENCE knowledge_use_id_seq, knowledge_feedback_id_seq TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS knowledge_feedback; DROP TABLE IF EXISTS knowledge_use;
    DROP TABLE IF EXISTS knowledge_version; DROP TABLE IF EXISTS knowledge_entry;
    DROP TABLE IF EXISTS knowledge_catalog;
  `.execute(db);
}
