import type { StateCreator } from 'zustand';
import type { TableKind } from '../lib/ingest/fields';
import type { LoadProgress, LoadReport, PreparedUpload, UploadChoice } from '../lib/ingest/pipeline';
import type { AppState } from './app-store';
import { savedFileNames, type SavedFileName } from './saved-uploads';

export type DatasetState = 'empty' | 'loading' | 'ready' | 'error';

export interface LoadedUpload {
  prepared: PreparedUpload;
  /** The file as uploaded: kept for re-mapping and saved for reloads. */
  file: Blob;
  choice: UploadChoice;
  report: LoadReport;
}

export interface Review {
  prepared: PreparedUpload;
  file: Blob;
  /** True when re-mapping a file that is already loaded. */
  loaded: boolean;
  /** The upload this file replaces once it is loaded ("Replace…"). */
  replaces?: number | undefined;
}

export interface UploadProblem {
  fileName: string;
  problem: string;
  hint: string;
}

export interface DatasetSlice {
  uploads: LoadedUpload[];
  /** Files waiting to be read, in order (several files of a kind append: monthly exports). */
  queue: { kind: TableKind; file: File; replaces?: number | undefined }[];
  progress: (LoadProgress & { fileName: string }) | null;
  review: Review | null;
  problems: UploadProblem[];
  restoring: boolean;
  /** The saved files a reload re-reads, in order (each is back once its upload is in `uploads`). */
  restoringFiles: SavedFileName[];
  /** Files just removed: out of the data at once, kept until their Undo lapses. */
  removed: LoadedUpload[];
  /** Bumped whenever the loaded data changes, so queries re-run. */
  dataVersion: number;
  nextUploadId: number;
}

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = () => {
  // Known from the first paint, so a reload never says "needs your data" while the files come back.
  const restoringFiles = savedFileNames();
  return {
    uploads: [],
    queue: [],
    progress: null,
    review: null,
    problems: [],
    restoring: restoringFiles.length > 0,
    restoringFiles,
    removed: [],
    dataVersion: 0,
    nextUploadId: 1,
  };
};

/** The one status the page shows and tests read: see DESIGN.md's test contract. */
export function datasetState(state: DatasetSlice): DatasetState {
  if (state.restoring || state.progress || state.review || state.queue.length > 0) return 'loading';
  if (state.problems.length > 0) return 'error';
  return state.uploads.length > 0 ? 'ready' : 'empty';
}

/** Loading, and nothing moves until the user answers: a mapping to confirm. */
export function waitingForUser(state: DatasetSlice): boolean {
  return state.review !== null && state.progress === null;
}
