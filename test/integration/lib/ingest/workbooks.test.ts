import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { UploadError } from '../../../../src/lib/ingest/errors';
import type { TableKind } from '../../../../src/lib/ingest/fields';
import {
  commitUpload,
  prepareUpload,
  type LoadReport,
  type PreparedUpload,
} from '../../../../src/lib/ingest/pipeline';
import { rememberSheetsWith, sheetSignature, workbookOf } from '../../../../src/lib/ingest/workbook';
import {
  dealsWorkbook,
  grandTotalsWorkbook,
  leads1904Workbook,
  leadsWorkbook,
  passwordWorkbook,
  titleLinesWorkbook,
  truncatedWorkbook,
  twoSheetWorkbook,
} from '../../../fixtures/make/workbooks.mjs';
import { freshDb } from '../../../support/db';

interface Made {
  name: string;
  bytes: Uint8Array;
}

let nextId = 500;

/** Loads a workbook made in memory as the app does when the mapping needs no confirmation. */
async function loadWorkbook(
  db: Db,
  kind: TableKind,
  made: Made,
): Promise<{ prepared: PreparedUpload; report: LoadReport }> {
  const file = new File([new Uint8Array(made.bytes)], made.name);
  const prepared = await prepareUpload(db, file, { uploadId: nextId++, kind, fileName: made.name });
  const report = await commitUpload(db, prepared, {
    mapping: prepared.mapping,
    formats: prepared.detection.formats,
    closedWonAssumed: prepared.closedWonAssumed,
  });
  return { prepared, report };
}

async function failure(db: Db, made: Made): Promise<UploadError> {
  const file = new File([new Uint8Array(made.bytes)], made.name);
  const error = await prepareUpload(db, file, {
    uploadId: nextId++,
    kind: 'leads',
    fileName: made.name,
  }).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof UploadError)) throw new Error(`expected an UploadError, got ${String(error)}`);
  return error;
}

interface LeadFigures {
  n: number;
  min_created: string;
  max_created: string;
  untouched: number;
  touches: number | null;
}

async function leadFigures(db: Db, uploadId: number): Promise<LeadFigures | undefined> {
  const [row] = await db.query<LeadFigures>(
    `SELECT count(*) AS n, strftime(min(created_at), '%Y-%m-%d %H:%M:%S') AS min_created,
            strftime(max(created_at), '%Y-%m-%d %H:%M:%S') AS max_created,
            count(*) FILTER (first_touch_at IS NULL) AS untouched, sum(touches) AS touches
     FROM leads WHERE _upload = ${uploadId}`,
  );
  return row;
}

/**
 * Whether the CSV path already finds the header below title lines, and leaves a totals line out
 * (issue 11's "header found, not assumed", built apart): a workbook becomes CSV, so it gets both
 * from there. Until then the two tests that need them are reported as skipped, not passed.
 */
async function csvPath(db: Db) {
  const header = 'Lead ID,Created Date,Lead Source';
  const rows = ['L1,2025-01-02 10:00:00,Web', 'L2,2025-01-03 11:00:00,Partner'];
  const attempt = async (name: string, lines: string[]) => {
    const file = new File([lines.join('\n')], name);
    const prepared = await prepareUpload(db, file, { uploadId: nextId++, kind: 'leads', fileName: name });
    const report = await commitUpload(db, prepared, {
      mapping: prepared.mapping,
      formats: prepared.detection.formats,
      closedWonAssumed: false,
    });
    return { headers: prepared.sniffed.headers, report };
  };
  const titled = await attempt('probe-title.csv', [
    'Leads by Source',
    'Filtered By: x',
    header,
    ...rows,
  ]).catch(() => null);
  const totals = await attempt('probe-totals.csv', [header, ...rows, '', 'Grand Totals (2 records)']).catch(
    () => null,
  );
  return {
    findsHeader: titled?.headers[0] === 'Lead ID',
    leavesTotals: totals?.report.rowsLoaded === 2 && totals.report.rowsRejected === 0,
  };
}

