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
  // (lane distrest) the derived children of base data, field work, mediation, participation, points, volunteers,
  // disclosure, admission and services carry district_code themselves: see DISTRICT_FROM_PARENT below
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

// ---- lane distrest (issue 14): derived children that carry their parent's district ------------------------------

const street = (p: string) => `left(coalesce(${p}.street_code, ${p}.community_code, ${p}.grid_code), 6)`;
const community = (p: string) => `left(${p}.community_code, 6)`;
const lastCode = (column: string) => `left(split_part(rtrim(${column}, '/'), '/', -1), 6)`;

/**
 * Children that carry `district_code`, written by the module that writes each from its parent (domain `districtOf`
 * of the parent's place): [parent, join of child c and parent p, the parent's district when the parent has no
 * district_code of its own yet (computed here independently of districtOf)]. A child with several kinds of parent
 * lists one entry per kind.
 */
const DISTRICT_FROM_PARENT: Record<string, [string, string, string][]> = {
  employment: [['organisation', 'p.id = c.organisation_id', street('p')]],
  org_hazard: [['organisation', 'p.id = c.organisation_id', street('p')]],
  patrol_point: [['patrol', 'p.id = c.patrol_id', street('p')]],
  patrol_checkin: [['patrol', 'p.id = c.patrol_id', street('p')]],
  visit_signoff: [['visit', 'p.id = c.visit_id', street('p')]],
  // a base record's change: the record's district after the change, so the latest change matches the record
  base_change: ['person', 'residence', 'house', 'rental', 'organisation', 'person_tag'].map((entity) => [
    entity,
    `c.entity = '${entity}' AND p.id = c.entity_id AND p.version = c.version`,
    street('p'),
  ]),
  // an offline submission (its instance id is the phone's): the record it made
  field_submission: [
    ['patrol', `c.kind = 'patrol' AND p.id = c.record_id`, street('p')],
    ['visit', `c.kind = 'visit' AND p.id = c.record_id`, street('p')],
    ['quick_fix', `c.kind = 'quick_fix' AND p.id = c.record_id`, street('p')],
    ['field_task', `c.kind = 'task' AND p.id = c.record_id`, street('p')],
  ],
  report_cell: [['report_instance', 'p.id = c.instance_id', community('p')]],
  mediation_event: [['mediation_file', 'p.id = c.file_id', street('p')]],
  mediation_party: [['mediation_file', 'p.id = c.file_id', street('p')]],
  mediation_session: [['mediation_file', 'p.id = c.file_id', street('p')]],
  civic_ballot: [['civic_vote', 'p.id = c.vote_id', community('p')]],
  civic_paper_count: [['civic_vote', 'p.id = c.vote_id', community('p')]],
  civic_vote_option: [['civic_vote', 'p.id = c.vote_id', community('p')]],
  civic_support: [['civic_proposal', 'p.id = c.proposal_id', community('p')]],
  deliberation_followup: [['deliberation_topic', 'p.id = c.topic_id', community('p')]],
  deliberation_meeting_topic: [['deliberation_meeting', 'p.id = c.meeting_id', community('p')]],
  points_rule: [['points_rule_set', 'p.id = c.rule_set_id', community('p')]],
  proactive_task_note: [['proactive_task', 'p.id = c.task_id', lastCode('p.region_path')]],
  volunteer_award: [['volunteer', 'p.id = c.volunteer_id', lastCode('p.region_path')]],
  volunteer_certificate: [['volunteer', 'p.id = c.volunteer_id', lastCode('p.region_path')]],
  volunteer_signup: [['volunteer_activity', 'p.id = c.activity_id', lastCode('p.region_path')]],
  volunteer_training: [['volunteer', 'p.id = c.volunteer_id', lastCode('p.region_path')]],
  disclosure_event: [['disclosure_entry', 'p.id = c.entry_id', community('p')]],
  disclosure_overdue_alert: [['disclosure_entry', 'p.id = c.entry_id', community('p')]],
  disclosure_publication: [['disclosure_entry', 'p.id = c.entry_id', community('p')]],
  admission_event: [
    ['admission_application', 'p.id = c.application_id', 'p.district_code'],
    ['admission_item', 'c.application_id IS NULL AND p.id = c.item_id', 'p.district_code'],
  ],
  service_application_item: [['service_application', 'p.id = c.application_id', lastCode('p.window_path')]],
  service_event: [['service_application', 'p.id = c.application_id', lastCode('p.window_path')]],
  service_obligation: [['service_application', 'p.id = c.application_id', lastCode('p.window_path')]],
  service_rating: [['service_application', 'p.id = c.application_id', lastCode('p.window_path')]],
  service_rectification: [['service_application', 'p.id = c.application_id', lastCode('p.window_path')]],
  service_stage: [['service_application', 'p.id = c.application_id', lastCode('p.window_path')]],
  service_rating_appeal: [['service_rating', 'p.id = c.rating_id', 'p.district_code']],
};

describe('derived children carry their parent’s district (lane distrest)', () => {
  it('gives each of them a NOT NULL district_code, and none is left on the derived list', async () => {
    const { rows } = await client.query<{ name: string; notnull: boolean }>(
      `SELECT c.relname AS name, a.attnotnull AS notnull
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        WHERE c.relname = ANY($1) AND c.relnamespace = 'public'::regnamespace AND a.attname = 'district_code'
          AND NOT a.attisdropped`,
      [Object.keys(DISTRICT_FROM_PARENT)],
    );
    const notNull = new Set(rows.filter((r) => r.notnull).map((r) => r.name));
    expect(Object.keys(DISTRICT_FROM_PARENT).filter((t) => !notNull.has(t))).toEqual([]);
    expect(Object.keys(DISTRICT_FROM_PARENT).filter((t) => DERIVED[t])).toEqual([]);
  });

  it('on the demo data, no child’s district differs from its parent’s', async () => {
    const differing: string[] = [];
    let checked = 0;
    for (const [child, parents] of Object.entries(DISTRICT_FROM_PARENT)) {
      for (const [parent, on, computed] of parents) {
        // the parent's own district_code once it has one (distcase's generated columns), else its place's
        const district = tables.get(parent)?.includes('district_code') ? 'p.district_code' : computed;
        const { rows } = await client.query<{ n: number; bad: number; sample: string | null }>(
          `SELECT count(*)::int AS n,
                  count(*) FILTER (WHERE c.district_code IS DISTINCT FROM coalesce(${district}, ''))::int AS bad,
                  min(c.district_code || ' ≠ ' || coalesce(${district}, '')) FILTER (
                    WHERE c.district_code IS DISTINCT FROM coalesce(${district}, '')) AS sample
             FROM ${child} c JOIN ${parent} p ON ${on}`,
        );
        const r = rows[0]!;
        checked += r.n;
        if (r.bad > 0) differing.push(`${child} → ${parent}: ${r.bad} of ${r.n} (${r.sample})`);
      }
    }
    expect(differing).toEqual([]);
    // the demo's field work, mediation, votes, volunteers, disclosure, admission and services are all there
    expect(checked).toBeGreaterThan(1000);
  });

  it('has no child row without a district (the demo district is 平谷区, 110117)', async () => {
    const empty: string[] = [];
    for (const child of Object.keys(DISTRICT_FROM_PARENT)) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${child} WHERE district_code = ''`,
      );
      if (rows[0]!.n > 0) empty.push(`${child}: ${rows[0]!.n}`);
    }
    expect(empty).toEqual([]);
  });
});
