/**
 * A typed reader of test/fixtures/expected.json: the truth of each fixture, written by construction
 * by make-fixtures.mjs (see test/fixtures/README.md). Rows in it are data rows, 1-based after the
 * header; the app numbers rows as a spreadsheet does (header = row 1): app row = data row + 1.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Db } from '../../src/lib/db';
import { fieldSpec, type TableKind } from '../../src/lib/ingest/fields';
import { extraColumnName } from '../../src/lib/ingest/schema';
import { ident } from '../../src/lib/ingest/sql';
import { fixture } from './files';

export type DayOrder = 'DMY' | 'MDY' | 'YMD' | 'ambiguous';

export interface DateColumnTruth {
  format: string;
  order: DayOrder;
  provable: boolean;
  firstProvingRow?: number;
  provingRows?: number[];
  truth?: 'MDY' | 'DMY';
  note?: string;
}

export interface NumberColumnTruth {
  decimal: string;
  thousands: string;
  currency: string;
}

export interface RejectedTruth {
  row: number;
  reason: string;
  mustReject: boolean;
  rejectPreferred?: boolean;
  ifAccepted?: Record<string, string>;
  note?: string;
}

/** A spot value: text, wall-clock date, number, boolean, blank, or a structured truth. */
export type SpotValue =
  string | number | boolean | null | { text: string; utc: string } | { ifMDY: string; ifDMY: string };

export interface SpotRow {
  row: number;
  values: Record<string, SpotValue>;
}

export interface FixtureTruth {
  bytes: number;
  sha256: string;
  kind: 'leads' | 'deals' | 'not-csv';
  encoding?: string;
  bom?: boolean;
  delimiter?: string;
  lineEnding?: 'LF' | 'CRLF';
  headerLine?: string;
  pairedWith?: string;
  /** Canonical field → header. */
  mapping?: Record<string, string>;
  extraColumns?: string[];
  dateColumns?: Record<string, DateColumnTruth>;
  ambiguousLeadingRows?: number;
  windows1252Bytes?: Record<string, string>;
  numberColumns?: Record<string, NumberColumnTruth>;
  booleanColumns?: Record<string, { true: string; false: string }>;
  outcomes?: Record<string, 'won' | 'lost' | 'open'>;
  outcomeColumn?: null;
  footer?: { lines: number; firstLine: number; note: string };
  rowsRead: number;
  rowsLoaded: number;
  rowsLoadedMin?: number;
  rowsLoadedMax?: number;
  rowsRejected: RejectedTruth[];
  totals?: Record<string, number | string>;
  spot?: SpotRow[];
  expect?: 'error' | 'no rows';
  detect?: string;
  note?: string;
}

interface ExpectedJson {
  files: Record<string, FixtureTruth>;
}

let cache: ExpectedJson | null = null;

function all(): ExpectedJson {
  cache ??= JSON.parse(readFileSync(fixture('expected.json'), 'utf8')) as ExpectedJson;
  return cache;
}

/** The truth of one fixture; throws if expected.json does not describe it. */
export function truth(name: string): FixtureTruth {
  const entry = all().files[name];
  if (!entry) throw new Error(`expected.json has no entry for ${name}`);
  return entry;
}

/** Throws unless the fixture on disk is the one expected.json was written for (size and SHA-256). */
export function assertFixtureIntact(name: string): void {
  const t = truth(name);
  const bytes = readFileSync(fixture(name));
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length !== t.bytes || sha !== t.sha256) {
    throw new Error(`${name} differs from expected.json (regenerate with make-fixtures.mjs)`);
  }
}

/** The row number the app reports for a data row of expected.json. */
export const appRow = (dataRow: number): number => dataRow + 1;

export function spotRow(t: FixtureTruth, row: number): SpotRow {
  const found = t.spot?.find((s) => s.row === row);
  if (!found) throw new Error(`no spot row ${row}`);
  return found;
}

