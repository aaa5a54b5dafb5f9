import type { Db } from '../db';
import type { Mapping } from './automap';
import { stageWordExpr } from './outcome';
import { rawColumn } from './sql';
import { textExpr } from './values';

/** Rows looked at, as fit.ts does. */
const FIRST_ROWS = 1000;
/** A stage column holds a handful of stage names; free text (notes, descriptions) holds many. */
const MAX_STAGES = 40;
/** Stage names are short ("Closed Won", "Закрыто и не реализовано"); a note is a sentence. */
const MAX_WORDS = 4;
const MAX_LENGTH = 40;

/**
 * A deals file whose stage column has a header no list knows (SuiteCRM's and Vtiger's "Sales Stage"
 * were not known, Capsule's "Milestone", a column named in another language): without it every
 * deal would count as won, a closed-won export's reading. The column whose first rows name both a
 * won and a lost stage ("Closed Won", "Closed Lost") is the stage, whatever its header; a
 * closed-won export has no such column. Returns that column, or null.
 */
export async function stageColumnByValues(
  db: Db,
  sample: string,
  headers: readonly string[],
  mapping: Mapping,
): Promise<number | null> {
  const used = new Set(Object.values(mapping));
  const columns = headers.map((_, i) => i).filter((i) => !used.has(i));
  if (columns.length === 0) return null;
  const stacked = columns
    .map((column) => `SELECT ${column} AS k, ${textExpr(rawColumn(column))} AS v FROM first_rows`)
    .join(' UNION ALL ');
  const rows = await db.query<{ k: number; named: number }>(
    `WITH first_rows AS (SELECT * FROM ${sample} LIMIT ${FIRST_ROWS})
     SELECT k, count(stage) AS named FROM (SELECT k, v, ${stageWordExpr('v')} AS stage FROM (${stacked}))
     GROUP BY k
     HAVING count(*) FILTER (stage = 'won') > 0 AND count(*) FILTER (stage = 'lost') > 0
       AND count(DISTINCT v) <= ${MAX_STAGES} AND max(length(v)) <= ${MAX_LENGTH}
       AND NOT bool_or(regexp_matches(v, '(\\S+\\s+){${MAX_WORDS}}\\S'))
     ORDER BY named DESC, k LIMIT 1`,
  );
  return rows[0]?.k ?? null;
}
