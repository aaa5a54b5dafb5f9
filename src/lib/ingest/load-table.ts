import type { Db, RunOptions } from '../db';
import { fieldsOf } from './fields';
import { dominantPatterns } from './formats';
import { outcomeKeys } from './outcome-keys';
import { loadingSource, narrowName, narrowSource, withRowNumbers } from './raw';
import { repeatedIdsSql } from './duplicates';
import { dropRejects } from './read';
import { refuseRowsWithoutData } from './rows-without-data';
import { addUploadTable, ID_FIELD, replaceTable, uploadTable } from './schema';
import { typingQuery, type DatePatterns, type TransformInput } from './transform';
import { mappedColumns, NARROW_LIMIT, readerPlan, suspectCountSql, type ReaderPlan } from './typed-read';
import { writeIssues } from './value-issues';

/**
 * Types this upload's rows, read straight from its file, into its own table (replacing earlier
 * ones) and puts it in the canonical view. Values that cannot be read are listed with their row,
 * column and text in issues_<upload>. Returns the rows loaded and those issues' count.
 */
export async function writeCanonical(
  db: Db,
  given: TransformInput,
  opts: RunOptions = {},
): Promise<{ rowsLoaded: number; valueIssueCount: number }> {
  const input = { ...given, outcomeKeys: await outcomeKeys(db, given) };
  const { kind, uploadId } = input;
  const table = uploadTable(kind, uploadId);
  const mapped = mappedColumns(fieldsOf(kind), input.mapping);
  const patterns = await dominantPatterns(
    db,
    input.tables,
    mapped
      .filter(({ field }) => field.type === 'timestamp')
      .map(({ column }) => ({ column, format: input.formats.dates[column] ?? 'iso' })),
  );
  const plan = readerPlan(mapped, input.formats, patterns);
  const read =
    (plan && (await readTyped(db, input, patterns, plan, opts))) ??
    (await readText(db, input, patterns, opts));
  const stored = { storedRow: await refuseRowsWithoutData(db, input, read.storedRow) };
  const ids = input.mapping[ID_FIELD[kind]] !== undefined;
  const [loaded] = await db.query<{ n: number; repeated: number }>(
    `SELECT count(*) AS n, ${ids ? repeatedIdsSql(ID_FIELD[kind]) : '0'} AS repeated FROM ${table}`,
  );
  await addUploadTable(db, kind, uploadId, {
    file: input.fileName,
    storedRow: stored.storedRow,
    firstRow: input.firstRow,
    ids,
    repeated: loaded?.repeated ?? 0,
  });
  return {
    rowsLoaded: loaded?.n ?? 0,
    valueIssueCount: await writeIssues(db, input, stored.storedRow ? '_row' : `rowid + ${input.firstRow}`),
  };
}

interface Stored {
  /** The table holds each row's file row in `_row` (rows were refused, or read again, on the way). */
  storedRow: boolean;
}

