import { describe, expect, it } from 'vitest';
import {
  creditCodeCheckChar,
  isValidCreditCode,
  isValidOrgCode,
  isValidResidentId,
  orgCodeCheckChar,
  residentIdCheckChar,
} from './ids.ts';
import { residentIdFacts } from './resident-id.ts';

describe('resident ID numbers (GB 11643)', () => {
  // The standard's own example (GB 11643-1999 附录: 北京市朝阳区, 1949-12-31, 顺序码 999) and a synthetic one.
  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
    expect(residentIdCheckChar('11011719900307123')).toBe('4');
  });

  it('accepts a well-formed number and rejects a wrong check, date, region or length', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('11010519491231002x')).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false); // check character
    expect(isValidResidentId('110105194902300026')).toBe(false); // 30 February
    expect(isValidResidentId('91010519491231002X')).toBe(false); // no region starts with 9
    expect(isValidResidentId('11010519491231002')).toBe(false);
    const future = `1101172099010100${'1'}`;
    expect(isValidResidentId(future + residentIdCheckChar(future), new Date('2026-12-06'))).toBe(false);
  });

  it('reads gender and birth date from the number', () => {
    expect(residentIdFacts('11010519491231002X').gender).toBe('female');
    expect(residentIdFacts('110117199003071234').gender).toBe('male');
    expect(residentIdFacts('11010519491231002X').birthDate).toBe('1949-12-31');
  });
});

describe('unified social credit codes (GB 32100) and organisation codes (GB 11714)', () => {
  it('computes the MOD 31 check character of known codes', () => {
    // Published codes of large companies (the check characters are theirs).
    expect(creditCodeCheckChar('91110000100017643')).toBe('K'); // 中国石油化工股份有限公司
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(isValidCreditCode('91110000100017643K')).toBe(true);
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
  });

  it('rejects a wrong check, a character outside the set, an unknown authority or type', () => {
    expect(isValidCreditCode('91110000100017643L')).toBe(false);
    expect(isValidCreditCode('91110000I00017643K')).toBe(false); // I is not in the set
    expect(isValidCreditCode('Z1110000100017643K')).toBe(false);
    const badType = '95110000100017643';
    expect(isValidCreditCode(badType + creditCodeCheckChar(badType))).toBe(false);
    expect(isValidCreditCode('91110000100017643')).toBe(false);
  });

  it('computes the organisation-code check character', () => {
    expect(orgCodeCheckChar('10001764')).toBe('3');
    expect(isValidOrgCode('100017643')).toBe(true);
    expect(isValidOrgCode('10001764-3')).toBe(true);
    expect(isValidOrgCode('100017644')).toBe(false);
  });
});
