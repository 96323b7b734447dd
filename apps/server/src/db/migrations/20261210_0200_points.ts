import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 13 (三治融合 · 德治, 积分制): a community's points rules (versioned rule sets, each put to a residents' vote),
// the ledger of entries per household (a house of the base data; corrections are reversing entries, never
// deletions), the 积分超市 (goods, stock, redemptions) and the monthly 红黑榜 as published.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE points_rule_set (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      community_code text NOT NULL REFERENCES region (code),
      region_path text NOT NULL,
      version int NOT NULL CHECK (version >= 1),
      title text NOT NULL,
      vote_id uuid UNIQUE REFERENCES civic_vote (id),
      adopt_option_id uuid REFERENCES civic_vote_option (id),
      created_by uuid NOT NULL REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (community_code, version)
    );
    CREATE INDEX points_rule_set_place_idx ON points_rule_set (region_path text_pattern_ops);
    CREATE TABLE points_rule (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      rule_set_id uuid NOT NULL REFERENCES points_rule_set (id) ON DELETE CASCADE,
      position int NOT NULL,
      category text NOT NULL
        CHECK (category IN ('sanitation', 'mutual_aid', 'volunteer', 'customs', 'violation', 'other')),
      title text NOT NULL,
      points int NOT NULL CHECK (points <> 0),
      cap_per_month int CHECK (cap_per_month > 0),
      evidence_required boolean NOT NULL DEFAULT false,
      black_list boolean NOT NULL DEFAULT false CHECK (NOT black_list OR points < 0),
      UNIQUE (rule_set_id, position)
    );
    CREATE TABLE points_entry (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      community_code text NOT NULL REFERENCES region (code),
      region_path text NOT NULL,
      house_id uuid NOT NULL REFERENCES house (id),
      rule_id uuid REFERENCES points_rule (id),
      points int NOT NULL CHECK (points <> 0),
      black_list boolean NOT NULL DEFAULT false,
      occurred_on date NOT NULL,
      evidence text NOT NULL DEFAULT '',
      note text NOT NULL DEFAULT '',
      reverses uuid UNIQUE REFERENCES points_entry (id),
      scored_by uuid NOT NULL REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      idempotency_key text NOT NULL UNIQUE
    );
    CREATE INDEX points_entry_house_idx ON points_entry (house_id, occurred_on);
    CREATE INDEX points_entry_month_idx ON points_entry (community_code, occurred_on);
    CREATE TABLE points_good (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      community_code text NOT NULL REFERENCES region (code),
      region_path text NOT NULL,
      name text NOT NULL,
      description text NOT NULL DEFAULT '',
      price int NOT NULL CHECK (price > 0),
      stock int NOT NULL CHECK (stock >= 0),
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE points_redemption (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      community_code text NOT NULL REFERENCES region (code),
      region_path text NOT NULL,
      house_id uuid NOT NULL REFERENCES house (id),
      good_id uuid NOT NULL REFERENCES points_good (id),
      quantity int NOT NULL CHECK (quantity >= 1),
      points int NOT NULL CHECK (points > 0),
      status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'handed', 'cancelled')),
      channel text NOT NULL CHECK (channel IN ('counter', 'resident')),
      requested_by uuid NOT NULL REFERENCES app_user (id),
      handled_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      handled_at timestamptz,
      idempotency_key text NOT NULL UNIQUE
    );
    CREATE INDEX points_redemption_house_idx ON points_redemption (house_id);
    CREATE INDEX points_redemption_place_idx ON points_redemption (region_path text_pattern_ops, created_at DESC);
    CREATE TABLE points_board (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      community_code text NOT NULL REFERENCES region (code),
      month text NOT NULL CHECK (month ~ '^\\d{4}-\\d{2}$'),
      red jsonb NOT NULL,
      black jsonb NOT NULL,
      published_at timestamptz NOT NULL DEFAULT now(),
      published_by uuid REFERENCES app_user (id),
      UNIQUE (community_code, month)
    );
    DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON points_rule_set, points_rule TO onegrid_app;
        GRANT SELECT, INSERT, UPDATE ON points_good, points_redemption, points_board TO onegrid_app;
        -- the ledger is append-only: a mistake is corrected by a reversing entry
        GRANT SELECT, INSERT ON points_entry TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE points_board, points_redemption, points_good, points_entry, points_rule, points_rule_set`.execute(
    db,
  );
}
