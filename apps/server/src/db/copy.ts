import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** One field of COPY's text format: \N for null, backslash, tab and newlines escaped. */
function field(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  const s =
    typeof v === 'string'
      ? v
      : typeof v === 'number' || typeof v === 'boolean'
        ? String(v)
        : JSON.stringify(v);
  return /[\\\t\n\r]/.test(s)
    ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : s;
}

/**
 * Streams rows into a table with COPY … FROM STDIN (text format): the fastest set-based insert, never a statement
 * per row. `rows` yields one array per row, in the order of `columns`; objects are written as JSON.
 */
export async function copyRows(
  client: pg.ClientBase,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly unknown[]>,
): Promise<number> {
  let n = 0;
  function* lines(): Generator<string> {
    let batch: string[] = [];
    for (const row of rows) {
      batch.push(row.map(field).join('\t'));
      n++;
      if (batch.length === 5000) {
        yield batch.join('\n') + '\n';
        batch = [];
      }
    }
    if (batch.length) yield batch.join('\n') + '\n';
  }
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(lines()), stream);
  return n;
}
