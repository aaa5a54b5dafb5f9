import type { Db, RunOptions } from '../db';
import type { Mapping } from './automap';
import { fieldsOf, type FieldSpec, type TableKind } from './fields';
import { dominantPattern, type DateFormat, type NumberFormat } from './formats';
import { numberedRaw, type RawTables } from './raw';
import { ensureExtraColumns, extraColumnName } from './schema';
import { ident, literal, rawColumn } from './sql';
import { booleanExpr, numberExpr, outcomeExpr, textExpr, timestampExpr } from './values';

/** Formats chosen per uploaded column (by index). */
export interface ColumnFormats {
  dates: Partial<Record<number, DateFormat>>;
  numbers: Partial<Record<number, NumberFormat>>;
}

export interface TransformInput {
  uploadId: number;
  kind: TableKind;
  fileName: string;
  headers: string[];
  tables: RawTables;
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

async function typedExpr(db: Db, input: TransformInput, field: FieldSpec, column: number): Promise<string> {
  const v = textExpr(rawColumn(column));
  switch (field.type) {
    case 'text':
      return v;
    case 'timestamp': {
      const format = input.formats.dates[column] ?? 'iso';
      return timestampExpr(v, format, await dominantPattern(db, input.tables.raw, column, format));
    }
    case 'number':
      return numberExpr(v, input.formats.numbers[column] ?? 'dot');
    case 'boolean':
      return booleanExpr(v);
    case 'outcome':
      return outcomeExpr(v);
  }
}

/**
 * Replaces this upload's rows in the canonical table with freshly typed ones. Values are typed once,
 * into a staging table that also keeps the text of typed columns, so unreadable values are found
 * without parsing everything a second time. Those rows are kept with the value empty.
 */
export async function writeCanonical(
  db: Db,
  input: TransformInput,
  opts: RunOptions = {},
): Promise<{ valueIssueCount: number }> {
  const { kind, uploadId } = input;
  const extras = extraColumns(input);
  await ensureExtraColumns(
    db,
    kind,
    extras.map((extra) => extra.column),
  );
  const [base] = await db.query<{ key: number }>(
    `SELECT coalesce(max(_key), 0) AS key FROM ${kind} WHERE _upload <> ${uploadId}`,
  );
  const select = [
    `${uploadId} AS _upload`,
    `${literal(input.fileName)} AS _file`,
    '_row',
    `${base?.key ?? 0} + _n AS _key`,
  ];
  const checks: { field: FieldSpec; column: number }[] = [];
  for (const field of fieldsOf(kind)) {
    const column = input.mapping[field.name];
    if (column !== undefined) {
      select.push(`${await typedExpr(db, input, field, column)} AS ${field.name}`);
      if (PROBLEMS[field.type]) {
        select.push(`${textExpr(rawColumn(column))} AS ${ident(`text:${field.name}`)}`);
        checks.push({ field, column });
      }
    } else if (field.type === 'outcome' && input.closedWonAssumed) select.push(`'won' AS ${field.name}`);
  }
  for (const extra of extras) select.push(`${textExpr(rawColumn(extra.index))} AS ${ident(extra.column)}`);

  const staging = `typed_${uploadId}`;
  try {
    await db.run(
      `CREATE OR REPLACE TEMP TABLE ${staging} AS SELECT ${select.join(', ')} FROM ${numberedRaw(input.tables)}`,
      opts,
    );
  } catch (error) {
    await db.exec(`DROP TABLE IF EXISTS ${staging}`);
    throw error;
  }
  const textColumns = checks.map(({ field }) => ident(`text:${field.name}`));
  await db.exec(`DELETE FROM ${kind} WHERE _upload = ${uploadId}`);
  await db.exec(
    `INSERT INTO ${kind} BY NAME SELECT * ${textColumns.length ? `EXCLUDE (${textColumns.join(', ')})` : ''} FROM ${staging}`,
  );
  const issues = checks.map(
    ({ field, column }) => `SELECT _row AS row, ${literal(input.headers[column] ?? field.label)} AS "column",
      ${ident(`text:${field.name}`)} AS value, ${literal(`${PROBLEMS[field.type] ?? ''} (mapped to ${field.label})`)} AS problem
      FROM ${staging} WHERE ${field.name} IS NULL AND ${ident(`text:${field.name}`)} IS NOT NULL`,
  );
  const issuesTable = `issues_${uploadId}`;
  await db.exec(
    issues.length
      ? `CREATE OR REPLACE TABLE ${issuesTable} AS ${issues.join(' UNION ALL ')}`
      : `CREATE OR REPLACE TABLE ${issuesTable} (row BIGINT, "column" VARCHAR, value VARCHAR, problem VARCHAR)`,
  );
  await db.exec(`DROP TABLE ${staging}`);
  const [count] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${issuesTable}`);
  return { valueIssueCount: count?.n ?? 0 };
}

/** The first unreadable values of an upload, for the page (the download has them all). */
export async function valueIssues(db: Db, uploadId: number, limit = 5000): Promise<ValueIssue[]> {
  return db.query<ValueIssue>(`SELECT * FROM issues_${uploadId} ORDER BY row, "column" LIMIT ${limit}`);
}
