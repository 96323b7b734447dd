import { z } from 'zod';
import { birthRange } from '../basedata/age.ts';
import {
  Gender,
  HazardLevel,
  HouseUse,
  HukouStatus,
  ManagementClass,
  OrganisationKind,
  PopulationType,
  RentalUse,
  SourceState,
  TagType,
  TAG_LEVELS,
} from '../basedata/codes.ts';

/**
 * 一表通's query form: a column of a report template asks the base data a question in a safe declarative form —
 * an entity, filters on whitelisted coded fields and tags (equals / in), an optional age band, count or the sum of a
 * whitelisted numeric field — never SQL typed by a user. The server compiles a valid query to one parameterised SQL
 * statement over all communities at once (modules/reports/reports.compile.ts); `evaluateQuery` below is the same
 * meaning over rows in memory, the reference the compiled SQL is tested against.
 */

export const QueryEntity = z.enum(['person', 'residence', 'house', 'rental', 'organisation', 'person_tag']);
export type QueryEntity = z.infer<typeof QueryEntity>;

/** A filterable field: its value set (a code table), or boolean. */
export type FieldSpec = { kind: 'code'; values: readonly string[] } | { kind: 'boolean' };

const code = (values: readonly string[]): FieldSpec => ({ kind: 'code', values });
const bool: FieldSpec = { kind: 'boolean' };
const TAG_FIELD = code(TagType.options);
const ALL_TAG_LEVELS = [...new Set(Object.values(TAG_LEVELS).flat())];

/**
 * The whitelist: per entity, the fields a filter may name. `tag` on person and residence means "the person has an
 * active tag of one of these types"; on person_tag it is the tag's own type. `gender` on residence and person_tag
 * is the person's. Age bands apply where a person is counted (person, residence, person_tag).
 */
export const QUERY_FIELDS: Readonly<Record<QueryEntity, Readonly<Record<string, FieldSpec>>>> = {
  person: { gender: code(Gender.options), tag: TAG_FIELD, source_state: code(SourceState.options) },
  residence: {
    population_type: code(PopulationType.options),
    hukou_status: code(HukouStatus.options),
    gender: code(Gender.options),
    tag: TAG_FIELD,
    source_state: code(SourceState.options),
  },
  house: { use: code(HouseUse.options), dangerous: bool, source_state: code(SourceState.options) },
  rental: {
    use: code(RentalUse.options),
    hazard: code(HazardLevel.options),
    management_class: code(ManagementClass.options),
    source_state: code(SourceState.options),
  },
  organisation: {
    kind: code(OrganisationKind.options),
    key_fire: bool,
    key_public_order: bool,
    key_work_safety: bool,
    source_state: code(SourceState.options),
  },
  person_tag: {
    tag: TAG_FIELD,
    level: code(ALL_TAG_LEVELS),
    gender: code(Gender.options),
    source_state: code(SourceState.options),
  },
};

/** Numeric fields a column may sum, per entity. */
export const SUM_FIELDS: Readonly<Record<QueryEntity, readonly string[]>> = {
  person: [],
  residence: [],
  house: ['area'],
  rental: ['occupant_actual', 'occupant_limit', 'rooms'],
  organisation: ['employee_count'],
  person_tag: [],
};

/** Entities that count persons, where an age band applies. */
export const AGE_ENTITIES: readonly QueryEntity[] = ['person', 'residence', 'person_tag'];

const Value = z.union([z.string().min(1).max(40), z.boolean()]);
export const QueryFilter = z.object({
  field: z.string().min(1).max(40),
  op: z.enum(['eq', 'in']),
  /** eq: one value; in: one or more */
  values: z.array(Value).min(1).max(20),
});
export type QueryFilter = z.infer<typeof QueryFilter>;

/** Age in whole years at the period's reference date: min ≤ age ≤ max (either bound may be absent). */
export const AgeBand = z
  .object({
    min: z.number().int().min(0).max(150).optional(),
    max: z.number().int().min(0).max(150).optional(),
  })
  .refine((b) => b.min !== undefined || b.max !== undefined, { message: 'age_band_empty' })
  .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, { message: 'age_band_order' });
export type AgeBand = z.infer<typeof AgeBand>;

export const QueryAggregate = z.discriminatedUnion('fn', [
  z.object({ fn: z.literal('count') }),
  z.object({ fn: z.literal('sum'), field: z.string().min(1).max(40) }),
]);
export type QueryAggregate = z.infer<typeof QueryAggregate>;

export const GroupBy = z.enum(['community', 'grid']);
export type GroupBy = z.infer<typeof GroupBy>;

/** The parts of a query, before the whitelist check (see ReportQuery). */
const QueryShape = z.strictObject({
  entity: QueryEntity,
  filters: z.array(QueryFilter).max(10).default([]),
  ageBand: AgeBand.optional(),
  aggregate: QueryAggregate.default({ fn: 'count' }),
  /** grid: the community's value is kept with its per-grid breakdown in the provenance */
  groupBy: GroupBy.default('community'),
});

