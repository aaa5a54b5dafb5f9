/**
 * A stage name's outcome key (outcome.ts outcomeKeyExpr) is a regexp: on every row it cost ~60 ms of
 * a ~300 ms read of 117k deals (Node). A CRM has a few stages, so the keys of the names in the
 * file's first rows are computed here, once each, and the typing query looks them up (outcome.ts
 * outcomeKeyLookup); a name the first rows did not hold still takes the regexp. Past
 * MAX_KNOWN_STAGES names the column is free text, not a stage: every row takes the regexp.
 */
import type { Db } from '../db';
import { fieldsOf } from './fields';
import type { TransformInput } from './transform';
import { mappedColumns } from './typed-read';
import { outcomeKeyExpr } from './outcome';
import { textExpr } from './values';
import { rawColumn } from './sql';

export const MAX_KNOWN_STAGES = 64;

export async function outcomeKeys(
  db: Db,
  input: Pick<TransformInput, 'kind' | 'mapping' | 'tables'>,
): Promise<Map<number, [string, string][]>> {
  const keys = new Map<number, [string, string][]>();
  const columns = mappedColumns(fieldsOf(input.kind), input.mapping)
    .filter(({ field }) => field.type === 'outcome')
    .map(({ column }) => column);
  for (const column of columns) {
    const names = await db
      .query<{ name: string; key: string }>(
        `SELECT name, ${outcomeKeyExpr('name')} AS key FROM (
          SELECT DISTINCT ${textExpr(rawColumn(column))} AS name FROM ${input.tables.sample})
        WHERE name IS NOT NULL LIMIT ${MAX_KNOWN_STAGES + 1}`,
      )
      // No sample to look at (it is made when the file is registered): every row takes the regexp.
      .catch(() => []);
    if (names.length > 0 && names.length <= MAX_KNOWN_STAGES) {
      keys.set(
        column,
        names.map((row) => [row.name, row.key]),
      );
    }
  }
  return keys;
}
