import { describe, expect, it } from 'vitest';
import { personsExport, PERSONS_EXPORT_MAX } from './PersonsExport.tsx';

describe('the persons export button', () => {
  it('exports the filters the list has, without empty ones', () => {
    const x = personsExport(
      { communityCode: '110117001001', tag: 'dibao', name: undefined, gridCode: '' },
      12,
    );
    expect(x.href).toBe('/api/basedata/persons/export.xlsx?communityCode=110117001001&tag=dibao');
    expect(x.disabled).toBe(false);
  });

  it('is off for an empty list and for one longer than the server exports', () => {
    expect(personsExport({}, 0).disabled).toBe(true);
    expect(personsExport({}, undefined).disabled).toBe(true);
    const big = personsExport({}, PERSONS_EXPORT_MAX + 1);
    expect(big).toMatchObject({ disabled: true, tooMany: true, href: '/api/basedata/persons/export.xlsx' });
  });
});
