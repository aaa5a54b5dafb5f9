import type { Db } from '../db';
import { rawTables, registeredName, rejectsTable, SAMPLE_ROWS, sampleSource, type RawTables } from './raw';
import type { Sniffed } from './sniff';
import { dropStrayQuotes, storeStrayQuotes } from './stray-quote-store';
import { utf8Source } from './transcode';

export interface ReadOptions {
  signal?: AbortSignal | undefined;
  onBytes?: ((bytes: number) => void) | undefined;
}

/** What the upload is read as: its encoding, and whether lines with a never-closed quote are refused alone. */
export type ReadAs = Sniffed & { strayQuotes?: boolean | undefined };

/**
 * Registers an upload's bytes with DuckDB, in UTF-8 (decoded here when the file is in another
 * encoding), and returns where its rows are read from.
 */
export async function registerUpload(
  db: Db,
  file: Blob,
  fileName: string,
  uploadId: number,
  sniffed: ReadAs,
  opts: ReadOptions = {},
): Promise<RawTables> {
  let source = await utf8Source(file, fileName, sniffed, opts);
  if (sniffed.strayQuotes)
    source = await storeStrayQuotes(db, uploadId, source, sniffed, fileName, opts.signal);
  else await dropStrayQuotes(db, uploadId);
  await db.dropFile(registeredName(uploadId)).catch(() => undefined);
  await db.registerFile(registeredName(uploadId), source);
  const tables = rawTables(uploadId, sniffed);
  await db.exec(
    `CREATE OR REPLACE TABLE ${tables.sample} AS SELECT * FROM ${sampleSource(uploadId, sniffed)} LIMIT ${SAMPLE_ROWS}`,
  );
  return tables;
}

/** Drops an upload's sample, rejects and its registered file. */
export async function dropRaw(db: Db, uploadId: number): Promise<void> {
  await dropRejects(db, uploadId);
  await db.exec(`DROP TABLE IF EXISTS sample_${uploadId}`);
  await dropStrayQuotes(db, uploadId);
  // Right after a cancel DuckDB may still hold the file ("file is in use"): it then stays registered.
  await db.dropFile(registeredName(uploadId)).catch(() => undefined);
}

export async function dropRejects(db: Db, uploadId: number): Promise<void> {
  await db.exec(`DROP TABLE IF EXISTS ${rejectsTable(uploadId)}`);
  await db.exec(`DROP TABLE IF EXISTS rejects_scan_${uploadId}`);
}
