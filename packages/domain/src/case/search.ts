/**
 * 案件查询: what an operator's one search box means. A hotline operator types whatever the caller gives — a case
 * number read off an SMS, the caller's phone in any format, or a few words of the problem — and the box decides
 * which it is. Pure, shared by the server (which searches) and the web (which says what it searched for).
 */

/** What one search box's text is: a case number (a prefix of one), a phone number, or words. */
export type SearchText =
  { kind: 'number'; prefix: string } | { kind: 'phone'; phone: string } | { kind: 'text'; text: string };

const MOBILE = /^(?:\+?86)?(1[3-9]\d{9})$/;
// A landline with its area code (010 …, 0571 …): 10 to 12 digits starting with 0.
const LANDLINE = /^0\d{9,11}$/;
// Case numbers are yyyymmdd + 8 digits; from the year on (4 digits) a prefix is a number, never a phone (no phone
// starts with 2).
const NUMBER = /^2\d{3,15}$/;

export function readSearchText(raw: string): SearchText | null {
  const text = raw.trim();
  if (!text) return null;
  const compact = text.replace(/[\s\-()（）]/g, '');
  const mobile = MOBILE.exec(compact);
  if (mobile) return { kind: 'phone', phone: mobile[1]! };
  if (LANDLINE.test(compact)) return { kind: 'phone', phone: compact };
  if (NUMBER.test(compact)) return { kind: 'number', prefix: compact };
  return { kind: 'text', text };
}

/** The case numbers a prefix covers: [from, to) as 16-digit strings (a full number covers itself). */
export function caseNumberRange(prefix: string): { from: string; to: string } {
  if (!/^\d{1,16}$/.test(prefix)) throw new Error('caseNumberRange: digits only');
  const scale = 10n ** BigInt(16 - prefix.length);
  const from = BigInt(prefix) * scale;
  return { from: from.toString(), to: (from + scale).toString() };
}

/** The case numbers of the days from … to (Asia/Shanghai calendar days, inclusive): [from, to). */
export function caseNumbersOfDays(fromDay: string, toDay: string): { from: string; to: string } {
  const day = (d: string) => BigInt(d.replaceAll('-', '')) * 10n ** 8n;
  const next = new Date(`${toDay}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return { from: day(fromDay).toString(), to: day(next.toISOString().slice(0, 10)).toString() };
}