export function totalOf(t: FixtureTruth, key: string): number {
  const value = t.totals?.[key];
  if (typeof value !== 'number') throw new Error(`no numeric total ${key}`);
  return value;
}

/** The truth's mapping as field → column index in the given headers. */
export function mappingIndexes(t: FixtureTruth, headers: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [field, header] of Object.entries(t.mapping ?? {})) {
    const index = headers.indexOf(header);
    if (index < 0) throw new Error(`header ${header} (for ${field}) is not among ${headers.join(', ')}`);
    out[field] = index;
  }
  return out;
}

/** Field of the truth's mapping that a header is mapped to, if any. */
export function fieldOfHeader(t: FixtureTruth, header: string): string | undefined {
  return Object.entries(t.mapping ?? {}).find(([, h]) => h === header)?.[0];
}

/** A wall-clock truth (`2026-03-14` or `2026-03-14T09:05:00`) as `YYYY-MM-DDTHH:MM:SS`. */
export function wallClock(value: string): string {
  return value.includes('T') ? value : `${value}T00:00:00`;
}

/** SQL giving a TIMESTAMP column's wall-clock value in the form `wallClock` returns. */
export function wallClockSql(column: string): string {
  return `strftime(${column}, '%Y-%m-%dT%H:%M:%S')`;
}

export interface SpotCheck {
  /** Data row of expected.json. */
  row: number;
  actual: Record<string, unknown>;
  expected: Record<string, unknown>;
}

/**
 * Reads each spot row of a fixture from the canonical table, by its spreadsheet row number
 * (`_row` = data row + 1), and pairs what was loaded with the truth, keyed by the file's header.
 * Mapped fields are read typed (timestamps as wall-clock text), unmapped text columns from their
 * `x_` column. Structured truths are left out unless `resolve` turns them into a plain value.
 */
export async function spotChecks(
  db: Db,
  opts: {
    kind: TableKind;
    uploadId: number;
    truth: FixtureTruth;
    headers: readonly string[];
    resolve?: (header: string, value: SpotValue) => SpotValue;
  },
): Promise<SpotCheck[]> {
  const { kind, uploadId, truth: t, headers } = opts;
  const checks: SpotCheck[] = [];
  for (const spot of t.spot ?? []) {
    const select: string[] = [];
    const expected: Record<string, unknown> = {};
    Object.entries(spot.values).forEach(([header, raw], i) => {
      const value = opts.resolve ? opts.resolve(header, raw) : raw;
      if (value !== null && typeof value === 'object') return;
      const field = fieldOfHeader(t, header);
      const alias = ident(`v${i}`);
      if (field) {
        const type = fieldSpec(kind, field)?.type;
        if (type === 'timestamp') {
          select.push(`${wallClockSql(field)} AS ${alias}`);
          expected[header] = typeof value === 'string' ? wallClock(value) : value;
        } else if (type === 'outcome') {
          const outcome = typeof value === 'string' ? t.outcomes?.[value] : undefined;
          if (outcome === undefined) return;
          select.push(`${field} AS ${alias}`);
          expected[header] = outcome;
        } else {
          select.push(`${field} AS ${alias}`);
          expected[header] = value;
        }
      } else if (t.extraColumns?.includes(header) && (typeof value === 'string' || value === null)) {
        select.push(`${ident(extraColumnName(header, headers.indexOf(header)))} AS ${alias}`);
        expected[header] = value;
      }
    });
    const rows = await db.query<Record<string, unknown>>(
      `SELECT ${['_row', ...select].join(', ')} FROM ${kind} WHERE _upload = ${uploadId} AND _row = ${appRow(spot.row)}`,
    );
    if (rows.length !== 1)
      throw new Error(`data row ${spot.row}: ${rows.length} rows at _row ${appRow(spot.row)}`);
    const actual: Record<string, unknown> = {};
    const [first] = rows;
    Object.keys(spot.values).forEach((header, i) => {
      if (first && `v${i}` in first) actual[header] = first[`v${i}`];
    });
    checks.push({ row: spot.row, actual, expected });
  }
  return checks;
}
