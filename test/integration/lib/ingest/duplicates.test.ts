import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { matchSummary } from '../../../../src/lib/ingest/match';
import { commitUpload, removeUpload } from '../../../../src/lib/ingest/pipeline';
import { setAsideCounts } from '../../../../src/lib/ingest/schema';
import { freshDb, load } from '../../../support/db';

/**
 * Overlapping monthly exports (issue 10): January holds L001–L100, February L071–L170, so 30 ids are
 * in both and February (the later upload) wins them: 100 + 100 − 30 = 170 leads. February says
 * "Working" where January said "New" for those 30. Deals likewise by deal_id: D01–D10, then
 * D08–D12 with new amounts: 10 + 5 − 3 = 12 deals.
 */
const LEAD_HEADER = 'Lead ID,Created Date,Lead Status,Email';
const id = (n: number) => `L${String(n).padStart(3, '0')}`;
const lead = (n: number, status: string) =>
  `${id(n)},2026-01-${String((n % 28) + 1).padStart(2, '0')},${status},${id(n)}@x.example`;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const JANUARY = range(1, 100).map((n) => lead(n, 'New'));
const FEBRUARY = range(71, 170).map((n) => lead(n, n <= 100 ? 'Working' : 'New'));
const DEAL_HEADER = 'Deal ID,Lead ID,Stage,Amount';
const DEALS_A = range(1, 10).map((n) => `D${String(n).padStart(2, '0')},${id(n)},Closed Won,100`);
const DEALS_B = range(8, 12).map((n) => `D${String(n).padStart(2, '0')},${id(n + 100)},Closed Won,250`);

