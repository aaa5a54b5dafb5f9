import type { Db } from '../db';
import { uploadTable } from './schema';
import { literal } from './sql';
import { checkedFields, PROBLEMS, type TransformInput } from './transform';

export interface ValueIssue {
  row: number;
  column: string;
  value: string;
  problem: string;
}

/**
 * Lists the values of an upload's table that could not be read (its `_bad` texts) with their row,
 * column and text in issues_<upload>; returns their count.
 */
export async function writeIssues(
  db: Db,
  input: Pick<TransformInput, 'kind' | 'uploadId' | 'mapping' | 'headers'>,
  rowExpr: string,
): Promise<number> {
  const { kind, uploadId } = input;
  const issuesTable = `issues_${uploadId}`;
  const table = uploadTable(kind, uploadId);
  const checks = checkedFields(kind, input.mapping);
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
