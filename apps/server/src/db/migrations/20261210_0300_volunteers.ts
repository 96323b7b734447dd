import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 13 (三治融合): social organisations (社会组织) become units that can be assigned work; volunteer records
// kept by an organisation, activities with sign-up and attendance, training, awards and certificates (志愿服务证明).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE unit DROP CONSTRAINT IF EXISTS unit_kind_check;
    ALTER TABLE unit ADD CONSTRAINT unit_kind_check
      CHECK (kind IN ('government','department','street_office','community','enterprise','social_org'));
    CREATE TABLE volunteer (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      person_id uuid NOT NULL REFERENCES person (id),
      keeper_unit_id uuid NOT NULL REFERENCES unit (id),
      region_path text NOT NULL,
      user_id uuid REFERENCES app_user (id),
      skills text[] NOT NULL DEFAULT '{}',
      registered_via text NOT NULL CHECK (registered_via IN ('staff', 'self')),
      active boolean NOT NULL DEFAULT true,
      created_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (person_id, keeper_unit_id)
    );
    CREATE INDEX volunteer_path_idx ON volunteer (region_path text_pattern_ops);
    CREATE TABLE volunteer_activity (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organiser_unit_id uuid NOT NULL REFERENCES unit (id),
      region_path text NOT NULL,
      title text NOT NULL,
      description text NOT NULL DEFAULT '',
      place text NOT NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
      capacity int NOT NULL CHECK (capacity >= 1),
      signup_opens_at timestamptz NOT NULL,
      signup_closes_at timestamptz NOT NULL CHECK (signup_closes_at > signup_opens_at),
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'cancelled')),
      code_hash text,
      code_expires_at timestamptz,
      created_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX volunteer_activity_path_idx ON volunteer_activity (region_path text_pattern_ops, starts_at DESC);
    CREATE TABLE volunteer_signup (
      activity_id uuid NOT NULL REFERENCES volunteer_activity (id) ON DELETE CASCADE,
      volunteer_id uuid NOT NULL REFERENCES volunteer (id),
      status text NOT NULL DEFAULT 'signed' CHECK (status IN ('signed', 'cancelled')),
      channel text NOT NULL CHECK (channel IN ('self', 'staff')),
      signed_at timestamptz NOT NULL DEFAULT now(),
      cancelled_at timestamptz,
      checked_in_at timestamptz,
      checked_out_at timestamptz,
      break_minutes int NOT NULL DEFAULT 0 CHECK (break_minutes >= 0),
      travel_minutes int NOT NULL DEFAULT 0 CHECK (travel_minutes >= 0),
      minutes int CHECK (minutes >= 0),
      recorded_by uuid REFERENCES app_user (id),
      PRIMARY KEY (activity_id, volunteer_id)
    );
    CREATE INDEX volunteer_signup_volunteer_idx ON volunteer_signup (volunteer_id);
    CREATE TABLE volunteer_training (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      volunteer_id uuid NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
      title text NOT NULL,
      provider text NOT NULL DEFAULT '',
      hours numeric(6, 1) NOT NULL CHECK (hours > 0),
      held_on date NOT NULL,
      recorded_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE volunteer_award (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      volunteer_id uuid NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
      title text NOT NULL,
      awarded_by text NOT NULL,
      awarded_on date NOT NULL,
      recorded_by uuid REFERENCES app_user (id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE volunteer_certificate (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE,
      volunteer_id uuid NOT NULL REFERENCES volunteer (id),
      keeper_unit_id uuid NOT NULL REFERENCES unit (id),
      period_from date NOT NULL,
      period_to date NOT NULL CHECK (period_to >= period_from),
      periods jsonb NOT NULL,
      total_minutes int NOT NULL CHECK (total_minutes >= 0),
      name_masked text NOT NULL,
      issued_by uuid NOT NULL REFERENCES app_user (id),
      issued_at timestamptz NOT NULL DEFAULT now()
    );
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE ON volunteer, volunteer_activity, volunteer_signup TO onegrid_app;
        GRANT SELECT, INSERT ON volunteer_training, volunteer_award, volunteer_certificate TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS volunteer_certificate, volunteer_award, volunteer_training, volunteer_signup,
      volunteer_activity, volunteer;
    ALTER TABLE unit DROP CONSTRAINT IF EXISTS unit_kind_check;
    ALTER TABLE unit ADD CONSTRAINT unit_kind_check
      CHECK (kind IN ('government','department','street_office','community','enterprise'));
  `.execute(db);
}
