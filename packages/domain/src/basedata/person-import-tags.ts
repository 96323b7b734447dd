import { TAG_LEVELS, type TagType } from './codes.ts';
import type { ImportProblem, ImportProblemKey, PersonImportColumn } from './person-import.ts';
import { tagLevelChoices, tagLevelOf, tagTypeOf } from './tag-names.ts';

/**
 * Tags on the persons of an imported list (the optional columns 标签类型, 标签等级, 标签开始日期, 责任部门). A cell may
 * name several tag types (独居老人、残疾人); the level, start date and department cells then hold one value for all
 * of them or one per type, in the same order. Validated per row like the rest of the file.
 */
export interface ImportedTag {
  row: number;
  tag: TagType;
  level: string | null;
  startedOn: string | null;
  responsibleUnitId: string | null;
}

const LIST = /[、,，;；]+/;
const split = (s: string) =>
  s
    .split(LIST)
    .map((x) => x.trim())
    .filter((x) => x !== '');

/** A start date as lists write it: 2026-01-05, 2026/1/5, 2026.1.5, 20260105, 2026年1月5日; null when it is none. */
export function importDate(text: string): string | null {
  const t = text.trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * The tags of the rows, each cell checked: a known type (code, Chinese or English name), a level the type has, a
 * real date not after today, a department the deployment knows (by its name). Problems are per row and column,
 * like the person columns'.
 */
export function validateTagCells(
  rows: readonly { row: number; cells: ReadonlyMap<PersonImportColumn, string> }[],
  /** unit name → id: the departments a tag may name as responsible */
  units: ReadonlyMap<string, string>,
  today: Date = new Date(),
): { tags: ImportedTag[]; problems: ImportProblem[] } {
  const tags: ImportedTag[] = [];
  const problems: ImportProblem[] = [];
  const todayIso = today.toISOString().slice(0, 10);
  for (const { row, cells } of rows) {
    const get = (c: PersonImportColumn) => (cells.get(c) ?? '').trim();
    const at = (
      column: PersonImportColumn,
      key: ImportProblemKey,
      params?: Record<string, string | number>,
    ) => problems.push({ row, column, key, ...(params ? { params } : {}) });
    const types = split(get('tag'));
    const levels = split(get('tagLevel'));
    const starts = split(get('tagStartedOn'));
    const depts = split(get('tagDepartment'));
    if (types.length === 0) {
      if (levels.length || starts.length || depts.length) at('tag', 'required');
      continue;
    }
    const before = problems.length;
    // one value for all the types, or one per type
    const nth = (list: string[], i: number, column: PersonImportColumn): string | undefined => {
      if (list.length === 0) return undefined;
      if (list.length === 1) return list[0];
      if (list.length !== types.length) {
        if (i === 0) at(column, 'tag_values_count', { count: types.length });
        return undefined;
      }
      return list[i];
    };
    const out: ImportedTag[] = [];
    types.forEach((text, i) => {
      const tag = tagTypeOf(text);
      if (!tag) {
        at('tag', 'unknown_code', { values: text });
        return;
      }
      const levelText = nth(levels, i, 'tagLevel');
      let level: string | null = null;
      if (levelText !== undefined) {
        if (TAG_LEVELS[tag].length === 0) at('tagLevel', 'tag_no_level');
        else {
          level = tagLevelOf(tag, levelText) ?? null;
          if (level === null) at('tagLevel', 'tag_level', { values: tagLevelChoices(tag) });
        }
      }
      const startText = nth(starts, i, 'tagStartedOn');
      let startedOn: string | null = null;
      if (startText !== undefined) {
        startedOn = importDate(startText);
        if (startedOn === null) at('tagStartedOn', 'invalid_format', { format: 'YYYY-MM-DD' });
        else if (startedOn > todayIso) at('tagStartedOn', 'not_after_today');
      }
      const deptText = nth(depts, i, 'tagDepartment');
      let responsibleUnitId: string | null = null;
      if (deptText !== undefined) {
        responsibleUnitId = units.get(deptText) ?? null;
        if (responsibleUnitId === null) at('tagDepartment', 'unknown_unit');
      }
      if (!out.some((t) => t.tag === tag)) out.push({ row, tag, level, startedOn, responsibleUnitId });
    });
    if (problems.length === before) tags.push(...out);
  }
  return { tags: problems.length ? [] : tags, problems };
}
