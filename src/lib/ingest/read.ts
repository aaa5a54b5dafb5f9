import { QueryCancelled, type Db, type RunOptions } from '../db';
import { isOutOfMemory, tooLargeError, UploadCancelled, UploadError } from './errors';
import { loadRaw, rawTables, type RawTables } from './raw';
import type { Sniffed } from './sniff';
import { utf8Source } from './transcode';

export interface ReadOptions {
  signal?: AbortSignal | undefined;
  onBytes?: ((bytes: number) => void) | undefined;
}

/**
 * Reads an upload into its raw tables. The encoding was guessed from the first 512 KB: when a file
 * taken for UTF-8 turns out to hold invalid bytes further down, it is a Windows-1252 export after
 * all (accents only in later rows), and it is read again as such rather than losing those rows.
 */
export async function readUpload(
  db: Db,
  file: Blob,
  fileName: string,
  uploadId: number,
  sniffed: Sniffed,
  opts: ReadOptions,
): Promise<{ tables: RawTables; sniffed: Sniffed }> {
  const tables = await readOnce(db, file, fileName, uploadId, sniffed, opts);
  if (sniffed.encoding !== 'utf-8' || sniffed.bom > 0) return { tables, sniffed };
  const [bad] = await db.query<{ n: number }>(
    `SELECT count(*) AS n FROM ${tables.rejects} WHERE error_type = 'INVALID ENCODING'`,
  );
  if ((bad?.n ?? 0) === 0) return { tables, sniffed };
  await dropRaw(db, uploadId);
  const retried: Sniffed = { ...sniffed, encoding: 'windows-1252' };
  return { tables: await readOnce(db, file, fileName, uploadId, retried, opts), sniffed: retried };
}

async function readOnce(
  db: Db,
  file: Blob,
  fileName: string,
  uploadId: number,
  sniffed: Sniffed,
  opts: ReadOptions,
): Promise<RawTables> {
  const source = await utf8Source(file, fileName, sniffed, opts);
  const registered = registeredName(uploadId);
  await db.registerFile(registered, source);
  const run: RunOptions = {
    signal: opts.signal,
    onProgress: (fraction) => opts.onBytes?.(Math.round(fraction * file.size)),
  };
  try {
    return await loadRaw(db, registered, uploadId, sniffed, run);
  } catch (error) {
    await dropRaw(db, uploadId);
    if (error instanceof QueryCancelled) throw new UploadCancelled(fileName);
    if (isOutOfMemory(error)) throw tooLargeError(fileName);
    throw new UploadError(
      fileName,
      `The file could not be read as CSV (${String(error)}).`,
      'Check that it is a CSV export.',
    );
  }
}

export const registeredName = (uploadId: number) => `upload_${uploadId}.csv`;

/** Drops an upload's raw tables and registered file. */
export async function dropRaw(db: Db, uploadId: number): Promise<void> {
  const tables = rawTables(uploadId);
  await db.exec(`DROP TABLE IF EXISTS ${tables.raw}`);
  await db.exec(`DROP TABLE IF EXISTS ${tables.rejects}`);
  await db.exec(`DROP TABLE IF EXISTS rejects_scan_${uploadId}`);
  // Right after a cancel DuckDB may still hold the file ("file is in use"): it then stays registered.
  await db.dropFile(registeredName(uploadId)).catch(() => undefined);
}

/**
 * Reads a loaded upload's text table again from its registered file (already in UTF-8): the table
 * is dropped once the upload is typed, to halve the memory a large file holds, and is needed again
 * only when the user changes the mapping.
 */
export async function rereadRaw(db: Db, uploadId: number, sniffed: Sniffed, opts: RunOptions = {}) {
  const tables = rawTables(uploadId);
  await db.exec(`DROP TABLE IF EXISTS ${tables.rejects}`);
  await db.exec(`DROP TABLE IF EXISTS rejects_scan_${uploadId}`);
  return loadRaw(db, registeredName(uploadId), uploadId, sniffed, opts);
}
