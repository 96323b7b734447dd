import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 13 (三治融合 · 自治): residents verified against the base data, their votes (one ballot per person, paper
// ballots counted apart), proposals with supports, and deliberation (topics, meetings, follow-up in public).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE resident_verification (
      user_id uuid PRIMARY KEY REFERENCES app_user (id),
      person_id uuid NOT NULL UNIQUE REFERENCES person (id),
      community_code text NOT NULL REFERENCES region (code),
      method text NOT NULL CHECK (method IN ('online', 'staff')),
      verified_by uuid REFERENCES app_user (id),
      verified_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE civic_vote (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      community_code text NOT NULL REFERENCES region (code),
      region_path text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('choice', 'budget')),
      title text NOT NULL,
      body text NOT NULL DEFAULT '',
      max_choices int NOT NULL CHECK (max_choices >= 1),
      budget_limit numeric(14, 2),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed', 'published')),
      opens_at timestamptz NOT NULL,
      closes_at timestamptz NOT NULL CHECK (closes_at > opens_at),
      proposal_id uuid,
      created_by uuid NOT NULL REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz,
      published_at timestamptz
    );
    CREATE INDEX civic_vote_place_idx ON civic_vote (region_path text_pattern_ops, created_at DESC);
    CREATE TABLE civic_vote_option (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      vote_id uuid NOT NULL REFERENCES civic_vote (id) ON DELETE CASCADE,
      position int NOT NULL,
      title text NOT NULL,
      description text NOT NULL DEFAULT '',
      cost numeric(14, 2),
      UNIQUE (vote_id, position)
    );
    CREATE TABLE civic_ballot (
      vote_id uuid NOT NULL REFERENCES civic_vote (id) ON DELETE CASCADE,
      person_id uuid NOT NULL REFERENCES person (id),
      channel text NOT NULL CHECK (channel IN ('online', 'staff', 'paper')),
      choices uuid[] NOT NULL DEFAULT '{}',
      changes int NOT NULL DEFAULT 0,
      cast_at timestamptz NOT NULL DEFAULT now(),
      entered_by uuid REFERENCES app_user (id),
      PRIMARY KEY (vote_id, person_id)
    );
    CREATE TABLE civic_paper_count (
      vote_id uuid NOT NULL REFERENCES civic_vote (id) ON DELETE CASCADE,
      option_id uuid NOT NULL REFERENCES civic_vote_option (id) ON DELETE CASCADE,
      count int NOT NULL CHECK (count >= 0),
      entered_by uuid NOT NULL REFERENCES app_user (id),
      entered_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (vote_id, option_id)
    );
    CREATE TABLE civic_proposal (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      community_code text NOT NULL REFERENCES region (code),
      region_path text NOT NULL,
      title text NOT NULL,
      body text NOT NULL,
      author_person_id uuid REFERENCES person (id),
      author_user_id uuid NOT NULL REFERENCES app_user (id),
      threshold int NOT NULL CHECK (threshold >= 1),
      status text NOT NULL DEFAULT 'collecting'
        CHECK (status IN ('collecting', 'qualified', 'in_vote', 'in_deliberation', 'declined')),
      answer text,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX civic_proposal_place_idx ON civic_proposal (region_path text_pattern_ops, created_at DESC);
    CREATE TABLE civic_support (
      proposal_id uuid NOT NULL REFERENCES civic_proposal (id) ON DELETE CASCADE,
      person_id uuid NOT NULL REFERENCES person (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (proposal_id, person_id)
    );
    ALTER TABLE civic_vote ADD FOREIGN KEY (proposal_id) REFERENCES civic_proposal (id);
    CREATE TABLE deliberation_topic (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      community_code text NOT NULL REFERENCES region (code),
      region_path text NOT NULL,
      title text NOT NULL,
      body text NOT NULL DEFAULT '',
      source text NOT NULL CHECK (source IN ('resident', 'case', 'hotspot', 'staff', 'proposal')),
      source_ref text,
      status text NOT NULL DEFAULT 'raised'
        CHECK (status IN ('raised', 'scheduled', 'decided', 'implementing', 'done', 'declined')),
      decision text,
      created_by uuid NOT NULL REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX deliberation_topic_place_idx ON deliberation_topic (region_path text_pattern_ops, created_at DESC);
    CREATE TABLE deliberation_meeting (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      community_code text NOT NULL REFERENCES region (code),
      region_path text NOT NULL,
      title text NOT NULL,
      place text NOT NULL,
      meeting_at timestamptz NOT NULL,
      agenda text NOT NULL,
      agenda_published_at timestamptz,
      invited int NOT NULL DEFAULT 0 CHECK (invited >= 0),
      present int CHECK (present >= 0),
      attendees text,
      minutes text,
      decision text,
      held_at timestamptz,
      created_by uuid NOT NULL REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE deliberation_meeting_topic (
      meeting_id uuid NOT NULL REFERENCES deliberation_meeting (id) ON DELETE CASCADE,
      topic_id uuid NOT NULL REFERENCES deliberation_topic (id) ON DELETE CASCADE,
      PRIMARY KEY (meeting_id, topic_id)
    );
    CREATE TABLE deliberation_followup (
      id bigserial PRIMARY KEY,
      topic_id uuid NOT NULL REFERENCES deliberation_topic (id) ON DELETE CASCADE,
      body text NOT NULL,
      created_by uuid NOT NULL REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON resident_verification, civic_vote, civic_vote_option, civic_ballot,
          civic_paper_count, civic_proposal, civic_support, deliberation_topic, deliberation_meeting,
          deliberation_meeting_topic, deliberation_followup TO onegrid_app;
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS deliberation_followup, deliberation_meeting_topic, deliberation_meeting, deliberation_topic,
      civic_paper_count, civic_ballot, civic_vote_option, civic_vote, civic_support, civic_proposal,
      resident_verification;
  `.execute(db);
}
