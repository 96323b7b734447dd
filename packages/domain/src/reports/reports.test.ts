import { describe, expect, it } from 'vitest';
import { ageOn, birthRange } from '../basedata/age.ts';
import {
  askedAgain,
  countSavings,
  evaluateQuery,
  isOverdue,
  manualValueIssue,
  missingCells,
  nextInstanceStatus,
  periodReferenceDay,
  ReportQuery,
  TemplateInput,
  correctionIssue,
  type QueryRow,
} from '../index.ts';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? [] : (r.error?.issues.map((i) => i.message) ?? []);

describe('the query form refuses what is not whitelisted', () => {
  it('accepts coded filters, tags, an age band and a sum of a whitelisted field', () => {
    expect(
      ReportQuery.safeParse({
        entity: 'residence',
        filters: [
          { field: 'population_type', op: 'in', values: ['registered', 'floating'] },
          { field: 'tag', op: 'eq', values: ['dibao'] },
        ],
        ageBand: { min: 80 },
      }).success,
    ).toBe(true);
    expect(
      ReportQuery.safeParse({
        entity: 'rental',
        filters: [{ field: 'hazard', op: 'eq', values: ['serious'] }],
        aggregate: { fn: 'sum', field: 'occupant_actual' },
        groupBy: 'grid',
      }).success,
    ).toBe(true);
    expect(
      ReportQuery.safeParse({
        entity: 'organisation',
        filters: [{ field: 'key_fire', op: 'eq', values: [true] }],
      }).success,
    ).toBe(true);
  });

  it('refuses an unknown entity, field, value, sum field, and SQL smuggled anywhere', () => {
    expect(ReportQuery.safeParse({ entity: 'app_user' }).success).toBe(false);
    expect(
      messages(
        ReportQuery.safeParse({ entity: 'person', filters: [{ field: 'id_enc', op: 'eq', values: ['x'] }] }),
      ),
    ).toContain('query_unknown_field');
    expect(
      messages(
        ReportQuery.safeParse({
          entity: 'rental',
          filters: [{ field: 'hazard', op: 'in', values: ["serious' OR 1=1 --"] }],
        }),
      ),
    ).toContain('query_unknown_value');
    expect(
      messages(ReportQuery.safeParse({ entity: 'person', aggregate: { fn: 'sum', field: 'birth_date' } })),
    ).toContain('query_unknown_sum');
    expect(
      messages(
        ReportQuery.safeParse({
          entity: 'house',
          filters: [{ field: 'dangerous', op: 'eq', values: ['true'] }],
        }),
      ),
    ).toContain('query_unknown_value');
    expect(messages(ReportQuery.safeParse({ entity: 'house', ageBand: { min: 60 } }))).toContain(
      'query_age_not_person',
    );
    expect(ReportQuery.safeParse({ entity: 'person', sql: 'SELECT 1' }).success).toBe(false);
    expect(
      messages(
        ReportQuery.safeParse({
          entity: 'person',
          filters: [{ field: 'gender', op: 'eq', values: ['male', 'female'] }],
        }),
      ),
    ).toContain('query_eq_one_value');
  });

  it('a template names each column once and has at least one', () => {
    const col = { key: 'n', label: '人数', kind: 'query', query: { entity: 'person' } };
    const base = { name: '测试表', legalBasis: '依据', frequency: 'monthly', deadlineWorkingDays: 5 };
    expect(TemplateInput.safeParse({ ...base, columns: [col] }).success).toBe(true);
    expect(messages(TemplateInput.safeParse({ ...base, columns: [col, col] }))).toContain('column_key_twice');
    expect(TemplateInput.safeParse({ ...base, columns: [] }).success).toBe(false);
  });
});

