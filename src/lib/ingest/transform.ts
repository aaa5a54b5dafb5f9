import type { Db, RunOptions } from '../db';
import type { Mapping } from './automap';
import { amountCurrencySql, currencySql } from './currency';
import { fieldsOf, type FieldSpec, type TableKind } from './fields';
import { dominantPatterns, type DateFormat, type NumberFormat } from './formats';
import { withRowNumbers, type RawTables } from './raw';
import { dropRejects } from './read';
import { addUploadTable, extraColumnName, ID_FIELD, uploadTable } from './schema';
import { ident, literal, rawColumn } from './sql';
import {
  booleanExpr,
  fastNumberExpr,
  fastTimestampExpr,
  numberExpr,
  outcomeExpr,
  textExpr,
  timestampExpr,
} from './values';

/** Formats chosen per uploaded column (by index). */
export interface ColumnFormats {
  dates: Partial<Record<number, DateFormat>>;
  numbers: Partial<Record<number, NumberFormat>>;
  /** Date columns whose values carry their own UTC offset: stored as UTC instants (issue 20). */
  zoned?: number[] | undefined;
}

export interface TransformInput {
  uploadId: number;
  kind: TableKind;
  fileName: string;
  headers: string[];
  tables: RawTables;
  /** The read_csv the rows are typed from (it keeps the lines it cannot split as rejects). */
  source: string;
  /** The file row of the first data row, as a spreadsheet numbers it (header = 1 unless title lines). */
  firstRow: number;
  mapping: Mapping;
  formats: ColumnFormats;
  /** A deals file without an outcome column is a closed-won export: every row is won. */
  closedWonAssumed: boolean;
}

export interface ValueIssue {
  row: number;
  column: string;
  value: string;
  problem: string;
}

const PROBLEMS: Partial<Record<FieldSpec['type'], string>> = {
  timestamp: 'is not a date in the format chosen for this column',
  number: 'is not a number',
  boolean: 'is not yes/no, true/false or 1/0',
};

export function extraColumns(input: Pick<TransformInput, 'headers' | 'mapping'>) {
  const mapped = new Set(Object.values(input.mapping));
  const seen = new Set<string>();
  return input.headers
    .map((header, index) => ({ header, index, column: extraColumnName(header, index) }))
    .filter(({ index, column }) => !mapped.has(index) && !seen.has(column) && seen.add(column));
}

const text = (column: number) => `t${column}`;
const fast = (field: FieldSpec) => ident(`fast:${field.name}`);
const checkedText = (field: FieldSpec) => ident(`text:${field.name}`);

/**
 * A deal's currency: its currency column's (`v`), else the one written with its amount ("€1.234,50");
 * NULL when neither says (the user's chosen currency then, lib/metrics/currencies.ts).
 */
function currencyOf(v: string | null, input: TransformInput): string {
  const amount = input.mapping['amount'];
  const fromAmount = amount === undefined ? null : amountCurrencySql(text(amount));
  if (v === null) return fromAmount ?? 'CAST(NULL AS VARCHAR)';
  return fromAmount ? `coalesce(${currencySql(v)}, ${fromAmount})` : currencySql(v);
}

/**
 * The typing query, in four steps that each compute a value once: the trimmed text of every used
 * column; the cheap first try of each date and number; the typed values; and `_bad`, whether any
 * value of the row could not be read (those rows keep the value empty and are listed as issues).
 */
