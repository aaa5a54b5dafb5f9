import { QueryCancelled, type Db } from '../db';
import { autoMap, type Mapping } from './automap';
import { detectFormats, undecidedDateColumns, type Detection } from './detect';
import { isOutOfMemory, tooLargeError, UploadCancelled, UploadError } from './errors';
import type { TableKind } from './fields';
import { matchDeals } from './match';
import { hasRaw, rawCounts, type RawCounts, type RawTables } from './raw';
import { dropRaw, readUpload, rereadRaw } from './read';
import { rejectedRows, type RejectedRow } from './rejects';
import { ensureSchema, uploadTable } from './schema';
import { sniff, type Sniffed } from './sniff';
import { valueIssues, writeCanonical, type ColumnFormats, type ValueIssue } from './transform';
import { confirmationReasons } from './review';

export type LoadPhase = 'reading' | 'detecting' | 'typing' | 'matching';
export interface LoadProgress {
  phase: LoadPhase;
  bytesRead: number;
  bytesTotal: number;
  /** Rows read so far: known once the file has been read. */
  rows?: number | undefined;
}

/** An upload read into DuckDB as text, with the mapping and formats proposed for it. */
export interface PreparedUpload {
  uploadId: number;
  kind: TableKind;
  fileName: string;
  fileSize: number;
  sniffed: Sniffed;
  tables: RawTables;
  counts: RawCounts;
  mapping: Mapping;
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

export async function prepareUpload(db: Db, file: Blob, opts: PrepareOptions): Promise<PreparedUpload> {
  const { uploadId, kind, fileName, signal } = opts;
  const report = (phase: LoadPhase, bytesRead: number) =>
    opts.onProgress?.({ phase, bytesRead, bytesTotal: file.size });
  report('reading', 0);
  const { tables, sniffed } = await readUpload(db, file, fileName, uploadId, await sniff(file, fileName), {
    signal,
    onBytes: (bytes) => report('reading', bytes),
  });
  const counts = await rawCounts(db, tables);
  if (counts.loaded === 0) {
    await discardPrepared(db, uploadId);
    throw counts.rejected > 0
      ? new UploadError(
          fileName,
          `None of its ${counts.rejected} rows could be split into the ${sniffed.headers.length} columns of its header.`,
          'Check that every row has the same number of values as the header, then upload it again.',
        )
      : new UploadError(
          fileName,
          'The file has a header row but no data rows.',
          'Export the report again with its rows.',
        );
  }
  opts.onProgress?.({
    phase: 'detecting',
    bytesRead: file.size,
    bytesTotal: file.size,
    rows: counts.loaded + counts.rejected,
  });
  const remembered = opts.recall?.(sniffed.headers);
  const mapping = remembered?.mapping ?? autoMap(kind, sniffed.headers);
  const detection = await detectFormats(
    db,
    tables.raw,
    kind,
    mapping,
    sniffed.delimiter,
    remembered?.formats,
  );
  if (signal?.aborted) {
    await discardPrepared(db, uploadId);
    throw new UploadCancelled(fileName);
  }
  const closedWonAssumed =
    remembered?.closedWonAssumed ?? (kind === 'deals' && mapping['outcome'] === undefined);
  const prepared = {
    uploadId,
    kind,
    fileName,
    fileSize: file.size,
    sniffed,
    tables,
    counts,
    mapping,
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
  rejected: RejectedRow[];
  valueIssueCount: number;
  valueIssues: ValueIssue[];
}

/** Types the upload's rows into the canonical table (replacing its earlier rows) and re-matches deals. */
export async function commitUpload(
  db: Db,
  upload: PreparedUpload,
  choice: UploadChoice,
  opts: Pick<PrepareOptions, 'signal' | 'onProgress'> = {},
): Promise<LoadReport> {
  const report = (phase: LoadPhase) =>
    opts.onProgress?.({
      phase,
      bytesRead: upload.fileSize,
      bytesTotal: upload.fileSize,
      rows: upload.counts.loaded + upload.counts.rejected,
    });
  if (opts.signal?.aborted) throw new UploadCancelled(upload.fileName);
  await ensureSchema(db);
  await ensureRaw(db, upload, opts);
  const input = {
    uploadId: upload.uploadId,
    kind: upload.kind,
    fileName: upload.fileName,
    headers: upload.sniffed.headers,
    tables: upload.tables,
    ...choice,
  };
  report('typing');
  let valueIssueCount: number;
  try {
    ({ valueIssueCount } = await writeCanonical(db, input, { signal: opts.signal }));
  } catch (error) {
    if (error instanceof QueryCancelled) throw new UploadCancelled(upload.fileName);
    if (isOutOfMemory(error)) throw tooLargeError(upload.fileName);
    throw error;
  }
  report('matching');
  await matchDeals(db);
  const { loaded, rejected } = upload.counts;
  const loadReport: LoadReport = {
    uploadId: upload.uploadId,
    kind: upload.kind,
    fileName: upload.fileName,
    rowsRead: loaded + rejected,
    rowsLoaded: loaded,
    rowsRejected: rejected,
    footerLines: upload.sniffed.footer?.lines ?? 0,
    encoding: upload.sniffed.encoding,
    delimiter: upload.sniffed.delimiter,
    rejected: await rejectedRows(db, upload.tables),
    valueIssueCount,
    valueIssues: await valueIssues(db, upload.uploadId),
  };
  // The typed table has everything the views need; the text copy would double the memory held.
  await db.exec(`DROP TABLE IF EXISTS ${upload.tables.raw}`);
  return loadReport;
}

/** The upload's text table, read again from its file when it was dropped after loading. */
export async function ensureRaw(
  db: Db,
  upload: Pick<PreparedUpload, 'uploadId' | 'fileName' | 'sniffed' | 'tables'>,
  opts: Pick<PrepareOptions, 'signal'> = {},
): Promise<void> {
  if (await hasRaw(db, upload.tables)) return;
  try {
    await rereadRaw(db, upload.uploadId, upload.sniffed, { signal: opts.signal });
  } catch (error) {
    if (error instanceof QueryCancelled) throw new UploadCancelled(upload.fileName);
    throw error;
  }
}

/** Drops an upload that was prepared but not loaded (cancelled, or failed part-way). */
export async function discardPrepared(db: Db, uploadId: number): Promise<void> {
  await dropRaw(db, uploadId);
  await db.exec(`DROP TABLE IF EXISTS issues_${uploadId}`);
  for (const kind of ['leads', 'deals'] as const) {
    await db.exec(`DROP TABLE IF EXISTS ${uploadTable(kind, uploadId)}`);
  }
  await ensureSchema(db);
}

/** Removes one loaded file from the data. */
export async function removeUpload(db: Db, uploadId: number): Promise<void> {
  await discardPrepared(db, uploadId);
  await matchDeals(db);
}
