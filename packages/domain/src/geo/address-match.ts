/**
 * Does the typed address agree with the clicked point? (issue 9, defect 7: cases saved with a 滨河 address but
 * located in other towns.) A pure rule, used by the operator's intake form and the resident's report form to warn
 * — never to block: addresses are free text and roads cross boundaries.
 */

/** Suffixes of administrative names, longest first: 滨河街道 → 滨河, 兴谷镇 → 兴谷, 桃园社区 → 桃园. */
const PLACE_SUFFIXES = [
  '街道办事处',
  '地区办事处',
  '社区居民委员会',
  '村民委员会',
  '社区居委会',
  '居民委员会',
  '居委会',
  '村委会',
  '办事处',
  '街道',
  '地区',
  '社区',
  '镇',
  '乡',
  '村',
] as const;

/** Width, spaces and punctuation do not matter when comparing place names with typed text. */
function squeeze(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s,，。.、·()（）[\]【】\-—_/]/g, '')
    .toLowerCase();
}

/**
 * The distinctive part of an administrative name: its suffix (街道/镇/乡/地区/社区/村 …) removed, so that a
 * typed "滨河路" or "滨河小区" finds 滨河街道. A core shorter than two characters would match too much; then the
 * whole name is kept.
 */
export function placeCore(name: string): string {
  const s = squeeze(name);
  for (const suffix of PLACE_SUFFIXES) {
    if (s.endsWith(suffix) && s.length - suffix.length >= 2) return s.slice(0, -suffix.length);
  }
  return s;
}

export type AddressPlaceCheck =
  /** nothing to compare (no address, or the point lies in no known street or community) */
  | { kind: 'none' }
  /** the address names the point's street or community */
  | { kind: 'match'; matched: string }
  /** the address names neither the point's street nor its community (nor any other known place) */
  | { kind: 'missing'; expected: string[] }
  /** the address names another known place, and not the point's own: the point or the address is wrong */
  | { kind: 'contradicts'; named: string; expected: string[] };

/**
 * Compares the typed address with the street and community the point lies in. `otherPlaces` are names of other
 * streets and communities known to the form (the region tree, the public street map); one of them in the address,
 * while the point's own are absent, is a contradiction. A place whose core contains the point's own core (or the
 * other way round) is not "other": 滨河 and 滨河东 are not told apart by text.
 */
export function checkAddressAgainstPlace(
  address: string | null | undefined,
  place: { street?: string | null; community?: string | null },
  otherPlaces: readonly string[] = [],
): AddressPlaceCheck {
  const text = squeeze(address ?? '');
  const own = [place.community, place.street].filter((n): n is string => !!n && n.trim().length > 0);
  if (!text || own.length === 0) return { kind: 'none' };
  const ownCores = own.map(placeCore);
  for (const [i, core] of ownCores.entries()) {
    if (core && text.includes(core)) return { kind: 'match', matched: own[i]! };
  }
  const named = otherPlaces
    .map((name) => ({ name, core: placeCore(name) }))
    .filter(({ core }) => core.length >= 2 && !ownCores.some((o) => o.includes(core) || core.includes(o)))
    .filter(({ core }) => text.includes(core))
    // the most specific mention: 滨河东里 before 滨河
    .sort((a, b) => b.core.length - a.core.length)[0];
  if (named) return { kind: 'contradicts', named: named.name, expected: own };
  return { kind: 'missing', expected: own };
}
