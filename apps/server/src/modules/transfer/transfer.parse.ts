import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError, type ErrorDetail } from '../../lib/errors.ts';
import type { Lang } from '../../lib/i18n.ts';
import { message } from './transfer.messages.ts';

/** An uploaded file, already read into memory (the multipart limit keeps it ≤ 5 MB). */
export interface Upload {
  filename: string;
  data: Buffer;
}

export type TableKind = 'xlsx' | 'csv';

/** One data row: its spreadsheet row number (the header is row 1) and its cells by header; absent columns are absent. */
export interface ImportRow {
  row: number;
  cells: Map<string, string>;
}

export interface Table {
  kind: TableKind;
  headers: string[];
  rows: ImportRow[];
}

export const MAX_ROWS = 50_000;
/** A 5 MB xlsx may not inflate to more than this (zip bombs). */
const MAX_XLSX_INFLATED = 200 * 1024 * 1024;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export const importInvalid = (details: ErrorDetail[]): AppError =>
  new AppError('IMPORT_INVALID', { details });
const unsupported = (): AppError => new AppError('UNSUPPORTED_MEDIA_TYPE');

/** Text a person could have written: valid UTF-8 without NUL or other control bytes than tab and line breaks. */
export function isPlainText(buf: Buffer): boolean {
  if (!isUtf8(buf)) return false;
  for (const b of buf) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  return true;
}

export function decodeText(buf: Buffer): string {
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The real type of the file, from its bytes; the name's extension must agree with it. */
export function sniffTable(file: Upload): TableKind {
  const ext = /\.([^.]+)$/.exec(file.filename)?.[1]?.toLowerCase();
  if (ext !== undefined && !['xlsx', 'csv', 'txt'].includes(ext)) throw unsupported();
  const kind: TableKind | undefined = file.data.subarray(0, 4).equals(ZIP_MAGIC)
    ? 'xlsx'
    : isPlainText(file.data)
      ? 'csv'
      : undefined;
  if (
    !kind ||
    (ext === 'xlsx' && kind !== 'xlsx') ||
    (ext !== undefined && ext !== 'xlsx' && kind !== 'csv')
  ) {
    throw unsupported();
  }
  return kind;
}

/** Sum of the uncompressed sizes in a zip's central directory; Infinity when it cannot be read or uses zip64. */
export function zipInflatedSize(buf: Buffer): number {
  const EOCD = 0x06054b50;
  const CDH = 0x02014b50;
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return Infinity;
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDH) return Infinity;
    const size = buf.readUInt32LE(p + 24);
    if (size === 0xffffffff) return Infinity;
    total += size;
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return total;
}

/** Undo the guard the CSV writer puts before cells a spreadsheet would run as formulas. */
export function unguard(value: string): string {
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('hyperlink' in v) return cellText(v.text);
  if ('formula' in v || 'sharedFormula' in v) return cellText(v.result);
  return '';
}

async function xlsxGrid(data: Buffer): Promise<{ row: number; values: string[] }[]> {
  if (zipInflatedSize(data) > MAX_XLSX_INFLATED) throw unsupported();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    throw unsupported();
  }
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const out: { row: number; values: string[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      values[col - 1] = cellText(cell.value);
    });
    out.push({ row: rowNumber, values: Array.from(values, (v) => v ?? '') });
  });
  return out;
}

function csvGrid(data: Buffer, lang: Lang): { row: number; values: string[] }[] {
  const parsed = Papa.parse<string[]>(decodeText(data), { skipEmptyLines: false });
  const bad = parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter');
  if (bad.length) {
    throw importInvalid(
      bad.map((e) => ({ row: (e.row ?? 0) + 1, message: message(lang, 'csvSyntax', { detail: e.message }) })),
    );
  }
  return parsed.data.map((values, i) => ({ row: i + 1, values }));
}

/** Reads the first sheet of an xlsx or a CSV into rows keyed by the header row (row 1). Blank rows are skipped. */
export async function readTable(file: Upload, lang: Lang): Promise<Table> {
  const kind = sniffTable(file);
  const grid = kind === 'xlsx' ? await xlsxGrid(file.data) : csvGrid(file.data, lang);
  const first = grid[0];
  if (!first || first.row !== 1) throw importInvalid([{ row: 1, message: message(lang, 'empty') }]);
  const headers = first.values.map((h) => h.trim());
  const rows: ImportRow[] = [];
  for (const { row, values } of grid.slice(1)) {
    const cells = new Map<string, string>();
    headers.forEach((h, i) => {
      if (h) cells.set(h, unguard((values[i] ?? '').trim()));
    });
    if ([...cells.values()].every((v) => v === '')) continue;
    rows.push({ row, cells });
  }
  if (rows.length === 0) throw importInvalid([{ row: 2, message: message(lang, 'empty') }]);
  if (rows.length > MAX_ROWS)
    throw importInvalid([{ row: MAX_ROWS + 2, message: message(lang, 'tooMany', { max: MAX_ROWS }) }]);
  return { kind, headers, rows };
}