describe('a lead or deal id in two uploads of a kind', () => {
  let dir: string;
  let db: Db;
  const write = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };
  const count = async (view: string, where = 'true') =>
    (await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${view} WHERE ${where}`))[0]?.n;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'leadgap-duplicates-'));
    db = await freshDb();
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  let january: Awaited<ReturnType<typeof load>>;
  let february: Awaited<ReturnType<typeof load>>;

  it('counts each lead once, the later file winning, and says how many were set aside', async () => {
    january = await load(db, 'leads', write('leads-jan.csv', [LEAD_HEADER, ...JANUARY]));
    expect(await count('leads')).toBe(100);
    february = await load(db, 'leads', write('leads-feb.csv', [LEAD_HEADER, ...FEBRUARY]));
    expect(await count('leads')).toBe(170);
    expect(await count('(SELECT DISTINCT lead_id FROM leads)')).toBe(170);
    // Rows read = loaded + rejected still holds per file: the set-aside rows were loaded.
    expect(february.report.rowsLoaded).toBe(100);
    const counts = setAsideCounts(db);
    expect(counts.get(january.prepared.uploadId)).toEqual({ later: 30, repeated: 0 });
    expect(counts.get(february.prepared.uploadId)).toEqual({ later: 0, repeated: 0 });
    const shared = await db.query<{ status: string; upload: number }>(
      `SELECT DISTINCT status, _upload AS upload FROM leads WHERE lead_id BETWEEN 'L071' AND 'L100'`,
    );
    expect(shared).toEqual([{ status: 'Working', upload: february.prepared.uploadId }]);
    expect(await count('leads', `_upload = ${january.prepared.uploadId}`)).toBe(70);
  });

  it('keeps each upload’s remaining rows in their stored order, keys and row numbers unchanged', async () => {
    const rows = await db.query<{ lead_id: string; key: number; row: number }>(
      `SELECT lead_id, _key - ${january.prepared.uploadId * 2 ** 32} AS key, _row AS row
       FROM leads WHERE _upload = ${january.prepared.uploadId}`,
    );
    expect(rows.map((r) => r.lead_id)).toEqual(range(1, 70).map(id));
    expect(rows.map((r) => r.key)).toEqual(range(1, 70));
    expect(rows.map((r) => r.row)).toEqual(range(2, 71));
  });

  it('re-reading the earlier file (another mapping) keeps its rows set aside', async () => {
    const { prepared } = january;
    await commitUpload(db, prepared, {
      mapping: prepared.mapping,
      formats: prepared.detection.formats,
      closedWonAssumed: false,
    });
    expect(await count('leads')).toBe(170);
    expect(setAsideCounts(db).get(prepared.uploadId)).toEqual({ later: 30, repeated: 0 });
  });

  it('removing the later file brings the earlier rows back', async () => {
    await removeUpload(db, february.prepared.uploadId);
    expect(await count('leads')).toBe(100);
    expect(await count('leads', `status = 'Working'`)).toBe(0);
    expect(setAsideCounts(db).get(january.prepared.uploadId)).toEqual({ later: 0, repeated: 0 });
    february = await load(db, 'leads', write('leads-feb.csv', [LEAD_HEADER, ...FEBRUARY]));
    expect(await count('leads')).toBe(170);
  });

  it('deals by deal_id likewise, and deals are matched again against what remains', async () => {
    const a = await load(db, 'deals', write('deals-a.csv', [DEAL_HEADER, ...DEALS_A]));
    expect(await matchSummary(db)).toMatchObject({ deals: 10, matched: 10 });
    const b = await load(db, 'deals', write('deals-b.csv', [DEAL_HEADER, ...DEALS_B]));
    expect(await count('deals')).toBe(12);
    expect(setAsideCounts(db).get(a.prepared.uploadId)).toEqual({ later: 3, repeated: 0 });
    const amounts = await db.query<{ deal_id: string; amount: number; lead_id: string }>(
      `SELECT deal_id, amount, lead_id FROM deals WHERE deal_id >= 'D07' ORDER BY deal_id`,
    );
    expect(amounts).toEqual([
      { deal_id: 'D07', amount: 100, lead_id: 'L007' },
      ...range(8, 12).map((n) => ({
        deal_id: `D${String(n).padStart(2, '0')}`,
        amount: 250,
        lead_id: id(n + 100),
      })),
    ]);
    // D08–D12 link to L108–L112, all in February: every deal still finds its lead.
    expect(await matchSummary(db)).toMatchObject({ deals: 12, matched: 12 });
    await removeUpload(db, b.prepared.uploadId);
    expect(await count('deals')).toBe(10);
    expect(await count('deals', 'amount = 250')).toBe(0);
    expect(await matchSummary(db)).toMatchObject({ deals: 10, matched: 10 });
  });

  it('counts an id repeated within one file once (its last row), and leaves files without ids alone', async () => {
    const before = (await count('leads')) ?? 0;
    const march = await load(
      db,
      'leads',
      write('leads-mar.csv', [LEAD_HEADER, lead(500, 'New'), lead(500, 'Working'), lead(100, 'Qualified')]),
    );
    // L500 twice: its last row (Working) stays. L100 moves from February to March.
    expect(await count('leads')).toBe(before + 2 - 1);
    expect(await db.query(`SELECT status FROM leads WHERE lead_id = 'L500'`)).toEqual([
      { status: 'Working' },
    ]);
    expect(setAsideCounts(db).get(march.prepared.uploadId)).toEqual({ later: 0, repeated: 1 });
    expect(setAsideCounts(db).get(february.prepared.uploadId)).toEqual({ later: 1, repeated: 0 });
    const noIds = await load(
      db,
      'leads',
      write('leads-noid.csv', ['Created Date,Email', '2026-03-01,a@x.example', '2026-03-01,a@x.example']),
    );
    expect(noIds.prepared.mapping['lead_id']).toBeUndefined();
    expect(await count('leads')).toBe(before + 2 - 1 + 2);
    expect(setAsideCounts(db).get(noIds.prepared.uploadId)).toEqual({ later: 0, repeated: 0 });
    await removeUpload(db, march.prepared.uploadId);
    expect(setAsideCounts(db).get(february.prepared.uploadId)).toEqual({ later: 0, repeated: 0 });
  });
});
