import type { FastifyRequest } from 'fastify';
import { invalid, type ErrorDetail } from './errors.ts';

/**
 * Control characters have no place in what people type: NUL cannot even be stored in PostgreSQL text (the insert
 * failed with a 500), and the others hide text or break logs and exports. Rejected once, at the boundary, for
 * every route: query strings and path parameters allow none, bodies allow tab and line breaks in free text.
 */
// eslint-disable-next-line no-control-regex
const IN_LINE = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * A lone UTF-16 surrogate (JSON's "\ud800") is not a character: PostgreSQL's jsonb refuses it (an audit row's insert
 * failed with a 500), so it is refused at the boundary with the control characters.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const MAX_ISSUES = 20;

/** Paths (as in VALIDATION_FAILED details) of the strings in `value` holding a forbidden control character. */
export function controlCharIssues(value: unknown, path: string, multiline: boolean): ErrorDetail[] {
  const issues: ErrorDetail[] = [];
  const re = multiline ? IN_TEXT : IN_LINE;
  const visit = (v: unknown, at: string, depth: number): void => {
    if (issues.length >= MAX_ISSUES || depth > 32) return;
    if (typeof v === 'string') {
      if (re.test(v)) issues.push({ path: at, key: 'control_chars' });
      else if (LONE_SURROGATE.test(v)) issues.push({ path: at, key: 'lone_surrogate' });
    } else if (v instanceof Map) {
      for (const [k, x] of v as Map<unknown, unknown>) {
        visit(k, at, depth + 1);
        visit(x, `${at}.${String(k)}`, depth + 1);
      }
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => visit(x, `${at}.${i}`, depth + 1));
    } else if (v !== null && typeof v === 'object' && !Buffer.isBuffer(v)) {
      for (const [k, x] of Object.entries(v)) {
        visit(k, at, depth + 1);
        visit(x, `${at}.${k}`, depth + 1);
      }
    }
  };
  visit(value, path, 0);
  return issues;
}

export function assertNoControlChars(value: unknown, path: string, multiline: boolean): void {
  const issues = controlCharIssues(value, path, multiline);
  if (issues.length > 0) throw invalid(issues);
}

/** preValidation hook of the whole app: 400 before any schema, service or database sees the input. */
export async function rejectControlChars(req: FastifyRequest): Promise<void> {
  const issues = [
    ...controlCharIssues(req.params, 'params', false),
    ...controlCharIssues(req.query, 'querystring', false),
    ...controlCharIssues(req.body, 'body', true),
  ];
  if (issues.length > 0) throw invalid(issues);
}
