import type { Db } from '../db';
import { fieldsOf, type TableKind, type ValueType } from './fields';
import { normaliseHeader } from './automap';
import { ident } from './sql';

const SQL_TYPES: Record<ValueType, string> = {
  text: 'VARCHAR',
  timestamp: 'TIMESTAMP',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  outcome: 'VARCHAR',
};

/**
 * The canonical tables. `_upload` and `_row` say where each row came from (for messages and for
 * removing one file); `_key` identifies a row across tables (deal_matches links deal to lead keys).
 */
export async function ensureSchema(db: Db): Promise<void> {
  for (const kind of ['leads', 'deals'] as const) {
    const columns = fieldsOf(kind).map((field) => `${field.name} ${SQL_TYPES[field.type]}`);
    await db.exec(
      `CREATE TABLE IF NOT EXISTS ${kind} (_upload INTEGER, _file VARCHAR, _row BIGINT, _key BIGINT, ${columns.join(', ')})`,
    );
  }
  await db.exec(
    'CREATE TABLE IF NOT EXISTS deal_matches (deal_key BIGINT, lead_key BIGINT, matched_by VARCHAR)',
  );
}

/** Unmapped columns are kept as extra dimensions, `x_<header>`, shared by files with that header. */
export function extraColumnName(header: string, index: number): string {
  return `x_${normaliseHeader(header) || `column${index + 1}`}`;
}

export async function ensureExtraColumns(db: Db, kind: TableKind, names: string[]): Promise<void> {
  for (const name of names) {
    await db.exec(`ALTER TABLE ${kind} ADD COLUMN IF NOT EXISTS ${ident(name)} VARCHAR`);
  }
}
