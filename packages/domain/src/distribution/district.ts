import { districtOfCode } from '../governance.ts';

/**
 * The district a row is distributed by (issue 14; docs/distribution.md): from the first 6 digits of the most specific
 * place it knows — a 12-digit street or community code, a grid code (community code + suffix) or a region path,
 * whose last code is the place (`110000000000/110117000000/110117001000/` → `110117000000`), as the 12-digit code
 * of the district level (`districtOfCode`, the form `case.district_code` has). The migrations and the generated
 * columns compute the same in SQL: `rpad(left(street_code, 6), 12, '0')`.
 *
 * Pass a row's places most specific first, e.g. `districtOf(row.street_code, row.community_code)`: the first one
 * known decides. '' for a row without a known place (as case_desk keeps it), so the column can be NOT NULL.
 */
export function districtOf(...places: (string | null | undefined)[]): string {
  for (const place of places) {
    if (!place) continue;
    const code = place.split('/').filter(Boolean).at(-1);
    if (code) return districtOfCode(code);
  }
  return '';
}
