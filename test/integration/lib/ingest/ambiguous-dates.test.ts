import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { detectDateFormat, type DateFormat } from '../../../../src/lib/ingest/formats';
import { commitUpload, prepareUpload, type PreparedUpload } from '../../../../src/lib/ingest/pipeline';
import { extraColumnName } from '../../../../src/lib/ingest/schema';
import { freshDb } from '../../../support/db';
import {
  assertFixtureIntact,
  mappingIndexes,
  spotChecks,
  totalOf,
  truth,
  type SpotValue,
} from '../../../support/expected';
import { fileFrom, fixture } from '../../../support/files';

const NAME = 'leads-mdy-ambiguous.csv';
const t = truth(NAME);
const PROVABLE = 'Created Date';
const AMBIGUOUS = 'First Response';

async function prepare(db: Db, uploadId: number): Promise<PreparedUpload> {
  return prepareUpload(db, fileFrom(fixture(NAME)), { uploadId, kind: 'leads', fileName: NAME });
}

describe('US M/D/Y dates where only a late row proves the order', () => {
  let db: Db;
  let prepared: PreparedUpload;
  let headers: string[];

  beforeAll(async () => {
    assertFixtureIntact(NAME);
    db = await freshDb();
    prepared = await prepare(db, 1);
    headers = prepared.sniffed.headers;
  });

  it('maps the headers and reads every row', async () => {
    expect(prepared.mapping).toEqual(mappingIndexes(t, headers));
    const [read] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${prepared.tables.raw}`);
    expect(read?.n).toBe(t.rowsLoaded);
  });

  it('decides the provable column M/D/Y over all values, though its first rows are ambiguous', async () => {
    const truthColumn = t.dateColumns?.[PROVABLE];
    expect(truthColumn).toMatchObject({ order: 'MDY', provable: true });
    const column = headers.indexOf(PROVABLE);
    expect(prepared.detection.dates[column]).toMatchObject({ kind: 'decided', format: 'mdy' });
    expect(prepared.detection.formats.dates[column]).toBe('mdy');

    // Only the proving row settles it: the rows before it (at least the first 60) cannot.
    const firstProof = Math.min(...(truthColumn?.provingRows ?? []));
    expect(firstProof).toBeGreaterThan(60);
    await db.exec(
      `CREATE TABLE before_proof AS SELECT * FROM ${prepared.tables.raw} LIMIT ${firstProof - 1}`,
    );
    expect(await detectDateFormat(db, 'before_proof', column)).toMatchObject({ kind: 'ambiguous' });
  });

  it('asks the user about the column that stays ambiguous, and decides nothing for it', () => {
    expect(t.dateColumns?.[AMBIGUOUS]).toMatchObject({ order: 'ambiguous', provable: false });
    const column = headers.indexOf(AMBIGUOUS);
    const detection = prepared.detection.dates[column];
    expect(detection?.kind).toBe('ambiguous');
    if (detection?.kind === 'ambiguous') expect([...detection.options].sort()).toEqual(['dmy', 'mdy']);
    expect(prepared.detection.formats.dates).not.toHaveProperty(String(column));
    expect(prepared.reasons.length).toBeGreaterThan(0);
    expect(prepared.reasons.join(' ')).toContain(AMBIGUOUS);
    expect(prepared.reasons.join(' ')).not.toContain(PROVABLE);
  });
});

describe.each<DateFormat>(['mdy', 'dmy'])('after the user chooses %s for the ambiguous column', (choice) => {
  let db: Db;
  let prepared: PreparedUpload;

  beforeAll(async () => {
    db = await freshDb();
    prepared = await prepare(db, 7);
  });

  it('parses it as chosen and keeps the decided column as decided', async () => {
    const column = prepared.sniffed.headers.indexOf(AMBIGUOUS);
    const formats = {
      dates: { ...prepared.detection.formats.dates, [column]: choice },
      numbers: prepared.detection.formats.numbers,
    };
    const report = await commitUpload(db, prepared, {
      mapping: prepared.mapping,
      formats,
      closedWonAssumed: prepared.closedWonAssumed,
    });
    expect(report).toMatchObject({ rowsRead: t.rowsRead, rowsLoaded: t.rowsLoaded, valueIssueCount: 0 });

    const resolve = (_header: string, value: SpotValue): SpotValue =>
      value !== null && typeof value === 'object' && 'ifMDY' in value
        ? choice === 'mdy'
          ? value.ifMDY
          : value.ifDMY
        : value;
    const checks = await spotChecks(db, {
      kind: 'leads',
      uploadId: prepared.uploadId,
      truth: t,
      headers: prepared.sniffed.headers,
      resolve,
    });
    expect(checks).toHaveLength(t.spot?.length ?? -1);
    for (const check of checks) {
      expect(check.expected).toHaveProperty(AMBIGUOUS);
      expect(check.expected).toHaveProperty(PROVABLE);
      expect(check.actual, `data row ${check.row}`).toEqual(check.expected);
    }
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*) AS n FROM leads WHERE first_touch_at IS NULL`,
    );
    expect(row?.n).toBe(totalOf(t, 'untouched'));
  });
});

describe('committed without a choice (the mapping screen never dead-ends)', () => {
  it('guesses nothing: the ambiguous column is left unmapped, with the reason, and its text kept', async () => {
    const db = await freshDb();
    const prepared = await prepare(db, 9);
    const report = await commitUpload(db, prepared, {
      mapping: prepared.mapping,
      formats: prepared.detection.formats,
      closedWonAssumed: prepared.closedWonAssumed,
    });
    const column = prepared.mapping['first_touch_at'] ?? -1;
    expect(prepared.sniffed.headers[column]).toBe(AMBIGUOUS);
    expect(report.choice.mapping['first_touch_at']).toBeUndefined();
    expect(report.choice.setAside).toEqual([
      expect.objectContaining({ field: 'first_touch_at', column, header: AMBIGUOUS }),
    ]);
    const [row] = await db.query<{ n: number }>(
      `SELECT count(first_touch_at) AS n, count(${extraColumnName(AMBIGUOUS, column)}) AS text FROM leads`,
    );
    expect(row).toEqual({ n: 0, text: t.rowsLoaded - totalOf(t, 'untouched') });
    expect(report.valueIssueCount).toBe(0);
    expect(report.rowsLoaded).toBe(t.rowsLoaded);
  });
});
