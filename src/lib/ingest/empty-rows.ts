import type { Db } from '../db';
import { fieldsOf } from './fields';
import { replaceTable, uploadTable } from './schema';
import { EMPTY_ROW } from './reject-types';
import { ident, literal } from './sql';
import { extraColumns, type TransformInput } from './transform';
import { mappedColumns } from './typed-read';

type Input = Pick<TransformInput, 'kind' | 'uploadId' | 'mapping' | 'headers' | 'firstRow' | 'tables'> & {
  sniffed: Pick<TransformInput['sniffed'], 'delimiter'>;
};

/** Every value of the row is blank, read off the upload table's columns (typed, extras and `_bad`). */
function emptySql(input: Input): string {
  const columns = [
    ...new Set(mappedColumns(fieldsOf(input.kind), input.mapping).map(({ field }) => field.name)),
    ...extraColumns(input).map((extra) => extra.column),
  ];
  return [...columns.map((name) => `${ident(name)} IS NULL`), '_bad IS NULL'].join(' AND ');
}

/**
 * Moves the upload table's empty rows (reject-types.ts: no lead and no deal, yet a closed-won export
 * would count each as a won deal) to its rejects, numbered as the file numbers them, and keeps
 * the other rows' numbers (`_row`: stored from here on). Returns whether the table stores `_row`.
 * A file without such rows costs one scan of the table.
 */
export async function refuseEmptyRows(db: Db, input: Input, storedRow: boolean): Promise<boolean> {
  const table = uploadTable(input.kind, input.uploadId);
  const empty = emptySql(input);
  const [found] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE ${empty}`);
  if (!found?.n) return storedRow;
  const rejects = input.tables.rejects;
  const row = storedRow ? '_row' : `rowid + ${input.firstRow}`;
  const line = input.sniffed.delimiter.repeat(Math.max(0, input.headers.length - 1));
  // The reader's error_type is an enum without this type: the rejects are copied with text.
  await replaceTable(db, rejects, `SELECT * REPLACE (error_type::VARCHAR AS error_type) FROM ${rejects}`);
  await db.exec(
    `INSERT INTO ${rejects} BY NAME SELECT ${row} AS line, 0 AS column_idx, ${literal(EMPTY_ROW)} AS error_type,
       ${literal(line)} AS csv_line, '' AS error_message FROM ${table} WHERE ${empty}`,
  );
  await replaceTable(
    db,
    table,
    `SELECT *${storedRow ? '' : `, ${row} AS _row`} FROM ${table} WHERE NOT (${empty}) ORDER BY rowid`,
  );
  return true;
}
