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

/** What the views need to know of an upload table: its file, and whether it stores `_row`. */
export interface TableAbout {
  file: string;
  /** A file with rejected lines stores `_row` (rows after a reject are numbered past it). */
  storedRow: boolean;
}

// The upload tables of each database, kept here so the views are rebuilt without asking the catalog
// (a duckdb_tables() query took ~80 ms in the browser, three times per file).
const registries = new WeakMap<Db, Record<TableKind, Map<number, TableAbout>>>();

/**
 * The canonical `leads` and `deals`: views that stack the uploads' tables by column name, so an
 * upload is typed once into its own table (no second copy into a shared table) and removing a file
 * drops its table. A field no upload maps reads as NULL; unmapped columns are extra dimensions.
 * Where a row came from costs no storage: `_upload` is in the table's name, `_file` a constant,
 * `_key` and `_row` follow from the row's position.
 */
export async function ensureSchema(db: Db): Promise<void> {
  if (registries.has(db)) return;
  registries.set(db, { leads: new Map(), deals: new Map() });
  await db.exec(
    'CREATE TABLE IF NOT EXISTS deal_matches (deal_key BIGINT, lead_key BIGINT, matched_by VARCHAR)',
  );
  for (const kind of ['leads', 'deals'] as const) await writeView(db, kind);
}

/** Puts an upload's (new or replaced) table in its view. */
export async function addUploadTable(db: Db, kind: TableKind, uploadId: number, about: TableAbout) {
  await ensureSchema(db);
  registries.get(db)?.[kind].set(uploadId, about);
  await writeView(db, kind);
}

/** Drops an upload's table, whichever its kind, and takes it out of the views. */
export async function dropUploadTables(db: Db, uploadId: number): Promise<void> {
  await ensureSchema(db);
  for (const kind of ['leads', 'deals'] as const) {
    await db.exec(`DROP TABLE IF EXISTS ${uploadTable(kind, uploadId)}`);
    if (registries.get(db)?.[kind].delete(uploadId)) await writeView(db, kind);
  }
}

async function writeView(db: Db, kind: TableKind): Promise<void> {
  const typed = [
    ...Object.entries(ORIGIN).map(([name, type]) => `CAST(NULL AS ${type}) AS ${name}`),
    ...fieldsOf(kind).map((field) => `CAST(NULL AS ${SQL_TYPES[field.type]}) AS ${field.name}`),
  ];
  const tables = [...(registries.get(db)?.[kind] ?? new Map<number, TableAbout>())].sort(([a], [b]) => a - b);
  const parts = [
    `SELECT ${typed.join(', ')} WHERE false`,
    ...tables.map(([uploadId, about]) => {
      const origin = [
        `${uploadId} AS _upload`,
        `${literal(about.file)} AS _file`,
        `${keyBase(uploadId)} + rowid + 1 AS _key`,
        ...(about.storedRow ? [] : ['rowid + 2 AS _row']),
      ];
      return `SELECT * EXCLUDE (_bad), ${origin.join(', ')} FROM ${ident(uploadTable(kind, uploadId))}`;
    }),
  ];
  await db.exec(`CREATE OR REPLACE VIEW ${kind} AS ${parts.join(' UNION ALL BY NAME ')}`);
}

/** Unmapped columns are kept as extra dimensions, `x_<header>`, shared by files with that header. */
export function extraColumnName(header: string, index: number): string {
  return `x_${normaliseHeader(header) || `column${index + 1}`}`;
}
