/**
 * Check characters of Chinese identifiers, pure. GB 11643-1999 (公民身份号码: 6-digit region, 8-digit birth date,
 * 3-digit sequence — odd for men, even for women — and an ISO 7064 MOD 11-2 check character), GB 32100-2015
 * (统一社会信用代码: registration authority, organisation type, 6-digit region, 9-character organisation code,
 * MOD 31 check character) and GB 11714-1997 (组织机构代码: 8 characters and a MOD 11 check character).
 */

import { normaliseResidentId, residentIdProblem } from './resident-id.ts';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The 18th character of a resident ID number from its first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('a resident ID number starts with 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

/**
 * An 18-character resident ID number (居民身份证号码) with a plausible region (first digit 1–8), a real birth date
 * not after `today`, and the right check character (full-width digits and a lower-case x are accepted).
 */
export function isValidResidentId(id: string, today: Date = new Date()): boolean {
  return residentIdProblem(normaliseResidentId(id), today) === null;
}

/** GB 32100 characters: digits and capitals without I, O, S, V, Z; a character's value is its index. */
export const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The 18th character of a unified social credit code from its first 17. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error('a credit code starts with 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_CHARS.indexOf(first17[i]!);
    if (v < 0) throw new Error(`not a credit-code character: ${first17[i]}`);
    sum += v * CREDIT_WEIGHTS[i]!;
  }
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31]!;
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The 9th character of an organisation code (GB 11714) from its first 8 (digits and capitals, A = 10 …). */
export function orgCodeCheckChar(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) throw new Error('an organisation code starts with 8 digits or capitals');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(first8[i]!, 36) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Registration authorities (first character) and the organisation types (second) each may issue. */
const CREDIT_TYPES: Readonly<Record<string, string>> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 中央编办直接管理机构编制的群众团体, 其他
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '9': '123', // 工商: 企业, 个体工商户, 农民专业合作社
  '2': '19', // 外交
  '3': '1239', // 司法行政
  '4': '19', // 文化
  '6': '129', // 旅游
  '7': '129', // 宗教
  '8': '19', // 工会
  A: '19', // 中央军委改革和编制办公室
  N: '1239', // 农业
  Y: '1', // 其他
};

/**
 * A unified social credit code (统一社会信用代码): 18 characters of the GB 32100 set, a known registration
 * authority and type, a 6-digit region, and the right check character. The organisation-code part's own check is
 * not required (codes given to 个体工商户 need not carry one).
 */
export function isValidCreditCode(code: string): boolean {
  const c = code.toUpperCase();
  if (!/^[0-9A-HJ-NP-RTUWXY]{18}$/.test(c)) return false;
  const types = CREDIT_TYPES[c[0]!];
  if (!types || !types.includes(c[1]!)) return false;
  if (!/^\d{6}$/.test(c.slice(2, 8))) return false;
  return creditCodeCheckChar(c.slice(0, 17)) === c[17];
}

/** A 9-character organisation code (组织机构代码, without the hyphen) with the right check character. */
export function isValidOrgCode(code: string): boolean {
  const c = code.replace('-', '').toUpperCase();
  return /^[0-9A-Z]{8}[0-9X]$/.test(c) && orgCodeCheckChar(c.slice(0, 8)) === c[8];
}
