import type { Db } from '../db';
import type { Mapping } from './automap';
import { fieldsOf, type FieldSpec, type TableKind } from './fields';
import type { DateFormat, NumberFormat } from './formats';
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

function typedExpr(field: FieldSpec, column: number, formats: ColumnFormats): string {
  const v = textExpr(rawColumn(column));
  switch (field.type) {
    case 'text':
      return v;
    case 'timestamp':
      return timestampExpr(v, formats.dates[column] ?? 'iso');
    case 'number':
      return numberExpr(v, formats.numbers[column] ?? 'dot');
    case 'boolean':
      return booleanExpr(v);
    case 'outcome':
      return outcomeExpr(v);
  }
}

export function extraColumns(input: Pick<TransformInput, 'headers' | 'mapping'>) {
  const mapped = new Set(Object.values(input.mapping));
  return input.headers
    .map((header, index) => ({ header, index, column: extraColumnName(header, index) }))
    .filter(({ index }) => !mapped.has(index));
}

/** Replaces this upload's rows in the canonical table with freshly typed ones. */
export async function writeCanonical(db: Db, input: TransformInput): Promise<void> {
  const { kind, uploadId } = input;
  const extras = extraColumns(input);
  await ensureExtraColumns(db, kind, [...new Set(extras.map((extra) => extra.column))]);
  await db.exec(`DELETE FROM ${kind} WHERE _upload = ${uploadId}`);
  const [base] = await db.query<{ key: number }>(`SELECT coalesce(max(_key), 0) AS key FROM ${kind}`);
  const select = [
    `${uploadId} AS _upload`,
    `${literal(input.fileName)} AS _file`,
    '_row',
    `${base?.key ?? 0} + _n AS _key`,
  ];
  for (const field of fieldsOf(kind)) {
    const column = input.mapping[field.name];
    if (column !== undefined) select.push(`${typedExpr(field, column, input.formats)} AS ${field.name}`);
    else if (field.type === 'outcome' && input.closedWonAssumed) select.push(`'won' AS ${field.name}`);
  }
  const seen = new Set<string>();
  for (const extra of extras) {
    if (seen.has(extra.column)) continue;
    seen.add(extra.column);
    select.push(`${textExpr(rawColumn(extra.index))} AS ${ident(extra.column)}`);
  }
  await db.exec(`INSERT INTO ${kind} BY NAME SELECT ${select.join(', ')} FROM ${numberedRaw(input.tables)}`);
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

/**
 * Values of mapped typed columns that could not be read. The row is kept (with that value empty)
 * and the value is listed, so nothing disappears silently.
 */
export async function findValueIssues(db: Db, input: TransformInput, limit = 5000) {
  const parts: string[] = [];
  for (const field of fieldsOf(input.kind)) {
    const column = input.mapping[field.name];
    const problem = PROBLEMS[field.type];
    if (column === undefined || !problem) continue;
    const header = input.headers[column] ?? field.label;
    parts.push(`SELECT _row AS row, ${literal(header)} AS "column", ${rawColumn(column)} AS value,
        ${literal(`${problem} (mapped to ${field.label})`)} AS problem
      FROM ${numberedRaw(input.tables)}
      WHERE ${textExpr(rawColumn(column))} IS NOT NULL AND (${typedExpr(field, column, input.formats)}) IS NULL`);
  }
  if (parts.length === 0) return { count: 0, issues: [] as ValueIssue[] };
  const table = `issues_${input.uploadId}`;
  await db.exec(`CREATE OR REPLACE TABLE ${table} AS ${parts.join(' UNION ALL ')}`);
  const [total] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
  const issues = await db.query<ValueIssue & Record<string, unknown>>(
    `SELECT * FROM ${table} ORDER BY row, "column" LIMIT ${limit}`,
  );
  return { count: total?.n ?? 0, issues: issues as ValueIssue[] };
}
