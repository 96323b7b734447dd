import ExcelJS from 'exceljs';
import Papa from 'papaparse';

export interface SheetColumn {
  header: string;
  width?: number | undefined;
}

const BOM = '\uFEFF';

/**
 * A cell a spreadsheet would evaluate as a formula (=, @, or + / - followed by more than a number) gets a leading
 * apostrophe in CSV (OWASP "CSV injection"); the importer removes it again. xlsx cells are typed strings and need none.
 */
export function guard(value: string): string {
  return /^[=@]/.test(value) || /^[+-](?![\d\s()-]*$)/.test(value) ? `'${value}` : value;
}

export async function toXlsx(sheetName: string, columns: SheetColumn[], rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OneGrid';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  ws.getRow(1).font = { bold: true };
  // Codes and phones stay strings, so a spreadsheet shows 110117001000 rather than 1.10117E+11.
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** UTF-8 with a byte-order mark, CRLF line ends: what Excel needs to open Chinese text correctly. */
export function toCsv(columns: SheetColumn[], rows: string[][]): Buffer {
  const body = Papa.unparse(
    {
      fields: columns.map((c) => c.header),
      data: rows.map((r) => r.map(guard)),
    },
    { newline: '\r\n', quotes: false },
  );
  return Buffer.from(`${BOM}${body}\r\n`, 'utf8');
}

/** attachment with an ASCII fallback name and the real one per RFC 5987 / RFC 6266. */
export function contentDisposition(asciiName: string, name: string): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}

/** yyyymmdd in China Standard Time, for file names. */
export function dateStamp(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(now)
    .replaceAll('-', '');
}
