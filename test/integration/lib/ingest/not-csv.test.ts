import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { UploadError } from '../../../../src/lib/ingest/errors';
import { prepareUpload } from '../../../../src/lib/ingest/pipeline';
import { freshDb } from '../../../support/db';
import { assertFixtureIntact, truth } from '../../../support/expected';
import { fileFrom, fixture } from '../../../support/files';

/** Each file, what the message must say it is, and that it must say what to do. */
const CASES = [
  // A zip that claims to be a workbook but holds no sheet: read as a workbook, and found damaged.
  {
    name: 'not-csv.xlsx',
    what: /workbook could not be opened: it is damaged/i,
    todo: /export the report again/,
  },
  { name: 'not-csv.png', what: /PNG image/i, todo: /save or export it as "CSV UTF-8"/ },
  { name: 'empty.csv', what: /empty/i, todo: /Export the report again/ },
  { name: 'header-only.csv', what: /header row but no data rows/i, todo: /Export the report again/ },
  {
    name: 'binary-garbage.csv',
    what: /binary data|not readable text/i,
    todo: /save or export it as "CSV UTF-8"/,
  },
];

describe('files that are not a CSV export', () => {
  let db: Db;
  let nextId = 100;

  beforeAll(async () => {
    db = await freshDb();
  });

  it.each(CASES)('$name is refused with what it is and what to do', async ({ name, what, todo }) => {
    assertFixtureIntact(name);
    const t = truth(name);
    expect(t.expect === 'error' || t.expect === 'no rows').toBe(true);
    const error = await prepareUpload(db, fileFrom(fixture(name)), {
      uploadId: nextId++,
      kind: 'leads',
      fileName: name,
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UploadError);
    if (!(error instanceof UploadError)) return;
    expect(error.fileName).toBe(name);
    expect(error.problem).toMatch(what);
    expect(error.hint).toMatch(todo);
    expect(error.message).toContain(name);
    expect(error.message).toContain(error.problem);
    expect(error.message).toContain(error.hint);
  });

  it('leaves nothing behind: no rows, no raw tables', async () => {
    const [leads] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM leads`);
    expect(leads?.n).toBe(0);
    const tables = await db.query<{ name: string }>(
      `SELECT table_name AS name FROM duckdb_tables() WHERE table_name LIKE 'raw\\_%' ESCAPE '\\' OR table_name LIKE 'rejects\\_%' ESCAPE '\\'`,
    );
    expect(tables).toEqual([]);
  });
});
