/**
 * Upload actions, kept outside the store (zustand's "no store actions" pattern): they read and write
 * the store and call the ingest service. Files are read one at a time, in the order given.
 */
import { headerSignature } from '../lib/ingest/automap';
import { UploadCancelled, UploadError } from '../lib/ingest/errors';
import type { TableKind } from '../lib/ingest/fields';
import type { PreparedUpload, UploadChoice } from '../lib/ingest/pipeline';
import { useAppStore as store } from './app-store';
import { replacementChoice, sameHeaders } from './replacement';
import * as ingest from './ingest-service';
import { expectLanding, landIfLoaded } from './land';
import { dropRemovedNow } from './removal';
import { forgetAllUploads, forgetUpload, saveUpload, savedUploads } from './saved-uploads';

let controller: AbortController | null = null;

export function addFiles(kind: TableKind, files: readonly File[]): void {
  if (files.length === 0) return;
  expectLanding();
  store.setState((s) => ({ queue: [...s.queue, ...files.map((file) => ({ kind, file }))], problems: [] }));
  void pump();
}

let pumping = false;
async function pump(): Promise<void> {
  if (pumping) return;
  pumping = true;
  try {
    while (!store.getState().review) {
      const [next, ...rest] = store.getState().queue;
      if (!next) break;
      // Reading starts now: no gap in which neither the queue nor progress says so (files-settled.ts).
      store.setState({
        queue: rest,
        progress: { phase: 'detecting', bytesRead: 0, bytesTotal: next.file.size, fileName: next.file.name },
      });
      await prepareOne(next.kind, next.file, undefined, next.replaces);
    }
  } finally {
    pumping = false;
    landIfLoaded();
  }
}

async function prepareOne(
  kind: TableKind,
  file: File,
  saved?: { uploadId: number; choice: UploadChoice },
  replaces?: number,
) {
  const uploadId = saved?.uploadId ?? store.getState().nextUploadId;
  const old = store.getState().uploads.find((u) => u.prepared.uploadId === replaces);
  store.setState((s) => ({ nextUploadId: Math.max(s.nextUploadId, uploadId + 1) }));
  controller = new AbortController();
  const fileName = file.name;
  try {
    const prepared = await ingest.prepare(file, {
      uploadId,
      kind,
      fileName,
      signal: controller.signal,
      recall: (headers) =>
        saved?.choice ??
        (old && replacementChoice(old, headers)) ??
        store.getState().rememberedMappings[headerSignature(kind, headers)],
      onProgress: (progress) => store.setState({ progress: { ...progress, fileName } }),
    });
    if (old && !sameHeaders(old, prepared.sniffed.headers)) {
      const differ = `Its columns differ from those of ${old.report.fileName}: check the mapping.`;
      prepared.reasons = [...prepared.reasons, differ];
    }
    if (prepared.reasons.length > 0) {
      store.setState({ review: { prepared, file, loaded: false, replaces }, progress: null });
      return;
    }
    await load(prepared, file, ingest.proposedChoice(prepared));
    if (old) await replaced(old.prepared.uploadId);
  } catch (error) {
    fail(fileName, error, uploadId);
  } finally {
    controller = null;
    store.setState({ progress: null });
  }
}

async function load(prepared: PreparedUpload, file: Blob, choice: UploadChoice): Promise<void> {
  const { fileName } = prepared;
  // The same Cancel covers reading and typing: a confirmed review starts a fresh controller.
  controller ??= new AbortController();
  const report = await ingest.commit(prepared, choice, {
    signal: controller.signal,
    onProgress: (progress) => store.setState({ progress: { ...progress, fileName } }),
  });
  store.setState((s) => ({
    uploads: [
      ...s.uploads.filter((u) => u.prepared.uploadId !== prepared.uploadId),
      // What could not be typed was left out of the mapping: keep the choice as loaded.
      { prepared, file, choice: report.choice, report },
    ].sort((a, b) => a.prepared.uploadId - b.prepared.uploadId),
    dataVersion: s.dataVersion + 1,
    progress: null,
  }));
  // Not awaited: the next file need not wait for this one to be written to IndexedDB.
  void saveUpload({
    uploadId: prepared.uploadId,
    kind: prepared.kind,
    fileName: prepared.fileName,
    file,
    choice: report.choice,
  }).catch(
    () => undefined, // Private windows may refuse IndexedDB: the data still loads, it just won't survive a reload.
  );
}

function fail(fileName: string, error: unknown, uploadId?: number): void {
  // A new upload that did not load leaves nothing behind (a part-read file holds memory).
  if (uploadId !== undefined) void ingest.discard(uploadId);
  if (error instanceof UploadCancelled) return;
  const problem =
    error instanceof UploadError
      ? { fileName, problem: error.problem, hint: error.hint }
      : {
          fileName,
          problem: `Loading failed: ${error instanceof Error ? error.message : String(error)}`,
          hint: 'Try again; if it fails again, the file may be damaged.',
        };
  store.setState((s) => ({ problems: [...s.problems, problem] }));
}

