import { Gender, PopulationType } from './codes.ts';
import { normaliseResidentId, residentIdFacts, residentIdProblem } from './resident-id.ts';

/**
 * Rows of an authority's population list (e.g. the police 实有人口 list) as the import reads them. A column is
 * found by its key or by its Chinese or English header, so the downloaded template and a department's own list
 * with the same headers both work.
 */
export const PERSON_IMPORT_COLUMNS = [
  { key: 'name', zh: '姓名', en: 'Name', required: true },
  { key: 'idNumber', zh: '公民身份号码', en: 'ID number', required: true },
  { key: 'gender', zh: '性别', en: 'Gender', required: false },
  { key: 'ethnicity', zh: '民族', en: 'Ethnicity', required: false },
  { key: 'phone', zh: '联系电话', en: 'Phone', required: false },
  { key: 'hukouAddress', zh: '户籍地址', en: 'Hukou address', required: false },
  { key: 'populationType', zh: '人口类型', en: 'Population type', required: true },
  { key: 'communityCode', zh: '社区代码', en: 'Community code', required: true },
  { key: 'gridCode', zh: '网格编码', en: 'Grid code', required: false },
  { key: 'addressId', zh: '房屋地址编码', en: 'House address id', required: false },
  // tags the person carries (person-import-tags.ts): type, level, start date, responsible department
  { key: 'tag', zh: '标签类型', en: 'Tag', required: false },
  { key: 'tagLevel', zh: '标签等级', en: 'Tag level', required: false },
  { key: 'tagStartedOn', zh: '标签开始日期', en: 'Tag start date', required: false },
  { key: 'tagDepartment', zh: '责任部门', en: 'Responsible department', required: false },
] as const;
export type PersonImportColumn = (typeof PERSON_IMPORT_COLUMNS)[number]['key'];

const POPULATION_NAMES: Record<string, PopulationType> = {
  户籍: 'registered',
  户籍人口: 'registered',
  流动: 'floating',
  流动人口: 'floating',
  未落户: 'unsettled',
  未落户人口: 'unsettled',
  境外: 'overseas',
  境外人员: 'overseas',
};
const GENDER_NAMES: Record<string, Gender> = { 男: 'male', 女: 'female', male: 'male', female: 'female' };

/** The column key a header names, or undefined. */
export function importColumnOf(header: string): PersonImportColumn | undefined {
  const h = header.trim().replace(/\*$/, '').trim();
  return PERSON_IMPORT_COLUMNS.find(
    (c) => c.key === h || c.zh === h || c.en.toLowerCase() === h.toLowerCase(),
  )?.key;
}

export interface PersonImportRow {
  row: number;
  name: string;
  idNumber: string;
  gender: Gender;
  birthDate: string;
  ethnicity: string | null;
  phone: string | null;
  hukouAddress: string | null;
  populationType: PopulationType;
  communityCode: string;
  gridCode: string | null;
  /** The standard-address node of the house the person lives in (a residence is recorded when given). */
  addressId: string | null;
}

export type ImportProblemKey =
  | 'required'
  | 'too_long'
  | 'id_structure'
  | 'id_birth_date'
  | 'id_check_digit'
  | 'id_twice_in_file'
  | 'gender_disagrees'
  | 'phone_format'
  | 'unknown_code'
  | 'grid_not_in_community'
  | 'tag_level'
  | 'tag_no_level'
  | 'invalid_format'
  | 'not_after_today'
  | 'tag_values_count'
  | 'unknown_unit';

export interface ImportProblem {
  row: number;
  column: PersonImportColumn;
  key: ImportProblemKey;
  params?: Record<string, string | number>;
}

export interface ImportPlaces {
  /** Community codes the importer may write to. */
  communities: ReadonlySet<string>;
  /** Grid code → its community code. */
  grids: ReadonlyMap<string, string>;
}

/**
 * Validates every row (all problems of all rows, not the first); the rows come back typed only when there is no
 * problem at all: nothing is imported from a file with an error. A file read in parts passes the same `seen` (ID
 * number → its first row) to each part, so an ID twice in the file is found across parts.
 */
export function validatePersonRows(
  rows: readonly { row: number; cells: ReadonlyMap<PersonImportColumn, string> }[],
  places: ImportPlaces,
  today: Date = new Date(),
  seen: Map<string, number> = new Map(),
): { rows: PersonImportRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const out: PersonImportRow[] = [];
  for (const { row, cells } of rows) {
    const at = (
      column: PersonImportColumn,
      key: ImportProblemKey,
      params?: Record<string, string | number>,
    ) => problems.push({ row, column, key, ...(params ? { params } : {}) });
    const get = (c: PersonImportColumn) => (cells.get(c) ?? '').trim();
    const before = problems.length;
    for (const c of PERSON_IMPORT_COLUMNS) if (c.required && get(c.key) === '') at(c.key, 'required');
    const name = get('name');
    if (name.length > 50) at('name', 'too_long', { max: 50 });
    const id = normaliseResidentId(get('idNumber'));
    let facts: { birthDate: string; gender: Gender } | null = null;
    if (id) {
      const problem = residentIdProblem(id, today);
      if (problem) at('idNumber', problem);
      else {
        facts = residentIdFacts(id);
        const first = seen.get(id);
        if (first !== undefined) at('idNumber', 'id_twice_in_file', { row: first });
        else seen.set(id, row);
      }
    }
    const genderText = get('gender');
    const gender = genderText ? GENDER_NAMES[genderText] : undefined;
    if (genderText && !gender) at('gender', 'unknown_code', { values: '男, 女' });
    else if (gender && facts && gender !== facts.gender) at('gender', 'gender_disagrees');
    const phone = get('phone').replace(/[\s-]/g, '');
    if (phone && !/^(\+?86)?(1\d{10}|0\d{9,11})$/.test(phone)) at('phone', 'phone_format');
    const popText = get('populationType');
    const pop = POPULATION_NAMES[popText] ?? PopulationType.safeParse(popText).data;
    if (popText && !pop) at('populationType', 'unknown_code', { values: '户籍, 流动, 未落户, 境外' });
    const community = get('communityCode');
    if (community && !places.communities.has(community))
      at('communityCode', 'unknown_code', { values: community });
    const grid = get('gridCode');
    if (grid) {
      const of = places.grids.get(grid);
      if (of === undefined) at('gridCode', 'unknown_code', { values: grid });
      else if (community && of !== community) at('gridCode', 'grid_not_in_community');
    }
    const hukou = get('hukouAddress');
    if (hukou.length > 200) at('hukouAddress', 'too_long', { max: 200 });
    if (problems.length === before && facts && pop) {
      out.push({
        row,
        name,
        idNumber: id,
        gender: facts.gender,
        birthDate: facts.birthDate,
        ethnicity: get('ethnicity') || null,
        phone: phone || null,
        hukouAddress: hukou || null,
        populationType: pop,
        communityCode: community,
        gridCode: grid || null,
        addressId: get('addressId') || null,
      });
    }
  }
  return { rows: problems.length ? [] : out, problems };
}
