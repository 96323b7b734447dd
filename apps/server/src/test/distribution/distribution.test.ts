import { caseDistrict, districtOfCode, districtOfPath } from '@onegrid/domain';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDemoCases } from '../../demo/cases/load.ts';
import { loadDemoHistoryIfEmpty } from '../../demo/history/load.ts';
import { loadDemoWhistles } from '../../demo/whistles.ts';
import { foldAssessment } from '../../modules/assessment/assessment.fold.ts';
import { computeHotspots } from '../../modules/hotspots/hotspots.service.ts';
import { TEMPLATE_DB } from '../constants.ts';
import { createTestEnv, type TestEnv } from '../harness.ts';

/**
 * Ready for a distributed database (issue 14; docs/distribution.md): a province distributes OneGrid by district
 * (Citus: distribution column = the district's 6-digit code). Every table of the catalogue is exactly one of:
 *
 * - REFERENCE: small, read by every district, changed rarely (the region tree, units, users, categories, the
 *   calendar, the service catalogue …). Citus copies them to every node (create_reference_table).
 * - LOCAL: the coordinator's own (sign-in, rate limits, idempotency keys, the audit chain whose hash links one
 *   global sequence, migrations). Not region data; never joined with distributed rows on a worker.
 * - REGION-BOUND: rows that belong to a place. Such a table carries `district_code` (the 12-digit code of the
 *   district level, 110117000000), NOT NULL: generated from its own place where it has one (a street, community or
 *   grid code, a region path: 20261213_0200), or written on insert from its parent's (the case's and the whistle's
 *   children: 20261213_0201 — WRITTEN below, checked against the parent on the demo data). That column becomes the
 *   distribution column.
 * - DERIVED (the allow-list, shrinking): a region-bound child still without `district_code` whose place is its
 *   parent's — it names the parent in a column (case_id, file_id …), and the parent is region-bound. Each is to get
 *   the parent's district_code, written on insert (docs/distribution.md); until then the list keeps them visible.
 *   A new table is none of these until someone decides: the test fails.
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

/**
 * Region-bound tables whose district_code may be NULL, and why (docs/distribution.md, step 3 lists what each needs
 * before a distributed deployment). Every other region-bound table's is NOT NULL.
 */
const DISTRICT_MAY_BE_NULL: Record<string, string> = {
  case: 'a city-level case without a place (a 12345 centre’s, not yet sent down) has none; its children carry the city’s code',
  person: 'a person of the base data not (yet) placed at an address',
  person_tag: 'the tag of a person not placed',
  visit: 'a visit of a person not placed',
  field_task: 'a field task given without a place',
  opinion_item: 'an online opinion not located',
  upload: 'a photo not yet attached to a case (purged if never attached)',
  knowledge_use: 'a print or SMS of a 知识库 entry outside a case',
  knowledge_feedback: 'a vote on a 知识库 entry outside a case (a resident’s on the public page)',
};

/**
 * The children whose district_code is written on insert from their parent's: [column naming the parent, parent].
 * On the demo data every row's must equal its parent's (packages/domain caseDistrict; a whistle's generated column;
 * a unit's jurisdiction).
 */
const WRITTEN: Record<string, [string, 'case' | 'whistle' | 'unit']> = {
  assignment: ['case_id', 'case'],
  case_event: ['case_id', 'case'],
  case_caller: ['case_id', 'case'],
  case_public_id: ['case_id', 'case'],
  case_metoo: ['case_id', 'case'],
  case_origin: ['case_id', 'case'],
  classify_correction: ['case_id', 'case'],
  // shown before the new case exists: the check is stored where its candidate is
  duplicate_decision: ['candidate_id', 'case'],
  upload: ['case_id', 'case'],
  assessment_callback: ['case_id', 'case'],
  assessment_response: ['case_id', 'case'],
  knowledge_use: ['case_id', 'case'],
  knowledge_feedback: ['case_id', 'case'],
  // a cluster is stored where its central case is; each of its links where that link's case is
  hot_cluster: ['central_case_id', 'case'],
  hot_cluster_case: ['case_id', 'case'],
  // a unit's daily figures: the district of its jurisdiction (a city-level unit's: the city's code)
  assessment_unit_day: ['unit_id', 'unit'],
  whistle_event: ['whistle_id', 'whistle'],
  whistle_rating: ['whistle_id', 'whistle'],
  whistle_summon: ['whistle_id', 'whistle'],
};

let notNull: Set<string>;
let tables: Map<string, string[]>;

