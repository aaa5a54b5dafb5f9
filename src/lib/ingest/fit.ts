/**
 * The values' say on a mapping (DESIGN.md: "a header match is only a proposal"). A header names a
 * field; the column's first rows must then fit it: a date field needs values that read as dates, a
 * number field numbers, a yes/no field yes/no words, and no field takes an empty column (an empty
 * "First Response" would make every lead look never followed up). A file's own id must not be mostly
 * blank. A column turned down stays an extra column, and the reason is kept for the user. When
 * several headers name one field, a mostly blank column gives way to a filled one.
 */
import type { Db } from '../db';
import { assignCandidates, headerCandidates, type HeaderCandidate, type Mapping } from './automap';
import { fieldSpec, type FieldSpec, type TableKind } from './fields';
import { foundAnywhere } from './found-anywhere';
import { dateLikeSql, wordySql } from './date-forms';
import { literal, rawColumn } from './sql';
import { currencySql } from './currency';
import { stageColumnByValues } from './stage-by-values';
import { booleanExpr, numberExpr, textExpr } from './values';

/** A column a header proposed for a field, turned down by its values. */
export interface SetAside {
  field: string;
  column: number;
  header: string;
  reason: string;
}

export interface Proposal {
  mapping: Mapping;
  setAside: SetAside[];
}

/** What a column's first rows say about one value type. */
interface ColumnValues {
  rows: number;
  filled: number;
  fits: number;
  /** The commonest value that does not fit, for the sentence. */
  misfit: string | null;
}

const TYPE_WORDS: Partial<Record<FieldSpec['type'], string>> = {
  timestamp: 'dates',
  number: 'numbers',
  boolean: 'yes/no values',
  currency: 'currency codes',
};

function fitsSql(type: FieldSpec['type'], v: string): string {
  if (type === 'timestamp') return dateLikeSql(v);
  if (type === 'number')
    return `(${numberExpr(v, 'dot')} IS NOT NULL OR ${numberExpr(v, 'comma')} IS NOT NULL)`;
  if (type === 'boolean') return `${booleanExpr(v)} IS NOT NULL`;
  if (type === 'currency') return `${currencySql(v)} IS NOT NULL`;
  return `${v} IS NOT NULL`;
}

const OWN_ID: Record<TableKind, string> = { leads: 'lead_id', deals: 'deal_id' };

/** Rows looked at: enough to judge a column, few enough for the regexps of every date form. */
const FIT_ROWS = 1000;

/**
 * One query over the first rows for every (column, value type) the candidates ask about. The
 * columns of a type are stacked (column index `k`, value `v`) so each type's test appears once in the
 * query: the date test, every date form's regexps, cost ~15 ms to prepare per appearance. The date
 * test leaves the month-name reading out at first (date-forms.ts `wordySql`): only when a value it
 * did not take has a word is the date group asked again with it.
 */
async function readColumns(
  db: Db,
  sample: string,
  checks: { column: number; type: FieldSpec['type'] }[],
): Promise<Map<string, ColumnValues>> {
  const found = new Map<string, ColumnValues>();
  if (checks.length === 0) return found;
  const types = [...new Set(checks.map((c) => c.type))];
  const ask = (groups: string[]) =>
    db.query<ColumnValues & { type: string; k: number; unsure: number }>(
      `WITH first_rows AS (SELECT * FROM ${sample} LIMIT ${FIT_ROWS}) ${groups.join(' UNION ALL ')}`,
    );
  const rows = await ask(types.map((type) => typeGroup(checks, type, false)));
  if (rows.some((row) => row.type === 'timestamp' && row.unsure > 0)) {
    const dates = await ask([typeGroup(checks, 'timestamp', true)]);
    rows.splice(0, rows.length, ...rows.filter((row) => row.type !== 'timestamp'), ...dates);
  }
  for (const { type, k, rows: count, filled, fits, misfit } of rows)
    found.set(`${k}:${type}`, { rows: count, filled, fits, misfit });
  return found;
}

