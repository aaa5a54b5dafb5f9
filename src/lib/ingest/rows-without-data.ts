import type { Db } from '../db';
import { fieldsOf } from './fields';
import { replaceTable, uploadTable } from './schema';
import { EMPTY_ROW, GROUP_TITLE, HEADER_AGAIN } from './reject-types';
import { ident, literal } from './sql';
import { checkedFields, extraColumns, PROBLEMS, type TransformInput } from './transform';
import { mappedColumns } from './typed-read';

type Input = Pick<TransformInput, 'kind' | 'uploadId' | 'mapping' | 'headers' | 'firstRow' | 'tables'> & {
  sniffed: Pick<TransformInput['sniffed'], 'delimiter'>;
};

/**
 * What each of the upload table's rows is read off: every value column (typed fields, extras), and
 * the columns of text with their headers (typed fields' texts are in `_bad`, in `checked`'s order).
 */
function columnsOf(input: Input) {
  const mapped = mappedColumns(fieldsOf(input.kind), input.mapping);
  const extras = extraColumns(input);
  const header = (column: number) => input.headers[column] ?? '';
  const texts = [
    ...mapped
      .filter(({ field }) => !PROBLEMS[field.type] && field.type !== 'outcome' && field.type !== 'currency')
      .map(({ field, column }) => ({ name: field.name, header: header(column) })),
    ...extras.map((extra) => ({ name: extra.column, header: header(extra.index) })),
  ];
  return {
    values: [...new Set(mapped.map(({ field }) => field.name)), ...extras.map((extra) => extra.column)],
    texts,
    checked: checkedFields(input.kind, input.mapping).map(({ field, column }) => ({
      name: field.name,
      header: header(column),
    })),
  };
}

type Columns = ReturnType<typeof columnsOf>;

/** Every value of the row is blank (typed, extras and `_bad`). */
function emptySql({ values }: Columns): string {
  return [...values.map((name) => `${ident(name)} IS NULL`), '_bad IS NULL'].join(' AND ');
}

/** Each value is its column's header or blank, and two at least are headers: the header again. */
function headerAgainSql({ texts, checked }: Columns): string {
  const same = [
    ...texts.map(({ name, header }) => ({ value: ident(name), header })),
    ...checked.map(({ header }, i) => ({ value: `_bad[${i + 1}]`, header })),
  ].filter(({ header }) => header.trim() !== '');
  if (same.length < 2) return 'false';
  const matches = same.map(({ value, header }) => `(${value} = ${literal(header.trim())})::INTEGER`);
  const fits = same.map(({ value, header }) => `(${value} IS NULL OR ${value} = ${literal(header.trim())})`);
  return `(${fits.join(' AND ')} AND ${matches.join(' + ')} >= 2)`;
}

/** The row's one value, when it has exactly one: what a title line holds ("Contacted"). */
function onlyValueSql({ values, checked }: Columns): { one: string; value: string } {
  const checkedNames = new Set(checked.map(({ name }) => name));
  // A checked value that did not read is NULL, its text in `_bad` (which is NULL when all read).
  const filled = [
    ...values.filter((name) => !checkedNames.has(name)).map((name) => `${ident(name)}::VARCHAR`),
    ...checked.map(
      ({ name }, i) => `CASE WHEN _bad IS NULL THEN ${ident(name)}::VARCHAR ELSE _bad[${i + 1}] END`,
    ),
  ];
  const count = filled.map((value) => `(${value} IS NOT NULL)::INTEGER`).join(' + ');
  return { one: `(${count}) = 1`, value: `coalesce(${filled.join(', ')})` };
}

/**
 * Moves the upload table's empty rows, repeated headers and the group titles above them
 * (reject-types.ts: no lead and no deal, yet a closed-won export would count each as a won deal)
 * to its rejects, numbered as the file numbers them, and keeps the other rows' numbers (`_row`:
 * stored from here on). Returns whether the table stores `_row`. A file without such rows costs one
 * scan of the table.
 */
export async function refuseRowsWithoutData(db: Db, input: Input, storedRow: boolean): Promise<boolean> {
  const table = uploadTable(input.kind, input.uploadId);
  const columns = columnsOf(input);
  const empty = emptySql(columns);
  const header = headerAgainSql(columns);
  // Two counts, each WHERE pushed into its scan: the empty rows' IS NULLs skip every row group where
  // a column holds no NULL. 1M leads: ~17 ms, against ~120 for one count of the OR (read row by row)
  // and 4x that for two FILTERs in one scan.
  const [found] = await db.query<{ empty: number; again: number }>(
    `SELECT (SELECT count(*) FROM ${table} WHERE ${empty}) AS empty,
       (SELECT count(*) FROM ${table} WHERE ${header}) AS again`,
  );
  if (!found?.empty && !found?.again) return storedRow;
  // A title line directly above a repeated header (monday.com's groups): one value, the group's name.
  const only = onlyValueSql(columns);
  const title = found.again
    ? `(${only.one} AND rowid + 1 IN (SELECT rowid FROM ${table} WHERE ${header}))`
    : 'false';
  const refused = `(${empty}) OR ${header} OR ${title}`;
  const rejects = input.tables.rejects;
  const row = storedRow ? '_row' : `rowid + ${input.firstRow}`;
  const blank = input.sniffed.delimiter.repeat(Math.max(0, input.headers.length - 1));
  const headerLine = input.headers.join(input.sniffed.delimiter);
  // The reader's error_type is an enum without these types: the rejects are copied with text.
  await replaceTable(db, rejects, `SELECT * REPLACE (error_type::VARCHAR AS error_type) FROM ${rejects}`);
  await db.exec(
    `INSERT INTO ${rejects} BY NAME SELECT ${row} AS line, 0 AS column_idx,
       CASE WHEN ${empty} THEN ${literal(EMPTY_ROW)} WHEN ${header} THEN ${literal(HEADER_AGAIN)}
         ELSE ${literal(GROUP_TITLE)} END AS error_type,
       CASE WHEN ${empty} THEN ${literal(blank)} WHEN ${header} THEN ${literal(headerLine)}
         ELSE ${only.value} END AS csv_line,
       '' AS error_message FROM ${table} WHERE ${refused}`,
  );
  await replaceTable(
    db,
    table,
    `SELECT *${storedRow ? '' : `, ${row} AS _row`} FROM ${table} WHERE NOT (${refused}) ORDER BY rowid`,
  );
  return true;
}
