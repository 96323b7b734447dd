import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEMPLATE_DB } from '../constants.ts';

/**
 * Ready for a distributed database (issue 14; docs/distribution.md): a province distributes OneGrid by district
 * (Citus: distribution column = the district's 6-digit code). Every table of the catalogue is exactly one of:
 *
 * - REFERENCE: small, read by every district, changed rarely (the region tree, units, users, categories, the
 *   calendar, the service catalogue …). Citus copies them to every node (create_reference_table).
 * - LOCAL: the coordinator's own (sign-in, rate limits, idempotency keys, the audit chain whose hash links one
 *   global sequence, migrations). Not region data; never joined with distributed rows on a worker.
 * - REGION-BOUND: rows that belong to a place. Such a table must carry the place in a column from which the
 *   district follows without a join: `district_code`, or a code of a level below it (12-digit street and community
 *   codes, grid = community code + suffix — the district is their first 6 digits), or a region path (codes joined
 *   by '/', ending with such a code). That column becomes the distribution column (added as
 *   `district_code GENERATED ALWAYS AS (left(street_code, 6)) STORED` where it is not there yet).
 * - DERIVED (the allow-list): a region-bound child whose place is its parent's — it names the parent in a column
 *   (case_id, file_id …), and the parent is region-bound in its own right (or derived, down to one that is).
 *   Before distribution each gets the parent's district_code, written on insert (docs/distribution.md lists them);
 *   until then the list keeps them visible. A new table is none of these until someone decides: the test fails.
 */
const PLACE_COLUMNS = [
  'district_code',
  'street_code',
  'community_code',
  'grid_code',
  'region_code',
  'region_path',
  'jurisdiction_path',
  'scope_path',
  'window_path',
  'path',
];

const REFERENCE: Record<string, string> = {
  region: 'the region tree (province → community): a few thousand rows a city',
  unit: 'government units and departments: every district routes to other districts’ departments',
  app_user: 'accounts: a city centre user acts in every district',
  api_key: 'API keys of systems, few',
  category: 'the case category tree',
  deadline_policy: 'deadlines by category',
  duty: 'the duty list (city-wide entries with district overrides: read across districts)',
  duty_party: 'units of a duty entry',
  calendar_override: 'the working-day calendar',
  setting: 'platform settings',
  reference_version: 'the version reference caches follow',
  address_version: 'the address library’s version',
  classify_model: 'the classifier (one model for the city)',
  classify_model_version: 'classifier versions',
  knowledge_catalog: '知识库 catalogue, shared',
  knowledge_entry: '知识库 entries, shared by every desk',
  knowledge_version: '知识库 entry versions',
  service_item: '一窗通办 service catalogue',
  service_bundle: 'bundles of service items',
  service_bundle_item: 'items of a bundle',
  service_item_department: 'departments of a service item',
  report_template: '一表通 templates (issued by any level)',
  visit_rule: 'visit rules (frequency by person tag)',
  case_intake_day_category: 'city-wide daily intake by category (a small aggregate)',
};

const LOCAL: Record<string, string> = {
  session: 'sign-in sessions (looked up by token hash on every request)',
  login_attempt: 'login throttling by user and address',
  rate_limit_counter: 'rate limits (lib/ratelimit.ts)',
  idempotency_key: 'Idempotency-Key replays (lib/idempotency.ts)',
  tracking_recovery: 'a resident’s tracking-link recovery attempts',
  audit_log: 'the audit log: one hash chain, one global sequence',
  audit_chain_head: 'the audit chain’s head',
  audit_archive: 'archived audit segments',
  notification: 'addressed to a user or unit and read by that recipient across districts (the city centre)',
  assessment_watermark: 'the assessment fold’s position in the event log',
  kysely_migration: 'migrations',
  kysely_migration_lock: 'the migration lock',
};

