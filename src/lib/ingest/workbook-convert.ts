/**
 * A workbook's chosen sheet as CSV text, for the same pipeline as a CSV export. Pure: the reader
 * (@e965/xlsx) is handed in, so this runs in the workbook worker in the browser and inline in Node,
 * and the reader is only loaded when a workbook is dropped.
 */
import { sheetCsv } from './workbook-csv';
import { gridOf } from './workbook-grid';
import { readWorkbook, WorkbookReadError, type Reader } from './workbook-read';
import { chooseSheet, summarise, type ConvertOptions, type SheetSummary } from './workbook-sheets';

// Callers (the worker, workbook.ts, workbook-protocol.ts) import the whole conversion from here.
export { WorkbookReadError, type WorkbookProblem } from './workbook-read';
export type { ConvertOptions, SheetSummary } from './workbook-sheets';

export interface ConvertedSheet {
  /** The sheet read. */
  sheet: string;
  /** Every sheet of the workbook, in its order. */
  sheets: SheetSummary[];
  /** The sheet's CSV text (UTF-8 once in a Blob), in pieces of about a megabyte. */
  chunks: string[];
  /** Lines written (every row of the sheet's used range). */
  lines: number;
}

/** Reads a workbook and writes its chosen sheet as CSV text. Throws WorkbookReadError. */
export function convertWorkbook(
  reader: Reader,
  bytes: Uint8Array,
  opts: ConvertOptions,
  onProgress?: (fraction: number) => void,
): ConvertedSheet {
  const wb = readWorkbook(reader, bytes);
  const names = wb.SheetNames;
  if (names.length === 0) throw new WorkbookReadError('corrupt', 'no sheets');
  const sheets = names.map((name) => summarise(wb, name, opts.kind));
  const sheet = chooseSheet(sheets, opts);
  if (sheet === null) throw new WorkbookReadError('empty');
  const grid = gridOf(wb.Sheets[sheet]);
  if (!grid) throw new WorkbookReadError('empty');
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const total = grid.lastRow - grid.firstRow + 1;
  const { chunks, lines } = sheetCsv(reader, grid, date1904, (row) => onProgress?.(row / total));
  return { sheet, sheets, chunks, lines };
}
