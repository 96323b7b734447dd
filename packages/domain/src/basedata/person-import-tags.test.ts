import { describe, expect, it } from 'vitest';
import type { PersonImportColumn } from './person-import.ts';
import { importDate, validateTagCells } from './person-import-tags.ts';
import { tagLevelOf, tagTypeOf } from './tag-names.ts';

const TODAY = new Date('2026-12-06T00:00:00Z');
const units = new Map([
  ['区民政局', 'u-mzj'],
  ['区残联', 'u-cl'],
]);
const row = (n: number, c: Partial<Record<PersonImportColumn, string>>) => ({
  row: n,
  cells: new Map(Object.entries(c) as [PersonImportColumn, string][]),
});

describe('tag cells of a population list', () => {
  it('reads tag types by code, Chinese or English name and usual aliases; levels by their names', () => {
    expect(tagTypeOf('独居老人')).toBe('elderly_alone');
    expect(tagTypeOf('dibao')).toBe('dibao');
    expect(tagTypeOf('disabled')).toBe('disabled');
    expect(tagTypeOf('社区矫正对象')).toBe('community_correction');
    expect(tagTypeOf('火星人')).toBeUndefined();
    expect(tagLevelOf('community_correction', '严管')).toBe('strict');
    expect(tagLevelOf('community_correction', 'lenient')).toBe('lenient');
    expect(tagLevelOf('disabled', '二级')).toBe('2');
    expect(tagLevelOf('disabled', '严管')).toBeUndefined();
    expect(tagLevelOf('severe_mental', '3级')).toBe('3');
  });

  it('reads dates as lists write them, and refuses impossible ones', () => {
    expect(importDate('2026-01-05')).toBe('2026-01-05');
    expect(importDate('2026/1/5')).toBe('2026-01-05');
    expect(importDate('2026.01.05')).toBe('2026-01-05');
    expect(importDate('20260105')).toBe('2026-01-05');
    expect(importDate('2026年1月5日')).toBe('2026-01-05');
    expect(importDate('2026-02-30')).toBeNull();
    expect(importDate('5/1/2026')).toBeNull();
  });

  it('several types in one cell take one shared value or one value each', () => {
    const { tags, problems } = validateTagCells(
      [
        row(2, { tag: '独居老人', tagLevel: '重点', tagStartedOn: '2026/3/1', tagDepartment: '区民政局' }),
        row(3, { tag: '残疾人、低保', tagDepartment: '区残联、区民政局' }),
        row(4, { name: '无标签' }),
      ],
      units,
      TODAY,
    );
    expect(problems).toEqual([]);
    expect(tags).toEqual([
      { row: 2, tag: 'elderly_alone', level: 'key', startedOn: '2026-03-01', responsibleUnitId: 'u-mzj' },
      { row: 3, tag: 'disabled', level: null, startedOn: null, responsibleUnitId: 'u-cl' },
      { row: 3, tag: 'dibao', level: null, startedOn: null, responsibleUnitId: 'u-mzj' },
    ]);
  });

  it('every bad cell is a problem of its row and column; no tag comes back from a file with problems', () => {
    const { tags, problems } = validateTagCells(
      [
        row(2, { tag: '独居老人' }),
        row(3, { tag: '火星人' }),
        row(4, { tag: '低保', tagLevel: '一般' }),
        row(5, { tag: '残疾人', tagLevel: '五级' }),
        row(6, { tag: '留守儿童', tagStartedOn: '2027-01-01' }),
        row(7, { tag: '特困', tagDepartment: '区外星局' }),
        row(8, { tagLevel: '一般' }),
        row(9, { tag: '残疾人、低保、特困', tagDepartment: '区残联、区民政局' }),
      ],
      units,
      TODAY,
    );
    expect(tags).toEqual([]);
    expect(problems.map((p) => [p.row, p.column, p.key])).toEqual([
      [3, 'tag', 'unknown_code'],
      [4, 'tagLevel', 'tag_no_level'],
      [5, 'tagLevel', 'tag_level'],
      [6, 'tagStartedOn', 'not_after_today'],
      [7, 'tagDepartment', 'unknown_unit'],
      [8, 'tag', 'required'],
      [9, 'tagDepartment', 'tag_values_count'],
    ]);
    expect(problems.find((p) => p.row === 5)!.params).toEqual({ values: '一级/1, 二级/2, 三级/3, 四级/4' });
  });
});