/** One value type's columns stacked and tested (`names`: with the month-name reading). */
function typeGroup(
  checks: { column: number; type: FieldSpec['type'] }[],
  type: FieldSpec['type'],
  names: boolean,
) {
  const stacked = checks
    .filter((c) => c.type === type)
    .map(({ column }) => `SELECT ${column} AS k, ${textExpr(rawColumn(column))} AS v FROM first_rows`)
    .join(' UNION ALL ');
  const partial = type === 'timestamp' && !names;
  const fit = partial ? dateLikeSql('v', false) : fitsSql(type, 'v');
  // Any text fits a text field: no misfit to name.
  const misfit = type === 'text' ? 'NULL' : `mode(v) FILTER (v IS NOT NULL AND NOT fit)`;
  // Values the test without month names did not take that may be month-name dates.
  const unsure = partial ? `count(*) FILTER (NOT fit AND ${wordySql('v')})` : '0';
  // The test once per value, in a projection: written in both aggregates it was prepared twice.
  return `SELECT ${literal(type)} AS type, k, count(*) AS rows, count(v) AS filled,
      count(*) FILTER (fit) AS fits, ${misfit} AS misfit, ${unsure} AS unsure
      FROM (SELECT k, v, ${fit} AS fit FROM (${stacked})) GROUP BY k`;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Why a column's values rule it out for a field, or null when they fit. */
function misfitReason(
  kind: TableKind,
  field: FieldSpec,
  header: string,
  values: ColumnValues,
): string | null {
  if (values.filled === 0) return `“${header}” is empty, so it cannot give ${field.label}.`;
  const words = TYPE_WORDS[field.type];
  if (words && values.fits / values.filled < 0.5) {
    const example = values.misfit === null ? '' : ` like “${values.misfit}”`;
    return `“${header}” holds text${example}, not ${words}.`;
  }
  if (field.name === OWN_ID[kind] && values.filled / values.rows < 0.5) {
    return `“${header}” is blank in ${percent(1 - values.filled / values.rows)} of rows, so it cannot identify the ${kind}.`;
  }
  return null;
}

/**
 * The mapping for a new file: the headers' proposal, each candidate column checked against its
 * field on the file's first 1,000 rows (`sample`), whole file (`raw`) only for a column empty there.
 */
export async function proposeMapping(
  db: Db,
  from: { raw: string; sample: string },
  kind: TableKind,
  headers: readonly string[],
): Promise<Proposal> {
  const candidates = headerCandidates(kind, headers);
  const typeOf = (c: HeaderCandidate) => fieldSpec(kind, c.field)?.type ?? 'text';
  const checks = [...new Map(candidates.map((c) => [`${c.column}:${typeOf(c)}`, c])).values()].map((c) => ({
    column: c.column,
    type: typeOf(c),
  }));
  const values = await readColumns(db, from.sample, checks);
  const valuesOf = (c: HeaderCandidate) => values.get(`${c.column}:${typeOf(c)}`);
  // Empty in the sample but with values further down: judged when typed, like any value.
  const emptyInSample = [...new Set(checks.map((c) => c.column))].filter((column) => {
    const v = values.get(`${column}:${checks.find((c) => c.column === column)?.type ?? 'text'}`);
    return v?.filled === 0 && v.rows >= FIT_ROWS;
  });
  // One scan for all of them, ending once each has shown a value.
  const found = await foundAnywhere(
    db,
    from.raw,
    emptyInSample.map((column) => `${textExpr(rawColumn(column))} IS NOT NULL`),
  );
  const filledLater = new Set(emptyInSample.filter((_, i) => found[i]));
  const mostlyBlank = (c: HeaderCandidate) => {
    const v = valuesOf(c);
    return v !== undefined && !filledLater.has(c.column) && v.filled < v.rows / 2 ? 1 : 0;
  };
  const ordered = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => mostlyBlank(a.c) - mostlyBlank(b.c) || a.i - b.i)
    .map(({ c }) => c);
  const setAside: SetAside[] = [];
  const mapping = assignCandidates(ordered, (c) => {
    const v = valuesOf(c);
    const field = fieldSpec(kind, c.field);
    if (!v || !field || filledLater.has(c.column)) return true;
    const reason = misfitReason(kind, field, headers[c.column] ?? '', v);
    if (reason) setAside.push({ field: c.field, column: c.column, header: headers[c.column] ?? '', reason });
    return reason === null;
  });
  if (kind === 'deals' && mapping['outcome'] === undefined) {
    const stage = await stageColumnByValues(db, from.sample, headers, mapping);
    if (stage !== null) mapping['outcome'] = stage;
  }
  const used = new Set(Object.values(mapping));
  return { mapping, setAside: setAside.filter((s) => !used.has(s.column) && mapping[s.field] === undefined) };
}
