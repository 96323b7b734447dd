import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 14 (distribution by district, docs/distribution.md), expand: the derived children outside the case family —
// base data, field work, mediation, participation, points, volunteers, disclosure, admission, services — get the
// district of their parent in a column of their own, so Citus can distribute them with it (`district_code`, the
// distribution column). Nullable here, so that the previous release keeps inserting during a rolling upgrade; the
// module that writes each table sets it from now on. 20261213_0501 fills what is left and makes it NOT NULL.
const TABLES = [
  'employment',
  'org_hazard',
  'patrol_point',
  'patrol_checkin',
  'visit_signoff',
  'base_change',
  'field_submission',
  'report_cell',
  'mediation_event',
  'mediation_party',
  'mediation_session',
  'civic_ballot',
  'civic_paper_count',
  'civic_vote_option',
  'civic_support',
  'deliberation_followup',
  'deliberation_meeting_topic',
  'points_rule',
  'proactive_task_note',
  'volunteer_award',
  'volunteer_certificate',
  'volunteer_signup',
  'volunteer_training',
  'disclosure_event',
  'disclosure_overdue_alert',
  'disclosure_publication',
  'admission_event',
  'service_application_item',
  'service_event',
  'service_obligation',
  'service_rating',
  'service_rectification',
  'service_stage',
  'service_rating_appeal',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const t of TABLES) await sql`ALTER TABLE ${sql.table(t)} ADD COLUMN district_code text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of TABLES)
    await sql`ALTER TABLE ${sql.table(t)} DROP COLUMN IF EXISTS district_code`.execute(db);
}
