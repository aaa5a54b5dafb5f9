/**
 * A sheet whose rows above the header hold two values or more (a labelled title, a row grouping the
 * columns) is read from its row of column names: every lead loads and maps as in a sheet that
 * starts with its header (counts and created span from how the fixture writes the rows).
 */
import { describe, expect, it } from 'vitest';
import { commitUpload, prepareUpload } from '../../../../src/lib/ingest/pipeline';
import { wideTitleWorkbook } from '../../../fixtures/make/workbooks.mjs';
import { freshDb } from '../../../support/db';

describe.each(['title', 'groups'])('a row of %s above the header', (above) => {
  it('is left out: the names below it are the header and every lead loads', async () => {
    const made = wideTitleWorkbook({ above });
    const db = await freshDb();
    const file = new File([new Uint8Array(made.bytes)], made.name);
    const prepared = await prepareUpload(db, file, { uploadId: 1, kind: 'leads', fileName: made.name });
    expect(prepared.sniffed.headers.slice(0, 3)).toEqual(['Lead ID', 'Created Date', 'Lead Source']);
    expect(prepared.mapping['created_at']).toBe(1);
    const report = await commitUpload(db, prepared, {
      mapping: prepared.mapping,
      formats: prepared.detection.formats,
      closedWonAssumed: prepared.closedWonAssumed,
    });
    expect(report).toMatchObject({ rowsLoaded: made.truth.rows, rowsRejected: 0 });
    const [span] = await db.query<{ min: string; max: string }>(
      `SELECT strftime(min(created_at), '%Y-%m-%d %H:%M:%S') AS min,
              strftime(max(created_at), '%Y-%m-%d %H:%M:%S') AS max FROM leads`,
    );
    expect(span).toEqual({ min: made.truth.minCreated, max: made.truth.maxCreated });
  });
});
