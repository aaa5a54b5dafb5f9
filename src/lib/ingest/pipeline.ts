import type { Db } from '../db';
import type { Mapping } from './automap';
import { detectFormats, undecidedDateColumns, withNumberFormats, type Detection } from './detect';
import { UploadCancelled, UploadError } from './errors';
import type { TableKind } from './fields';
import { proposeMapping, type SetAside } from './fit';
import { matchDeals } from './match';
import type { RawTables } from './raw';
import { dropRaw, registerUpload, type ReadAs } from './read';
import { readError, readRows } from './read-rows';
import { rejectedCount, rejectedRows, type RejectedRow } from './rejects';
import { confirmationReasons, settleChoice } from './review';
import { dropUploadTables, ensureSchema } from './schema';
import { checkFits, countLoaded, countRemoved } from './size-limit';
import { sniff } from './sniff';
import { quoteFailure } from './stray-quote-store';
import type { ColumnFormats } from './transform';
import { valueIssues, type ValueIssue } from './value-issues';
import { asCsvSource } from './workbook';

/** Formats are recognised on the first values; then the file is read and typed in one pass. */
export type LoadPhase = 'unpacking' | 'detecting' | 'reading' | 'matching';
export interface LoadProgress {
  phase: LoadPhase;
  bytesRead: number;
  bytesTotal: number;
  /** Rows read: known once the file has been read. */
  rows?: number | undefined;
}

/** An upload registered with DuckDB, with the mapping and formats proposed for it. */
export interface PreparedUpload {
  uploadId: number;
  kind: TableKind;
  fileName: string;
  fileSize: number;
  /** The file as given (read again as Windows-1252 if it turns out to be that). */
  file: Blob;
  sniffed: ReadAs;
  tables: RawTables;
  mapping: Mapping;
  /** Columns a header proposed that their values ruled out, with why (kept as extra columns). */
  setAside: SetAside[];
  detection: Detection;
  closedWonAssumed: boolean;
  /** Why the user must look at the mapping before loading; empty: load as proposed. */
  reasons: string[];
}

export interface PrepareOptions {
  uploadId: number;
  kind: TableKind;
  fileName: string;
  /** A mapping the user confirmed earlier for a file with these headers, if any. */
  recall?: ((headers: string[]) => UploadChoice | undefined) | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: LoadProgress) => void) | undefined;
}

/**
 * Sniffs the file, registers it, proposes a mapping and decides the value formats from the first
 * values of each column (reading on only where they prove nothing). `commitUpload` reads the rows.
 */
export async function prepareUpload(db: Db, upload: Blob, opts: PrepareOptions): Promise<PreparedUpload> {
  const { uploadId, kind, fileName, signal } = opts;
  checkFits(db, fileName, uploadId, upload.size);
  const file = await asCsvSource(upload, opts); // a workbook's sheet as CSV text; other files as they are
  checkFits(db, fileName, uploadId, file.size); // a gzip's or workbook's text may be larger
  opts.onProgress?.({ phase: 'detecting', bytesRead: 0, bytesTotal: file.size });
  let sniffed: ReadAs = await sniff(file, fileName, {
    signal,
    onBytes: (bytesRead) => opts.onProgress?.({ phase: 'unpacking', bytesRead, bytesTotal: file.size }),
  });
  const remembered = opts.recall?.(sniffed.headers);
  let tables: RawTables;
  let proposal: { mapping: Mapping; setAside: SetAside[] };
  let detection: Detection;
  try {
    tables = await registerUpload(db, file, fileName, uploadId, sniffed, { signal }).catch(
      async (error: unknown) => {
        // A quote never closed can run a row past the reader's longest: read with such lines refused.
        if (!quoteFailure(error)) throw error;
        sniffed = { ...sniffed, strayQuotes: true };
        return registerUpload(db, file, fileName, uploadId, sniffed, { signal });
      },
    );
    proposal = remembered
      ? { mapping: remembered.mapping, setAside: remembered.setAside ?? [] }
      : await proposeMapping(db, tables, kind, sniffed.headers);
    detection = await detectFormats(
      db,
      tables,
      kind,
      proposal.mapping,
      sniffed.delimiter,
      remembered?.formats,
    );
  } catch (error) {
    await discardPrepared(db, uploadId);
    throw readError(fileName, error);
  }
  if (signal?.aborted) {
    await discardPrepared(db, uploadId);
    throw new UploadCancelled(fileName);
  }
  const { mapping, setAside } = proposal;
  const closedWonAssumed =
    remembered?.closedWonAssumed ?? (kind === 'deals' && mapping['outcome'] === undefined);
  const prepared = {
    uploadId,
    kind,
    fileName,
    fileSize: file.size,
    file,
    sniffed,
    tables,
    mapping,
    setAside,
    detection,
    closedWonAssumed,
  };
  return { ...prepared, reasons: remembered ? undecidedNames(prepared) : confirmationReasons(prepared) };
}