export interface QueryIssue {
  path: (string | number)[];
  key: string;
  params?: Record<string, string>;
}

/** Whitelist checks of a query's parts: the one rule of what a query may name. */
export function queryIssues(q: z.infer<typeof QueryShape>): QueryIssue[] {
  const issues: QueryIssue[] = [];
  const fields = QUERY_FIELDS[q.entity];
  q.filters.forEach((f, i) => {
    const spec = fields[f.field];
    if (!spec) {
      issues.push({ path: ['filters', i, 'field'], key: 'query_unknown_field', params: { field: f.field } });
      return;
    }
    if (f.op === 'eq' && f.values.length !== 1) {
      issues.push({ path: ['filters', i, 'values'], key: 'query_eq_one_value' });
    }
    f.values.forEach((v, j) => {
      const ok =
        spec.kind === 'boolean' ? typeof v === 'boolean' : typeof v === 'string' && spec.values.includes(v);
      if (!ok) {
        issues.push({
          path: ['filters', i, 'values', j],
          key: 'query_unknown_value',
          params: { field: f.field, value: String(v) },
        });
      }
    });
  });
  if (new Set(q.filters.map((f) => f.field)).size !== q.filters.length) {
    issues.push({ path: ['filters'], key: 'query_field_twice' });
  }
  if (q.ageBand && !AGE_ENTITIES.includes(q.entity)) {
    issues.push({ path: ['ageBand'], key: 'query_age_not_person', params: { entity: q.entity } });
  }
  if (q.aggregate.fn === 'sum' && !SUM_FIELDS[q.entity].includes(q.aggregate.field)) {
    issues.push({
      path: ['aggregate', 'field'],
      key: 'query_unknown_sum',
      params: { field: q.aggregate.field },
    });
  }
  return issues;
}

/** A report column's query: its shape and the whitelist, in one schema. */
export const ReportQuery = QueryShape.superRefine((q, ctx) => {
  for (const issue of queryIssues(q)) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.key, params: issue.params });
  }
});
export type ReportQuery = z.infer<typeof ReportQuery>;

/**
 * A counted record in memory, as the compiled SQL sees it: its fields (the person's gender and birth date
 * included), the active tags of its person, where it lies and its source state.
 */
export interface QueryRow {
  community: string;
  grid: string | null;
  sourceState: SourceState;
  birthDate?: string | null;
  personTags?: readonly string[];
  fields: Readonly<Record<string, string | number | boolean | null>>;
}

export interface QueryCell {
  value: number;
  /** how many records were counted (for a sum: how many were summed) */
  count: number;
  sources: Record<SourceState, number>;
  byGrid?: Record<string, number>;
}

/** Whether one record meets a query (filters and age band). */
export function rowMatches(q: ReportQuery, row: QueryRow, refDay: string): boolean {
  for (const f of q.filters) {
    if (f.field === 'tag' && q.entity !== 'person_tag') {
      const tags = row.personTags ?? [];
      if (!f.values.some((v) => tags.includes(String(v)))) return false;
      continue;
    }
    const v = f.field === 'source_state' ? row.sourceState : row.fields[f.field];
    if (v === null || v === undefined || !f.values.includes(v as string | boolean)) return false;
  }
  if (q.ageBand) {
    if (!row.birthDate) return false;
    const r = birthRange(q.ageBand, refDay);
    if (r.bornOnOrBefore && !(row.birthDate <= r.bornOnOrBefore)) return false;
    if (r.bornAfter && !(row.birthDate > r.bornAfter)) return false;
  }
  return true;
}

/** The meaning of a query over rows in memory: one cell per community (communities without a record are absent). */
export function evaluateQuery(
  q: ReportQuery,
  rows: readonly QueryRow[],
  refDay: string,
): Map<string, QueryCell> {
  const out = new Map<string, QueryCell>();
  for (const row of rows) {
    if (!rowMatches(q, row, refDay)) continue;
    let amount = 1;
    if (q.aggregate.fn === 'sum') {
      const v = row.fields[q.aggregate.field];
      if (typeof v !== 'number') continue;
      amount = v;
    }
    let cell = out.get(row.community);
    if (!cell) {
      cell = { value: 0, count: 0, sources: { entered: 0, claimed: 0, verified: 0 } };
      if (q.groupBy === 'grid') cell.byGrid = {};
      out.set(row.community, cell);
    }
    cell.value += amount;
    cell.count += 1;
    cell.sources[row.sourceState] += 1;
    if (cell.byGrid) {
      const g = row.grid ?? '-';
      cell.byGrid[g] = (cell.byGrid[g] ?? 0) + amount;
    }
  }
  return out;
}
