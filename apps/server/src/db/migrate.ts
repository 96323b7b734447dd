import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.ts';
import * as m0001 from './migrations/20261122_0001_governance_structure.ts';
import * as m0002 from './migrations/20261122_0002_cases.ts';
import * as m0003 from './migrations/20261122_0003_notify.ts';
import * as m0004 from './migrations/20261122_0004_reference_version.ts';
import * as m0005 from './migrations/20261122_0005_session_actor.ts';
import * as m0006 from './migrations/20261122_0006_assignment_case_no_fk.ts';
import * as m0030 from './migrations/20261123_0030_supervision.ts';
import * as m0010 from './migrations/20261123_0010_whistle.ts';
import * as m0020 from './migrations/20261123_0020_assessment.ts';
import * as m0021 from './migrations/20261123_0021_case_status_count.ts';
import * as m0022 from './migrations/20261123_0022_intake_rollups.ts';
import * as m0400 from './migrations/20261206_0400_audit_chain.ts';
import * as m20261206_0100 from './migrations/20261206_0100_public_privacy.ts';
import * as m0500 from './migrations/20261206_0500_edge_limits.ts';
import * as m20261206_0600 from './migrations/20261206_0600_identity.ts';
import * as m20261206_1500 from './migrations/20261206_1500_notice_params.ts';
import * as m20261206_1100 from './migrations/20261206_1100_assist_release.ts';
import * as m20261206_1600 from './migrations/20261206_1600_case_caller.ts';
import * as m20261206_1700 from './migrations/20261206_1700_tracking_recovery.ts';
import * as m20261206_2000 from './migrations/20261206_2000_basedata.ts';
import * as m20261206_2200 from './migrations/20261206_2200_address_geometry.ts';
import * as m20261206_2300 from './migrations/20261206_2300_address_version.ts';
import * as m20261206_2500 from './migrations/20261206_2500_reports.ts';
import * as m20261206_2600 from './migrations/20261206_2600_baseview.ts';
import * as m20261207_0100 from './migrations/20261207_0100_fieldwork.ts';
import * as m20261207_0700 from './migrations/20261207_0700_base_indexes.ts';
import * as m20261208_0050 from './migrations/20261208_0050_case_origin.ts';
import * as m20261208_0100 from './migrations/20261208_0100_classify_model.ts';
import * as m20261208_0600 from './migrations/20261208_0600_field_task_overdue.ts';
import * as m20261209_0200 from './migrations/20261209_0200_civic.ts';
import * as m20261208_0500 from './migrations/20261208_0500_replies_opinion.ts';
import * as m20261209_0600 from './migrations/20261209_0600_participation.ts';
import * as m20261210_0300 from './migrations/20261210_0300_volunteers.ts';
import * as m20261208_0400 from './migrations/20261208_0400_knowledge.ts';
import * as m20261209_0400 from './migrations/20261209_0400_services.ts';
import * as m20261210_0100 from './migrations/20261210_0100_service_rating.ts';
import * as m20261208_0300 from './migrations/20261208_0300_hotspots.ts';
import * as m20261209_0500 from './migrations/20261209_0500_admission.ts';
import * as m20261210_0200 from './migrations/20261210_0200_points.ts';
import * as m20261210_0400 from './migrations/20261210_0400_disclosure.ts';
// lane search (issue 14)
import * as m20261211_0300 from './migrations/20261211_0300_case_search.ts';
// lane bench (issue 14)
import * as m20261213_0100 from './migrations/20261213_0100_case_phone.ts';
import * as m20261208_0200 from './migrations/20261208_0200_duplicate_decision.ts';
import * as m20261207_0400 from './migrations/20261207_0400_mediation.ts';
import * as m20261207_0200 from './migrations/20261207_0200_field_photos.ts';
import * as m20261207_0300 from './migrations/20261207_0300_fieldtasks.ts';
// lane city (issue 14)
import * as m20261211_0401 from './migrations/20261211_0401_case_desk.ts';
// lane distcase (issue 14)
import * as m20261213_0200 from './migrations/20261213_0200_district_generated.ts';
import * as m20261213_0201 from './migrations/20261213_0201_district_written.ts';
import * as m20261213_0202 from './migrations/20261213_0202_district_written_not_null.ts';
import * as m20261213_0203 from './migrations/20261213_0203_case_phone_district.ts';
// issue 14, lane partition
import * as m20261211_0200 from './migrations/20261211_0200_case_event_partitions.ts';
import * as m20261211_0201 from './migrations/20261211_0201_case_public_id.ts';
// lane keys (issue 14)
import * as m20261214_0100 from './migrations/20261214_0100_district_not_null.ts';
import * as m20261214_0101 from './migrations/20261214_0101_case_district_text.ts';
import * as m20261214_0102 from './migrations/20261214_0102_district_keys.ts';
import * as m20261214_0400 from './migrations/20261214_0400_case_phone_lookup.ts';
import * as m20261215_0100 from './migrations/20261215_0100_key_lookup_indexes.ts';
// issue 14, lane distrest
import * as m20261213_0500 from './migrations/20261213_0500_derived_district.ts';
import * as m20261213_0501 from './migrations/20261213_0501_derived_district_not_null.ts';
// issue 13 follow-up, lane vol
import * as m20261213_0600 from './migrations/20261213_0600_volunteer_activity_cancel.ts';