async function typingQuery(db: Db, input: TransformInput): Promise<string> {
  const { kind } = input;
  const extras = extraColumns(input);
  const mapped = fieldsOf(kind).flatMap((field) => {
    const column = input.mapping[field.name];
    return column === undefined ? [] : [{ field, column }];
  });
  const used = [...new Set([...mapped.map((m) => m.column), ...extras.map((e) => e.index)])];
  const patterns = await dominantPatterns(
    db,
    input.tables,
    mapped
      .filter(({ field }) => field.type === 'timestamp')
      .map(({ column }) => ({ column, format: input.formats.dates[column] ?? 'iso' })),
  );

  const texts = used.map((column) => `${textExpr(rawColumn(column))} AS ${text(column)}`);
  const fastTries: string[] = [];
  const typed: string[] = [];
  const checks: FieldSpec[] = [];
  for (const { field, column } of mapped) {
    const v = text(column);
    let expr: string;
    if (field.type === 'timestamp') {
      const format = input.formats.dates[column] ?? 'iso';
      const first = fastTimestampExpr(v, format, patterns.get(column)?.pattern);
      if (first) fastTries.push(`${first} AS ${fast(field)}`);
      expr = timestampExpr(v, format, first ? fast(field) : null);
    } else if (field.type === 'number') {
      const format = input.formats.numbers[column] ?? 'dot';
      fastTries.push(`${fastNumberExpr(v, format)} AS ${fast(field)}`);
      expr = numberExpr(v, format, fast(field));
    } else if (field.type === 'boolean') expr = booleanExpr(v);
    else if (field.type === 'outcome') expr = outcomeExpr(v);
    else if (field.type === 'currency') expr = currencyOf(v, input);
    else expr = v;
    typed.push(`${expr} AS ${field.name}`);
    if (PROBLEMS[field.type]) {
      typed.push(`${v} AS ${checkedText(field)}`);
      checks.push(field);
    }
  }
  if (input.closedWonAssumed && input.mapping['outcome'] === undefined && kind === 'deals') {
    typed.push(`'won' AS outcome`);
  }
  if (kind === 'deals' && input.mapping['currency'] === undefined && input.mapping['amount'] !== undefined) {
    typed.push(`${currencyOf(null, input)} AS currency`);
  }
  for (const extra of extras) typed.push(`${text(extra.index)} AS ${ident(extra.column)}`);

  // `_bad`: NULL for a row whose values all read; else the texts of its checked values, by field.
  const bad = checks.length
    ? `CASE WHEN ${checks.map((f) => `(${f.name} IS NULL AND ${checkedText(f)} IS NOT NULL)`).join(' OR ')}
        THEN [${checks.map(checkedText).join(', ')}] END`
    : 'CAST(NULL AS VARCHAR[])';
  const exclude = checks.length ? `EXCLUDE (${checks.map(checkedText).join(', ')})` : '';
  return `SELECT * ${exclude}, ${bad} AS _bad, false AS _superseded FROM (
    SELECT ${typed.join(', ')} FROM (
      SELECT *${fastTries.map((f) => `, ${f}`).join('')} FROM (
        SELECT ${texts.join(', ')} FROM ${input.source})))`;
}

/**
 * Types this upload's rows, read straight from its file, into its own table (replacing earlier
 * ones) and puts it in the canonical view. Values that cannot be read are listed with their row,
 * column and text in issues_<upload>. Returns the rows loaded and those issues' count.
 */
export async function writeCanonical(
  db: Db,
  input: TransformInput,
  opts: RunOptions = {},
): Promise<{ rowsLoaded: number; valueIssueCount: number }> {
  const { kind, uploadId } = input;
  const table = uploadTable(kind, uploadId);
  const typing = await typingQuery(db, input);
  await dropRejects(db, uploadId);
  await db.run(`CREATE OR REPLACE TABLE ${table} AS ${typing}`, opts);
  const [rejects] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${input.tables.rejects}`);
  if (rejects?.n) {
    // Rows after a rejected line are numbered past it: stored once, here, rather than per query.
    await db.exec(
      `CREATE OR REPLACE TABLE ${table}_numbered AS ${withRowNumbers(table, input.tables.rejects)}`,
    );
    await db.exec(`DROP TABLE ${table}`);
    await db.exec(`ALTER TABLE ${table}_numbered RENAME TO ${table}`);
  }
  await addUploadTable(db, kind, uploadId, {
    file: input.fileName,
    storedRow: Boolean(rejects?.n),
    firstRow: input.firstRow,
    ids: input.mapping[ID_FIELD[kind]] !== undefined,
  });
  const [loaded] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
  return {
    rowsLoaded: loaded?.n ?? 0,
    valueIssueCount: await writeIssues(db, input, rejects?.n ? '_row' : `rowid + ${input.firstRow}`),
  };
}

async function writeIssues(db: Db, input: TransformInput, rowExpr: string): Promise<number> {
  const { kind, uploadId } = input;
  const issuesTable = `issues_${uploadId}`;
  const table = uploadTable(kind, uploadId);
  const checks = fieldsOf(kind).flatMap((field) => {
    const column = input.mapping[field.name];
    return column !== undefined && PROBLEMS[field.type] ? [{ field, column }] : [];
  });
  const issues = checks.map(
    (
      { field, column },
      i,
    ) => `SELECT ${rowExpr} AS row, ${literal(input.headers[column] ?? field.label)} AS "column",
      _bad[${i + 1}] AS value, ${literal(`${PROBLEMS[field.type] ?? ''} (mapped to ${field.label})`)} AS problem,
      ${literal(field.name)} AS field FROM ${table} WHERE _bad IS NOT NULL AND ${field.name} IS NULL AND _bad[${i + 1}] IS NOT NULL`,
  );
  await db.exec(
    issues.length
      ? `CREATE OR REPLACE TABLE ${issuesTable} AS ${issues.join(' UNION ALL ')}`
      : `CREATE OR REPLACE TABLE ${issuesTable} (row BIGINT, "column" VARCHAR, value VARCHAR, problem VARCHAR, field VARCHAR)`,
  );
  const [count] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${issuesTable}`);
  return count?.n ?? 0;
}

/** The first unreadable values of an upload, for the page (the download has them all). */
export async function valueIssues(db: Db, uploadId: number, limit = 5000): Promise<ValueIssue[]> {
  return db.query<ValueIssue>(
    `SELECT row, "column", value, problem FROM issues_${uploadId} ORDER BY row, "column" LIMIT ${limit}`,
  );
}
