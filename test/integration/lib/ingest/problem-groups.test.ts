import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { problemGroups } from '../../../../src/lib/ingest/problem-groups';
import { problemsCsv } from '../../../../src/lib/ingest/problems';
import { freshDb, load } from '../../../support/db';

/**
 * Rows as a spreadsheet numbers them (header = 1). Two columns hold unreadable values, one row both;
 * five lines cannot be split into the header's four columns. Counted by hand: dates 3, 6, 9, 11;
 * numbers 4, 7, 10, 11; too many values 5, 12, 15, 16; too few 13.
 */
const LINES = [
  'Lead ID,Created Date,Number of times contacted,Email',
  'L01,2026-01-05,2,a@x.example', // 2
  'L02,soon,3,b@x.example', // 3: date
  'L03,2026-01-07,two,c@x.example', // 4: number
  'L04,2026-01-08,1,d@x.example,extra', // 5: too many
  'L05,not a date,1,e@x.example', // 6: date
  'L06,2026-01-10,n/a,f@x.example', // 7: number
  'L07,2026-01-11,4,g@x.example', // 8
  'L08,??,5,h@x.example', // 9: date
  'L09,2026-01-13,many,i@x.example', // 10: number
  'L10,tomorrow,x,j@x.example', // 11: date and number
  'L11,2026-01-15,1,k@x.example,more,stuff', // 12: too many
  'L12,2026-01-16', // 13: too few
  'L13,2026-01-17,2,m@x.example', // 14
  'L14,2026-01-18,3,n@x.example,x', // 15: too many
  'L15,2026-01-19,1,o@x.example,y', // 16: too many
  'L16,2026-01-20,2,p@x.example', // 17
];

describe('problems grouped by file, column and reason', () => {
  let dir: string;
  let db: Db;
  let loaded: Awaited<ReturnType<typeof load>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'leadgap-groups-'));
    const path = join(dir, 'leads-bad.csv');
    writeFileSync(path, `${LINES.join('\n')}\n`);
    db = await freshDb();
    loaded = await load(db, 'leads', path);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the rest: rows read = loaded + rejected', () => {
    expect(loaded.prepared.mapping).toMatchObject({ created_at: 1, touches: 2 });
    expect(loaded.report).toMatchObject({
      rowsRead: 16,
      rowsLoaded: 11,
      rowsRejected: 5,
      valueIssueCount: 8,
    });
  });

  it('counts each column’s unreadable values, with the first three in row order', async () => {
    const groups = await problemGroups(db, 'leads', loaded.prepared.uploadId);
    expect(groups.values).toEqual([
      {
        field: 'created_at',
        type: 'timestamp',
        column: 'Created Date',
        count: 4,
        examples: [
          { row: 3, text: 'soon' },
          { row: 6, text: 'not a date' },
          { row: 9, text: '??' },
        ],
      },
      {
        field: 'touches',
        type: 'number',
        column: 'Number of times contacted',
        count: 4,
        examples: [
          { row: 4, text: 'two' },
          { row: 7, text: 'n/a' },
          { row: 10, text: 'many' },
        ],
      },
    ]);
  });

  it('counts the refused rows by reason, with the first three lines', async () => {
    const { rows } = await problemGroups(db, 'leads', loaded.prepared.uploadId);
    expect(rows.map(({ errorType, count, examples }) => ({ errorType, count, examples }))).toEqual([
      {
        errorType: 'TOO MANY COLUMNS',
        count: 4,
        examples: [
          { row: 5, text: 'L04,2026-01-08,1,d@x.example,extra' },
          { row: 12, text: 'L11,2026-01-15,1,k@x.example,more,stuff' },
          { row: 15, text: 'L14,2026-01-18,3,n@x.example,x' },
        ],
      },
      { errorType: 'MISSING COLUMNS', count: 1, examples: [{ row: 13, text: 'L12,2026-01-16' }] },
    ]);
    expect(rows[0]?.explanation).toMatch(/more values than the header has columns/);
  });

  it('keeps every row in the download', async () => {
    const csv = await problemsCsv(db, [{ uploadId: loaded.prepared.uploadId, fileName: 'leads-bad.csv' }]);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => `${r['row']}:${r['column']}`)).toEqual([
      '3:Created Date',
      '4:Number of times contacted',
      '5:',
      '6:Created Date',
      '7:Number of times contacted',
      '9:Created Date',
      '10:Number of times contacted',
      '11:Created Date',
      '11:Number of times contacted',
      '12:',
      '13:',
      '15:',
      '16:',
    ]);
  });

  it('has no groups for a clean file', async () => {
    const path = join(dir, 'leads-clean.csv');
    writeFileSync(path, `${[LINES[0], LINES[1], LINES[7]].join('\n')}\n`);
    const clean = await load(db, 'leads', path);
    expect(await problemGroups(db, 'leads', clean.prepared.uploadId)).toEqual({ values: [], rows: [] });
  });
});
