import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { matchSummary } from '../../../../src/lib/ingest/match';
import {
  commitUpload,
  prepareUpload,
  removeUpload,
  type PreparedUpload,
} from '../../../../src/lib/ingest/pipeline';
import type { TableKind } from '../../../../src/lib/ingest/fields';
import { freshDb } from '../../../support/db';
import { fileFrom } from '../../../support/files';

/** Two monthly lead exports of the same CRM report, and deals that link to the January leads. */
const HEADER = 'Lead ID,Created Date,Lead Source,Lead Owner,Email';
const JANUARY = [
  'J-1,2026-01-05 09:00,Web,Ana,j1@a.example',
  'J-2,2026-01-12 10:30,Referral,Ben,j2@b.example',
  'J-3,2026-01-28 16:45,Web,Ana,j3@c.example',
];
const FEBRUARY = [
  'F-1,2026-02-02 08:15,Partner,Ben,f1@d.example',
  'F-2,2026-02-09 11:00,Web,Ana,f2@e.example',
  'F-3,2026-02-17 13:20,Webinar,Cleo,f3@f.example',
  'F-4,2026-02-25 17:05,Web,Ana,f4@g.example',
];
const DEALS = [
  'Deal ID,Lead ID,Close Date,Stage,Amount',
  'D-1,J-1,2026-02-20,Closed Won,1000',
  'D-2,J-3,2026-03-01,Closed Lost,500',
];

describe('appending monthly files of the same kind', () => {
  let dir: string;
  let db: Db;
  let nextId = 1;
  const files: Record<string, string> = {};

  async function prepare(kind: TableKind, name: string): Promise<PreparedUpload> {
    return prepareUpload(db, fileFrom(files[name] ?? ''), { uploadId: nextId++, kind, fileName: name });
  }
  async function commit(prepared: PreparedUpload, mapping = prepared.mapping) {
    return commitUpload(db, prepared, {
      mapping,
      formats: prepared.detection.formats,
      closedWonAssumed: prepared.closedWonAssumed,
    });
  }
  async function byUpload() {
    return db.query<{ upload: number; file: string; n: number; ids: string }>(
      `SELECT _upload AS upload, _file AS file, count(*) AS n, string_agg(lead_id, ',' ORDER BY lead_id) AS ids
       FROM leads GROUP BY ALL ORDER BY upload`,
    );
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'leadgap-append-'));
    for (const [name, lines] of [
      ['leads-2026-01.csv', [HEADER, ...JANUARY]],
      ['leads-2026-02.csv', [HEADER, ...FEBRUARY]],
      ['deals.csv', DEALS],
    ] as const) {
      files[name] = join(dir, name);
      writeFileSync(files[name], `${lines.join('\n')}\n`);
    }
    db = await freshDb();
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  let january: PreparedUpload;
  let february: PreparedUpload;

  it('adds the second file to the first: the count is the sum, `_upload` tells them apart', async () => {
    january = await prepare('leads', 'leads-2026-01.csv');
    await commit(january);
    february = await prepare('leads', 'leads-2026-02.csv');
    await commit(february);
    expect(await byUpload()).toEqual([
      { upload: january.uploadId, file: 'leads-2026-01.csv', n: JANUARY.length, ids: 'J-1,J-2,J-3' },
      { upload: february.uploadId, file: 'leads-2026-02.csv', n: FEBRUARY.length, ids: 'F-1,F-2,F-3,F-4' },
    ]);
    const [keys] = await db.query<{ n: number; distinct_keys: number }>(
      `SELECT count(*) AS n, count(DISTINCT _key) AS distinct_keys FROM leads`,
    );
    expect(keys).toEqual({
      n: JANUARY.length + FEBRUARY.length,
      distinct_keys: JANUARY.length + FEBRUARY.length,
    });
    const deals = await prepare('deals', 'deals.csv');
    await commit(deals);
    expect(await matchSummary(db)).toMatchObject({ deals: 2, matched: 2, byLeadId: 2 });
  });

  it('re-committing an upload with another mapping replaces its rows instead of adding them', async () => {
    const source = january.sniffed.headers.indexOf('Lead Source');
    expect(january.mapping['source']).toBe(source);
    const withoutSource = Object.fromEntries(
      Object.entries(january.mapping).filter(([field]) => field !== 'source'),
    );
    const report = await commit(january, withoutSource);
    expect(report.rowsLoaded).toBe(JANUARY.length);
    const rows = await db.query<{ lead_id: string; source: string | null; extra: string | null }>(
      `SELECT lead_id, source, x_leadsource AS extra FROM leads WHERE _upload = ${january.uploadId} ORDER BY lead_id`,
    );
    // Unmapped, the column is kept as an extra dimension.
    expect(rows).toEqual([
      { lead_id: 'J-1', source: null, extra: 'Web' },
      { lead_id: 'J-2', source: null, extra: 'Referral' },
      { lead_id: 'J-3', source: null, extra: 'Web' },
    ]);
    expect((await byUpload()).map((u) => u.n)).toEqual([JANUARY.length, FEBRUARY.length]);
    const [keys] = await db.query<{ n: number; distinct_keys: number }>(
      `SELECT count(*) AS n, count(DISTINCT _key) AS distinct_keys FROM leads`,
    );
    expect(keys?.distinct_keys).toBe(keys?.n);
    // The deals still find their leads (matching was redone against the new rows).
    expect(await matchSummary(db)).toMatchObject({ deals: 2, matched: 2 });
  });

  it('removing one file removes only its rows, and the deals that linked to them become unmatched', async () => {
    await removeUpload(db, january.uploadId);
    expect(await byUpload()).toEqual([
      { upload: february.uploadId, file: 'leads-2026-02.csv', n: FEBRUARY.length, ids: 'F-1,F-2,F-3,F-4' },
    ]);
    expect(await matchSummary(db)).toMatchObject({ deals: 2, matched: 0, unmatchedAmount: 1500 });
  });
});
