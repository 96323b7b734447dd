import { describe, expect, it } from 'vitest';
import { AGE_BANDS, ageOn, birthRange } from './age.ts';
import { residentIdCheckChar } from './ids.ts';
import { validatePersonRows, type PersonImportColumn } from './person-import.ts';
import { normaliseResidentId, residentIdFacts, residentIdProblem } from './resident-id.ts';

const withCheck = (first17: string) => first17 + residentIdCheckChar(first17);
const today = new Date(Date.UTC(2026, 11, 6));

describe('resident ID numbers', () => {
  it('accepts a valid number and states birth date and gender', () => {
    expect(residentIdProblem('11010519491231002X', today)).toBeNull();
    expect(residentIdFacts('11010519491231002X')).toEqual({ birthDate: '1949-12-31', gender: 'female' });
    expect(residentIdFacts(withCheck('11011719800101001'))).toEqual({
      birthDate: '1980-01-01',
      gender: 'male',
    });
  });
  it('names what is wrong: structure, birth date, check digit', () => {
    expect(residentIdProblem('1101051949123100', today)).toBe('id_structure');
    expect(residentIdProblem('01010519491231002X', today)).toBe('id_structure');
    expect(residentIdProblem(withCheck('11010519490231002'), today)).toBe('id_birth_date');
    expect(residentIdProblem(withCheck('11010520300101002'), today)).toBe('id_birth_date');
    expect(residentIdProblem('110105194912310021', today)).toBe('id_check_digit');
  });
  it('folds full-width digits and a lower-case x', () => {
    expect(normaliseResidentId(' １１010519491231002x ')).toBe('11010519491231002X');
  });
});

describe('age bands', () => {
  it('the birth range of a band holds exactly the ages of the band', () => {
    const day = '2026-12-06';
    const r = birthRange(AGE_BANDS.senior, day);
    expect(ageOn(r.bornOnOrBefore!, day)).toBe(60);
    expect(ageOn(r.bornAfter!, day)).toBe(80);
    const dayAfter = new Date(Date.parse(r.bornAfter!) + 86_400_000).toISOString().slice(0, 10);
    expect(ageOn(dayAfter, day)).toBe(79);
  });
});

describe('validatePersonRows', () => {
  const places = {
    communities: new Set(['110117001001']),
    grids: new Map([['11011700100101', '110117001001']]),
  };
  const row = (n: number, cells: Partial<Record<PersonImportColumn, string>>) => ({
    row: n,
    cells: new Map(Object.entries(cells)) as Map<PersonImportColumn, string>,
  });
  const good = {
    name: '张三',
    idNumber: '11010519491231002X',
    populationType: '户籍',
    communityCode: '110117001001',
  };
  it('a clean file comes back typed', () => {
    const r = validatePersonRows(
      [row(2, good), row(3, { ...good, idNumber: withCheck('11011719800101001'), gender: '男' })],
      places,
      today,
    );
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => [x.populationType, x.gender])).toEqual([
      ['registered', 'female'],
      ['registered', 'male'],
    ]);
  });
  it('every problem of every row, and no rows at all when there is one', () => {
    const r = validatePersonRows(
      [
        row(2, good),
        row(3, { ...good, idNumber: '110105194912310021' }),
        row(4, { ...good, idNumber: withCheck('11011719900101003'), populationType: '外星' }),
        row(5, good),
        row(6, { ...good, gridCode: '99999999999999', name: '' }),
        row(7, { ...good, idNumber: withCheck('11011719800101001'), gender: '女' }),
      ],
      places,
      today,
    );
    expect(r.rows).toEqual([]);
    expect(r.problems.map((p) => [p.row, p.column, p.key])).toEqual([
      [3, 'idNumber', 'id_check_digit'],
      [4, 'populationType', 'unknown_code'],
      [5, 'idNumber', 'id_twice_in_file'],
      [6, 'name', 'required'],
      [6, 'idNumber', 'id_twice_in_file'],
      [6, 'gridCode', 'unknown_code'],
      [7, 'gender', 'gender_disagrees'],
    ]);
    expect(r.problems[2]!.params).toEqual({ row: 2 });
  });
});
