/**
 * Files too large for the tab are refused from their size, before any of them is read (issue 15).
 * DuckDB-wasm is a 32-bit WebAssembly module: its heap ends at 4 GB, and a tab that passes it dies
 * (or DuckDB fails mid-load, after a minute of work). What a load holds grows with the CSV's bytes,
 * so the files of one database are counted together: those loaded before and the new one.
 */
import type { Db } from '../db';
import { UploadError } from './errors';

/**
 * The most CSV (leads and deals together, bytes as read) one tab takes. Measured with the bench in
 * Chromium (DuckDB-wasm 1.32, December 2026, the sample company's files repeated): 8M leads + 0.94M
 * deals (1.62 GiB) loaded and drew every view; 10M + 1.17M (2.02 GiB) read for 75 s, then failed
 * out of memory (renderer at 3.9 GB). The bound is the size that worked: a larger file is refused.
 */
export const MAX_CSV_BYTES = 1.65 * 2 ** 30;

const loaded = new WeakMap<Db, Map<number, number>>();

/** The CSV bytes of the uploads loaded into `db`, other than `except` (a file being replaced). */
function loadedBytes(db: Db, except?: number): number {
  let total = 0;
  for (const [uploadId, bytes] of loaded.get(db) ?? []) if (uploadId !== except) total += bytes;
  return total;
}

// Rounded so the message never contradicts itself: a file just over the limit reads larger than it.
const gb = (bytes: number, round: (n: number) => number) =>
  `${(round((bytes / 2 ** 30) * 10) / 10).toFixed(1)} GB`;

/** Throws the refusal when `bytes` more would not fit beside what is loaded. */
export function checkFits(db: Db, fileName: string, uploadId: number, bytes: number): void {
  const before = loadedBytes(db, uploadId);
  if (before + bytes <= MAX_CSV_BYTES) return;
  const beside = before > 0 ? ` beside the ${gb(before, Math.round)} already loaded` : '';
  throw new UploadError(
    fileName,
    `At ${gb(bytes, Math.ceil)}, this file is too large to load in a browser tab${beside}: about ${gb(MAX_CSV_BYTES, Math.floor)} of files fit in the memory the tab gives LeadGap. Nothing was read.`,
    'Export fewer rows (a shorter date range, for example one year per file) and load that; or remove a loaded file first.',
  );
}

/** The upload's bytes now count as loaded. */
export function countLoaded(db: Db, uploadId: number, bytes: number): void {
  const uploads = loaded.get(db) ?? new Map<number, number>();
  uploads.set(uploadId, bytes);
  loaded.set(db, uploads);
}

/** The upload is gone (removed, cancelled or replaced by a failed load). */
export function countRemoved(db: Db, uploadId: number): void {
  loaded.get(db)?.delete(uploadId);
}
