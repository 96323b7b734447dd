import { caseDistrict, districtOfCode, districtOfPath } from '@onegrid/domain';
import { CompiledQuery, sql } from 'kysely';
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
  // lane keys (20261214_0102): the router table of the "small local look-up" kind — it carries the case's district
  case_public_id:
    'a resident’s link names the public id only: public id → case number and district, looked up without a district',
};

/** Region-bound tables whose place is their parent's: [column naming the parent, parent table]. */
const DERIVED: Record<string, [string, string]> = {
  // none left: every region-bound child now carries district_code itself (WRITTEN and DISTRICT_FROM_PARENT below)
};

/**
 * Region-bound tables whose district_code may be NULL, and why. None (lane keys, 20261214_0100): a city-level case is
 * stored under the city's code, a row without a place under its writer's unit's district or the city's (domain
 * writerDistrict), and every base record, visit and field task has a place.
 */
const DISTRICT_MAY_BE_NULL: Record<string, string> = {};

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

/**
 * Unique keys of region-bound tables that stay unique across the city, on purpose (lane keys, 20261214_0102): every
 * other primary or unique key leads with district_code.
 */
const UNIQUE_CITY_WIDE: Record<string, string> = {
  service_application_tracking_code_key:
    'a resident follows an application by its tracking code, without a district',
  volunteer_certificate_code_key: 'a certificate is verified by its code alone',
  opinion_item_source_source_ref_key: 'an online post is one item however, and whether, it is located',
  person_id_hash_idx: 'one person per ID number across the city (the import matches on it)',
  organisation_credit_idx: 'one organisation per unified social credit code',
  residence_current_idx: 'a person has one current residence, wherever it is',
  resident_verification_user_id_key: 'a resident account has one verification; it moves with the resident',
};

/**
 * Foreign keys between two region-bound tables that cross districts, as "child.column": single-column, and the
 * single-column unique index each needs on its target is the only other unique key without district_code. A
 * distributed deployment drops them and the application checks them (docs/distribution.md). Every other foreign
 * key between region-bound tables is composite, (district_code, parent) → parent (district_code, key).
 */
const CROSS_DISTRICT: Record<string, string> = {
  'admission_event.item_id':
    'an admission event of an application lies where the application is; its item may be another district’s',
  'civic_ballot.person_id':
    'a person lives in one district and may work, rent out, vote, mediate or apply in another',
  'civic_proposal.author_person_id':
    'a person lives in one district and may work, rent out, vote, mediate or apply in another',
  'civic_support.person_id':
    'a person lives in one district and may work, rent out, vote, mediate or apply in another',
  'community_task.item_id':
    'a community’s task under a district’s admission item: the item is keyed by its own district',
  'deliberation_meeting_topic.topic_id': 'a meeting may take up a topic raised in a neighbouring community',
  'disclosure_entry.item_id':
    'a micro-power item is issued at any level (the city’s, a district’s) and disclosed by communities',
  'disclosure_request.person_id':
    'a person lives in one district and may work, rent out, vote, mediate or apply in another',
  'duplicate_decision.new_case_id':
    'the new case may lie in another district than the candidate the check is stored with',
  'employment.person_id':
    'a person lives in one district and may work, rent out, vote, mediate or apply in another',
  'field_submission.replaces':
    'an offline submission lies where its record is; the one it replaces may have made a record elsewhere',
  'field_task.address_id': 'a task’s subject may lie outside the grid it is given in',
  'field_task.organisation_id': 'a task’s subject may lie outside the grid it is given in',
  'field_task.person_id': 'a task’s subject may lie outside the grid it is given in',
  'hot_cluster_case.cluster_id':
    'a hot cluster lies where its central case is; its cases may lie in other districts',
  'mediation_party.person_id':
    'a person lives in one district and may work, rent out, vote, mediate or apply in another',
  'micro_power_adoption.item_id': 'a micro-power item is issued at any level and adopted by communities',
  'opinion_alert.item_id': 'an alert lies where its region is; a post not located lies with its importer',
  'opinion_item.case_id': 'an online post’s case lies where the case is sent',
  'opinion_item.cluster_case_id': 'an online post’s case lies where the case is sent',
  'organisation.address_id': 'an organisation’s registered place and its address may differ',
  'organisation.legal_rep_id':
    'a person lives in one district and may work, rent out, vote, mediate or apply in another',
  'patrol_checkin.address_id': 'a patrol may check in across a street’s border',
  'patrol_checkin.organisation_id': 'a patrol may check in across a street’s border',
  'person_tag.person_id': 'a tag lies where it was given; its person may move to another district',
  'quick_fix.address_id':
    'a quick fix lies at its own street; its address or patrol may be across the border',
  'quick_fix.patrol_id': 'a quick fix lies at its own street; its address or patrol may be across the border',
  'rental.lessor_org_id': 'a landlord may live or be registered in another district',
  'rental.lessor_person_id': 'a landlord may live or be registered in another district',
  'report_instance.sending_id': 'a report is sent by a city or district level to the communities',
  'report_sending.admission_item_id': 'a report may be sent under an admission item of another level',
  'residence.person_id': 'a past residence stays where the house is when its person moves away',
  'resident_verification.person_id':
    'a person lives in one district and may work, rent out, vote, mediate or apply in another',
  'service_application.applicant_person_id':
    'a person lives in one district and may work, rent out, vote, mediate or apply in another',
  'supervision_notice.assignment_id':
    'a supervision notice lies at its supervisor’s region; the case at its place',
  'visit.person_id': 'a visit lies where it was made; its person may move to another district',
  'visit.tag_id': 'a visit lies where it was made; its person may move to another district',
  'volunteer.person_id':
    'a person lives in one district and may work, rent out, vote, mediate or apply in another',
  'volunteer_signup.volunteer_id': 'a volunteer signs up for activities in other districts',
};

