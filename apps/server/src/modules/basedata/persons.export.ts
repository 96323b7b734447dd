import {
  ageOn,
  PERSON_EXPORT_MAX,
  tagClass,
  TAG_TYPE_NAMES,
  type FieldView,
  type PopulationType,
  type PrivacyClass,
  type SourceState,
} from '@onegrid/domain';
import ExcelJS from 'exceljs';
import type { Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { invalid } from '../../lib/errors.ts';
import type { Lang } from '../../lib/i18n.ts';
import { maskIdNumber, maskPhone } from '../../lib/pii.ts';
import { baseScopeOf, relationOf, tagRelationOf, viewOf } from './basedata.scope.ts';
import { filteredPersons, tagsOf, type PersonFilter, type PersonRowDb } from './persons.service.ts';

export { PERSON_EXPORT_MAX };

const WORDS: Record<Lang, Record<string, string>> = {
  'zh-CN': {
    sheet: '实有人口',
    name: '姓名',
    idNumber: '公民身份号码',
    phone: '联系电话',
    gender: '性别',
    age: '年龄',
    community: '社区',
    grid: '网格',
    populationType: '人口类型',
    tags: '标签',
    sourceState: '数据状态',
    male: '男',
    female: '女',
    registered: '户籍',
    floating: '流动',
    unsettled: '未落户',
    overseas: '境外',
    entered: '录入',
    claimed: '认领',
    verified: '已核实',
    P2: '关怀对象',
    P3: '特殊人群',
    file: '实有人口',
  },
  'en-US': {
    sheet: 'Persons',
    name: 'Name',
    idNumber: 'ID number',
    phone: 'Phone',
    gender: 'Gender',
    age: 'Age',
    community: 'Community',
    grid: 'Grid',
    populationType: 'Population type',
    tags: 'Tags',
    sourceState: 'Source state',
    male: 'male',
    female: 'female',
    registered: 'registered',
    floating: 'floating',
    unsettled: 'unsettled',
    overseas: 'overseas',
    entered: 'entered',
    claimed: 'claimed',
    verified: 'verified',
    P2: 'care group',
    P3: 'special population',
    file: 'persons',
  },
};

type ExportFilter = Omit<PersonFilter, 'page' | 'pageSize'>;

/**
 * The persons list as the viewer filtered it, as a workbook: the same rows as the list (jurisdiction, privacy
 * classes, tag filter), each field as the viewer's class view shows it without a reveal — in full where the view
 * is `full` (a grid worker's own residents' names and phones), masked where it is masked or revealable (ID
 * numbers always: nobody holds P2 in full), a tag's type only where the list shows it. Every export is audited:
 * the filters, the row count, the classes written and the fields written in full.
 */
export async function exportPersons(
  ctx: Pick<AppContext, 'db' | 'pii'>,
  actor: Actor,
  f: ExportFilter,
  lang: Lang,
) {
  const scope = await baseScopeOf(ctx.db, actor);
  const q = filteredPersons(ctx, scope, f);
  const [{ total }] = (await q.select((eb) => eb.fn.countAll<number>().as('total')).execute()) as [
    { total: number | string },
  ];
  if (Number(total) > PERSON_EXPORT_MAX)
    throw invalid([
      { path: 'filter', key: 'export_too_many', params: { max: PERSON_EXPORT_MAX, total: Number(total) } },
    ]);
  const rows = (await q
    .selectAll('p')
    .select('r.population_type')
    .orderBy('p.community_code')
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id')
    .execute()) as (PersonRowDb & { population_type: PopulationType | null })[];
  const tags = await tagsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const byPerson = new Map<string, typeof tags>();
  for (const t of tags) byPerson.set(t.person_id, [...(byPerson.get(t.person_id) ?? []), t]);
  const communities = new Map(
    (
      await ctx.db
        .selectFrom('region')
        .select(['code', 'name'])
        .where('code', 'in', [...new Set(rows.map((r) => r.community_code ?? '-')), '-'])
        .execute()
    ).map((r) => [r.code, r.name]),
  );
  const w = WORDS[lang];
  const today = new Date().toISOString().slice(0, 10);
  const dec = (s: string | null) => (s ? ctx.pii.decrypt(s) : null);
  const classes = new Set<PrivacyClass>();
  const full = new Set<string>();
  const shown = (
    field: string,
    cls: PrivacyClass,
    view: FieldView,
    whole: () => string | null,
    mask: () => string | null,
  ) => {
    if (view === 'hidden') return '';
    const v = view === 'full' ? whole() : mask();
    if (v === null || v === '') return '';
    classes.add(cls);
    if (view === 'full') full.add(field);
    return v;
  };

  const wb = new ExcelJS.Workbook();
  wb.creator = 'OneGrid';
  const ws = wb.addWorksheet(w.sheet);
  const keys = [
    'name',
    'idNumber',
    'phone',
    'gender',
    'age',
    'community',
    'grid',
    'populationType',
    'tags',
    'sourceState',
  ];
  ws.addRow(keys.map((k) => w[k])).font = { bold: true };
  for (const p of rows) {
    const mine = (byPerson.get(p.id) ?? []).filter((t) => t.ended_on === null || t.ended_on > today);
    const rel = relationOf(scope, p, mine);
    const p1 = viewOf(scope, 'P1', rel);
    const p2 = viewOf(scope, 'P2', rel);
    const tagCells = mine.flatMap((t) => {
      const cls = tagClass(t.tag);
      const view = viewOf(scope, cls, tagRelationOf(scope, p, t));
      if (view === 'hidden') return [];
      classes.add(cls);
      const named = view === 'full' || (t.tag === f.tag && view === 'revealable');
      return [named ? TAG_TYPE_NAMES[t.tag][lang === 'en-US' ? 'en' : 'zh'] : w[cls]!];
    });
    ws.addRow([
      shown(
        'name',
        'P1',
        p1,
        () => dec(p.name_enc),
        () => p.name_masked,
      ),
      shown(
        'idNumber',
        'P2',
        p2,
        () => dec(p.id_enc),
        () => maskIdNumber(dec(p.id_enc)),
      ),
      shown(
        'phone',
        'P1',
        p1,
        () => dec(p.phone_enc),
        () => maskPhone(dec(p.phone_enc)),
      ),
      p1 === 'full' && p.gender ? w[p.gender] : '',
      p1 === 'full' && p.birth_date ? ageOn(p.birth_date, today) : '',
      p.community_code ? (communities.get(p.community_code) ?? p.community_code) : '',
      p.grid_code ?? '',
      p.population_type ? w[p.population_type] : '',
      [...new Set(tagCells)].join('、'),
      w[p.source_state satisfies SourceState],
    ]);
  }
  ws.columns.forEach((col, i) => {
    col.width = [10, 20, 14, 6, 6, 16, 20, 10, 24, 10][i] ?? 14;
  });
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  const { name, ...filters } = f;
  await writeAudit(ctx.db, actor, {
    action: 'export',
    entity: 'person',
    after: {
      format: 'xlsx',
      rows: rows.length,
      // the name searched for is itself personal data: only that there was one
      filters: { ...filters, ...(name ? { name: '*' } : {}) },
      classes: [...classes].sort(),
      full: [...full].sort(),
    },
  });
  return { body, name: `${w.file}-${today}.xlsx` };
}
