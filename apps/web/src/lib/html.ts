/**
 * HTML for the few places that build markup as a string — ECharts tooltips, whose formatter result is set as
 * innerHTML. Names of grids, units, regions and categories are typed by people and may hold markup (issue 8,
 * hole 9): every value goes through escapeHtml. Labels drawn on the canvas are text, not HTML, and need none.
 * The lint rule in eslint.config.js refuses a tooltip formatter that returns anything else than safeHtml`…`,
 * escapeHtml(…) or a literal.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** A value shown as text. */
export type Text = string | number | boolean | null | undefined;

/** Text as HTML: & < > " ' become entities; null and undefined become ''. */
export function escapeHtml(value: Text): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Markup built by safeHtml`…`, interpolated into another safeHtml`…` as it is. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/**
 * A template whose literal parts are trusted markup and whose values are escaped, except SafeHtml from a nested
 * safeHtml`…` (use .markup or String() for the final string).
 */
export function safeHtml(strings: TemplateStringsArray, ...values: (Text | SafeHtml)[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += (v instanceof SafeHtml ? v.markup : escapeHtml(v)) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}
