/**
 * Uploads kept across reloads: the files themselves as Blobs in IndexedDB (OPFS-backed DuckDB loses
 * tables on reload, STACK.md), with the mapping they were loaded with, re-ingested on start.
 */
import { createStore, del, entries, set, clear, type UseStore } from 'idb-keyval';
import type { TableKind } from '../lib/ingest/fields';
import type { UploadChoice } from '../lib/ingest/pipeline';

export interface SavedUpload {
  uploadId: number;
  kind: TableKind;
  fileName: string;
  file: Blob;
  choice: UploadChoice;
}

let store: UseStore | null = null;
function uploads(): UseStore | null {
  if (typeof indexedDB === 'undefined') return null;
  store ??= createStore('leadgap', 'uploads');
  return store;
}

// Writes run one after another, so a removal never overtakes the save of the same upload: saves
// are not awaited by the loader (writing a 200 MB file took ~1 s that the next file waited for).
let pending: Promise<unknown> = Promise.resolve();
function inOrder(write: (db: UseStore) => Promise<void>): Promise<void> {
  const db = uploads();
  if (!db) return Promise.resolve();
  const next = pending.then(() => write(db));
  pending = next.catch(() => undefined);
  return next;
}

export function saveUpload(upload: SavedUpload): Promise<void> {
  return inOrder((db) => set(upload.uploadId, upload, db));
}

export function forgetUpload(uploadId: number): Promise<void> {
  return inOrder((db) => del(uploadId, db));
}

export async function savedUploads(): Promise<SavedUpload[]> {
  const db = uploads();
  if (!db) return [];
  const all = await entries<number, SavedUpload>(db);
  return all.map(([, upload]) => upload).sort((a, b) => a.uploadId - b.uploadId);
}

export function forgetAllUploads(): Promise<void> {
  return inOrder((db) => clear(db));
}
