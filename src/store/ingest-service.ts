/** The store's door to DuckDB for uploads: every call gets the one lazily created browser database. */
import { getDb, type Db } from '../lib/db';
import { ensureSchema, setAsideCounts, type SetAsideRows } from '../lib/ingest/schema';
import {
  commitUpload,
  discardPrepared,
  prepareUpload,
  proposedChoice,
  removeUpload,
  type PrepareOptions,
  type PreparedUpload,
  type UploadChoice,
} from '../lib/ingest/pipeline';
import { detectDateFormat } from '../lib/ingest/formats';
import { problemsCsv } from '../lib/ingest/problems';
import { problemGroups, type ProblemGroups } from '../lib/ingest/problem-groups';
import type { TableKind } from '../lib/ingest/fields';

let schemaReady: Promise<Db> | null = null;
/** The browser database with the canonical tables in place (queries may run before any upload). */
function startedDb(): Promise<Db> {
  schemaReady ??= getDb().then(async (instance) => {
    await ensureSchema(instance);
    return instance;
  });
  schemaReady.catch(() => {
    schemaReady = null;
  });
  return schemaReady;
}

// The warm-up, once started (engine-warm-up.ts): its made-up files are in the tables while it runs,
// so the app's own work waits for it, and cancels it first (its current statement at most). Once
// the app has asked for the database, no warm-up starts: it would run beside that work.
let warming: Promise<void> | null = null;
let appAsked = false;
const warmUpStop = new AbortController();

/**
 * Resolves once the warm-up, if one started, is over (cancelling it first); none starts after this
 * call. Every use of the database by the app goes through it (`db()`, use-metric.ts `readyEngine`).
 */
export async function afterWarmUp(): Promise<void> {
  appAsked = true;
  if (!warming) return;
  warmUpStop.abort();
  await warming;
}

/** The database for the app's own work: never beside the warm-up. */
async function db(): Promise<Db> {
  await afterWarmUp();
  return startedDb();
}

/**
 * Runs `work` once per page on the database, alone (the app's work waits for it), with a signal
 * that aborts when the app wants the database; nothing when the app has asked for it already.
 * Later calls return the first run.
 */
export function warmUpOnce(work: (db: Db, signal: AbortSignal) => Promise<void>): Promise<void> {
  if (!warming && appAsked) return Promise.resolve();
  warming ??= startedDb()
    .then((instance) => work(instance, warmUpStop.signal))
    .catch(() => undefined);
  return warming;
}

export async function prepare(file: Blob, opts: PrepareOptions) {
  return prepareUpload(await db(), file, opts);
}

export async function commit(
  prepared: PreparedUpload,
  choice: UploadChoice,
  opts: Parameters<typeof commitUpload>[3] = {},
) {
  return commitUpload(await db(), prepared, choice, opts);
}

export async function discard(uploadId: number) {
  await discardPrepared(await db(), uploadId);
}

export async function remove(uploadId: number) {
  await removeUpload(await db(), uploadId);
}

export async function problemsFile(uploads: { uploadId: number; fileName: string }[]) {
  return problemsCsv(await db(), uploads);
}

export async function detectDates(upload: PreparedUpload, column: number) {
  return detectDateFormat(await db(), upload.tables, column);
}

/** Per loaded upload, its rows set aside because a later row of its kind holds their id. */
export async function setAsideRows(): Promise<Map<number, SetAsideRows>> {
  // No upload yet: the database is not started for this (it loads lazily, after first paint).
  if (!schemaReady) return new Map();
  return setAsideCounts(await db());
}

/** Each upload's unreadable values by column and refused rows by reason, with examples. */
export async function uploadProblemGroups(
  uploads: { uploadId: number; kind: TableKind }[],
): Promise<Map<number, ProblemGroups>> {
  if (uploads.length === 0) return new Map();
  const instance = await db();
  const groups = new Map<number, ProblemGroups>();
  for (const { uploadId, kind } of uploads)
    groups.set(uploadId, await problemGroups(instance, kind, uploadId));
  return groups;
}

export { db as readyDb, startedDb as engineDb, proposedChoice };