/** No message shows the reader's or the engine's own words. */
const LIBRARY_WORDS = /sheetjs|xlsx\.|cfb|zip|ecma|unsupported|error:|duckdb|invalid input/i;

describe('Excel workbooks load through the CSV pipeline', () => {
  let db: Db;

  beforeAll(async () => {
    db = await freshDb();
  });

  it('a leads workbook: typed dates become timestamps, numbers stay numbers', async () => {
    const made = leadsWorkbook({ rows: 40 });
    const { prepared, report } = await loadWorkbook(db, 'leads', made);
    expect(prepared.reasons).toEqual([]);
    expect(workbookOf(prepared.file)).toMatchObject({ sheet: 'Leads' });
    expect(prepared.detection.formats).toBeDefined();
    expect(report).toMatchObject({ rowsRead: 40, rowsLoaded: 40, rowsRejected: 0, valueIssueCount: 0 });
    expect(Object.keys(prepared.mapping)).toEqual(
      expect.arrayContaining([
        'lead_id',
        'created_at',
        'source',
        'owner',
        'status',
        'first_touch_at',
        'touches',
        'email',
        'company',
      ]),
    );
    const figures = await leadFigures(db, prepared.uploadId);
    expect(figures).toMatchObject({
      n: made.truth.rows,
      min_created: made.truth.minCreated,
      max_created: made.truth.maxCreated,
      untouched: made.truth.untouched,
    });
    // Text with a comma and with quotes survives as one value.
    const companies = await db.query<{ company: string }>(
      `SELECT DISTINCT company FROM leads WHERE _upload = ${prepared.uploadId} ORDER BY company`,
    );
    expect(companies.map((row) => row.company)).toContain('Acme, Inc.');
    expect(companies.map((row) => row.company)).toContain('The "Best" Co');
  });

  it('an OpenDocument spreadsheet (.ods, LibreOffice) reads the same', async () => {
    const made = leadsWorkbook({ rows: 40, bookType: 'ods' });
    expect(made.name).toBe('leads-typed.ods');
    const { prepared, report } = await loadWorkbook(db, 'leads', made);
    expect(report).toMatchObject({ rowsLoaded: 40, rowsRejected: 0, valueIssueCount: 0 });
    expect(await leadFigures(db, prepared.uploadId)).toMatchObject({
      n: made.truth.rows,
      min_created: made.truth.minCreated,
      max_created: made.truth.maxCreated,
    });
  });

  it('an old .xls workbook reads the same', async () => {
    const made = leadsWorkbook({ rows: 40, bookType: 'biff8' });
    const { prepared, report } = await loadWorkbook(db, 'leads', made);
    expect(report).toMatchObject({ rowsLoaded: 40, rowsRejected: 0, valueIssueCount: 0 });
    expect(await leadFigures(db, prepared.uploadId)).toMatchObject({
      min_created: made.truth.minCreated,
      max_created: made.truth.maxCreated,
    });
  });

  it('a 1904 date-system workbook gives the same dates, not four years early', async () => {
    const made = leads1904Workbook();
    const { prepared, report } = await loadWorkbook(db, 'leads', made);
    expect(report).toMatchObject({ rowsLoaded: made.truth.rows, rowsRejected: 0 });
    expect(await leadFigures(db, prepared.uploadId)).toMatchObject({
      n: made.truth.rows,
      min_created: made.truth.minCreated,
      max_created: made.truth.maxCreated,
    });
  });

  it('two sheets, "Summary" first: the leads sheet is read, and the others are offered', async () => {
    const made = twoSheetWorkbook();
    const { prepared, report } = await loadWorkbook(db, 'leads', made);
    expect(prepared.reasons).toEqual([]);
    const source = workbookOf(prepared.file);
    expect(source?.sheet).toBe('Leads');
    expect(source?.sheets.map((sheet) => sheet.name)).toEqual(made.truth.sheets);
    expect(report).toMatchObject({ rowsLoaded: made.truth.rows, rowsRejected: 0 });
    expect(await leadFigures(db, prepared.uploadId)).toMatchObject({
      min_created: made.truth.minCreated,
      max_created: made.truth.maxCreated,
    });
  });

  it('a sheet chosen before for the same sheets is read again', async () => {
    const made = twoSheetWorkbook();
    rememberSheetsWith(() => ({ [sheetSignature('leads', made.truth.sheets)]: 'Summary' }));
    try {
      const file = new File([new Uint8Array(made.bytes)], made.name);
      const prepared = await prepareUpload(db, file, {
        uploadId: nextId++,
        kind: 'leads',
        fileName: made.name,
      });
      expect(workbookOf(prepared.file)?.sheet).toBe('Summary');
      expect(prepared.sniffed.headers).toEqual(['Lead Source', 'Leads']);
    } finally {
      rememberSheetsWith(() => ({}));
    }
  });

  it('a "Grand Totals (N records)" row under the data is neither a lead nor a rejected row', async (ctx) => {
    if (!(await csvPath(db)).leavesTotals) ctx.skip();
    const made = grandTotalsWorkbook();
    const { prepared, report } = await loadWorkbook(db, 'leads', made);
    expect(await leadFigures(db, prepared.uploadId)).toMatchObject({
      n: made.truth.rows,
      min_created: made.truth.minCreated,
      max_created: made.truth.maxCreated,
    });
    expect(report).toMatchObject({ rowsLoaded: made.truth.rows, rowsRejected: 0 });
  });

  it('title lines above the header are left out (the CSV path’s header search)', async (ctx) => {
    if (!(await csvPath(db)).findsHeader) ctx.skip();
    const made = titleLinesWorkbook();
    const { prepared, report } = await loadWorkbook(db, 'leads', made);
    expect(prepared.sniffed.headers[0]).toBe('Lead ID');
    expect(report).toMatchObject({ rowsLoaded: made.truth.rows, rowsRejected: 0 });
    expect(await leadFigures(db, prepared.uploadId)).toMatchObject({
      min_created: made.truth.minCreated,
      max_created: made.truth.maxCreated,
    });
  });

  it('a deals workbook: amounts as numbers, close dates as timestamps', async () => {
    const made = dealsWorkbook();
    const { prepared, report } = await loadWorkbook(db, 'deals', made);
    expect(report).toMatchObject({ rowsLoaded: made.truth.rows, rowsRejected: 0, valueIssueCount: 0 });
    const [row] = await db.query<{ won: number; won_amount: number; closed: number }>(
      `SELECT count(*) FILTER (outcome = 'won') AS won,
              sum(amount) FILTER (outcome = 'won') AS won_amount, count(closed_at) AS closed
       FROM deals WHERE _upload = ${prepared.uploadId}`,
    );
    expect(row).toEqual({ won: made.truth.won, won_amount: made.truth.wonAmount, closed: made.truth.rows });
  });

  it('a password-protected workbook says so, and what to do, in plain words', async () => {
    const error = await failure(db, passwordWorkbook());
    expect(error.problem).toMatch(/protected with a password/);
    expect(error.hint).toContain('Remove the password in Excel (File › Info › Protect Workbook)');
    expect(error.hint).toMatch(/export the report as CSV/);
    expect(`${error.problem} ${error.hint}`).not.toMatch(LIBRARY_WORDS);
  });

  it('a damaged workbook says so, and what to do, in plain words', async () => {
    const error = await failure(db, truncatedWorkbook());
    expect(error.problem).toMatch(/damaged/);
    expect(error.hint).toMatch(/save it again|export the report again/);
    expect(`${error.problem} ${error.hint}`).not.toMatch(LIBRARY_WORDS);
  });

  it('a workbook over the size limit is refused before it is read', async () => {
    const { WORKBOOK_LIMIT_MB } = await import('../../../../src/lib/ingest/workbook');
    const big = new Uint8Array((WORKBOOK_LIMIT_MB + 1) * 1024 * 1024);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const error = await failure(db, { name: 'huge.xlsx', bytes: big });
    expect(error.problem).toMatch(/too large to open in the browser \(31 MB/);
    expect(error.hint).toMatch(/export the report as CSV instead/i);
  });
});
