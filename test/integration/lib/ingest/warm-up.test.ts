/**
 * The engine's warm-up files (lib/ingest/warm-up.ts) on the real engine: its made-up export takes
 * detection's paths (each column mapped, each date form decided as a real file's would be), its
 * deals link to its leads, it leaves no table, file, match or loaded-bytes count behind, and a real
 * file loads after it as on a fresh engine. The whole warm-up: test/integration/store/.
 */
import { describe, expect, it } from 'vitest';
import { prepareUpload } from '../../../../src/lib/ingest/pipeline';
import { MAX_CSV_BYTES, checkFits } from '../../../../src/lib/ingest/size-limit';
import {
  WARM_UP_DEALS_ID,
  WARM_UP_UPLOAD_ID,
  warmUp,
  warmUpCsv,
  warmUpDrop,
  warmUpLoad,
} from '../../../../src/lib/ingest/warm-up';
import { freshDb, load } from '../../../support/db';
import { sample } from '../../../support/files';
import { records } from '../../../support/independent';

const tables = async (db: Awaited<ReturnType<typeof freshDb>>) =>
  (await db.query<{ name: string }>('SELECT table_name AS name FROM duckdb_tables() ORDER BY 1')).map(
    (row) => row.name,
  );

describe('the warm-up', () => {
  it('takes detection’s paths: US dates with AM/PM, ISO, day-first, month names, numbers, yes/no', async () => {
    const db = await freshDb();
    const file = new Blob([warmUpCsv()]);
    const prepared = await prepareUpload(db, file, { uploadId: 7, kind: 'leads', fileName: 'w.csv' });
    // Columns by position in warmUpCsv's header.
    expect(prepared.mapping).toMatchObject({
      lead_id: 0,
      created_at: 1,
      source: 2,
      owner: 3,
      status: 4,
      first_touch_at: 5,
      touches: 6,
      last_touch_at: 7,
      qualified_at: 8,
      converted: 9,
      email: 10,
    });
    expect(prepared.detection.formats.dates).toEqual({ 1: 'mdy', 5: 'iso', 7: 'dmy', 8: 'named' });
    expect(prepared.detection.formats.numbers).toEqual({ 6: 'dot' });
  });

  it('loads the pair: every row, and the deals linked to their leads by id or e-mail', async () => {
    const db = await freshDb();
    const rows = 3000;
    const loaded = await warmUpLoad(db, undefined, rows);
    expect(loaded?.map((upload) => upload.kind)).toEqual(['leads', 'deals']);
    const count = async (sql: string) => Number((await db.query<{ n: number }>(sql))[0]?.n);
    expect(await count('SELECT count(*) AS n FROM leads')).toBe(rows);
    // warmUpDealsCsv: one deal per third lead (i = 0, 3, …), each naming its lead by id or e-mail.
    const deals = Math.ceil(rows / 3);
    expect(await count('SELECT count(*) AS n FROM deals')).toBe(deals);
    expect(await count('SELECT count(DISTINCT deal_key) AS n FROM deal_matches')).toBe(deals);
    await warmUpDrop(db);
  });

  it('leaves nothing behind, and a real file then loads every row', async () => {
    const db = await freshDb();
    const before = await tables(db);
    await warmUp(db);
    expect(await tables(db)).toEqual(before);
    // Its file is no longer registered: reading it fails.
    for (const id of [WARM_UP_UPLOAD_ID, WARM_UP_DEALS_ID])
      await expect(async () => db.query(`SELECT count(*) FROM read_csv('upload_${id}.csv')`)).rejects.toThrow(
        /No files found/,
      );
    // Its bytes do not count: a file of the whole allowance still fits.
    expect(() => checkFits(db, 'x.csv', 1, MAX_CSV_BYTES)).not.toThrow();

    const { report } = await load(db, 'leads', sample('leads.csv'));
    const rows = records(sample('leads.csv')).length;
    expect(report.rowsRead).toBe(rows);
    expect(report.rowsLoaded + report.rowsRejected).toBe(rows);
    expect((await db.query<{ n: number }>('SELECT count(*) AS n FROM leads'))[0]?.n).toBe(report.rowsLoaded);
  });
});
