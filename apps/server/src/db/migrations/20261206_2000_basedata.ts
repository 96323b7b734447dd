import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// 一标三实 (issue 10, DESIGN.md §7): the standard-address tree (标准地址) and the actual population, houses and
// organisations (实有人口、实有房屋、实有单位) with the tags on persons. One row per natural person, per house, per
// organisation; every record carries its source state (录入 entered / 认领 claimed / 已核实 verified, by whom, when)
// and a version; every change is kept in base_change. Personal data is encrypted (…_enc) with a keyed-hash blind
// index (…_hash) for exact look-up and de-duplication. Where a record lies (community, grid) is denormalised from its
// address so that counts per grid and jurisdiction filters need no tree walk.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE address_node (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      parent_id uuid REFERENCES address_node(id),
      kind text NOT NULL CHECK (kind IN ('road', 'doorplate', 'compound', 'building', 'unit', 'floor', 'room')),
      name text NOT NULL,
      full_name text NOT NULL,
      street_code text NOT NULL,
      community_code text,
      grid_code text,
      lon double precision,
      lat double precision,
      footprint jsonb,
      valid_from date NOT NULL DEFAULT current_date,
      valid_to date,
      in_use boolean NOT NULL DEFAULT true,
      sort integer NOT NULL DEFAULT 0,
      source text NOT NULL DEFAULT 'entered',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX address_node_parent_idx ON address_node (parent_id, sort);
    CREATE INDEX address_node_community_idx ON address_node (community_code, kind);
    CREATE INDEX address_node_grid_idx ON address_node (grid_code, kind);
    CREATE INDEX address_node_street_idx ON address_node (street_code, kind);

    CREATE TABLE person (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name_enc text NOT NULL,
      name_hash text NOT NULL,
      name_masked text NOT NULL,
      id_type text NOT NULL DEFAULT 'resident_id',
      id_enc text,
      id_hash text,
      gender text CHECK (gender IN ('male', 'female')),
      birth_date date,
      ethnicity text,
      phone_enc text,
      phone_hash text,
      hukou_region text,
      hukou_address text,
      deceased boolean NOT NULL DEFAULT false,
      street_code text,
      community_code text,
      grid_code text,
      source_state text NOT NULL DEFAULT 'entered' CHECK (source_state IN ('entered', 'claimed', 'verified')),
      state_by uuid,
      state_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX person_id_hash_idx ON person (id_type, id_hash) WHERE id_hash IS NOT NULL;
    CREATE INDEX person_phone_hash_idx ON person (phone_hash) WHERE phone_hash IS NOT NULL;
    CREATE INDEX person_name_hash_idx ON person (name_hash);
    CREATE INDEX person_community_idx ON person (community_code);
    CREATE INDEX person_grid_idx ON person (grid_code);

    CREATE TABLE house (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      address_id uuid NOT NULL UNIQUE REFERENCES address_node(id),
      use text NOT NULL DEFAULT 'residence' CHECK (use IN ('residence', 'dormitory', 'work_shed', 'office',
        'commercial', 'public_service', 'industrial', 'other')),
      area numeric(10, 2),
      built_year integer,
      dangerous boolean NOT NULL DEFAULT false,
      street_code text NOT NULL,
      community_code text NOT NULL,
      grid_code text,
      source_state text NOT NULL DEFAULT 'entered' CHECK (source_state IN ('entered', 'claimed', 'verified')),
      state_by uuid,
      state_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX house_community_idx ON house (community_code, use);
    CREATE INDEX house_grid_idx ON house (grid_code, use);

    CREATE TABLE residence (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      person_id uuid NOT NULL REFERENCES person(id),
      house_id uuid NOT NULL REFERENCES house(id),
      population_type text NOT NULL CHECK (population_type IN ('registered', 'floating', 'unsettled', 'overseas')),
      hukou_status text NOT NULL DEFAULT 'consistent'
        CHECK (hukou_status IN ('consistent', 'person_here_hukou_away', 'hukou_here_person_away')),
      household_no text,
      relation_to_head text,
      moved_in date,
      moved_out date,
      permit_no_enc text,
      permit_expiry date,
      street_code text NOT NULL,
      community_code text NOT NULL,
      grid_code text,
      source_state text NOT NULL DEFAULT 'entered' CHECK (source_state IN ('entered', 'claimed', 'verified')),
      state_by uuid,
      state_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX residence_current_idx ON residence (person_id) WHERE moved_out IS NULL;
    CREATE INDEX residence_house_idx ON residence (house_id) WHERE moved_out IS NULL;
    CREATE INDEX residence_community_idx ON residence (community_code, population_type) WHERE moved_out IS NULL;
    CREATE INDEX residence_grid_idx ON residence (grid_code, population_type) WHERE moved_out IS NULL;

    CREATE TABLE organisation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('unit', 'place')),
      type_code text NOT NULL,
      name text NOT NULL,
      credit_code text,
      legal_rep_id uuid REFERENCES person(id),
      contact_phone_enc text,
      address_id uuid REFERENCES address_node(id),
      address_text text,
      lon double precision,
      lat double precision,
      street_code text NOT NULL,
      community_code text,
      grid_code text,
      key_fire boolean NOT NULL DEFAULT false,
      key_public_order boolean NOT NULL DEFAULT false,
      key_work_safety boolean NOT NULL DEFAULT false,
      employee_count integer,
      source_state text NOT NULL DEFAULT 'entered' CHECK (source_state IN ('entered', 'claimed', 'verified')),
      state_by uuid,
      state_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX organisation_credit_idx ON organisation (credit_code) WHERE credit_code IS NOT NULL;
    CREATE INDEX organisation_community_idx ON organisation (community_code, kind);
    CREATE INDEX organisation_grid_idx ON organisation (grid_code, kind);

    CREATE TABLE employment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      person_id uuid NOT NULL REFERENCES person(id),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      position text,
      since date,
      until date,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX employment_org_idx ON employment (organisation_id) WHERE until IS NULL;
    CREATE INDEX employment_person_idx ON employment (person_id);

    CREATE TABLE org_hazard (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisation(id),
      found_on date NOT NULL,
      description text NOT NULL,
      level text NOT NULL CHECK (level IN ('serious', 'general')),
      rectify_by date,
      rectified_on date,
      rectification text,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX org_hazard_org_idx ON org_hazard (organisation_id);

    CREATE TABLE rental (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      house_id uuid NOT NULL UNIQUE REFERENCES house(id),
      lessor_person_id uuid REFERENCES person(id),
      lessor_org_id uuid REFERENCES organisation(id),
      filing_no text,
      use text NOT NULL CHECK (use IN ('dormitory', 'housing', 'shop', 'warehouse', 'factory', 'other')),
      rooms integer,
      occupant_limit integer,
      occupant_actual integer,
      hazard text NOT NULL DEFAULT 'safe' CHECK (hazard IN ('serious', 'general', 'safe')),
      management_class text NOT NULL DEFAULT 'C' CHECK (management_class IN ('A', 'B', 'C')),
      street_code text NOT NULL,
      community_code text NOT NULL,
      grid_code text,
      source_state text NOT NULL DEFAULT 'entered' CHECK (source_state IN ('entered', 'claimed', 'verified')),
      state_by uuid,
      state_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX rental_community_idx ON rental (community_code, hazard);
    CREATE INDEX rental_grid_idx ON rental (grid_code, hazard);

    CREATE TABLE person_tag (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      person_id uuid NOT NULL REFERENCES person(id),
      tag text NOT NULL,
      level text,
      started_on date,
      ended_on date,
      responsible_unit_id uuid REFERENCES unit(id),
      assigned_user_id uuid REFERENCES app_user(id),
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      street_code text,
      community_code text,
      grid_code text,
      source_state text NOT NULL DEFAULT 'entered' CHECK (source_state IN ('entered', 'claimed', 'verified')),
      state_by uuid,
      state_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX person_tag_person_idx ON person_tag (person_id);
    CREATE INDEX person_tag_community_idx ON person_tag (community_code, tag) WHERE ended_on IS NULL;
    CREATE INDEX person_tag_grid_idx ON person_tag (grid_code, tag) WHERE ended_on IS NULL;
    CREATE INDEX person_tag_unit_idx ON person_tag (responsible_unit_id, tag);
    CREATE INDEX person_tag_worker_idx ON person_tag (assigned_user_id) WHERE assigned_user_id IS NOT NULL;

    -- Every change of a base record: who changed what, when (before/after hold stored values, ciphertexts included).
    CREATE TABLE base_change (
      id bigserial PRIMARY KEY,
      entity text NOT NULL,
      entity_id uuid NOT NULL,
      version integer NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      actor_id uuid,
      reason text,
      before jsonb,
      after jsonb
    );
    CREATE INDEX base_change_entity_idx ON base_change (entity, entity_id, version);
  `.execute(db);
  await sql`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'onegrid_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON address_node, person, house, residence, organisation, employment,
          org_hazard, rental, person_tag TO onegrid_app;
        GRANT SELECT, INSERT ON base_change TO onegrid_app;
        GRANT USAGE, SELECT ON SEQUENCE base_change_id_seq TO onegrid_app;
      END IF;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS base_change, person_tag, rental, org_hazard, employment, organisation, residence, house,
      person, address_node
  `.execute(db);
}
