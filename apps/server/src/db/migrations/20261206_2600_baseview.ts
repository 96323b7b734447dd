import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// One collection, many uses (issue 10): the read side of the base data. Counts per street (the base migration
// indexes community and grid only) and points of buildings and organisations for "what is near this place" (a
// case's point, a whistle's place), so that a street's live counts and a 300 m search stay index scans.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX IF NOT EXISTS baseview_residence_street_idx ON residence (street_code, population_type)
      INCLUDE (house_id, household_no) WHERE moved_out IS NULL;
    CREATE INDEX IF NOT EXISTS baseview_residence_community_idx ON residence (community_code, population_type)
      INCLUDE (house_id, household_no) WHERE moved_out IS NULL;
    CREATE INDEX IF NOT EXISTS baseview_residence_grid_idx ON residence (grid_code, population_type)
      INCLUDE (house_id, household_no) WHERE moved_out IS NULL;
    CREATE INDEX IF NOT EXISTS baseview_house_street_idx ON house (street_code, use);
    CREATE INDEX IF NOT EXISTS baseview_rental_street_idx ON rental (street_code, hazard);
    CREATE INDEX IF NOT EXISTS baseview_organisation_street_idx ON organisation (street_code, kind)
      INCLUDE (key_fire, key_public_order, key_work_safety);
    CREATE INDEX IF NOT EXISTS baseview_person_tag_street_idx ON person_tag (street_code, tag)
      INCLUDE (responsible_unit_id, assigned_user_id) WHERE ended_on IS NULL;
    CREATE INDEX IF NOT EXISTS baseview_building_point_idx ON address_node (lon, lat)
      WHERE kind = 'building' AND lon IS NOT NULL;
    CREATE INDEX IF NOT EXISTS baseview_organisation_point_idx ON organisation (lon, lat) WHERE lon IS NOT NULL;
    CREATE INDEX IF NOT EXISTS baseview_organisation_address_idx ON organisation (address_id)
      WHERE address_id IS NOT NULL;
    CREATE INDEX IF NOT EXISTS baseview_org_hazard_open_idx ON org_hazard (organisation_id)
      WHERE rectified_on IS NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX IF EXISTS baseview_residence_street_idx, baseview_residence_community_idx, baseview_residence_grid_idx,
      baseview_house_street_idx, baseview_rental_street_idx, baseview_organisation_street_idx,
      baseview_person_tag_street_idx, baseview_building_point_idx, baseview_organisation_point_idx,
      baseview_organisation_address_idx, baseview_org_hazard_open_idx
  `.execute(db);
}
