/**
 * Excel workbooks (.xlsx, .xlsm, .xls) enter the pipeline as CSV: the chosen sheet is written as
 * UTF-8 CSV text (workbook-convert.ts) and everything after — header, footer, formats, mapping,
 * rejects — is the CSV path. The reader (@e965/xlsx, ~1 MB) is loaded only when a workbook is
 * dropped: in the browser inside a worker started per workbook (the page stays responsive, Cancel
 * terminates it), in Node (tests, scripts) inline.
 */
import { UploadCancelled, UploadError } from './errors';
import type { TableKind } from './fields';
import type { ConvertedSheet, SheetSummary, WorkbookProblem } from './workbook-convert';
import type { WorkbookReply, WorkbookRequest } from './workbook-protocol';

/**
 * The largest workbook opened, in MB of .xlsx. Measured (Node 22, @e965/xlsx 0.20.3, generated
 * 15-column leads workbooks packed as Excel packs them, 100k rows = 7 MB): reading and writing the
 * CSV takes about 27 MB of heap per MB of workbook (100k rows: 190 MB; 300k rows, 21 MB: 550 MB),
 * linearly. 30 MB (~400k rows) stays under about 0.8 GB in the worker; the reader holds each sheet's
 * XML as one string, which cannot pass ~512 MB (about 1M rows × 15 columns) at any memory. Larger
 * exports read better as CSV, which streams.
 */
export const WORKBOOK_LIMIT_MB = 30;

export interface WorkbookSource {
  /** The sheet that was read. */
  sheet: string;
  /** Every sheet, in the workbook's order. */
  sheets: SheetSummary[];
}

/** The CSV text an upload was converted to → where it came from (a Blob no longer used is dropped). */
const sources = new WeakMap<Blob, WorkbookSource>();

/** The workbook behind a prepared upload's file, if it was one. */
export function workbookOf(file: Blob): WorkbookSource | undefined {
  return sources.get(file);
}

let remembered: () => Readonly<Record<string, string>> = () => ({});

/** Where the sheets chosen before are kept (the store's): `sheetSignature` → sheet name. */
export function rememberSheetsWith(get: () => Readonly<Record<string, string>>): void {
  remembered = get;
}

export { sheetSignature } from './workbook-signature';

let startWorker: (() => Worker) | null = null;

/**
 * How the browser starts the workbook worker (workbook-worker.ts installs it, from the data view's
 * drop zone, so the snapshot viewer, which never reads files, carries no reader). Without it (Node:
 * tests, scripts) workbooks are read inline.
 */
export function setWorkbookWorker(start: () => Worker): void {
  startWorker = start;
}

/** Not a literal, so that no bundle includes the reader for the inline (Node) path. */
const READER_MODULE = '@e965/xlsx';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const WORKBOOK_NAME = /\.(xlsx|xlsm|xls|ods)$/i;

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((byte, i) => head[i] === byte);

/**
 * A workbook by its bytes: an OLE container (.xls, or an .xlsx with a password), a zip holding an
 * Excel part list or an OpenDocument spreadsheet, or a zip, HTML or XML file named .xlsx, .xls or
 * .ods (some CRMs save "Excel" exports as HTML or SpreadsheetML, which the reader also opens).
 */
async function isWorkbook(file: Blob, fileName: string): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
  if (startsWith(head, OLE)) return true;
  const named = WORKBOOK_NAME.test(fileName);
  if (startsWith(head, ZIP)) {
    const text = new TextDecoder('latin1').decode(head);
    // An OpenDocument spreadsheet (LibreOffice, Google Sheets' .ods) names its type first.
    return (
      named ||
      text.includes('[Content_Types].xml') ||
      text.includes('xl/') ||
      text.includes('opendocument.spreadsheet')
    );
  }
  if (!named) return false;
  const start = new TextDecoder('utf-8')
    .decode(head.subarray(0, 400))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return start.startsWith('<');
}

export interface WorkbookOptions {
  kind: TableKind;
  fileName: string;
  /** A sheet asked for by name; absent: the one remembered for these sheets, or the best fit. */
  sheet?: string | undefined;
  signal?: AbortSignal | undefined;
  onProgress?:
    ((progress: { phase: 'unpacking'; bytesRead: number; bytesTotal: number }) => void) | undefined;
}

/**
 * The upload as the CSV pipeline reads it: a workbook's chosen sheet as CSV text (see
 * `workbookOf` for which sheet), anything else as it is.
 */
