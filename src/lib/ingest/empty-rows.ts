import type { Db } from '../db';
import { fieldsOf } from './fields';
import { replaceTable, uploadTable } from './schema';
import { EMPTY_ROW, HEADER_AGAIN } from './reject-types';
import { ident, literal } from './sql';
import { extraColumns, PROBLEMS, type TransformInput } from './transform';
import { mappedColumns } from './typed-read';

type Input = Pick<TransformInput, 'kind' | 'uploadId' | 'mapping' | 'headers' | 'firstRow' | 'tables'> & {
  sniffed: Pick<TransformInput['sniffed'], 'delimiter'>;
};

/** The upload table's columns of text (typed fields are read off `_bad`), with their headers. */
function columnsOf(input: Input) {
  const mapped = mappedColumns(fieldsOf(input.kind), input.mapping);
  const header = (column: number) => input.headers[column] ?? '';
  const texts = [
    ...mapped
      .filter(({ field }) => !PROBLEMS[field.type] && field.type !== 'outcome' && field.type !== 'currency')
      .map(({ field, column }) => ({ name: field.name, header: header(column) })),
    ...extraColumns(input).map((extra) => ({ name: extra.column, header: header(extra.index) })),
  ];
  // In value-issues.ts's order: `_bad` lists the checked values' texts so.
  const checked = fieldsOf(input.kind).flatMap((field) => {
    const column = input.mapping[field.name];
    return column !== undefined && PROBLEMS[field.type] ? [header(column)] : [];
  });
  return { all: [...new Set(mapped.map(({ field }) => field.name))], texts, checked };
}

/** Every value of the row is blank, read off the upload table's columns (typed, extras and `_bad`). */
function emptySql(input: Input): string {
  const { all } = columnsOf(input);
  const columns = [...all, ...extraColumns(input).map((extra) => extra.column)];
  return [...columns.map((name) => `${ident(name)} IS NULL`), '_bad IS NULL'].join(' AND ');
}

/** Each value is its column's header or blank, and two at least are headers: the header again. */
function headerAgainSql(input: Input): string {
  const { texts, checked } = columnsOf(input);
  const same = [
    ...texts.map(({ name, header }) => ({ value: ident(name), header })),
    ...checked.map((header, i) => ({ value: `_bad[${i + 1}]`, header })),
  ].filter(({ header }) => header.trim() !== '');
  if (same.length < 2) return 'false';
  const matches = same.map(({ value, header }) => `(${value} = ${literal(header.trim())})::INTEGER`);
  const fits = same.map(({ value, header }) => `(${value} IS NULL OR ${value} = ${literal(header.trim())})`);
  return `(${fits.join(' AND ')} AND ${matches.join(' + ')} >= 2)`;
}

/**
 * Moves the upload table's empty rows and repeated headers (reject-types.ts: no lead and no deal,
 * yet a closed-won export would count each as a won deal) to its rejects, numbered as the file
 * numbers them, and keeps the other rows' numbers (`_row`: stored from here on). Returns whether
 * the table stores `_row`. A file without such rows costs one scan of the table.
 */
export async function refuseEmptyRows(db: Db, input: Input, storedRow: boolean): Promise<boolean> {
  const table = uploadTable(input.kind, input.uploadId);
  const empty = emptySql(input);
  const header = headerAgainSql(input);
  const refused = `(${empty}) OR ${header}`;
  const [found] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE ${refused}`);
  if (!found?.n) return storedRow;
  const rejects = input.tables.rejects;
  const row = storedRow ? '_row' : `rowid + ${input.firstRow}`;
  const blank = input.sniffed.delimiter.repeat(Math.max(0, input.headers.length - 1));
  const headerLine = input.headers.join(input.sniffed.delimiter);
  // The reader's error_type is an enum without these types: the rejects are copied with text.
  await replaceTable(db, rejects, `SELECT * REPLACE (error_type::VARCHAR AS error_type) FROM ${rejects}`);
  await db.exec(
    `INSERT INTO ${rejects} BY NAME SELECT ${row} AS line, 0 AS column_idx,
       CASE WHEN ${empty} THEN ${literal(EMPTY_ROW)} ELSE ${literal(HEADER_AGAIN)} END AS error_type,
       CASE WHEN ${empty} THEN ${literal(blank)} ELSE ${literal(headerLine)} END AS csv_line,
       '' AS error_message FROM ${table} WHERE ${refused}`,
  );
  await replaceTable(
    db,
    table,
    `SELECT *${storedRow ? '' : `, ${row} AS _row`} FROM ${table} WHERE NOT (${refused}) ORDER BY rowid`,
  );
  return true;
}
