import type { ConvertOptions, SheetSummary, WorkbookProblem } from './workbook-convert';

/** The page asks the workbook worker for one sheet as CSV; the bytes are transferred, not copied. */
export type WorkbookRequest = ConvertOptions & { bytes: ArrayBuffer };

export type WorkbookReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; csv: Blob; sheet: string; sheets: SheetSummary[]; lines: number }
  | { type: 'failed'; reason: WorkbookProblem; detail: string };
