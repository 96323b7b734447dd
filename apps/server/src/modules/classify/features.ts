import { segment } from './segmenter.ts';

/** The matter is stated early (as in classifier.ts): past this, words cost time and add mostly noise. */
const MAX_CHARS = 600;
const CJK = /[\u4e00-\u9fff]/;
/** Source anonymisation and place boilerplate ("A市", "A3区", "B4县") say nothing about the matter. */
const PLACE_CODE = /[a-z]\d*[市区县]/g;

/**
 * Terms of a message for the trained model: jieba's words (search mode, 2 characters or more, no bare numbers)
 * and the character bigrams of its Chinese text (prefixed "~" so they never collide with a word).
 */
export function termsOf(text: string): string[] {
  const norm = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .slice(0, MAX_CHARS)
    .replace(PLACE_CODE, '，');
  const out: string[] = [];
  for (const w of segment(norm))
    if (w.length >= 2 && !/^[\d.,:%-]+$/.test(w) && /[\p{L}]/u.test(w)) out.push(w);
  for (let i = 0; i + 1 < norm.length; i++) {
    const a = norm[i]!;
    const b = norm[i + 1]!;
    if (CJK.test(a) && CJK.test(b)) out.push(`~${a}${b}`);
  }
  return out;
}
