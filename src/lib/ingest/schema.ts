import type { Db } from '../db';
import { fieldsOf, type TableKind, type ValueType } from './fields';
import { normaliseHeader } from './automap';
import { ident, literal } from './sql';

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
 * Where a row came from costs no storage: `_upload` is in the table's name, `_file` in its comment,
 * `_key` and `_row` follow from the row's position (a table with rejected lines stores `_row`).
 * (The comment, not duckdb_columns(), says which: listing every column took 170 ms per rebuild.)
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
  const tables = await db.query<{ name: string; comment: string | null }>(
    `SELECT table_name AS name, comment FROM duckdb_tables()
     WHERE NOT temporary AND regexp_full_match(table_name, '${kind}_\\d+')
     ORDER BY CAST(split_part(table_name, '_', 2) AS INTEGER)`,
  );
  const parts = [
    `SELECT ${typed.join(', ')} WHERE false`,
    ...tables.map((t) => {
      const uploadId = Number(t.name.split('_')[1]);
      const about = tableAbout(t.comment);
      const origin = [
        `${uploadId} AS _upload`,
        `${literal(about.file)} AS _file`,
        `${keyBase(uploadId)} + rowid + 1 AS _key`,
        ...(about.storedRow ? [] : ['rowid + 2 AS _row']),
      ];
      return `SELECT * EXCLUDE (_bad), ${origin.join(', ')} FROM ${ident(t.name)}`;
    }),
  ];
  await db.exec(`CREATE OR REPLACE VIEW ${kind} AS ${parts.join(' UNION ALL BY NAME ')}`);
}

/** What an upload table's comment records: its file, and whether it stores `_row` (it had rejects). */
export interface TableAbout {
  file: string;
  storedRow: boolean;
}

export function tableComment(about: TableAbout): string {
  return JSON.stringify(about);
}

function tableAbout(comment: string | null): TableAbout {
  try {
    const parsed = JSON.parse(comment ?? '') as Partial<TableAbout>;
    return { file: String(parsed.file ?? ''), storedRow: parsed.storedRow === true };
  } catch {
    return { file: '', storedRow: false };
  }
}

/** Unmapped columns are kept as extra dimensions, `x_<header>`, shared by files with that header. */
export function extraColumnName(header: string, index: number): string {
  return `x_${normaliseHeader(header) || `column${index + 1}`}`;
}