/** Region-bound tables whose place is their parent's: [column naming the parent, parent table]. */
const DERIVED: Record<string, [string, string]> = {
  // the case and what hangs on it (co-located with case when both carry district_code)
  assignment: ['case_id', 'case'],
  case_event: ['case_id', 'case'],
  case_caller: ['case_id', 'case'],
  // public id → case number (a look-up by public id reads every shard's slice of it, as it reads every partition)
  case_public_id: ['case_id', 'case'],
  case_metoo: ['case_id', 'case'],
  case_origin: ['case_id', 'case'],
  classify_correction: ['case_id', 'case'],
  duplicate_decision: ['new_case_id', 'case'],
  upload: ['case_id', 'case'],
  assessment_callback: ['case_id', 'case'],
  assessment_response: ['case_id', 'case'],
  knowledge_use: ['case_id', 'case'],
  knowledge_feedback: ['case_id', 'case'],
  hot_cluster: ['central_case_id', 'case'],
  hot_cluster_case: ['case_id', 'case'],
  assessment_unit_day: ['unit_id', 'unit'],
  // whistles (吹哨报到)
  whistle_event: ['whistle_id', 'whistle'],
  whistle_rating: ['whistle_id', 'whistle'],
  whistle_summon: ['whistle_id', 'whistle'],
  // 一标三实 base data and field work
  employment: ['organisation_id', 'organisation'],
  org_hazard: ['organisation_id', 'organisation'],
  patrol_point: ['patrol_id', 'patrol'],
  patrol_checkin: ['patrol_id', 'patrol'],
  visit_signoff: ['visit_id', 'visit'],
  base_change: ['entity_id', 'person'],
  field_submission: ['instance_id', 'report_instance'],
  report_cell: ['instance_id', 'report_instance'],
  mediation_event: ['file_id', 'mediation_file'],
  mediation_party: ['file_id', 'mediation_file'],
  mediation_session: ['file_id', 'mediation_file'],
  // participation, points, volunteers, disclosure
  civic_ballot: ['vote_id', 'civic_vote'],
  civic_paper_count: ['vote_id', 'civic_vote'],
  civic_vote_option: ['vote_id', 'civic_vote'],
  civic_support: ['proposal_id', 'civic_proposal'],
  deliberation_followup: ['topic_id', 'deliberation_topic'],
  deliberation_meeting_topic: ['meeting_id', 'deliberation_meeting'],
  points_rule: ['rule_set_id', 'points_rule_set'],
  proactive_task_note: ['task_id', 'proactive_task'],
  volunteer_award: ['volunteer_id', 'volunteer'],
  volunteer_certificate: ['volunteer_id', 'volunteer'],
  volunteer_signup: ['activity_id', 'volunteer_activity'],
  volunteer_training: ['volunteer_id', 'volunteer'],
  disclosure_event: ['entry_id', 'disclosure_entry'],
  disclosure_overdue_alert: ['entry_id', 'disclosure_entry'],
  disclosure_publication: ['entry_id', 'disclosure_entry'],
  admission_event: ['application_id', 'admission_application'],
  // 一窗通办 applications (at a window of a street or district)
  service_application_item: ['application_id', 'service_application'],
  service_event: ['application_id', 'service_application'],
  service_obligation: ['application_id', 'service_application'],
  service_rating: ['application_id', 'service_application'],
  service_rectification: ['application_id', 'service_application'],
  service_stage: ['application_id', 'service_application'],
  service_rating_appeal: ['rating_id', 'service_rating'],
};

let client: pg.Client;
let tables: Map<string, string[]>;

beforeAll(async () => {
  client = new pg.Client({ connectionString: `${inject('pgServerUrl')}/${TEMPLATE_DB}` });
  await client.connect();
  // Every table of the application's schema; a partition counts as its parent (it has the parent's columns).
  const { rows } = await client.query<{ name: string; columns: string[] }>(`
    SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
     GROUP BY c.relname`);
  tables = new Map(rows.map((r) => [r.name, r.columns]));
});
afterAll(async () => client?.end());

const placeOf = (name: string) => tables.get(name)?.find((c) => PLACE_COLUMNS.includes(c));

/** The region-bound table a derived table's place comes from (through its parents), or why not. */
function anchorOf(name: string, seen: string[] = []): string {
  if (placeOf(name)) return name;
  const link = DERIVED[name];
  if (!link) return `${name}: region-bound without a place column and not derived`;
  const [column, parent] = link;
  if (!tables.get(name)?.includes(column)) return `${name}: has no column ${column}`;
  if (!tables.has(parent)) return `${name}: parent ${parent} does not exist`;
  if (seen.includes(parent)) return `${name}: a cycle through ${parent}`;
  return anchorOf(parent, [...seen, name]);
}

describe('ready for distribution by district (Citus)', () => {
  it('classifies every table: reference, local, region-bound with its district, or derived from a parent', () => {
    expect(tables.size).toBeGreaterThan(100);
    const unclassified: string[] = [];
    for (const name of [...tables.keys()].sort()) {
      if (REFERENCE[name] || LOCAL[name] || placeOf(name) || DERIVED[name]) continue;
      unclassified.push(name);
    }
    // A new table: give it district_code (or a street/community/grid code or region path) if its rows belong to
    // a place; else list it as reference or local with the reason.
    expect(unclassified).toEqual([]);
  });

  it('derives the district of every allow-listed table from a region-bound parent', () => {
    const broken = Object.keys(DERIVED)
      .filter((name) => tables.has(name))
      .map((name) => anchorOf(name))
      .filter((anchor) => !tables.has(anchor) || !placeOf(anchor));
    expect(broken).toEqual([]);
  });

  it('keeps the lists honest: no stale entries, none listed twice, no derived table that now has its place', () => {
    const listed = [...Object.keys(REFERENCE), ...Object.keys(LOCAL), ...Object.keys(DERIVED)];
    expect(listed.filter((name) => !tables.has(name))).toEqual([]);
    expect(listed.filter((name, i) => listed.indexOf(name) !== i)).toEqual([]);
    // Once a derived table carries district_code itself, it leaves the allow-list.
    expect(Object.keys(DERIVED).filter((name) => placeOf(name))).toEqual([]);
  });

  it('has the district code itself on the case, the table a city has most of', () => {
    expect(tables.get('case')).toContain('district_code');
  });
});
