/**
 * One hostile file through the whole ingest pipeline (the DuckDB-wasm engine the browser runs) and
 * the invariants every load keeps: it ends, ready or with a clear error; rows read = loaded +
 * rejected; every problem names the file, its row and (for a value) its column; and no message
 * carries the engine's wording.
 */
import Papa from 'papaparse';
import type { Db } from '../../src/lib/db';
import { UploadError } from '../../src/lib/ingest/errors';
import { commitUpload, discardPrepared, prepareUpload, removeUpload } from '../../src/lib/ingest/pipeline';
import { problemsCsv } from '../../src/lib/ingest/problems';
import { ENGINE_PHRASES } from '../support/engine-words';
import type { HostileFile } from './hostile-files';

/** The engine's words, plus the fuzz's own: the relabelled quote code, test names and NaN. */
export const ENGINE_WORDS = [...ENGINE_PHRASES, 'UNCLOSED QUOTE', 'LEADGAP_', 'NaN'];

export interface Outcome {
  status: 'ready' | 'error';
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  ms: number;
  message?: string | undefined;
}

export class Broken extends Error {}

function assert(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Broken(what);
}

function plain(message: string, where: string): void {
  const found = ENGINE_WORDS.filter((word) => message.toLowerCase().includes(word.toLowerCase()));
  assert(found.length === 0, `${where} holds engine wording ${JSON.stringify(found)}: ${message}`);
}

export async function loadHostile(db: Db, file: HostileFile, uploadId: number): Promise<Outcome> {
  const started = performance.now();
  const upload = new File([file.bytes as BlobPart], file.name);
  try {
    const prepared = await prepareUpload(db, upload, { uploadId, kind: file.kind, fileName: file.name });
    const report = await commitUpload(db, prepared, {
      mapping: prepared.mapping,
      formats: prepared.detection.formats,
      closedWonAssumed: prepared.closedWonAssumed,
      setAside: prepared.setAside,
    });
    const { rowsRead, rowsLoaded, rowsRejected } = report;
    assert(rowsLoaded > 0, `ready with ${rowsLoaded} rows loaded`);
    assert(
      rowsRead === rowsLoaded + rowsRejected,
      `rows read ${rowsRead} ≠ ${rowsLoaded} loaded + ${rowsRejected} rejected`,
    );
    assert(
      report.rejected.length === Math.min(rowsRejected, 5000),
      `${report.rejected.length} rejected rows listed of ${rowsRejected}`,
    );
    await checkProblems(db, file.name, uploadId, report);
    await removeUpload(db, uploadId);
    return { status: 'ready', rowsRead, rowsLoaded, rowsRejected, ms: performance.now() - started };
  } catch (error) {
    await discardPrepared(db, uploadId).catch(() => undefined);
    if (error instanceof Broken) throw error;
    assert(
      error instanceof UploadError,
      `not a clear error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
    assert(
      error.fileName === file.name && error.message.startsWith(file.name),
      `error does not name the file: ${error.message}`,
    );
    assert(
      error.problem.trim() !== '' && error.hint.trim() !== '',
      `error without problem or hint: ${error.message}`,
    );
    plain(error.problem, 'error');
    plain(error.hint, 'hint');
    return {
      status: 'error',
      rowsRead: 0,
      rowsLoaded: 0,
      rowsRejected: 0,
      ms: performance.now() - started,
      message: error.problem,
    };
  }
}

async function checkProblems(
  db: Db,
  fileName: string,
  uploadId: number,
  report: { rejected: { row: number; problem: string }[]; valueIssueCount: number; rowsRejected: number },
) {
  for (const rejected of report.rejected) {
    assert(Number.isInteger(rejected.row) && rejected.row >= 2, `rejected row numbered ${rejected.row}`);
    plain(rejected.problem, `row ${rejected.row}`);
  }
  const csv = await problemsCsv(db, [{ uploadId, fileName }]);
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: 'greedy' });
  const listed = parsed.data;
  assert(
    listed.length === report.rowsRejected + report.valueIssueCount,
    `problems list has ${listed.length} entries for ${report.rowsRejected} rejected + ${report.valueIssueCount} values`,
  );
  for (const entry of listed) {
    const row = Number(entry['row']);
    assert(entry['file'] === fileName, `problem names file ${entry['file']}`);
    assert(Number.isInteger(row) && row >= 2, `problem names row ${entry['row']}`);
    const problem = entry['problem'] ?? '';
    // A refused row is the whole row; a value names its column.
    if (!problem.startsWith('This row'))
      assert((entry['column'] ?? '') !== '', `value problem without a column at row ${row}`);
    plain(problem, `problem at row ${row}`);
  }
}
