import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import type { LoadReport, PreparedUpload } from '../../../../src/lib/ingest/pipeline';
import { makeOddShapes } from '../../../fixtures/make/odd-shapes.mjs';
import { freshDb, load } from '../../../support/db';
import { wallClockSql } from '../../../support/expected';
import { sample } from '../../../support/files';

interface LeadTruth {
  lead_id: string;
  created_at: string | null;
  first_touch_at: string | null;
  owner: string;
  company: string;
}
interface ShapeTruth {
  path: string;
  headers: string[];
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  titleLines: number;
  footerLines?: number;
  headerLine?: number;
  untouched: number;
  leads: LeadTruth[];
  rejectedLines?: number[];
  lines?: number[];
}

const dir = mkdtempSync(join(tmpdir(), 'leadgap-odd-shapes-'));
const shapes = makeOddShapes(dir) as Record<string, ShapeTruth>;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function shape(name: string): ShapeTruth {
  const t = shapes[name];
  if (!t) throw new Error(`no shape ${name}`);
  return t;
}

/** Every loaded lead, in file order, with the values the truth holds. */
async function loadedLeads(db: Db): Promise<(LeadTruth & { row: number })[]> {
  return db.query<LeadTruth & { row: number }>(
    `SELECT lead_id, ${wallClockSql('created_at')} AS created_at,
            ${wallClockSql('first_touch_at')} AS first_touch_at, owner, company, _row AS row
     FROM leads ORDER BY _row`,
  );
}

describe.each([
  'leads-formatted-report.csv',
  'leads-formatted-report-cut-row.csv',
  'leads-trailing-delimiter.csv',
  'leads-mixed-endings.csv',
  'leads-preamble.csv',
])('odd but honest file %s', (name) => {
  const t = shape(name);
  let db: Db;
  let loaded: { prepared: PreparedUpload; report: LoadReport };

  beforeAll(async () => {
    db = await freshDb();
    loaded = await load(db, 'leads', t.path);
  });

  it('reads its header and every data row; title and footer lines are neither rows nor rejects', () => {
    expect(loaded.prepared.sniffed.headers).toEqual(t.headers);
    expect(loaded.prepared.reasons).toEqual([]);
    expect(loaded.report).toMatchObject({
      rowsRead: t.rowsRead,
      rowsLoaded: t.rowsLoaded,
      rowsRejected: t.rowsRejected,
      valueIssueCount: 0,
    });
    expect(loaded.prepared.sniffed.titleLines).toBe(t.titleLines);
    expect(loaded.report.footerLines).toBe(t.footerLines ?? 0);
    if (t.headerLine) expect(loaded.prepared.sniffed.skipLines).toBe(t.headerLine - 1);
  });

  it('loads the right values, in file order', async () => {
    const leads = await loadedLeads(db);
    expect(leads.map(({ row: _row, ...lead }) => lead)).toEqual(t.leads);
    const [untouched] = await db.query<{ n: number }>(
      `SELECT count(*) AS n FROM leads WHERE first_touch_at IS NULL`,
    );
    expect(untouched?.n).toBe(t.untouched);
  });

  it('numbers rows and rejected rows by their line in the file', async () => {
    expect(loaded.report.rejected.map((r) => r.row)).toEqual(t.rejectedLines ?? []);
    if (t.lines) expect((await loadedLeads(db)).map((lead) => lead.row)).toEqual(t.lines);
  });
});

describe('a gzip-compressed CSV (.csv.gz)', () => {
  const gz = join(dir, 'leads.csv.gz');
  writeFileSync(gz, gzipSync(readFileSync(sample('leads.csv'))));

  it('loads as the same file uncompressed: same rows, same values', async () => {
    const plainDb = await freshDb();
    const plain = await load(plainDb, 'leads', sample('leads.csv'));
    const db = await freshDb();
    const packed = await load(db, 'leads', gz);
    expect(packed.prepared.sniffed.compression).toBe('gzip');
    expect(packed.prepared.reasons).toEqual([]);
    const counts = (r: LoadReport) => [r.rowsRead, r.rowsLoaded, r.rowsRejected, r.valueIssueCount];
    expect(counts(packed.report)).toEqual(counts(plain.report));
    expect(packed.report.rowsRejected).toBe(0);
    expect(packed.report.rowsLoaded).toBe(
      readFileSync(sample('leads.csv'), 'utf8').trim().split('\n').length - 1,
    );
    expect(await loadedLeads(db)).toEqual(await loadedLeads(plainDb));
  });

  it('refuses a damaged .gz in plain words', async () => {
    const cut = join(dir, 'cut.csv.gz');
    const bytes = readFileSync(gz);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const db = await freshDb();
    await expect(load(db, 'leads', cut)).rejects.toMatchObject({
      problem: expect.stringMatching(/compressed \(\.gz\) file is damaged or incomplete/),
      hint: expect.stringMatching(/upload the CSV file itself/),
    });
  });
});
