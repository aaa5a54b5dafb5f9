import { describe, expect, it } from 'vitest';
import { UploadError } from '../../../../src/lib/ingest/errors';
import { commitUpload, prepareUpload } from '../../../../src/lib/ingest/pipeline';
import { freshDb } from '../../../support/db';

// A file too large for the tab's memory (5M leads in a browser) must end in a message that says so,
// with nothing half-loaded left behind. The engine's memory limit is lowered to provoke it here.
function leads(rows: number): File {
  const lines = ['Lead ID,Created Date,Lead Source,Lead Owner,Email'];
  for (let i = 0; i < rows; i += 1) {
    lines.push(
      `L${i},2024-03-${String((i % 28) + 1).padStart(2, '0')},Web ${i % 7},Rep ${i % 13},p${i}@example.com`,
    );
  }
  return new File([`${lines.join('\n')}\n`], 'too-big.csv');
}

describe('a file larger than the memory the engine may use', () => {
  it('is refused with a message naming the file and what to do, and leaves no tables behind', async () => {
    const db = await freshDb();
    await db.exec(`SET memory_limit = '4MB'`);
    const file = leads(200_000);
    const attempt = async () => {
      const prepared = await prepareUpload(db, file, { uploadId: 1, kind: 'leads', fileName: file.name });
      await commitUpload(db, prepared, {
        mapping: prepared.mapping,
        formats: prepared.detection.formats,
        closedWonAssumed: false,
      });
    };
    const error = await attempt().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UploadError);
    const { fileName, problem, hint } = error as UploadError;
    expect(fileName).toBe('too-big.csv');
    expect(problem).toMatch(/more memory than this browser tab has/);
    expect(hint).toMatch(/fewer rows/);
    const tables = await db.query<{ name: string }>(
      `SELECT table_name AS name FROM duckdb_tables() WHERE table_name LIKE '%\\_1' ESCAPE '\\'`,
    );
    expect(tables).toEqual([]);
    const [count] = await db.query<{ n: number }>('SELECT count(*) AS n FROM leads');
    expect(count?.n).toBe(0);
  });
});
