import { residentIdCheckChar } from './ids.ts';

/**
 * 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date (YYYYMMDD), 3-digit sequence (odd: male,
 * even: female) and an ISO 7064 MOD 11-2 check character (0–9 or X). The check character itself is `residentIdCheckChar`
 * (ids.ts, with the other Chinese identifiers).
 */
export type ResidentIdProblem = 'id_structure' | 'id_birth_date' | 'id_check_digit';

/** Trimmed, full-width digits and x folded: what is stored and hashed. */
export function normaliseResidentId(raw: string): string {
  return raw
    .trim()
    .replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toUpperCase();
}

/** The first thing wrong with a (normalised) ID number, or null. `today` bounds the birth date. */
export function residentIdProblem(id: string, today: Date = new Date()): ResidentIdProblem | null {
  if (!/^[1-8]\d{16}[\dX]$/.test(id)) return 'id_structure';
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (
    y < 1880 ||
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== m - 1 ||
    date.getUTCDate() !== d ||
    date.getTime() > today.getTime()
  ) {
    return 'id_birth_date';
  }
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return 'id_check_digit';
  return null;
}

/** Birth date and gender a valid ID number states. */
export function residentIdFacts(id: string): { birthDate: string; gender: 'male' | 'female' } {
  return {
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
  };
}
