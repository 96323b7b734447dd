// What other modules use of the import/export machinery: reading an uploaded table, writing a workbook or CSV.
export { readTable, readTableChunks, type Upload, type Table, type ImportRow } from './transfer.parse.ts';
export { toXlsx, toCsv, contentDisposition, type SheetColumn } from './transfer.write.ts';