describe('age bands at the reference day', () => {
  it('born on the reference day 80 years ago is 80; a day later is 79', () => {
    const r = birthRange({ min: 80 }, '2026-11-30');
    expect(r).toEqual({ bornOnOrBefore: '1946-11-30' });
    expect(ageOn('1946-11-30', '2026-11-30')).toBe(80);
    expect(ageOn('1946-12-01', '2026-11-30')).toBe(79);
    expect(birthRange({ min: 60, max: 79 }, '2026-11-30')).toEqual({
      bornOnOrBefore: '1966-11-30',
      bornAfter: '1946-11-30',
    });
  });

  it('29 February reference days and birthdays', () => {
    expect(birthRange({ min: 1 }, '2028-02-29')).toEqual({ bornOnOrBefore: '2027-02-28' });
  });
});

describe('evaluateQuery: the meaning the compiled SQL must have', () => {
  const row = (community: string, over: Partial<QueryRow>): QueryRow => ({
    community,
    grid: `${community}001`,
    sourceState: 'entered',
    fields: {},
    ...over,
  });
  const people: QueryRow[] = [
    row('c1', { birthDate: '1940-01-01', personTags: ['elderly_advanced'], sourceState: 'verified' }),
    row('c1', { birthDate: '1946-12-01', personTags: [] }),
    row('c1', { birthDate: '1930-05-05', personTags: ['dibao'], sourceState: 'claimed' }),
    row('c2', { birthDate: '1945-01-01', grid: 'c2002' }),
    row('c2', { birthDate: null }),
  ];

  it('counts persons aged 80+ per community with the source-state mix and grid breakdown', () => {
    const q = ReportQuery.parse({ entity: 'person', ageBand: { min: 80 }, groupBy: 'grid' });
    const out = evaluateQuery(q, people, '2026-11-30');
    expect(out.get('c1')).toEqual({
      value: 2,
      count: 2,
      sources: { entered: 0, claimed: 1, verified: 1 },
      byGrid: { c1001: 2 },
    });
    expect(out.get('c2')?.value).toBe(1);
  });

  it('tag and coded filters; sums skip records without the number', () => {
    const q = ReportQuery.parse({
      entity: 'person',
      filters: [{ field: 'tag', op: 'in', values: ['dibao'] }],
    });
    expect(evaluateQuery(q, people, '2026-11-30').get('c1')?.value).toBe(1);
    const rentals: QueryRow[] = [
      row('c1', { fields: { hazard: 'serious', occupant_actual: 6 } }),
      row('c1', { fields: { hazard: 'serious', occupant_actual: null } }),
      row('c1', { fields: { hazard: 'safe', occupant_actual: 3 } }),
    ];
    const sum = ReportQuery.parse({
      entity: 'rental',
      filters: [{ field: 'hazard', op: 'eq', values: ['serious'] }],
      aggregate: { fn: 'sum', field: 'occupant_actual' },
    });
    expect(evaluateQuery(sum, rentals, '2026-11-30').get('c1')).toMatchObject({ value: 6, count: 1 });
  });
});

