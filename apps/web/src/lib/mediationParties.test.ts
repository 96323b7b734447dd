import { describe, expect, it } from 'vitest';
import { partyBody } from './mediationParties.ts';

describe('mediation parties from the form', () => {
  it('a party picked from the base data is sent by its person id alone (the server masks the name)', () => {
    expect(
      partyBody({ role: 'respondent', personId: 'p-1', picked: '李*', name: 'typed before', phone: '139' }),
    ).toEqual({ role: 'respondent', personId: 'p-1' });
  });

  it('a typed party is sent by name, blanks left out', () => {
    expect(partyBody({ role: 'applicant', name: ' 王小明 ', phone: ' ', address: '3号楼502' })).toEqual({
      role: 'applicant',
      name: '王小明',
      phone: undefined,
      idNumber: undefined,
      address: '3号楼502',
    });
  });
});
