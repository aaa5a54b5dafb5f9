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

export async function saveUpload(upload: SavedUpload): Promise<void> {
  const db = uploads();
  if (db) await set(upload.uploadId, upload, db);
}

export async function forgetUpload(uploadId: number): Promise<void> {
  const db = uploads();
  if (db) await del(uploadId, db);
}

export async function savedUploads(): Promise<SavedUpload[]> {
  const db = uploads();
  if (!db) return [];
  const all = await entries<number, SavedUpload>(db);
  return all.map(([, upload]) => upload).sort((a, b) => a.uploadId - b.uploadId);
}

export async function forgetAllUploads(): Promise<void> {
  const db = uploads();
  if (db) await clear(db);
}