beforeAll(async () => {
  const client = new pg.Client({ connectionString: `${inject('pgServerUrl')}/${TEMPLATE_DB}` });
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
  const nn = await client.query<{ name: string }>(`
    SELECT c.relname AS name FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'district_code' AND a.attnotnull
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition`);
  notNull = new Set(nn.rows.map((r) => r.name));
  // the template must have no sessions when a test database is cloned from it (below)
  await client.end();
});

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

  it('gives every region-bound table its district_code, NOT NULL unless listed with the reason', () => {
    const regionBound = [...tables.keys()].filter(
      (name) => !REFERENCE[name] && !LOCAL[name] && !DERIVED[name],
    );
    expect(regionBound.length).toBeGreaterThan(60);
    // a street/community/grid code or a path alone is not enough: the distribution column is district_code
    expect(regionBound.filter((name) => !tables.get(name)!.includes('district_code')).sort()).toEqual([]);
    expect(regionBound.filter((name) => !notNull.has(name) && !DISTRICT_MAY_BE_NULL[name]).sort()).toEqual(
      [],
    );
  });

  it('keeps the lists honest: no stale entries, none listed twice, no derived table that now has its place', () => {
    const listed = [...Object.keys(REFERENCE), ...Object.keys(LOCAL), ...Object.keys(DERIVED)];
    expect(listed.filter((name) => !tables.has(name))).toEqual([]);
    expect(listed.filter((name, i) => listed.indexOf(name) !== i)).toEqual([]);
    // Once a derived table carries district_code itself, it leaves the allow-list.
    expect(Object.keys(DERIVED).filter((name) => placeOf(name))).toEqual([]);
    // a table listed as possibly NULL really is nullable; a written child has the column and names its parent
    expect(
      Object.keys(DISTRICT_MAY_BE_NULL).filter((name) => !tables.has(name) || notNull.has(name)),
    ).toEqual([]);
    expect(
      Object.entries(WRITTEN).filter(
        ([name, [column]]) =>
          !tables.get(name)?.includes('district_code') || !tables.get(name)?.includes(column),
      ),
    ).toEqual([]);
  });

  it('has the district code itself on the case, the table a city has most of', () => {
    expect(tables.get('case')).toContain('district_code');
  });
});

/**
 * The written columns on data: the demo's cases (with their events, assignments and callbacks), its historical
 * closed cases, whistles, the assessment fold and the hotspot clustering, in this file's own database. Every child
 * row's district_code equals the one its parent gives (packages/domain), and rows of every kind are there to check.
 */
describe('written district codes on the demo data', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
    const now = new Date();
    await loadDemoCases(env.ownerDb, env.pii, env.ctx.deadlines, { now });
    await loadDemoHistoryIfEmpty(env.ownerDb, { now });
    await loadDemoWhistles(env.ownerDb, now);
    await foldAssessment(env.ownerDb);
    await computeHotspots(env.ctx, now);
  }, 240_000);
  afterAll(async () => env?.close());

  /** [rows of the child with a parent, mismatches] of one written child. */
  async function check(child: string, column: string, parent: 'case' | 'whistle' | 'unit') {
    const t = sql.table(child);
    const col = sql.ref(`t.${column}`);
    if (parent === 'case') {
      const { rows } = await sql<{ got: string | null; district_code: string | null; region_path: string }>`
        SELECT t.district_code AS got, c.district_code, c.region_path
          FROM ${t} AS t JOIN "case" c ON c.id = ${col}`.execute(env.ownerDb);
      return [rows.length, rows.filter((r) => r.got !== caseDistrict(r)).length];
    }
    if (parent === 'whistle') {
      const { rows } = await sql<{ got: string | null; street_code: string }>`
        SELECT t.district_code AS got, w.street_code FROM ${t} AS t JOIN whistle w ON w.id = ${col}`.execute(
        env.ownerDb,
      );
      return [rows.length, rows.filter((r) => r.got !== districtOfCode(r.street_code)).length];
    }
    const { rows } = await sql<{ got: string | null; jurisdiction_path: string }>`
      SELECT t.district_code AS got, u.jurisdiction_path FROM ${t} AS t JOIN unit u ON u.id = ${col}`.execute(
      env.ownerDb,
    );
    return [rows.length, rows.filter((r) => r.got !== districtOfPath(r.jurisdiction_path)).length];
  }

  it('every written child carries its parent’s district: zero mismatches', async () => {
    const mismatches: Record<string, number> = {};
    const counted: Record<string, number> = {};
    for (const [child, [column, parent]] of Object.entries(WRITTEN)) {
      const [n, bad] = await check(child, column, parent);
      counted[child] = n!;
      if (bad) mismatches[child] = bad;
    }
    expect(mismatches).toEqual({});
    // the check is not empty: the demo writes these children
    for (const child of [
      'assignment',
      'case_event',
      'case_public_id',
      'case_origin',
      'assessment_response',
      'assessment_callback',
      'assessment_unit_day',
      'hot_cluster',
      'hot_cluster_case',
      'whistle_event',
      'whistle_summon',
      'whistle_rating',
    ])
      expect(counted[child], child).toBeGreaterThan(0);
  });

  it('a child with a parent never lacks the district; the case-less ones are exactly those without a parent', async () => {
    for (const [child, [column]] of Object.entries(WRITTEN)) {
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM ${sql.table(child)}
         WHERE district_code IS NULL AND ${sql.ref(column)} IS NOT NULL`.execute(env.ownerDb);
      expect([child, rows[0]!.n]).toEqual([child, 0]);
    }
  });

  it('a generated district is the first 6 digits of the place, padded: the same as packages/domain', async () => {
    const { rows } = await sql<{ street_code: string; district_code: string }>`
      SELECT DISTINCT street_code, district_code FROM address_node`.execute(env.ownerDb);
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) expect(r.district_code).toBe(districtOfCode(r.street_code));
    const paths = await sql<{ window_path: string; district_code: string }>`
      SELECT DISTINCT window_path, district_code FROM service_application`.execute(env.ownerDb);
    for (const r of paths.rows) expect(r.district_code).toBe(districtOfPath(r.window_path));
  });
});
