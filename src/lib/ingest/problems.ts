import type { Db } from '../db';
import { toCsv } from '../export/csv';
import { rejectsTable } from './raw';
import { rejectProblemSql } from './rejects';
import { literal } from './sql';
import { UNCLOSED_QUOTE } from './stray-quote-store';

/**
 * Every rejected row and every unreadable value of the given uploads, as one CSV a user can open
 * next to the original file: file, row (as a spreadsheet numbers it), column, problem, content.
 */
export async function problemsCsv(
  db: Db,
  uploads: { uploadId: number; fileName: string }[],
): Promise<string> {
  const parts: string[] = [];
  for (const { uploadId, fileName } of uploads) {
    const rejects = rejectsTable(uploadId);
    const file = literal(fileName);
    parts.push(`SELECT ${file} AS file, line AS row,
        if(any_value(error_type) = ${literal(UNCLOSED_QUOTE)}, any_value(column_name), '') AS "column",
        ${rejectProblemSql('any_value(error_type ORDER BY column_idx)', 'any_value(error_message ORDER BY column_idx)')} AS problem,
        any_value(csv_line) AS content
      FROM ${rejects} GROUP BY line`);
    const [issues] = await db.query<{ n: number }>(
      `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'issues_${uploadId}'`,
    );
    if ((issues?.n ?? 0) > 0) {
      parts.push(
        `SELECT ${file}, row, "column", 'Value left empty: ' || problem, value FROM issues_${uploadId}`,
      );
    }
  }
  const header = ['file', 'row', 'column', 'problem', 'content'];
  if (parts.length === 0) return toCsv(header, []);
  const rows = await db.query<Record<string, unknown>>(
    `SELECT * FROM (${parts.join(' UNION ALL ')}) ORDER BY file, row, "column"`,
  );
  return toCsv(
    header,
    rows.map((row) => header.map((key) => row[key])),
  );
}
