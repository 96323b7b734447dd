/**
 * De-identification of free text before anyone outside the platform reads it (the Open311 feed, the public map,
 * a resident's tracking page). Conservative on purpose: a number that might reach a person is masked even if it
 * was something else; only dates and case numbers are kept as they are.
 */

/** Full-width digits, Latin letters and the signs people type in numbers, as ASCII; Chinese punctuation is kept. */
export function halfWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0b\uff0d\uff0e\uff20\uff3f]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

const CN_DIGITS: Record<string, string> = {
  零: '0',
  〇: '0',
  一: '1',
  幺: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** 省份简称 + 发牌机关字母 + 5 (fuel) or 6 (new-energy) characters, optionally 挂/学/警…; a dot or space may follow the letter. */
const PLATE =
  /([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领])\s*([A-HJ-NP-Za-hj-np-z])\s*[·•.\-\s]?\s*[A-HJ-NP-Za-hj-np-z0-9]{5,6}[挂学警港澳领试超]?/g;

/**
 * A run of digits in any writing: ASCII, Chinese numerals (一三九…), separated by spaces, dots, dashes, slashes or
 * brackets, optionally led by + (country code) and ended by X (ID check digit).
 */
const DIGIT = '[0-9零〇一幺二两三四五六七八九]';
const SEP = '[\\s\\-.·—_/()（）\\u3000]';
const RUN = new RegExp(`\\+?${DIGIT}(?:${SEP}*${DIGIT})*(?:${SEP}*[Xx](?![A-Za-z]))?`, 'g');

const DATE = /^(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?$/;

function digitsOf(run: string): string {
  let out = '';
  for (const ch of run) {
    if (ch >= '0' && ch <= '9') out += ch;
    else if (CN_DIGITS[ch]) out += CN_DIGITS[ch];
    else if (ch === 'X' || ch === 'x') out += 'X';
  }
  return out;
}

const stars = (n: number) => '*'.repeat(Math.max(n, 0));

/** The masked form of one run of digits, or the run itself when it may stay. */
function maskRun(run: string): string {
  const d = digitsOf(run);
  const chinese = /[零〇一幺二两三四五六七八九]/.test(run);
  // Short Chinese numerals are words (一二三 in 第一二三条); mask them only from a phone's length on.
  if (chinese && d.length < 7) return run;
  const trimmed = run.trim();
  if (!chinese && DATE.test(trimmed)) return run;
  const lead = run.match(/^\s*/)?.[0] ?? '';
  const trail = run.match(/\s*$/)?.[0] ?? '';
  // resident ID: 17 digits and a digit or X
  if (/^\d{17}[\dX]$/.test(d)) return `${lead}${d.slice(0, 6)}${stars(8)}${d.slice(14)}${trail}`;
  // mobile, with or without 86 / 0086
  const mobile = /^(?:0086|86)?(1[3-9]\d{9})$/.exec(d);
  if (mobile) {
    const m = mobile[1]!;
    return `${lead}${m.slice(0, 3)}${stars(4)}${m.slice(7)}${trail}`;
  }
  // landline with area code: 010 / 02x are three digits, the others four
  if (/^0\d{9,11}$/.test(d)) {
    const area = /^0[12]/.test(d) ? d.slice(0, 3) : d.slice(0, 4);
    return `${lead}${area}-${stars(4)}${d.slice(-4)}${trail}`;
  }
  // a case number (yyyymmdd + 8) is public knowledge for the one who holds it, not a person's number
  if (!chinese && /^20\d{14}$/.test(d) && /^\d+$/.test(trimmed)) return run;
  // bank cards: 15–19 digits from a card scheme (3 Amex/JCB, 4 Visa, 5 Mastercard, 6 UnionPay/Discover)
  if (/^[3-6]\d{14,18}$/.test(d))
    return `${lead}${d.slice(0, 4)}${stars(d.length - 8)}${d.slice(-4)}${trail}`;
  // anything else long enough to be a phone without area code, a QQ number, an account…
  if (d.replace(/X/g, '').length >= 7) return `${lead}${stars(d.length - 4)}${d.slice(-4)}${trail}`;
  return run;
}

/** Dates and times stay readable: only the text between them is searched for numbers. */
const DATE_OR_TIME = /(?<!\d)(?:(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?)(?![\d:])/g;

function outsideDates(text: string, f: (segment: string) => string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(DATE_OR_TIME)) {
    out += f(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + f(text.slice(last));
}

/** House-level parts (12号, 3单元, 501室, 5楼) inside free text: the numbers go, the words stay. */
const HOUSE = /(?<![月\d])(?:\d+\s*(?:号楼|号院|号|栋|幢|座|单元|层|楼|室|户)\s*[-—]?\s*)+\d*(?:室)?/g;

export interface DeidentifyOptions {
  /** Names known to belong to the people concerned (the reporter's own), masked wherever they occur. */
  names?: readonly (string | null | undefined)[];
}

/** Text fit for publication: e-mails, plates, phones, ID and card numbers, house numbers and the given names masked. */
export function deidentify(text: string, opts: DeidentifyOptions = {}): string {
  let out = halfWidth(text);
  for (const name of opts.names ?? []) {
    const n = name?.trim();
    if (!n || n.length < 2) continue;
    out = out.split(n).join(`${n[0]}${stars([...n].length - 1)}`);
  }
  out = out.replace(EMAIL, (m) => `${m[0]}***@***`);
  out = out.replace(
    PLATE,
    (_m, province: string, letter: string) => `${province}${letter.toUpperCase()}*****`,
  );
  out = outsideDates(out, (segment) => segment.replace(RUN, maskRun));
  out = out.replace(HOUSE, (m) => m.replace(/\d/g, '*'));
  return out;
}

/** Everything from the first house-level number on: an address cut to its road, street or compound. */
const HOUSE_START = new RegExp(
  `(?:\\d|[零〇一二两三四五六七八九十百]+\\s*(?:号|栋|幢|座|单元|层|楼|室|户)|[东西南北]?门[前口外内]|附近|对面|旁边)`,
);

/** The published form of an address: cut to the road or compound ("XX路12号3单元501" → "XX路"). */
export function coarseAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  const text = halfWidth(address).trim();
  const m = HOUSE_START.exec(text);
  const cut = (m ? text.slice(0, m.index) : text).replace(/[\s,，、.:：;；\-—(（]+$/, '').trim();
  if (!cut) return null;
  return deidentify(cut);
}

/** Coordinates snapped to the centre of a 0.001° cell (about 110 m north–south, 85 m east–west in Beijing). */
export function coarsenCoordinate(value: number): number {
  const cell = 0.001;
  return Math.round((Math.floor(value / cell) * cell + cell / 2) * 1e5) / 1e5;
}

/** A name shown to its own holder with all but the first character masked (张三丰 → 张**). */
export function maskName(name: string | null | undefined): string | null {
  if (!name) return null;
  const chars = [...name.trim()];
  if (chars.length === 0) return null;
  return chars.length === 1 ? '*' : `${chars[0]}${stars(chars.length - 1)}`;
}