/** A zip's entry names in the order they are stored (by their local headers' offsets); null when unreadable. */
function zipEntryOrder(buf: Buffer): string[] | null {
  const EOCD = 0x06054b50;
  const CDH = 0x02014b50;
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries: { name: string; at: number }[] = [];
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = buf.readUInt16LE(eocd + 10); n > 0; n--) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDH) return null;
    const nameLength = buf.readUInt16LE(p + 28);
    entries.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLength), at: buf.readUInt32LE(p + 42) });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries.sort((a, b) => a.at - b.at).map((e) => e.name);
}

/**
 * Can the streaming reader parse this workbook's first sheet as it comes, in memory? Only when the workbook, its
 * relations, the shared strings and the styles are stored before the sheets (as exceljs mostly stores
 * them). Otherwise (Excel stores the shared strings after the sheets) exceljs would park the sheets in temporary
 * files — personal data on disk — or, with the workbook after a sheet, fail: such a file is read whole.
 */
function streamable(data: Buffer): boolean {
  const names = zipEntryOrder(data);
  if (!names) return false;
  const sheet = names.findIndex((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  if (sheet < 0) return false;
  return ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'].every(
    (n) => {
      const i = names.indexOf(n);
      return i >= 0 && i < sheet;
    },
  );
}

/**
 * The first sheet's rows as the zip is inflated and parsed (exceljs' streaming reader), instead of the whole
 * workbook in memory first, when the file allows it (streamable); else xlsxGrid's. The first sheet is the first
 * one stored (sheet1.xml: Excel stores the sheets in tab order). Anything unreadable is an unsupported
 * file, as for xlsxGrid.
 */
async function* xlsxRowStream(data: Buffer): AsyncGenerator<{ row: number; values: string[] }> {
  if (!streamable(data)) {
    yield* await xlsxGrid(data);
    return;
  }
  if (zipInflatedSize(data) > MAX_XLSX_INFLATED) throw unsupported();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([data]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        if (!row.hasValues) continue;
        const values: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          values[col - 1] = cellText(cell.value);
        });
        yield { row: row.number, values: Array.from(values, (v) => v ?? '') };
      }
      return;
    }
  } catch {
    // only the reader's errors land here: an error of the caller's does not enter the generator
    throw unsupported();
  }
}

async function* gridRows(file: Upload, kind: TableKind, lang: Lang) {
  if (kind === 'xlsx') yield* xlsxRowStream(file.data);
  else yield* csvGrid(file.data, lang);
}

/**
 * readTable in chunks of `size` rows, read as they are needed: a large list can be validated and written while
 * its end is still being parsed. The same headers, cells, blank-row skipping and limits as readTable; the error of
 * an empty or too long table is thrown where it is found (a too long one after MAX_ROWS rows).
 */
export async function* readTableChunks(
  file: Upload,
  lang: Lang,
  size: number,
): AsyncGenerator<{ kind: TableKind; headers: string[]; rows: ImportRow[] }> {
  const kind = sniffTable(file);
  let headers: string[] | undefined;
  let chunk: ImportRow[] = [];
  let count = 0;
  for await (const { row, values } of gridRows(file, kind, lang)) {
    if (!headers) {
      if (row !== 1) break;
      headers = values.map((h) => h.trim());
      continue;
    }
    const cells = new Map<string, string>();
    headers.forEach((h, i) => {
      if (h) cells.set(h, unguard((values[i] ?? '').trim()));
    });
    if ([...cells.values()].every((v) => v === '')) continue;
    if (++count > MAX_ROWS)
      throw importInvalid([{ row: MAX_ROWS + 2, message: message(lang, 'tooMany', { max: MAX_ROWS }) }]);
    chunk.push({ row, cells });
    if (chunk.length >= size) {
      yield { kind, headers, rows: chunk };
      chunk = [];
    }
  }
  if (!headers) throw importInvalid([{ row: 1, message: message(lang, 'empty') }]);
  if (count === 0) throw importInvalid([{ row: 2, message: message(lang, 'empty') }]);
  if (chunk.length) yield { kind, headers, rows: chunk };
}
