import { parseAddress } from './parse.ts';
import { compoundSimilarity } from './score.ts';

export type NearestAddressCheck =
  /** nothing to compare: the text names no road or compound, or no door plate or building is near the point */
  | { kind: 'none' }
  /** the text names the road or compound of a node near the point */
  | { kind: 'match'; matched: string }
  /** the text names a road or compound, and none of the nodes near the point has it */
  | { kind: 'differs'; nearest: string };

/**
 * Does the typed address agree with the address library near the clicked point (issue 10)? The nodes nearest the
 * point (its door plate, its building: their full names) are parsed like the typed text; the text agrees when a
 * road or compound it names is, within one typo, the road or compound of one of them. A hint, never a block.
 */
export function checkAddressAgainstNearest(
  typed: string | null | undefined,
  nearest: readonly string[],
): NearestAddressCheck {
  const q = parseAddress(typed ?? '');
  const names = [q.road, q.compound].filter((n): n is string => !!n);
  if (names.length === 0 || nearest.length === 0) return { kind: 'none' };
  for (const full of nearest) {
    const p = parseAddress(full);
    const own = [p.road, p.compound].filter((n): n is string => !!n);
    if (names.some((n) => own.some((o) => compoundSimilarity(n, o) >= 0.6)))
      return { kind: 'match', matched: full };
  }
  return { kind: 'differs', nearest: nearest[0]! };
}
