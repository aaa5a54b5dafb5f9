import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { matchDeals, matchSummary } from '../../../../src/lib/ingest/match';
import { setAsideCounts, setUploadHidden } from '../../../../src/lib/ingest/schema';
import { freshDb, load } from '../../../support/db';

/**
 * A removal that can be undone (issue 14) hides an upload's table from the views without dropping
 * it. January holds L001–L100, February L071–L170 (the 30 shared ids go to February): hiding
 * February gives January's 100 leads back, with none set aside; showing it again gives 170. Deals
 * D01–D05 name L096–L100, so they link to a lead whichever file holds it, and to none when both
 * files are hidden.
 */
const HEADER = 'Lead ID,Created Date,Lead Status,Email';
const id = (n: number) => `L${String(n).padStart(3, '0')}`;
const lead = (n: number) =>
  `${id(n)},2026-01-${String((n % 28) + 1).padStart(2, '0')},New,${id(n)}@x.example`;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const DEALS = [
  'Deal ID,Lead ID,Stage,Amount',
  ...range(1, 5).map((n) => `D0${n},${id(95 + n)},Closed Won,100`),
];

describe('an upload hidden from the views, then shown again', () => {
  let dir: string;
  let db: Db;
  const write = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };
  const count = async (view: string) =>
    (await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${view}`))[0]?.n;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'leadgap-hide-'));
    db = await freshDb();
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves the view, gives back the rows it superseded, and returns unchanged', async () => {
    const january = await load(db, 'leads', write('jan.csv', [HEADER, ...range(1, 100).map(lead)]));
    const february = await load(db, 'leads', write('feb.csv', [HEADER, ...range(71, 170).map(lead)]));
    await load(db, 'deals', write('deals.csv', DEALS));
    const jan = january.prepared.uploadId;
    const feb = february.prepared.uploadId;
    expect(await count('leads')).toBe(170);
    expect(setAsideCounts(db).get(jan)).toEqual({ later: 30, repeated: 0 });
    expect((await matchSummary(db)).matched).toBe(5);

    await setUploadHidden(db, feb, true);
    await matchDeals(db);
    expect(await count('leads')).toBe(100);
    expect(await count(`(SELECT * FROM leads WHERE _upload = ${feb})`)).toBe(0);
    expect(setAsideCounts(db).get(jan)).toEqual({ later: 0, repeated: 0 });
    expect((await matchSummary(db)).matched).toBe(5);

    await setUploadHidden(db, jan, true);
    await matchDeals(db);
    expect(await count('leads')).toBe(0);
    expect((await matchSummary(db)).matched).toBe(0);

    await setUploadHidden(db, jan, false);
    await setUploadHidden(db, feb, false);
    await matchDeals(db);
    expect(await count('leads')).toBe(170);
    expect(setAsideCounts(db).get(jan)).toEqual({ later: 30, repeated: 0 });
    expect(await count(`(SELECT * FROM leads WHERE _upload = ${feb})`)).toBe(100);
    expect((await matchSummary(db)).matched).toBe(5);
  });
});
