/**
 * Numbers and phone numbers as the console shows them. Numbers follow the language the user chose in the console,
 * not the browser's own locale (`toLocaleString()` without a locale did); a missing value is "—".
 */

const DASH = '—';

type Lang = 'zh-CN' | 'en-US';

const countFormats = new Map<string, Intl.NumberFormat>();
function countFormat(lang: Lang): Intl.NumberFormat {
  let f = countFormats.get(lang);
  if (!f) countFormats.set(lang, (f = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 })));
  return f;
}

/** A count with thousands separators: 12345 → "12,345". */
export function formatCount(n: number | null | undefined, lang: Lang = 'zh-CN'): string {
  return n === null || n === undefined || !Number.isFinite(n) ? DASH : countFormat(lang).format(n);
}

/** A score with a fixed number of decimals (rates are compared to the hundredth): 87.456 → "87.46". */
export function formatScore(x: number | null | undefined, digits = 2): string {
  return x === null || x === undefined || !Number.isFinite(x) ? DASH : fixed(x, digits);
}

/** A ratio as a percentage with one decimal at most: 0.875 → "87.5%", 1 → "100%". */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return DASH;
  return `${Math.round(ratio * 1000) / 10}%`;
}

/** A ratio as a whole percentage for progress bars (0–100, never NaN): 2 of 3 → 67; 0 of 0 → 0. */
export function percentOf(part: number, whole: number): number {
  if (!whole || !Number.isFinite(part) || !Number.isFinite(whole)) return 0;
  return Math.min(100, Math.max(0, Math.round((part / whole) * 100)));
}

/** A signed change without the sign (an arrow shows the direction): -1.5 → "1.50". */
export function formatChange(x: number, digits = 2): string {
  return fixed(Math.abs(x), digits);
}

/** toFixed that never prints "-0.00". */
function fixed(x: number, digits: number): string {
  const s = x.toFixed(digits);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/**
 * The phone cell of a person: the full number once it was revealed (the server logged the view), else the masked
 * number the server sent ("139****8721"), else a dash. The console never receives a full number unasked.
 */
export function phoneText(masked: string | null | undefined, revealed?: string | null): string {
  return revealed || masked || DASH;
}

/** Whether a phone number as received is masked (and so may be revealed on request). */
export function isMaskedPhone(value: string | null | undefined): boolean {
  return !!value && value.includes('*');
}
