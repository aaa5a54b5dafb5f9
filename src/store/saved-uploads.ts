/**
 * Uploads kept across reloads: the files themselves as Blobs in IndexedDB (OPFS-backed DuckDB loses
 * tables on reload, STACK.md), with the mapping they were loaded with, re-ingested on start.
 */
import { createStore, del, entries, set, clear, type UseStore } from 'idb-keyval';
import type { TableKind } from '../lib/ingest/fields';
import type { UploadChoice } from '../lib/ingest/pipeline';
import {
  announceSavedFilesChanged,
  reportStorageFailure,
  reportStorageUnavailable,
} from './storage-problems';

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
function inOrder(write: (db: UseStore) => Promise<void>, fileName?: string): Promise<void> {
  const db = uploads();
  if (!db) return Promise.resolve(reportStorageUnavailable());
  // A failed write never touches the data in the tab: the user is told (storage-problems.ts).
  const next = pending
    .then(() => write(db))
    .then(announceSavedFilesChanged, (error: unknown) => {
      reportStorageFailure(error, fileName);
      throw error;
    });
  pending = next.catch(() => undefined);
  return next;
}

/**
 * What IndexedDB holds per upload, as this tab last read or wrote it. A restored upload is saved
 * again once it is loaded (the loader saves every upload it loads): the same file, name and mapping
 * under the same id are not written again (issue 15: a reload rewrote every saved file, ~1 s per
 * 200 MB, and told the site's other tabs that the saved files had changed when nothing had).
 */
const held = new Map<number, string>();
const sameness = ({ kind, fileName, file, choice }: SavedUpload) =>
  JSON.stringify([kind, fileName, file.size, choice]);

export function saveUpload(upload: SavedUpload): Promise<void> {
  const { uploadId, kind, fileName } = upload;
  if (held.get(uploadId) === sameness(upload)) return Promise.resolve();
  held.delete(uploadId);
  writeNames([...savedFileNames().filter((f) => f.uploadId !== uploadId), { uploadId, kind, fileName }]);
  return inOrder(async (db) => {
    await set(uploadId, upload, db);
    held.set(uploadId, sameness(upload));
  }, fileName);
}

export function forgetUpload(uploadId: number): Promise<void> {
  held.delete(uploadId);
  writeNames(savedFileNames().filter((f) => f.uploadId !== uploadId));
  return inOrder((db) => del(uploadId, db));
}

export async function savedUploads(): Promise<SavedUpload[]> {
  const db = uploads();
  if (!db) return [];
  const all = await entries<number, SavedUpload>(db);
  const saved = all.map(([, upload]) => upload).sort((a, b) => a.uploadId - b.uploadId);
  held.clear();
  for (const upload of saved) held.set(upload.uploadId, sameness(upload));
  writeNames(saved.map(({ uploadId, kind, fileName }) => ({ uploadId, kind, fileName })));
  return saved;
}

export function forgetAllUploads(): Promise<void> {
  held.clear();
  writeNames([]);
  return inOrder((db) => clear(db));
}

/** What a saved upload is called, without its file. */
export type SavedFileName = Pick<SavedUpload, 'uploadId' | 'kind' | 'fileName'>;

// The names of the saved files, also in localStorage: read synchronously at start, so the first
// paint after a reload already says which files are being re-read (IndexedDB answers only later).
const NAMES_KEY = 'leadgap-saved-files';

export function savedFileNames(): SavedFileName[] {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(NAMES_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isName).sort((a, b) => a.uploadId - b.uploadId) : [];
  } catch {
    return [];
  }
}

function isName(value: unknown): value is SavedFileName {
  const v = value as Partial<SavedFileName> | null;
  return (
    typeof v?.uploadId === 'number' &&
    (v.kind === 'leads' || v.kind === 'deals') &&
    typeof v.fileName === 'string'
  );
}

function writeNames(names: SavedFileName[]): void {
  try {
    if (names.length === 0) globalThis.localStorage?.removeItem(NAMES_KEY);
    else globalThis.localStorage?.setItem(NAMES_KEY, JSON.stringify(names));
  } catch {
    // Storage refused (private window, quota): the reload then shows the names once IndexedDB answers.
  }
}
