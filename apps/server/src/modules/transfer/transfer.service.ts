import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { writeAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, type ErrorDetail } from '../../lib/errors.ts';
import { translateDetails, translateError, type Lang } from '../../lib/i18n.ts';
import type { PiiCipher } from '../../lib/pii.ts';
import { categoriesFormat } from './formats/categories.format.ts';
import { dutiesFormat } from './formats/duties.format.ts';
import { unitsFormat } from './formats/units.format.ts';
import { usersFormat } from './formats/users.format.ts';
import { message } from './transfer.messages.ts';
import {
  importInvalid,
  readTable,
  type ImportRow,
  type Table,
  type TableKind,
  type Upload,
} from './transfer.parse.ts';
import type { RowContext, TableEntity, TableFormat } from './transfer.types.ts';
import { contentDisposition, dateStamp, toCsv, toXlsx } from './transfer.write.ts';

export { exportBoundaries, importBoundaries } from './transfer.boundaries.ts';

const FORMATS: Record<TableEntity, TableFormat> = {
  units: unitsFormat,
  users: usersFormat,
  categories: categoriesFormat,
  duties: dutiesFormat,
};

export interface FileDownload {
  contentType: string;
  disposition: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<TableKind, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** The same records the list endpoint shows the caller, as a spreadsheet with Chinese headers and values. */
export async function exportTable(
  db: DbOrTx,
  pii: PiiCipher,
  actor: Actor,
  entity: TableEntity,
  kind: TableKind,
): Promise<FileDownload> {
  const format = FORMATS[entity];
  format.authorize(actor, 'export');
  const records = await format.exportRows(db, actor, pii);
  const rows = records.map((r) => format.columns.map((c) => r[c.header] ?? ''));
  const body =
    kind === 'xlsx'
      ? await toXlsx(format.fileName['zh-CN'], format.columns, rows)
      : toCsv(format.columns, rows);
  const stamp = dateStamp();
  return {
    contentType: CONTENT_TYPES[kind],
    disposition: contentDisposition(
      `${format.fileName['en-US']}-${stamp}.${kind}`,
      `${format.fileName['zh-CN']}-${stamp}.${kind}`,
    ),
    body,
  };
}

function checkHeaders(format: TableFormat, table: Table, lang: Lang): ErrorDetail[] {
  const known = new Set(format.columns.map((c) => c.header));
  const errors: ErrorDetail[] = [];
  const seen = new Set<string>();
  for (const h of table.headers) {
    if (!h) continue;
    if (!known.has(h)) errors.push({ row: 1, column: h, message: message(lang, 'unknownColumn') });
    else if (seen.has(h)) errors.push({ row: 1, column: h, message: message(lang, 'duplicateColumn') });
    seen.add(h);
  }
  for (const c of format.columns) {
    if (c.required && !seen.has(c.header))
      errors.push({ row: 1, column: c.header, message: message(lang, 'missingColumn') });
  }
  return errors;
}

/** Second and later rows with the natural key of an earlier one; the first is imported, the others reported. */
function duplicateKeys(format: TableFormat, rows: ImportRow[], lang: Lang): ErrorDetail[] {
  const first = new Map<string, number>();
  const errors: ErrorDetail[] = [];
  for (const r of rows) {
    const parts = format.key.map((k) => r.cells.get(k) ?? '');
    if (parts.some((p) => p === '')) continue;
    const key = JSON.stringify(parts.map((p) => format.normaliseKey?.(p) ?? p));
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, r.row);
    else
      errors.push({
        row: r.row,
        column: format.key[0],
        message: message(lang, 'duplicate', { other: earlier }),
      });
  }
  return errors;
}

/** A service's refusal of a row, placed on the column it concerns. */
function rowErrorsOf(err: AppError, format: TableFormat, row: number, lang: Lang): ErrorDetail[] {
  const keyColumn = format.key[0];
  const text = translateError(lang, err.code, { ...err.params, count: err.details?.length ?? 0 });
  if (err.code === 'VALIDATION_FAILED' && err.details?.length) {
    return translateDetails(lang, err.details).map((d) => ({
      row,
      column: format.fieldColumns[(d.path ?? '').split('.')[0] ?? ''] ?? keyColumn,
      message: d.message,
    }));
  }
  const column =
    err.code === 'NOT_FOUND'
      ? format.entityColumns[String(err.params.entity)]
      : err.code === 'CONFLICT'
        ? format.conflictColumns?.[String(err.params.reason)]
        : undefined;
  return [{ row, column: column ?? keyColumn, message: text }];
}

/**
 * All or nothing: every row goes through the same schema, reference checks and service function as the API, in
 * one transaction; the errors of every row are collected, and if there is any the transaction is rolled back.
 */
export async function importTable(
  ctx: AppContext,
  actor: Actor,
  lang: Lang,
  entity: TableEntity,
  upload: () => Promise<Upload>,
) {
  const format = FORMATS[entity];
  format.authorize(actor, 'import');
  const file = await upload();
  const table = await readTable(file, lang);
  const headerErrors = checkHeaders(format, table, lang);
  if (headerErrors.length) throw importInvalid(headerErrors);
  const errors = duplicateKeys(format, table.rows, lang);
  const skip = new Set(errors.map((e) => e.row));
  const counts = { imported: 0, created: 0, updated: 0 };

  await ctx.db.transaction().execute(async (tx) => {
    for (const row of table.rows) {
      if (skip.has(row.row)) continue;
      const rowErrors: ErrorDetail[] = [];
      const rc: RowContext = {
        tx,
        actor,
        pii: ctx.pii,
        lang,
        row,
        fail: (column, msg) => void rowErrors.push({ row: row.row, column, message: msg }),
        failed: (column) => rowErrors.some((e) => column === undefined || e.column === column),
      };
      // A savepoint per row keeps the transaction usable after a row fails, so later rows are still checked.
      await sql`SAVEPOINT import_row`.execute(tx);
      try {
        const outcome = await format.importRow(rc);
        if (outcome === 'invalid' || rowErrors.length) {
          await sql`ROLLBACK TO SAVEPOINT import_row`.execute(tx);
        } else {
          await sql`RELEASE SAVEPOINT import_row`.execute(tx);
          counts.imported++;
          if (outcome === 'created') counts.created++;
          if (outcome === 'updated') counts.updated++;
        }
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        await sql`ROLLBACK TO SAVEPOINT import_row`.execute(tx);
        rowErrors.push(...rowErrorsOf(err, format, row.row, lang));
      }
      errors.push(...rowErrors);
    }
    if (errors.length) {
      const order = new Map(format.columns.map((c, i) => [c.header, i]));
      errors.sort(
        (a, b) =>
          (a.row ?? 0) - (b.row ?? 0) ||
          (order.get(a.column ?? '') ?? 99) - (order.get(b.column ?? '') ?? 99),
      );
      throw importInvalid(errors);
    }
    await writeAudit(tx, actor, {
      action: 'import',
      entity: format.auditEntity,
      after: { file: file.filename, format: table.kind, rows: table.rows.length, ...counts },
    });
  });
  return counts;
}