/** Migrations in order; names are frozen once released. */
const migrations: Record<string, Migration> = {
  '20261122_0001_governance_structure': m0001,
  '20261122_0002_cases': m0002,
  '20261122_0003_notify': m0003,
  '20261122_0004_reference_version': m0004,
  '20261122_0005_session_actor': m0005,
  '20261122_0006_assignment_case_no_fk': m0006,
  '20261123_0030_supervision': m0030,
  '20261123_0010_whistle': m0010,
  '20261123_0020_assessment': m0020,
  '20261123_0021_case_status_count': m0021,
  '20261123_0022_intake_rollups': m0022,
  '20261206_0400_audit_chain': m0400,
  '20261206_0100_public_privacy': m20261206_0100,
  '20261206_0500_edge_limits': m0500,
  '20261206_0600_identity': m20261206_0600,
  '20261206_1500_notice_params': m20261206_1500,
  '20261206_1100_assist_release': m20261206_1100,
  '20261206_1600_case_caller': m20261206_1600,
  '20261206_1700_tracking_recovery': m20261206_1700,
  '20261206_2000_basedata': m20261206_2000,
  '20261206_2200_address_geometry': m20261206_2200,
  '20261206_2300_address_version': m20261206_2300,
  '20261206_2500_reports': m20261206_2500,
  '20261206_2600_baseview': m20261206_2600,
  '20261207_0100_fieldwork': m20261207_0100,
  '20261207_0700_base_indexes': m20261207_0700,
  '20261208_0050_case_origin': m20261208_0050,
  '20261208_0100_classify_model': m20261208_0100,
  '20261208_0600_field_task_overdue': m20261208_0600,
  '20261209_0200_civic': m20261209_0200,
  '20261208_0500_replies_opinion': m20261208_0500,
  '20261209_0600_participation': m20261209_0600,
  '20261208_0400_knowledge': m20261208_0400,
  '20261208_0200_duplicate_decision': m20261208_0200,
  '20261207_0400_mediation': m20261207_0400,
  '20261207_0200_field_photos': m20261207_0200,
  '20261207_0300_fieldtasks': m20261207_0300,
  '20261208_0300_hotspots': m20261208_0300,
  '20261209_0400_services': m20261209_0400,
  '20261209_0500_admission': m20261209_0500,
  '20261210_0200_points': m20261210_0200,
  '20261210_0300_volunteers': m20261210_0300,
  '20261210_0400_disclosure': m20261210_0400,
  '20261210_0100_service_rating': m20261210_0100,
  // lane city (issue 14)
  '20261211_0401_case_desk': m20261211_0401,
  // issue 14, lane partition
  '20261211_0200_case_event_partitions': m20261211_0200,
  '20261211_0201_case_public_id': m20261211_0201,
  // lane search (issue 14)
  '20261211_0300_case_search': m20261211_0300,
  // lane bench (issue 14)
  '20261213_0100_case_phone': m20261213_0100,
  // issue 14, lane distrest
  '20261213_0500_derived_district': m20261213_0500,
  '20261213_0501_derived_district_not_null': m20261213_0501,
  // lane distcase (issue 14)
  '20261213_0200_district_generated': m20261213_0200,
  '20261213_0201_district_written': m20261213_0201,
  '20261213_0202_district_written_not_null': m20261213_0202,
  '20261213_0203_case_phone_district': m20261213_0203,
  // lane vol (issue 13 follow-up)
  '20261213_0600_volunteer_activity_cancel': m20261213_0600,
  // lane keys (issue 14)
  '20261214_0100_district_not_null': m20261214_0100,
  '20261214_0101_case_district_text': m20261214_0101,
  '20261214_0102_district_keys': m20261214_0102,
  '20261214_0400_case_phone_lookup': m20261214_0400,
  '20261215_0100_key_lookup_indexes': m20261215_0100,
};

/** Every migration this build knows, in the order they run. */
export function knownMigrations(): string[] {
  return Object.keys(migrations).sort();
}

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new StaticProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Runs the migrations up to and including `name` (tests of a migration read the catalogue before it runs). */
export async function migrateTo(db: Db, name: string): Promise<void> {
  const migrator = new Migrator({ db, provider: new StaticProvider() });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
}
