/**
 * "Remove" that can be undone for a few seconds: the file leaves the data at once (its tables are
 * taken out of the `leads`/`deals` views, not dropped), and is dropped for good once its Undo lapses.
 * Undo puts the same tables back, so nothing is read again.
 */
import { matchDeals } from '../lib/ingest/match';
import { setUploadHidden } from '../lib/ingest/schema';
import { useAppStore as store } from './app-store';
import type { LoadedUpload } from './dataset-slice';
import * as ingest from './ingest-service';
import { forgetUpload, saveUpload } from './saved-uploads';

/** How long Undo is offered. */
export const UNDO_MS = 8000;

const timers = new Map<number, ReturnType<typeof setTimeout>>();

async function hide(uploadId: number, hidden: boolean): Promise<void> {
  const db = await ingest.readyDb();
  await setUploadHidden(db, uploadId, hidden);
  await matchDeals(db);
}

export async function removeWithUndo(uploadId: number): Promise<void> {
  const upload = store.getState().uploads.find((u) => u.prepared.uploadId === uploadId);
  if (!upload) return;
  // Gone from the screen at once; the figures follow once the database has left it out.
  store.setState((s) => ({
    uploads: s.uploads.filter((u) => u !== upload),
    removed: [...s.removed, upload],
  }));
  timers.set(
    uploadId,
    setTimeout(() => void dropForGood(uploadId), UNDO_MS),
  );
  // The saved copy goes now: a reload within the delay must not bring the file back.
  void forgetUpload(uploadId).catch(() => undefined);
  await hide(uploadId, true);
  store.setState((s) => ({ dataVersion: s.dataVersion + 1 }));
}

export async function undoRemove(uploadId: number): Promise<void> {
  const upload = store.getState().removed.find((u) => u.prepared.uploadId === uploadId);
  if (!upload) return;
  clearTimeout(timers.get(uploadId));
  timers.delete(uploadId);
  store.setState((s) => ({ removed: s.removed.filter((u) => u !== upload) }));
  await hide(uploadId, false);
  store.setState((s) => ({
    uploads: [...s.uploads, upload].sort((a, b) => a.prepared.uploadId - b.prepared.uploadId),
    dataVersion: s.dataVersion + 1,
  }));
  void saveUpload(savedCopy(upload)).catch(() => undefined);
}

async function dropForGood(uploadId: number): Promise<void> {
  timers.delete(uploadId);
  const upload = store.getState().removed.find((u) => u.prepared.uploadId === uploadId);
  if (!upload) return;
  store.setState((s) => ({ removed: s.removed.filter((u) => u !== upload) }));
  // Already out of the views: dropping the tables changes no figure.
  await ingest.remove(uploadId);
}

/** Ends every pending Undo now (Clear data). */
export async function dropRemovedNow(): Promise<void> {
  for (const upload of store.getState().removed) {
    clearTimeout(timers.get(upload.prepared.uploadId));
    await dropForGood(upload.prepared.uploadId);
  }
}

function savedCopy({ prepared, file, choice }: LoadedUpload) {
  return { uploadId: prepared.uploadId, kind: prepared.kind, fileName: prepared.fileName, file, choice };
}