let notNull: Set<string>;
/** every unique index (primary keys and unique constraints included) of a table: [table, index, its columns] */
let uniques: { table: string; name: string; columns: (string | null)[] }[];
/** Every index of the public tables (not partitions), by its columns in order; `uniques` are the unique ones. */
let indexes: { table: string; name: string; unique: boolean; columns: (string | null)[] }[];
/** every foreign key (a partition's counts as its parent's): child, its columns, parent, the parent's columns */
let foreignKeys: { child: string; columns: string[]; parent: string; parentColumns: string[] }[];
let districtTypes: Map<string, string>;
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
  const types = await client.query<{ name: string; type: string }>(`
    SELECT c.relname AS name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_class c
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'district_code' AND NOT a.attisdropped
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition`);
  districtTypes = new Map(types.rows.map((r) => [r.name, r.type]));
  indexes = (
    await client.query<{ table: string; name: string; unique: boolean; columns: (string | null)[] }>(`
      SELECT c.relname AS table, x.relname AS name, i.indisunique AS unique,
             array(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY k(attnum, n)
                     LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum ORDER BY k.n) AS columns
        FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class x ON x.oid = i.indexrelid
       WHERE c.relnamespace = 'public'::regnamespace AND NOT c.relispartition`)
  ).rows;
  uniques = indexes.filter((i) => i.unique);
  foreignKeys = (
    await client.query<{ child: string; columns: string[]; parent: string; parentColumns: string[] }>(`
      SELECT c.relname AS child, p.relname AS parent,
             array(SELECT attname::text FROM unnest(k.conkey) WITH ORDINALITY u(n, o)
                     JOIN pg_attribute ON attrelid = k.conrelid AND attnum = u.n ORDER BY u.o) AS columns,
             array(SELECT attname::text FROM unnest(k.confkey) WITH ORDINALITY u(n, o)
                     JOIN pg_attribute ON attrelid = k.confrelid AND attnum = u.n ORDER BY u.o) AS "parentColumns"
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
       WHERE k.contype = 'f' AND k.conparentid = 0 AND c.relnamespace = 'public'::regnamespace`)
  ).rows;
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

  it('keys every region-bound table by its district: primary and unique keys lead with district_code', () => {
    const regionBound = new Set([...tables.keys()].filter((n) => !REFERENCE[n] && !LOCAL[n] && !DERIVED[n]));
    // the targets of references across districts and from local tables keep a single-column unique index
    const targets = new Set(
      foreignKeys
        .filter(
          (f) =>
            regionBound.has(f.parent) &&
            (!regionBound.has(f.child) || CROSS_DISTRICT[`${f.child}.${f.columns.join(',')}`]),
        )
        .map((f) => `${f.parent}(${f.parentColumns.join(',')})`),
    );
    const offending = uniques
      .filter((u) => regionBound.has(u.table) && u.columns[0] !== 'district_code')
      .filter((u) => !UNIQUE_CITY_WIDE[u.name] && !targets.has(`${u.table}(${u.columns.join(',')})`))
      .map((u) => `${u.table}.${u.name}(${u.columns.join(',')})`);
    expect(offending.sort()).toEqual([]);
    // every region-bound table has a primary key, and it leads with district_code
    const primary = new Set(uniques.filter((u) => u.name.endsWith('_pkey')).map((u) => u.table));
    expect([...regionBound].filter((t) => !primary.has(t)).sort()).toEqual([]);
    // the partitioned tables keep their partition key inside their key
    const key = (t: string) => uniques.find((u) => u.table === t && u.name === `${t}_pkey`)?.columns;
    expect(key('case')).toEqual(['district_code', 'id']);
    expect(key('case_event')).toEqual(['district_code', 'id', 'case_id']);
    expect(Object.keys(UNIQUE_CITY_WIDE).filter((n) => !uniques.some((u) => u.name === n))).toEqual([]);
  });

  it('keeps an index for every key without its district: a look-up by id, a join on it, an idempotency key', () => {
    // Leading a key with the district takes away the index that look-ups by the key's own columns use (WHERE id =
    // $1; a join on assignment_id): each would scan the whole table (20261215_0100). Every such key's columns after
    // the district must lead some index.
    const led = (table: string, column: string) =>
      indexes.some((i) => i.table === table && i.columns[0] === column);
    const lacking = uniques
      .filter((u) => u.columns[0] === 'district_code' && u.columns.length > 1)
      .filter((u) => !led(u.table, u.columns[1]!))
      .map((u) => `${u.table}.${u.name}(${u.columns.join(',')})`);
    expect(lacking.sort()).toEqual([]);
    // e.g. the assessment fold's two access paths: its batch by event id, its joins by assignment
    expect(led('case_event', 'id')).toBe(true);
    expect(led('assessment_response', 'assignment_id')).toBe(true);
  });

  it('joins every foreign key between two region-bound tables on the district, but for the listed crossings', () => {
    const regionBound = new Set([...tables.keys()].filter((n) => !REFERENCE[n] && !LOCAL[n] && !DERIVED[n]));
    const between = foreignKeys.filter((f) => regionBound.has(f.child) && regionBound.has(f.parent));
    expect(between.length).toBeGreaterThan(90);
    const name = (f: (typeof between)[number]) => `${f.child}.${f.columns.join(',')}`;
    const lacking = between
      .filter((f) => !(f.columns[0] === 'district_code' && f.parentColumns[0] === 'district_code'))
      .map(name)
      .filter((n) => !CROSS_DISTRICT[n]);
    expect(lacking.sort()).toEqual([]);
    // no stale crossings: each names a single-column foreign key that exists
    const single = new Set(between.filter((f) => f.columns[0] !== 'district_code').map(name));
    expect(Object.keys(CROSS_DISTRICT).filter((n) => !single.has(n))).toEqual([]);
  });

  it('gives the distribution column one type everywhere: text (Citus co-locates only columns of one type)', () => {
    expect(districtTypes.get('case')).toBe('text');
    expect([...districtTypes].filter(([, type]) => type !== 'text')).toEqual([]);
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

  it('a case whose district changes carries every child with it (composite keys ON UPDATE CASCADE, the trigger)', async () => {
    // nothing in the application moves a case to another district today (a case is forwarded only to desks whose
    // jurisdiction holds its place); the keys and case_district_follow (20261214_0102) are ready for the day it is
    const { rows } = await sql<{ id: string; district_code: string }>`
      SELECT c.id, c.district_code FROM "case" c
       WHERE EXISTS (SELECT 1 FROM assessment_callback k WHERE k.case_id = c.id)
         AND EXISTS (SELECT 1 FROM case_origin o WHERE o.case_id = c.id)
       LIMIT 1`.execute(env.ownerDb);
    const c =
      rows[0] ??
      (
        await sql<{ id: string; district_code: string }>`
      SELECT c.id, c.district_code FROM "case" c
       WHERE EXISTS (SELECT 1 FROM assessment_callback k WHERE k.case_id = c.id) LIMIT 1`.execute(env.ownerDb)
      ).rows[0]!;
    await sql`INSERT INTO case_desk (district_code, case_id, desk_unit_id)
              SELECT ${c.district_code}, ${c.id}, id FROM unit LIMIT 1`.execute(env.ownerDb);
    const elsewhere = c.district_code === '110118000000' ? '110119000000' : '110118000000';
    await sql`UPDATE "case" SET district_code = ${elsewhere} WHERE id = ${c.id}`.execute(env.ownerDb);
    const children = [
      ...Object.entries(WRITTEN).filter(([, [, parent]]) => parent === 'case'),
      ['case_desk', ['case_id', 'case']] as const,
    ];
    const found: Record<string, string[]> = {};
    for (const [child, [column]] of children) {
      const r = await sql<{ district_code: string }>`
        SELECT DISTINCT district_code FROM ${sql.table(child)} WHERE ${sql.ref(column)} = ${c.id}`.execute(
        env.ownerDb,
      );
      if (r.rows.length) found[child] = r.rows.map((x) => x.district_code);
    }
    expect(Object.entries(found).filter(([, d]) => d.join() !== elsewhere)).toEqual([]);
    for (const child of ['assignment', 'case_event', 'case_public_id', 'assessment_callback', 'case_desk'])
      expect(found[child], child).toEqual([elsewhere]);
    // and back: the test's database stays as the demo made it
    await sql`UPDATE "case" SET district_code = ${c.district_code} WHERE id = ${c.id}`.execute(env.ownerDb);
    await sql`DELETE FROM case_desk WHERE case_id = ${c.id}`.execute(env.ownerDb);
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

// ---- lane distrest (issue 14): derived children that carry their parent's district ------------------------------

const street = (p: string) =>
  `rpad(left(coalesce(${p}.street_code, ${p}.community_code, ${p}.grid_code), 6), 12, '0')`;
const community = (p: string) => `rpad(left(${p}.community_code, 6), 12, '0')`;
const lastCode = (column: string) => `rpad(left(split_part(rtrim(${column}, '/'), '/', -1), 6), 12, '0')`;

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
  // its own clone of the template (which holds the demo's base data, field work, votes, services …): a session held
  // on the template itself would stop other test files from cloning it
  let own: TestEnv;
  beforeAll(async () => {
    own = await createTestEnv();
  });
  afterAll(async () => own?.close());
  const client = {
    query: <R>(text: string, params: unknown[] = []) =>
      own.ownerDb.executeQuery<R>(CompiledQuery.raw(text, params)),
  };

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
