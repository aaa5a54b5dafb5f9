import { QueryCancelled, type Db } from '../db';
import { isOutOfMemory, tooLargeError, UploadCancelled, UploadError } from './errors';
import type { RawTables } from './raw';
import { registerUpload, type ReadAs } from './read';
import { readProblem } from './read-problem';
import { invalidEncoding } from './rejects';
import { markStrayQuotes, quoteFailure, quoteRejects, strayCount } from './stray-quote-store';
import { writeCanonical } from './load-table';
import type { TransformInput } from './transform';

/** The upload being read: what prepareUpload registered. */
export interface Registered {
  uploadId: number;
  kind: TransformInput['kind'];
  fileName: string;
  fileSize: number;
  file: Blob;
  sniffed: ReadAs;
  tables: RawTables;
}

export type Choice = Pick<TransformInput, 'mapping' | 'formats' | 'closedWonAssumed'>;

export interface ReadRowsOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((bytesRead: number) => void) | undefined;
}

/** A failure of reading a file, said in plain words (the reader's own message is never shown). */
export function readError(fileName: string, error: unknown): Error {
  if (error instanceof QueryCancelled) return new UploadCancelled(fileName);
  if (error instanceof UploadError || error instanceof UploadCancelled) return error;
  if (isOutOfMemory(error)) return tooLargeError(fileName);
  const { problem, hint } = readProblem(error);
  return new UploadError(fileName, problem, hint);
}

/**
 * Reads the upload's rows into its table. The encoding was guessed from the first 512 KB: a file
 * taken for UTF-8 that holds invalid bytes further down is a Windows-1252 export after all, and is
 * read again as such. A quote never closed takes the rows below it into one value: the file is
 * then read again with each such line refused alone (stray-quote-copy.ts).
 */
export async function readRows(db: Db, upload: Registered, choice: Choice, opts: ReadRowsOptions = {}) {
  let sniffed = upload.sniffed;
  const type = () => typeRows(db, upload, sniffed, choice, opts);
  let typed = await type().catch((error: unknown) => {
    if (sniffed.strayQuotes || !quoteFailure(error)) throw readError(upload.fileName, error);
    return null;
  });
  const reRegister = () =>
    registerUpload(db, upload.file, upload.fileName, upload.uploadId, sniffed, opts).catch(
      (error: unknown) => {
        throw readError(upload.fileName, error);
      },
    );
  if (
    typed &&
    sniffed.encoding === 'utf-8' &&
    sniffed.bom === 0 &&
    (await invalidEncoding(db, upload.tables))
  ) {
    sniffed = { ...sniffed, encoding: 'windows-1252' };
    await reRegister();
    typed = await type().catch(rethrow(upload.fileName));
  }
  if (!sniffed.strayQuotes && (typed === null || (await quoteRejects(db, upload.uploadId)))) {
    const before = sniffed;
    sniffed = { ...sniffed, strayQuotes: true };
    await reRegister();
    if (typed === null || strayCount(db, upload.uploadId) > 0) {
      typed = await type().catch(rethrow(upload.fileName));
    } else {
      sniffed = before;
    }
  }
  if (typed === null) throw readError(upload.fileName, new Error('quote'));
  await markStrayQuotes(db, upload.uploadId);
  return { ...typed, sniffed };
}

const rethrow = (fileName: string) => (error: unknown) => {
  throw readError(fileName, error);
};

function typeRows(db: Db, upload: Registered, sniffed: ReadAs, choice: Choice, opts: ReadRowsOptions) {
  const bytesTotal = upload.fileSize;
  const progress = (fraction: number) => opts.onProgress?.(Math.round(fraction * bytesTotal));
  progress(0);
  const input: TransformInput = {
    uploadId: upload.uploadId,
    kind: upload.kind,
    fileName: upload.fileName,
    headers: sniffed.headers,
    tables: upload.tables,
    sniffed,
    firstRow: sniffed.skipLines + 2,
    ...choice,
  };
  return writeCanonical(db, input, { signal: opts.signal, onProgress: progress });
}
