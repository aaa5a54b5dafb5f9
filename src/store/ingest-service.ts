/** The store's door to DuckDB for uploads: every call gets the one lazily created browser database. */
import { getDb } from '../lib/db';
import type { TableKind } from '../lib/ingest/fields';
import {
  commitUpload,
  discardPrepared,
  prepareUpload,
  removeUpload,
  type PrepareOptions,
  type PreparedUpload,
  type UploadChoice,
} from '../lib/ingest/pipeline';
import { detectDateFormat } from '../lib/ingest/formats';
import { matchSummary } from '../lib/ingest/match';
import { problemsCsv } from '../lib/ingest/problems';

export async function prepare(file: Blob, opts: PrepareOptions) {
  return prepareUpload(await getDb(), file, opts);
}

export async function commit(prepared: PreparedUpload, choice: UploadChoice) {
  return commitUpload(await getDb(), prepared, choice);
}

export async function discard(uploadId: number) {
  await discardPrepared(await getDb(), uploadId);
}

export async function remove(kind: TableKind, uploadId: number) {
  await removeUpload(await getDb(), kind, uploadId);
}

export async function dealMatchSummary() {
  return matchSummary(await getDb());
}

export async function problemsFile(uploads: { uploadId: number; fileName: string }[]) {
  return problemsCsv(await getDb(), uploads);
}

export async function detectDates(raw: string, column: number) {
  return detectDateFormat(await getDb(), raw, column);
}
