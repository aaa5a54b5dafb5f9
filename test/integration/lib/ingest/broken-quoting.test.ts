import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import type { LoadReport, PreparedUpload } from '../../../../src/lib/ingest/pipeline';
import { problemsCsv } from '../../../../src/lib/ingest/problems';
import { freshDb, load } from '../../../support/db';
import { appRow, assertFixtureIntact, mappingIndexes, spotChecks, truth } from '../../../support/expected';
import { fixture } from '../../../support/files';

const NAME = 'leads-broken-quoting.csv';
const t = truth(NAME);
const mustReject = t.rowsRejected.filter((r) => r.mustReject);

describe('rows with broken quoting', () => {
  let db: Db;
  let loaded: { prepared: PreparedUpload; report: LoadReport };

  beforeAll(async () => {
    assertFixtureIntact(NAME);
    db = await freshDb();
    loaded = await load(db, 'leads', fixture(NAME));
  });

  it('accounts for every row: rows read = loaded + rejected', () => {
    const { report } = loaded;
    expect(loaded.prepared.mapping).toEqual(mappingIndexes(t, loaded.prepared.sniffed.headers));
    expect(report.rowsRead).toBe(t.rowsRead);
    expect(report.rowsLoaded + report.rowsRejected).toBe(report.rowsRead);
    expect(report.rowsLoaded).toBeGreaterThanOrEqual(t.rowsLoadedMin ?? t.rowsLoaded);
    expect(report.rowsLoaded).toBeLessThanOrEqual(t.rowsLoadedMax ?? t.rowsLoaded);
    expect(report.rejected).toHaveLength(report.rowsRejected);
  });

  it('rejects the rows that must be rejected, numbered as a spreadsheet numbers them, saying why', () => {
    expect(mustReject.length).toBeGreaterThan(0);
    const byRow = new Map(loaded.report.rejected.map((r) => [r.row, r]));
    for (const truthRow of mustReject) {
      const rejected = byRow.get(appRow(truthRow.row));
      expect(rejected, `data row ${truthRow.row}`).toBeDefined();
      // The line as it is in the file, so the user can find it.
      expect(rejected?.line).toMatch(new RegExp(`^L-${1000 + truthRow.row},`));
      const problem = rejected?.problem ?? '';
      if (/too many fields/.test(truthRow.reason)) expect(problem).toMatch(/more values than the header/);
      else if (/too few fields/.test(truthRow.reason))
        expect(problem).toMatch(/fewer values than the header/);
      else throw new Error(`unexpected truth reason ${truthRow.reason}`);
      expect(problem).toMatch(/not loaded/);
    }
    // Every rejected row is one the truth lists as broken: no good neighbour is lost.
    const broken = new Set(t.rowsRejected.map((r) => appRow(r.row)));
    for (const rejected of loaded.report.rejected)
      expect(broken.has(rejected.row), `row ${rejected.row}`).toBe(true);
  });

  it('numbers loaded rows by their spreadsheet row, also after a rejected one', async () => {
    const rows = await db.query<{ lead_id: string; _row: number }>(
      `SELECT lead_id, _row FROM leads ORDER BY _row`,
    );
    expect(rows).toHaveLength(loaded.report.rowsLoaded);
    // Lead IDs run L-1001.. with the data row: the id says which row it came from.
    for (const { lead_id, _row } of rows) expect(_row, lead_id).toBe(appRow(Number(lead_id.slice(2)) - 1000));
    const checks = await spotChecks(db, {
      kind: 'leads',
      uploadId: loaded.prepared.uploadId,
      truth: t,
      headers: loaded.prepared.sniffed.headers,
    });
    expect(checks).toHaveLength(t.spot?.length ?? -1);
    for (const check of checks) expect(check.actual, `data row ${check.row}`).toEqual(check.expected);
    // Rows right after each must-reject row loaded, at their own row number.
    const loadedIds = new Set(rows.map((r) => r.lead_id));
    for (const truthRow of mustReject) {
      expect(loadedIds.has(`L-${1000 + truthRow.row}`)).toBe(false);
      expect(loadedIds.has(`L-${1000 + truthRow.row + 1}`)).toBe(true);
    }
  });

  it('keeps a lenient row as written when it is loaded', async () => {
    for (const truthRow of t.rowsRejected.filter((r) => !r.mustReject && r.ifAccepted)) {
      const rows = await db.query<{ company: string }>(
        `SELECT company FROM leads WHERE _row = ${appRow(truthRow.row)}`,
      );
      if (rows.length > 0) expect(rows[0]?.company).toBe(truthRow.ifAccepted?.['Company']);
    }
  });

  it('lists the rejected rows in the problems CSV', async () => {
    const csv = await problemsCsv(db, [{ uploadId: loaded.prepared.uploadId, fileName: NAME }]);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['file', 'row', 'column', 'problem', 'content']);
    const rejectedRows = parsed.data.filter((r) => r['problem']?.startsWith('This row'));
    expect(rejectedRows.map((r) => Number(r['row']))).toEqual(loaded.report.rejected.map((r) => r.row));
    for (const truthRow of mustReject) {
      const entry = rejectedRows.find((r) => Number(r['row']) === appRow(truthRow.row));
      expect(entry?.['file']).toBe(NAME);
      expect(entry?.['content']).toMatch(new RegExp(`^L-${1000 + truthRow.row},`));
    }
    expect(parsed.data).toHaveLength(loaded.report.rowsRejected + loaded.report.valueIssueCount);
  });
});
