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

/** Where each row came from: `_upload`/`_row` for messages and removal, `_key` links deals to leads. */
const ORIGIN = { _upload: 'INTEGER', _file: 'VARCHAR', _row: 'BIGINT', _key: 'BIGINT' } as const;

/** The table holding one upload's typed rows; `leads` and `deals` are views over all of them. */
export function uploadTable(kind: TableKind, uploadId: number): string {
  return `${kind}_${uploadId}`;
}

/** Row keys are unique across uploads without a lookup: the upload id in the high 32 bits. */
export function keyBase(uploadId: number): number {
  return uploadId * 2 ** 32;
}

/**
 * The canonical `leads` and `deals`: views that stack the uploads' tables by column name, so an
 * upload is typed once into its own table (no second copy into a shared table) and removing a file
 * drops its table. A field no upload maps reads as NULL; unmapped columns are extra dimensions.
 */
export async function ensureSchema(db: Db): Promise<void> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS deal_matches (deal_key BIGINT, lead_key BIGINT, matched_by VARCHAR)',
  );
  for (const kind of ['leads', 'deals'] as const) await rebuildView(db, kind);
}

export async function rebuildView(db: Db, kind: TableKind): Promise<void> {
  const typed = [
    ...Object.entries(ORIGIN).map(([name, type]) => `CAST(NULL AS ${type}) AS ${name}`),
    ...fieldsOf(kind).map((field) => `CAST(NULL AS ${SQL_TYPES[field.type]}) AS ${field.name}`),
  ];
  const tables = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM duckdb_tables()
     WHERE NOT temporary AND regexp_full_match(table_name, '${kind}_\\d+')
     ORDER BY CAST(split_part(table_name, '_', 2) AS INTEGER)`,
  );
  const parts = [
    `SELECT ${typed.join(', ')} WHERE false`,
    ...tables.map((t) => `SELECT * EXCLUDE (_bad) FROM ${ident(t.name)}`),
  ];
  await db.exec(`CREATE OR REPLACE VIEW ${kind} AS ${parts.join(' UNION ALL BY NAME ')}`);
}

/** Unmapped columns are kept as extra dimensions, `x_<header>`, shared by files with that header. */
export function extraColumnName(header: string, index: number): string {
  return `x_${normaliseHeader(header) || `column${index + 1}`}`;
}
