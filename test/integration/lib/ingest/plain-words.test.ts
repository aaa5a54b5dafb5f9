import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { UploadError } from '../../../../src/lib/ingest/errors';
import { problemsCsv } from '../../../../src/lib/ingest/problems';
import { makeOddShapes } from '../../../fixtures/make/odd-shapes.mjs';
import { freshDb, load } from '../../../support/db';
import { fixture } from '../../../support/files';
import { ENGINE_PHRASES } from '../../../support/engine-words';

/**
 * No message a user sees carries the engine's wording: broken and odd files go through the whole
 * pipeline, and every refusal (problem and hint), every rejected row's problem, and the problem
 * column of the downloadable list are scanned for the engine's phrases.
 */

const enginePhrasesIn = (text: string) =>
  ENGINE_PHRASES.filter((phrase) => text.toLowerCase().includes(phrase.toLowerCase()));

const dir = mkdtempSync(join(tmpdir(), 'leadgap-plain-words-'));
const shapes = makeOddShapes(dir) as Record<string, { path: string }>;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function files(): string[] {
  const gz = join(dir, 'damaged.csv.gz');
  const packed = gzipSync(readFileSync(shapes['leads-preamble.csv']?.path ?? ''));
  writeFileSync(gz, packed.subarray(0, packed.length - 12));
  const bare = join(dir, 'header-then-garbage.csv');
  writeFileSync(bare, `Lead ID,Created Date,Company\n${'"'.repeat(3)}x,y\n1,2,3,4,5\n`);
  const fixtures = readdirSync(fixture('.'))
    .filter((name) => /\.(csv|txt|png|xlsx)$/.test(name))
    .map((name) => fixture(name));
  return [...Object.values(shapes).map((s) => s.path), gz, bare, ...fixtures];
}

describe('every message about a file is in plain words', () => {
  // One database for all: a refused file leaves nothing behind, loaded ones only add rows.
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
  });

  it.each(files().map((path) => [path.split('/').pop() ?? path, path]))('%s', async (_name, path) => {
    const messages: string[] = [];
    try {
      const { prepared, report } = await load(db, 'leads', path);
      messages.push(...report.rejected.map((r) => r.problem));
      messages.push(...report.valueIssues.map((issue) => issue.problem));
      const csv = await problemsCsv(db, [{ uploadId: prepared.uploadId, fileName: report.fileName }]);
      const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
      messages.push(...rows.map((row) => row['problem'] ?? ''));
    } catch (error) {
      // Anything but an UploadError reaches the user as "Loading failed: <its message>".
      expect(error, String(error)).toBeInstanceOf(UploadError);
      if (error instanceof UploadError) {
        messages.push(error.problem, error.hint);
        expect(error.hint, error.problem).not.toBe('');
      }
    }
    for (const message of messages) expect(enginePhrasesIn(message), message).toEqual([]);
  });
});