/** Every value read as text and typed in SQL. */
async function readText(
  db: Db,
  input: TransformInput,
  patterns: DatePatterns,
  opts: RunOptions,
): Promise<Stored> {
  const table = uploadTable(input.kind, input.uploadId);
  const source = loadingSource(input.uploadId, input.sniffed);
  await dropRejects(db, input.uploadId);
  await db.run(`CREATE OR REPLACE TABLE ${table} AS ${typingQuery(input, source, patterns)}`, opts);
  const [rejects] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${input.tables.rejects}`);
  if (!rejects?.n) return { storedRow: false };
  // Rows after a rejected line are numbered past it: stored once, here, rather than per query.
  await replaceTable(db, table, withRowNumbers(table, input.tables.rejects));
  return { storedRow: true };
}

/** Lines the reader refused only for values it could not cast (any other error keeps them refused). */
const castLines = (rejects: string) =>
  `SELECT line FROM ${rejects} GROUP BY line HAVING bool_and(error_type = 'CAST')`;

/**
 * The reader types the plan's columns (typed-read.ts); lines it refused on a cast are read again as
 * text and typed the full way, then put back in file order. Null: type the whole file as text
 * instead (the reader read a value the SQL reading would not keep, or refused too many lines).
 */
async function readTyped(
  db: Db,
  input: TransformInput,
  patterns: DatePatterns,
  plan: ReaderPlan,
  opts: RunOptions,
): Promise<Stored | null> {
  const { uploadId, kind } = input;
  const table = uploadTable(kind, uploadId);
  const rejects = input.tables.rejects;
  const fieldOf = new Map(mappedColumns(fieldsOf(kind), input.mapping).map((m) => [m.column, m.field.name]));
  await dropRejects(db, uploadId);
  const source = loadingSource(uploadId, input.sniffed, plan);
  await db.run(`CREATE OR REPLACE TABLE ${table} AS ${typingQuery(input, source, patterns, plan)}`, opts);
  const [found] = await db.query<{ suspect: number; cast: number; rejected: number }>(
    `SELECT ${suspectCountSql(plan, table, (column) => fieldOf.get(column) ?? 'NULL')} AS suspect,
       (SELECT count(*) FROM (${castLines(rejects)})) AS cast,
       (SELECT count(*) FROM ${rejects}) AS rejected`,
  );
  if (!found || found.suspect > 0 || found.cast > NARROW_LIMIT) {
    await db.exec(`DROP TABLE ${table}`);
    return null;
  }
  if (found.rejected === 0) return { storedRow: false };
  const numbered = withRowNumbers(table, rejects);
  if (found.cast === 0) {
    await replaceTable(db, table, numbered);
    return { storedRow: true };
  }
  const narrow = await readNarrow(db, input, patterns);
  if (!narrow) {
    await db.exec(`DROP TABLE ${table}`);
    return null;
  }
  await replaceTable(
    db,
    table,
    `SELECT * FROM (${numbered}) UNION ALL BY NAME SELECT * FROM ${narrow} ORDER BY _row`,
  );
  await db.exec(`DROP TABLE ${narrow}`);
  await db.exec(`DELETE FROM ${rejects} WHERE line IN (${castLines(rejects)})`);
  return { storedRow: true };
}

/**
 * The cast-refused lines, as the reader kept them, in a file of their own read as text and typed
 * the full way, each with its file row (`_row`, the reject's line). Null when they do not read back
 * one row per line.
 */
async function readNarrow(db: Db, input: TransformInput, patterns: DatePatterns): Promise<string | null> {
  const { uploadId } = input;
  const lines = await db.query<{ line: number; csv_line: string }>(
    `SELECT line, any_value(csv_line) AS csv_line FROM ${input.tables.rejects}
     WHERE line IN (${castLines(input.tables.rejects)}) GROUP BY line ORDER BY line`,
  );
  const narrow = `${uploadTable(input.kind, uploadId)}_narrow`;
  const name = narrowName(uploadId);
  await db.registerFile(name, new TextEncoder().encode(lines.map((l) => `${l.csv_line}\n`).join('')));
  try {
    const typed = typingQuery(input, narrowSource(uploadId, input.sniffed), patterns);
    const rows = lines.map((l) => Number(l.line)).join(', ');
    await db.exec(
      `CREATE OR REPLACE TABLE ${narrow} AS SELECT t.*, r._row FROM (${typed}) t
       POSITIONAL JOIN (SELECT unnest([${rows}]::BIGINT[]) AS _row) r`,
    );
    const [count] = await db.query<{ n: number; placed: number }>(
      `SELECT count(*) AS n, count(_row) AS placed FROM ${narrow}`,
    );
    if (count?.n === lines.length && count.placed === lines.length) return narrow;
  } catch {
    // A line that no longer splits: the caller reads the whole file as text instead.
  } finally {
    await db.dropFile(name).catch(() => undefined);
  }
  await db.exec(`DROP TABLE IF EXISTS ${narrow}`);
  return null;
}
