import { describe, expect, it } from 'vitest';
import { caseNumberRange, caseNumbersOfDays, readSearchText } from './search.ts';

describe('readSearchText', () => {
  it('reads a mobile number in any format as the same phone', () => {
    for (const s of ['13812345678', '138 1234 5678', '138-1234-5678', '+8613812345678', '86 138 1234 5678'])
      expect(readSearchText(s)).toEqual({ kind: 'phone', phone: '13812345678' });
  });
  it('reads a landline with its area code as a phone', () => {
    expect(readSearchText('010-62345678')).toEqual({ kind: 'phone', phone: '01062345678' });
    expect(readSearchText('(0571) 8765 4321')).toEqual({ kind: 'phone', phone: '057187654321' });
  });
  it('reads a case number and any prefix of one from the year on', () => {
    expect(readSearchText('2026112200000001')).toEqual({ kind: 'number', prefix: '2026112200000001' });
    expect(readSearchText(' 20261122 ')).toEqual({ kind: 'number', prefix: '20261122' });
    expect(readSearchText('2026')).toEqual({ kind: 'number', prefix: '2026' });
  });
  it('reads everything else as words', () => {
    expect(readSearchText('楼上噪音扰民')).toEqual({ kind: 'text', text: '楼上噪音扰民' });
    expect(readSearchText('3号楼 漏水')).toEqual({ kind: 'text', text: '3号楼 漏水' });
    expect(readSearchText('123')).toEqual({ kind: 'text', text: '123' });
    expect(readSearchText('   ')).toBeNull();
  });
});

describe('case number ranges', () => {
  it('a prefix covers every number that starts with it', () => {
    expect(caseNumberRange('20261122')).toEqual({ from: '2026112200000000', to: '2026112300000000' });
    expect(caseNumberRange('2026112200000001')).toEqual({
      from: '2026112200000001',
      to: '2026112200000002',
    });
  });
  it('days map to the numbers of those days, across a month end', () => {
    expect(caseNumbersOfDays('2026-11-01', '2026-11-30')).toEqual({
      from: '2026110100000000',
      to: '2026120100000000',
    });
  });
});
