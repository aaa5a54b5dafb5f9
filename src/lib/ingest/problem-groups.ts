import type { Db } from '../db';
import { fieldsOf, type TableKind, type ValueType } from './fields';
import { rejectsTable } from './raw';
import { explainReject } from './rejects';
import { literal } from './sql';
import { UNCLOSED_QUOTE } from './stray-quote-store';

/** A row and what it held, as an example of a problem. */
export interface ProblemExample {
  row: number;
  text: string;
}

/** Unreadable values of one column (one mapped field) of an upload. */
export interface ValueProblemGroup {
  /** The canonical field the column is mapped to. */
  field: string;
  type: ValueType;
  /** The column's header. */
  column: string;
  count: number;
  /** The first three, in row order. */
  examples: ProblemExample[];
}

/** Rows of an upload the CSV reader refused for one reason. */
export interface RowProblemGroup {
  errorType: string;
  /** What is wrong with each of them, in words ("has more values than the header has columns"). */
  explanation: string;
  count: number;
  /** The first three, in row order: the row number and its line. */
  examples: ProblemExample[];
}

export interface ProblemGroups {
  values: ValueProblemGroup[];
  rows: RowProblemGroup[];
}

const EXAMPLES = 3;

/** `min_by` lists the first values in row order; taken apart here (nested BIGINTs arrive garbled, STACK.md). */
function exampleColumns(list: string): string {
  return Array.from(
    { length: EXAMPLES },
    (_, i) => `${list}[${i + 1}].r AS row${i + 1}, ${list}[${i + 1}].t AS text${i + 1}`,
  ).join(', ');
}

function examplesOf(row: Record<string, unknown>): ProblemExample[] {
  const examples: ProblemExample[] = [];
  for (let i = 1; i <= EXAMPLES; i++) {
    const at = row[`row${i}`];
    if (typeof at === 'number') examples.push({ row: at, text: String(row[`text${i}`] ?? '') });
  }
  return examples;
}

/**
 * An upload's problems grouped: unreadable values by column, refused rows by reason, each with its
 * count and first three examples in row order. The page lists these; the download keeps every row.
 */
export async function problemGroups(db: Db, kind: TableKind, uploadId: number): Promise<ProblemGroups> {
  const values = await db.query<Record<string, unknown> & { field: string; column: string; n: number }>(
    `SELECT field, "column", n, ${exampleColumns('ex')} FROM (
       SELECT field, "column", count(*) AS n, min(row) AS first,
         min_by({'r': row, 't': value}, row, ${EXAMPLES}) AS ex
       FROM issues_${uploadId} GROUP BY field, "column")
     ORDER BY n DESC, first`,
  );
  const rows = await db.query<Record<string, unknown> & { error_type: string; message: string; n: number }>(
    `SELECT error_type, message, n, ${exampleColumns('ex')} FROM (
       SELECT error_type,
         -- A never-closed quote names its column when the group's rows share one.
         if(count(DISTINCT error_message) > 1 AND error_type = ${literal(UNCLOSED_QUOTE)}, '',
           any_value(error_message ORDER BY line)) AS message, count(*) AS n, min(line) AS first,
         min_by({'r': line, 't': csv_line}, line, ${EXAMPLES}) AS ex
       FROM (
         SELECT line, any_value(error_type ORDER BY column_idx) AS error_type,
           any_value(error_message ORDER BY column_idx) AS error_message, any_value(csv_line) AS csv_line
         FROM ${rejectsTable(uploadId)} GROUP BY line)
       GROUP BY error_type)
     ORDER BY n DESC, first`,
  );
  const types = new Map(fieldsOf(kind).map((field) => [field.name, field.type]));
  return {
    values: values.map((row) => ({
      field: row.field,
      type: types.get(row.field) ?? 'text',
      column: row.column,
      count: row.n,
      examples: examplesOf(row),
    })),
    rows: rows.map((row) => ({
      errorType: row.error_type,
      explanation: explainReject(row.error_type, row.message),
      count: row.n,
      examples: examplesOf(row),
    })),
  };
}