function undecidedNames(upload: Omit<PreparedUpload, 'reasons'>): string[] {
  return undecidedDateColumns(upload.detection).map(
    (column) => `Choose the date format of “${upload.sniffed.headers[column] ?? ''}”.`,
  );
}

/** The user's final word on an upload: mapping and formats (the prepared ones if unchanged). */
export interface UploadChoice {
  mapping: Mapping;
  formats: ColumnFormats;
  closedWonAssumed: boolean;
  /** Columns left out of the mapping on purpose, with why (shown with the loaded file). */
  setAside?: SetAside[] | undefined;
}

export interface LoadReport {
  uploadId: number;
  kind: TableKind;
  fileName: string;
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  footerLines: number;
  encoding: string;
  delimiter: string;
  /** The mapping the rows were loaded with: the choice, less what could not be typed (`setAside`). */
  choice: UploadChoice;
  rejected: RejectedRow[];
  valueIssueCount: number;
  valueIssues: ValueIssue[];
}

/** The upload's proposed mapping and formats, as loading it without a review takes them. */
export function proposedChoice(prepared: PreparedUpload): UploadChoice {
  return {
    mapping: prepared.mapping,
    formats: prepared.detection.formats,
    closedWonAssumed: prepared.closedWonAssumed,
    setAside: prepared.setAside,
  };
}

type CommitOptions = Pick<PrepareOptions, 'signal' | 'onProgress'>;

/**
 * Reads the upload's rows and types them into its table (replacing earlier ones), then re-matches
 * deals (read-rows.ts reads a file again when its encoding or a stray quote calls for it).
 */
export async function commitUpload(
  db: Db,
  upload: PreparedUpload,
  chosen: UploadChoice,
  opts: CommitOptions = {},
): Promise<LoadReport> {
  if (opts.signal?.aborted) throw new UploadCancelled(upload.fileName);
  const settled = settleChoice(upload, chosen);
  const { kind, tables, sniffed: read } = upload;
  const formats = await withNumberFormats(db, tables, kind, settled.mapping, read.delimiter, settled.formats);
  const choice = { ...settled, formats };
  await ensureSchema(db);
  const bytesTotal = upload.fileSize;
  const { sniffed, ...typed } = await readRows(db, upload, choice, {
    signal: opts.signal,
    onProgress: (bytesRead) => opts.onProgress?.({ phase: 'reading', bytesRead, bytesTotal }),
  });
  const rowsRejected = await rejectedCount(db, upload.tables);
  if (typed.rowsLoaded === 0) throw noRows(upload.fileName, rowsRejected, sniffed.headers.length);
  const rowsRead = typed.rowsLoaded + rowsRejected;
  const bytes = upload.fileSize;
  opts.onProgress?.({ phase: 'matching', bytesRead: bytes, bytesTotal: bytes, rows: rowsRead });
  await matchDeals(db);
  countLoaded(db, upload.uploadId, upload.fileSize);
  return {
    uploadId: upload.uploadId,
    kind: upload.kind,
    fileName: upload.fileName,
    rowsRead,
    rowsLoaded: typed.rowsLoaded,
    rowsRejected,
    footerLines: sniffed.footer?.lines ?? 0,
    encoding: sniffed.encoding,
    delimiter: sniffed.delimiter,
    choice,
    rejected: await rejectedRows(db, upload.tables),
    valueIssueCount: typed.valueIssueCount,
    valueIssues: await valueIssues(db, upload.uploadId),
  };
}

function noRows(fileName: string, rejected: number, columns: number): UploadError {
  return rejected > 0
    ? new UploadError(
        fileName,
        `None of its ${rejected} rows could be split into the ${columns} columns of its header.`,
        'Check that every row has the same number of values as the header, then upload it again.',
      )
    : new UploadError(
        fileName,
        'The file has a header row but no data rows.',
        'Export the report again with its rows.',
      );
}

/** Drops an upload that was prepared but not loaded (cancelled, or failed part-way). */
export async function discardPrepared(db: Db, uploadId: number): Promise<void> {
  countRemoved(db, uploadId);
  await dropRaw(db, uploadId);
  await db.exec(`DROP TABLE IF EXISTS issues_${uploadId}`);
  await dropUploadTables(db, uploadId);
}

/** Removes one loaded file from the data. */
export async function removeUpload(db: Db, uploadId: number): Promise<void> {
  await discardPrepared(db, uploadId);
  await matchDeals(db);
}
