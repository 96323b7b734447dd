import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// Issue 14 (docs/distribution.md), contract of 20261213_0500: every derived child takes its parent's district where
// it has none yet (all rows before 0500, and any that a server of the previous release inserted during the
// upgrade), then the column is NOT NULL. In a rolling upgrade this ships one release after 0500 (README,
// "Upgrading several servers"). The district is computed as packages/domain districtOf does (12 digits: the first 6 of
// the parent's street/community code or of its region path's last code; copied where the parent carries
// district_code itself (admission, a service rating). A row whose parent is gone gets '' (no known place).

const street = (p: string) =>
  `rpad(left(coalesce(${p}.street_code, ${p}.community_code, ${p}.grid_code), 6), 12, '0')`;
const community = (p: string) => `rpad(left(${p}.community_code, 6), 12, '0')`;
const path = (column: string) => `rpad(left(split_part(rtrim(${column}, '/'), '/', -1), 6), 12, '0')`;

/** [child, parent table, join condition (child c, parent p), the parent's district]; parents before children. */
const FROM_PARENT: [string, string, string, string][] = [
  ['employment', 'organisation', 'p.id = c.organisation_id', street('p')],
  ['org_hazard', 'organisation', 'p.id = c.organisation_id', street('p')],
  ['patrol_point', 'patrol', 'p.id = c.patrol_id', street('p')],
  ['patrol_checkin', 'patrol', 'p.id = c.patrol_id', street('p')],
  ['visit_signoff', 'visit', 'p.id = c.visit_id', street('p')],
  // a change of a base record: the record's place (persons, residences, houses, rentals, organisations, tags)
  ...['person', 'residence', 'house', 'rental', 'organisation', 'person_tag'].map(
    (entity): [string, string, string, string] => [
      'base_change',
      entity,
      `c.entity = '${entity}' AND p.id = c.entity_id`,
      street('p'),
    ],
  ),
  // an offline submission: the place of the record it made (a patrol, visit, quick fix or field task)
  ...[
    ['patrol', 'patrol'],
    ['visit', 'visit'],
    ['quick_fix', 'quick_fix'],
    ['task', 'field_task'],
  ].map(([kind, table]): [string, string, string, string] => [
    'field_submission',
    table!,
    `c.kind = '${kind}' AND p.id = c.record_id`,
    street('p'),
  ]),
  ['report_cell', 'report_instance', 'p.id = c.instance_id', community('p')],
  ['mediation_event', 'mediation_file', 'p.id = c.file_id', street('p')],
  ['mediation_party', 'mediation_file', 'p.id = c.file_id', street('p')],
  ['mediation_session', 'mediation_file', 'p.id = c.file_id', street('p')],
  ['civic_ballot', 'civic_vote', 'p.id = c.vote_id', community('p')],
  ['civic_paper_count', 'civic_vote', 'p.id = c.vote_id', community('p')],
  ['civic_vote_option', 'civic_vote', 'p.id = c.vote_id', community('p')],
  ['civic_support', 'civic_proposal', 'p.id = c.proposal_id', community('p')],
  ['deliberation_followup', 'deliberation_topic', 'p.id = c.topic_id', community('p')],
  ['deliberation_meeting_topic', 'deliberation_meeting', 'p.id = c.meeting_id', community('p')],
  ['points_rule', 'points_rule_set', 'p.id = c.rule_set_id', community('p')],
  ['proactive_task_note', 'proactive_task', 'p.id = c.task_id', path('p.region_path')],
  ['volunteer_award', 'volunteer', 'p.id = c.volunteer_id', path('p.region_path')],
  ['volunteer_certificate', 'volunteer', 'p.id = c.volunteer_id', path('p.region_path')],
  ['volunteer_training', 'volunteer', 'p.id = c.volunteer_id', path('p.region_path')],
  ['volunteer_signup', 'volunteer_activity', 'p.id = c.activity_id', path('p.region_path')],
  ['disclosure_event', 'disclosure_entry', 'p.id = c.entry_id', community('p')],
  ['disclosure_overdue_alert', 'disclosure_entry', 'p.id = c.entry_id', community('p')],
  ['disclosure_publication', 'disclosure_entry', 'p.id = c.entry_id', community('p')],
  ['admission_event', 'admission_application', 'p.id = c.application_id', 'p.district_code'],
  // an event of a listed item (列入, 监管, 退出) rather than of an application
  ['admission_event', 'admission_item', 'p.id = c.item_id AND c.application_id IS NULL', 'p.district_code'],
  ['service_application_item', 'service_application', 'p.id = c.application_id', path('p.window_path')],
  ['service_event', 'service_application', 'p.id = c.application_id', path('p.window_path')],
  ['service_obligation', 'service_application', 'p.id = c.application_id', path('p.window_path')],
  ['service_rating', 'service_application', 'p.id = c.application_id', path('p.window_path')],
  ['service_rectification', 'service_application', 'p.id = c.application_id', path('p.window_path')],
  ['service_stage', 'service_application', 'p.id = c.application_id', path('p.window_path')],
  ['service_rating_appeal', 'service_rating', 'p.id = c.rating_id', 'p.district_code'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [child, parent, on, district] of FROM_PARENT) {
    await sql`
      UPDATE ${sql.table(child)} c SET district_code = coalesce(${sql.raw(district)}, '')
        FROM ${sql.table(parent)} p
       WHERE ${sql.raw(on)} AND c.district_code IS NULL`.execute(db);
  }
  for (const child of new Set(FROM_PARENT.map(([c]) => c))) {
    await sql`UPDATE ${sql.table(child)} SET district_code = '' WHERE district_code IS NULL`.execute(db);
    await sql`ALTER TABLE ${sql.table(child)} ALTER COLUMN district_code SET NOT NULL`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const child of new Set(FROM_PARENT.map(([c]) => c)))
    await sql`ALTER TABLE ${sql.table(child)} ALTER COLUMN district_code DROP NOT NULL`.execute(db);
}
