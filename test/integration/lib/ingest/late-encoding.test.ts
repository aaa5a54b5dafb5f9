import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, load } from '../../../support/db';

/**
 * A Windows-1252 export whose first 512 KB are plain ASCII: the sniffer takes it for UTF-8, and the
 * accented rows further down must still load, read as Windows-1252, instead of being rejected.
 */
describe('an encoding that shows only after the first 512 KB', () => {
  it('re-reads the file as Windows-1252 and loads every row', async () => {
    const rows = 20_000;
    const lines = ['Lead ID,Create Date,Company'];
    for (let i = 1; i <= rows; i++) lines.push(`L${i},2026-01-02,Plain Company ${i}`);
    const ascii = Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
    expect(ascii.length).toBeGreaterThan(512 * 1024);
    // "Café Müller €" in Windows-1252: é = 0xE9, ü = 0xFC, € = 0x80 (invalid as UTF-8).
    const tail = Buffer.from([
      ...Buffer.from('L20001,2026-01-03,Caf', 'latin1'),
      0xe9,
      ...Buffer.from(' M', 'latin1'),
      0xfc,
      ...Buffer.from('ller ', 'latin1'),
      0x80,
      0x0d,
      0x0a,
    ]);
    const path = join(mkdtempSync(join(tmpdir(), 'leadgap-late-')), 'late-1252.csv');
    writeFileSync(path, Buffer.concat([ascii, tail]));

    const db = await freshDb();
    const { report } = await load(db, 'leads', path);
    expect(report).toMatchObject({
      rowsRead: rows + 1,
      rowsLoaded: rows + 1,
      rowsRejected: 0,
      encoding: 'windows-1252',
    });
    const [last] = await db.query<{ company: string }>(`SELECT company FROM leads WHERE lead_id = 'L20001'`);
    expect(last?.company).toBe('Café Müller €');
  });
});

describe('Windows-1252 bytes the first 512 KB do not show', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'leadgap-encodings-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('a small file whose only accented letter is its last byte is still Windows-1252', async () => {
    const path = join(dir, 'ends-with-e-acute.csv');
    // "Café" in Windows-1252 (é = 0xE9), no final line break.
    writeFileSync(
      path,
      Buffer.concat([Buffer.from('Lead ID,Created Date,Company\nL1,2026-01-01,Caf'), Buffer.from([0xe9])]),
    );
    const db = await freshDb();
    const { prepared, report } = await load(db, 'leads', path);
    expect(prepared.sniffed.encoding).toBe('windows-1252');
    expect(report).toMatchObject({ rowsLoaded: 1, rowsRejected: 0 });
    expect(await db.query(`SELECT company FROM leads`)).toEqual([{ company: 'Café' }]);
  });

  it('a row with such bytes past the sniffed head is not garbled silently', async () => {
    const path = join(dir, 'late-e-acute.csv');
    const ascii = Array.from({ length: 20_000 }, (_, i) => `L${i},2026-01-01,Company number ${i}`);
    const head = `Lead ID,Created Date,Company\n${ascii.join('\n')}\n`;
    expect(head.length).toBeGreaterThan(512 * 1024);
    writeFileSync(path, Buffer.concat([Buffer.from(`${head}LX,2026-01-01,Caf`), Buffer.from([0xe9, 0x0a])]));
    const db = await freshDb();
    const { report } = await load(db, 'leads', path);
    expect(report.rowsRead).toBe(ascii.length + 1);
    const rows = await db.query<{ company: string }>(`SELECT company FROM leads WHERE lead_id = 'LX'`);
    if (rows.length > 0) {
      expect(rows).toEqual([{ company: 'Café' }]);
    } else {
      // Rejected, and the user is told why in words.
      expect(report.rejected).toHaveLength(1);
      expect(report.rejected[0]?.row).toBe(ascii.length + 2);
      expect(report.rejected[0]?.problem).toMatch(/^This row holds bytes that are not valid text/);
    }
  });
});