describe('periods, instances and cells', () => {
  it('reference days per frequency; wrong labels refused', () => {
    expect(periodReferenceDay('monthly', '2026-02')).toBe('2026-02-28');
    expect(periodReferenceDay('monthly', '2028-02')).toBe('2028-02-29');
    expect(periodReferenceDay('quarterly', '2026-Q4')).toBe('2026-12-31');
    expect(periodReferenceDay('yearly', '2026')).toBe('2026-12-31');
    expect(periodReferenceDay('once', '2026-02-30')).toBeNull();
    expect(periodReferenceDay('monthly', '2026-Q1')).toBeNull();
  });

  it('draft → submitted → returned → submitted → accepted; nothing after accepted', () => {
    expect(nextInstanceStatus('draft', 'submit')).toBe('submitted');
    expect(nextInstanceStatus('submitted', 'return')).toBe('returned');
    expect(nextInstanceStatus('returned', 'edit')).toBe('returned');
    expect(nextInstanceStatus('returned', 'submit')).toBe('submitted');
    expect(nextInstanceStatus('submitted', 'accept')).toBe('accepted');
    expect(nextInstanceStatus('submitted', 'edit')).toBeNull();
    expect(nextInstanceStatus('accepted', 'return')).toBeNull();
    expect(nextInstanceStatus('draft', 'accept')).toBeNull();
  });

  it('overdue only while the community still holds it', () => {
    const due = new Date('2026-12-01T09:30:00Z');
    const later = new Date('2026-12-02T00:00:00Z');
    expect(isOverdue('draft', due, later)).toBe(true);
    expect(isOverdue('returned', due, later)).toBe(true);
    expect(isOverdue('submitted', due, later)).toBe(false);
    expect(isOverdue('draft', due, new Date('2026-11-30T00:00:00Z'))).toBe(false);
  });

  it('manual values by type; a correction needs a reason; required gaps listed', () => {
    const num = { key: 'a', label: 'x', kind: 'manual', type: 'number', required: true, min: 0 } as const;
    expect(manualValueIssue(num, 3)).toBeNull();
    expect(manualValueIssue(num, -1)).toBe('cell_too_small');
    expect(manualValueIssue(num, 'three')).toBe('cell_number');
    expect(manualValueIssue({ ...num, type: 'boolean' }, 1)).toBe('cell_boolean');
    expect(correctionIssue(5, '')).toBe('correction_reason_required');
    expect(correctionIssue(5, '核实后两人已迁出')).toBeNull();
    expect(
      missingCells([num], new Map([['a', { source: 'manual' as const, value: null, corrected: false }]])),
    ).toEqual(['a']);
  });

  it('savings count auto, manual and corrected cells; asked-again finds base indicators in labels', () => {
    expect(
      countSavings([
        { source: 'query', value: 3, corrected: false },
        { source: 'query', value: 4, corrected: true },
        { source: 'manual', value: 'x', corrected: false },
        { source: 'manual', value: null, corrected: false },
      ]),
    ).toEqual({ auto: 1, manual: 1, corrected: 1 });
    expect(askedAgain('辖区流动人口数')).toBe('floating_population');
    expect(askedAgain('本月走访次数')).toBeNull();
    expect(askedAgain('高龄老人人数')).toBe('elderly_advanced');
  });
});

describe('asked again: a manual column asking for a figure the base holds', () => {
  // [label, the indicator it asks for again, or null]
  const cases: [string, string | null][] = [
    // the figure itself, with or without a scope before it and a count word after it
    ['残疾人数', 'disabled'],
    ['辖区残疾人数（人）', 'disabled'],
    ['持证残疾人数量', 'disabled'],
    ['辖区高龄老人人数', 'elderly_advanced'],
    ['辖区高龄老人数（手填）', 'elderly_advanced'],
    ['80岁以上老人人数', 'elderly_advanced'],
    ['出租屋数量', 'rental'],
    ['本社区出租房屋数', 'rental'],
    ['低保户数', 'dibao'],
    ['其中：低保人员数', 'dibao'],
    ['辖区流动人口数', 'floating_population'],
    ['户籍人口数', 'registered_population'],
    ['辖区户籍人口数（手填）', 'registered_population'],
    ['辖区实有人口数（手填）', 'population'],
    ['截至月底在册严重精神障碍患者人数', 'severe_mental'],
    ['社区矫正对象人数', 'community_correction'],
    ['留守儿童数', 'left_behind_child'],
    ['辖区重点单位数（手填）', 'key_unit'],
    ['危房数', 'dangerous_house'],
    ['Number of disabled persons', 'disabled'],
    ['Floating population', 'floating_population'],
    // an activity, an amount or a rate about the fact: not the figure the base holds
    ['残疾人就业培训人次', null],
    ['出租屋整改完成数', null],
    ['低保资金发放金额', null],
    ['高龄老人慰问次数', null],
    ['困难残疾人生活补贴发放人数', null],
    ['重度残疾人护理补贴发放人数', null],
    ['本月新增津贴申领人数', null],
    ['出租屋隐患数', null],
    ['流动人口计生服务人次', null],
    ['本月走访次数', null],
    ['本月走访单位数', null],
    ['登记失业人数', null],
    ['本月新办居住证数', null],
    ['独居老人探访率', null],
    ['Disabled employment training sessions', null],
  ];
  it.each(cases)('%s → %s', (label, indicator) => {
    expect(askedAgain(label)).toBe(indicator);
  });
});