export async function asCsvSource(file: Blob, opts: WorkbookOptions): Promise<Blob> {
  if (!(await isWorkbook(file, opts.fileName))) return file;
  const { fileName, signal } = opts;
  const mb = file.size / 1024 / 1024;
  if (mb > WORKBOOK_LIMIT_MB) {
    throw new UploadError(
      fileName,
      `This workbook is too large to open in the browser (${mb.toFixed(0)} MB; up to ${WORKBOOK_LIMIT_MB} MB opens).`,
      'Export the report as CSV instead, which LeadGap reads up to millions of rows.',
    );
  }
  const progress = (fraction: number) =>
    opts.onProgress?.({
      phase: 'unpacking',
      bytesRead: Math.round(fraction * file.size),
      bytesTotal: file.size,
    });
  progress(0);
  if (signal?.aborted) throw new UploadCancelled(fileName);
  const request: WorkbookRequest = {
    bytes: await file.arrayBuffer(),
    kind: opts.kind,
    sheet: opts.sheet,
    remembered: { ...remembered() },
  };
  const converted = startWorker
    ? await convertInWorker(startWorker(), request, fileName, signal, progress)
    : await convertInline(request, fileName, progress);
  if (signal?.aborted) throw new UploadCancelled(fileName);
  sources.set(converted.csv, { sheet: converted.sheet, sheets: converted.sheets });
  return converted.csv;
}

type Converted = Omit<ConvertedSheet, 'chunks'> & { csv: Blob };

async function convertInline(
  request: WorkbookRequest,
  fileName: string,
  progress: (fraction: number) => void,
): Promise<Converted> {
  const [reader, { convertWorkbook, WorkbookReadError }] = await Promise.all([
    import(/* @vite-ignore */ READER_MODULE) as Promise<typeof import('@e965/xlsx')>,
    import('./workbook-convert'),
  ]);
  const { bytes, ...opts } = request;
  try {
    const { chunks, ...rest } = convertWorkbook(reader, new Uint8Array(bytes), opts, progress);
    return { ...rest, csv: new Blob(chunks, { type: 'text/csv' }) };
  } catch (error) {
    if (error instanceof WorkbookReadError) throw problemError(fileName, error.reason);
    throw error;
  }
}

function convertInWorker(
  worker: Worker,
  request: WorkbookRequest,
  fileName: string,
  signal: AbortSignal | undefined,
  progress: (fraction: number) => void,
): Promise<Converted> {
  return new Promise<Converted>((resolve, reject) => {
    const cancel = () => reject(new UploadCancelled(fileName));
    signal?.addEventListener('abort', cancel, { once: true });
    const settle = () => {
      signal?.removeEventListener('abort', cancel);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<WorkbookReply>) => {
      const message = event.data;
      if (message.type === 'progress') {
        progress(message.fraction);
        return;
      }
      settle();
      if (message.type === 'done') {
        const { csv, sheet, sheets, lines } = message;
        resolve({ csv, sheet, sheets, lines });
      } else reject(problemError(fileName, message.reason));
    };
    // The worker died (out of memory, or its script failed to load): nothing of the workbook was read.
    worker.onerror = (event) => {
      event.preventDefault();
      settle();
      reject(problemError(fileName, 'crashed'));
    };
    worker.postMessage(request, [request.bytes]);
  }).finally(() => worker.terminate());
}

function problemError(fileName: string, reason: WorkbookProblem | 'crashed'): UploadError {
  switch (reason) {
    case 'password':
      return new UploadError(
        fileName,
        'This workbook is protected with a password, so it cannot be opened here.',
        'Remove the password in Excel (File › Info › Protect Workbook) and save again, or export the report as CSV.',
      );
    case 'empty':
      return new UploadError(
        fileName,
        'Every sheet of this workbook is empty.',
        'Export the report again with its rows, or check the filters used for the export.',
      );
    case 'too-large':
      return new UploadError(
        fileName,
        'This workbook is too large to open in the browser.',
        'Export the report as CSV instead, which LeadGap reads up to millions of rows.',
      );
    case 'crashed':
      return new UploadError(
        fileName,
        'Opening this workbook stopped part-way: it needs more memory than this browser tab has, or it is damaged.',
        'Export the report as CSV instead, which LeadGap reads up to millions of rows.',
      );
    case 'corrupt':
      return new UploadError(
        fileName,
        'This workbook could not be opened: it is damaged or not a complete Excel file.',
        'Open it in Excel and save it again, or export the report again from your CRM (as CSV if you can).',
      );
  }
}
