/**
 * The second pass of detection, over the whole file, for the columns the first values left open:
 * a date column whose every part was ≤ 12 looks for its first value with a part above 12, a number
 * column for its decimal separator. One scan serves them all. When only dates are open it stops
 * about a chunk after the last of them is proven (a truly ambiguous column is read to its end).
 */
import type { Db } from '../db';
import { hasSeparatorSql, numberCountsOf, numberStatsSql, type NumberCounts } from './number-stats';
import { rawColumn } from './sql';

export interface DateProofNeed {
  column: number;
  /** The separator the column's first values use: split_part on it, 5x cheaper than regexps. */
  separator: string;
}

/** The parts of a column's first d/m/y-shaped value that has a part above 12. */
export interface DateProof {
  first_max: number;
  second_max: number;
}

export interface FileProofs {
  dates: Map<number, DateProof>;
  numbers: Map<number, NumberCounts>;
}

// A proof is kept as one BIGINT that sorts by row first (the first proof is the least), then the
// two parts (each < 100: 7 bits). A cumulative min of it streams in DuckDB (a struct's or arg_min's
// does not). A negative part is kept as 0: the decision only takes it into a max with the first
// values' parts, which are ≥ 0, so it never counted.
const PART = 128;

/** A date column's first two parts, split only where it has a third (most other text has none). */
function partsSql({ column, separator }: DateProofNeed, i: number): string {
  const c = rawColumn(column);
  const part = (n: number) => `split_part(${c}, '${separator.replaceAll("'", "''")}', ${n})`;
  const dated = `${part(3)} <> ''`;
  return `CASE WHEN ${dated} THEN TRY_CAST(${part(1)} AS INTEGER) END AS a${i},
    CASE WHEN ${dated} THEN TRY_CAST(${part(2)} AS INTEGER) END AS b${i}`;
}

/** The row's own proof for date column `i`, or NULL; `rn` is its row in the file. */
function proofSql(i: number): string {
  const [a, b] = [`a${i}`, `b${i}`];
  const proves = `${a} < 100 AND ${b} < 100 AND (${a} > 12 OR ${b} > 12)`;
  return `CASE WHEN ${proves} THEN (rn * ${PART} + greatest(${a}, 0)) * ${PART} + greatest(${b}, 0) END AS e${i}`;
}

const decoded = (m: string, i: number) =>
  `CAST((${m} // ${PART}) % ${PART} AS INTEGER) AS f${i}, CAST(${m} % ${PART} AS INTEGER) AS s${i}`;

/** The file's rows in order, numbered (`rn`), with only what the proofs read. */
function numbered(raw: string, dates: readonly DateProofNeed[], numbers: readonly number[]): string {
  const columns = [...dates.map(partsSql), ...[...new Set(numbers)].map(rawColumn)];
  // Numbering keeps the scan in file order: only the dates' "first" needs it.
  const rn = dates.length > 0 ? ', row_number() OVER () AS rn' : '';
  return `SELECT ${columns.join(', ')}${rn} FROM ${raw}`;
}

function readProofs(row: Record<string, number | null> | undefined, dates: readonly DateProofNeed[]) {
  const found = new Map<number, DateProof>();
  dates.forEach(({ column }, i) => {
    const first = row?.[`f${i}`];
    const second = row?.[`s${i}`];
    if (first != null && second != null) found.set(column, { first_max: first, second_max: second });
  });
  return found;
}

/**
 * Dates only: every row that is some column's first proof, and every row once all are proven, each
 * carrying the proofs found so far (cumulative mins); the LIMIT ends the scan just after the last
 * proof. Any row kept holds each column's proof if it has one by then, so which rows the engine
 * passes on first does not matter.
 */
async function dateProofs(
  db: Db,
  raw: string,
  dates: readonly DateProofNeed[],
): Promise<Map<number, DateProof>> {
  const found = dates.map((_, i) => `m${i}`);
  const cumulative = found.map(
    (m, i) => `min(e${i}) OVER (ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS ${m}`,
  );
  const firstHere = found.map((m, i) => `e${i} = ${m}`);
  const allFound = found.map((m) => `${m} IS NOT NULL`).join(' AND ');
  const rows = await db.query<Record<string, number | null>>(
    `SELECT ${found.map(decoded).join(', ')} FROM (
       SELECT ${found.join(', ')} FROM (
         SELECT *, ${cumulative.join(', ')} FROM (SELECT ${dates.map((_, i) => proofSql(i)).join(', ')} FROM (${numbered(raw, dates, [])}))
       ) WHERE ${firstHere.join(' OR ')} OR (${allFound}) LIMIT ${dates.length + 1})`,
  );
  const proofs = new Map<number, DateProof>();
  for (const row of rows) for (const [column, proof] of readProofs(row, dates)) proofs.set(column, proof);
  return proofs;
}

/** Numbers (and dates with them): their counts need every value, so one aggregate over the file. */
async function allProofs(
  db: Db,
  raw: string,
  dates: readonly DateProofNeed[],
  numbers: readonly number[],
): Promise<FileProofs> {
  const mins = dates.map((_, i) => decoded(`min(e${i})`, i));
  const counts = numbers.map((_, i) => {
    const v = `n${i}`;
    return `${numberStatsSql(v, `n${i}`)}, count(${v}) AS n${i}_any`;
  });
  // A number's text only where it has a separator: the regexps never see the others.
  const texts = numbers.map((column, i) => {
    const c = rawColumn(column);
    return `CASE WHEN ${hasSeparatorSql(c)} THEN ${c} END AS n${i}`;
  });
  const [row] = await db.query<Record<string, number | null>>(
    `SELECT ${[...mins, ...counts].join(', ')} FROM (
       SELECT ${[...dates.map((_, i) => proofSql(i)), ...texts].join(', ')} FROM (${numbered(raw, dates, numbers)}))`,
  );
  return {
    dates: readProofs(row, dates),
    numbers: new Map(numbers.map((column, i) => [column, numberCountsOf(row, `n${i}`)])),
  };
}

export async function fileProofs(
  db: Db,
  raw: string,
  dates: readonly DateProofNeed[],
  numbers: readonly number[],
): Promise<FileProofs> {
  if (numbers.length > 0) return allProofs(db, raw, dates, numbers);
  if (dates.length > 0) return { dates: await dateProofs(db, raw, dates), numbers: new Map() };
  return { dates: new Map(), numbers: new Map() };
}