export async function confirmReview(choice: UploadChoice): Promise<void> {
  const review = store.getState().review;
  if (!review) return;
  const { prepared, file } = review;
  store.setState((s) => ({
    review: null,
    rememberedMappings: {
      ...s.rememberedMappings,
      [headerSignature(prepared.kind, prepared.sniffed.headers)]: choice,
    },
  }));
  try {
    await load(prepared, file, choice);
    if (review.replaces !== undefined) await replaced(review.replaces);
  } catch (error) {
    fail(prepared.fileName, error, review.loaded ? undefined : prepared.uploadId);
  } finally {
    controller = null;
    store.setState({ progress: null });
  }
  void pump();
}

export async function cancelReview(): Promise<void> {
  const review = store.getState().review;
  store.setState({ review: null });
  if (review && !review.loaded) await ingest.discard(review.prepared.uploadId);
  void pump();
}

/** Stops the file being read and drops the files still waiting. */
export function cancelLoading(): void {
  store.setState({ queue: [] });
  controller?.abort();
}

export function editMapping(uploadId: number): void {
  const upload = store.getState().uploads.find((u) => u.prepared.uploadId === uploadId);
  if (!upload) return;
  const prepared = {
    ...upload.prepared,
    mapping: upload.choice.mapping,
    closedWonAssumed: upload.choice.closedWonAssumed,
  };
  prepared.detection = { ...prepared.detection, formats: upload.choice.formats };
  store.setState({ review: { prepared, file: upload.file, loaded: true } });
}

/** Nothing is being read or reviewed: a loaded file may be read again. */
function idle(): boolean {
  const s = store.getState();
  return !pumping && !s.review && !s.progress && !s.restoring && s.queue.length === 0;
}

/**
 * Reads a loaded file again with a changed choice (another date format, a field left unmapped),
 * without the mapping screen: the "Edit mapping" path, confirmed at once.
 */
export async function applyChoice(uploadId: number, choice: UploadChoice): Promise<void> {
  if (!idle() || !store.getState().uploads.some((u) => u.prepared.uploadId === uploadId)) return;
  editMapping(uploadId);
  await confirmReview(choice);
}

/**
 * Loads a newer export of a loaded file in its place: the same kind, and the same mapping for the
 * columns whose headers it still has; then the old upload is removed. The new file comes last, so
 * its rows win over every other file's rows with the same id.
 */
export function replaceFile(uploadId: number, file: File): void {
  const old = store.getState().uploads.find((u) => u.prepared.uploadId === uploadId);
  if (!old) return;
  store.setState((s) => ({
    queue: [...s.queue, { kind: old.prepared.kind, file, replaces: uploadId }],
    problems: [],
  }));
  void pump();
}

/** The file a newer export replaced goes once that export is loaded (a failure keeps the new one). */
async function replaced(uploadId: number): Promise<void> {
  const name = store.getState().uploads.find((u) => u.prepared.uploadId === uploadId)?.report.fileName;
  await removeFile(uploadId).catch((error: unknown) => fail(name ?? '', error));
}

export async function removeFile(uploadId: number): Promise<void> {
  const upload = store.getState().uploads.find((u) => u.prepared.uploadId === uploadId);
  if (!upload) return;
  await ingest.remove(uploadId);
  await forgetUpload(uploadId);
  store.setState((s) => ({ uploads: s.uploads.filter((u) => u !== upload), dataVersion: s.dataVersion + 1 }));
}

export async function clearData(): Promise<void> {
  cancelLoading();
  await dropRemovedNow();
  for (const upload of store.getState().uploads) await ingest.remove(upload.prepared.uploadId);
  await forgetAllUploads();
  store.setState((s) => ({ uploads: [], problems: [], dataVersion: s.dataVersion + 1 }));
}

export function dismissProblems(): void {
  store.setState({ problems: [] });
}

/** Re-ingests the files kept in IndexedDB, with the mapping they were loaded with. */
export async function restoreSavedUploads(): Promise<void> {
  // Files were kept (localStorage named them for the first paint): the engine starts downloading
  // while IndexedDB is read, not after, so a reload is ready no later than a first load (issue 15).
  if (store.getState().restoringFiles.length > 0) void ingest.readyDb().catch(() => undefined);
  const saved = await savedUploads().catch(() => []);
  // The names shown since the first paint came from localStorage: IndexedDB has the last word.
  const restoringFiles = saved.map(({ uploadId, kind, fileName }) => ({ uploadId, kind, fileName }));
  store.setState({ restoring: saved.length > 0, restoringFiles });
  if (saved.length === 0) return;
  try {
    for (const upload of saved) {
      const file = new File([upload.file], upload.fileName);
      await prepareOne(upload.kind, file, { uploadId: upload.uploadId, choice: upload.choice });
      // One that did not come back (a problem, or a mapping to confirm) is no longer being read.
      if (!store.getState().uploads.some((u) => u.prepared.uploadId === upload.uploadId)) {
        store.setState((s) => ({
          restoringFiles: s.restoringFiles.filter((f) => f.uploadId !== upload.uploadId),
        }));
      }
    }
  } finally {
    store.setState({ restoring: false, restoringFiles: [] });
  }
}

/** The bundled sample: a Salesforce-style leads export and closed-deals export (sample-data/). */
export async function loadSample(): Promise<void> {
  const { sampleFiles } = await import('./sample');
  const files = await sampleFiles();
  addFiles('leads', [files.leads]);
  addFiles('deals', [files.deals]);
}

export { detectDates } from './ingest-service';
export { removeWithUndo, undoRemove, UNDO_MS } from './removal';
