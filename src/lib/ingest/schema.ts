import type { Db } from '../db';
import { fieldsOf, type TableKind, type ValueType } from './fields';
import { normaliseHeader } from './automap';
import { setAsideOlderRows } from './duplicates';
import { ident, literal } from './sql';

const SQL_TYPES: Record<ValueType, string> = {
  text: 'VARCHAR',
  timestamp: 'TIMESTAMP',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  outcome: 'VARCHAR',
  currency: 'VARCHAR',
};

/** Where each row came from: `_upload`/`_row` for messages and removal, `_key` links deals to leads. */
const ORIGIN = { _upload: 'INTEGER', _file: 'VARCHAR', _row: 'BIGINT', _key: 'BIGINT' } as const;

/** The table holding one upload's typed rows; `leads` and `deals` are views over all of them. */
export function uploadTable(kind: TableKind, uploadId: number): string {
  return `${kind}_${uploadId}`;
}

/** Row keys are unique across uploads without a lookup: the upload id in the high 32 bits. */
function keyBase(uploadId: number): number {
  return uploadId * 2 ** 32;
}

/** The field that identifies a row of each kind: a later upload holding the same id supersedes it. */
export const ID_FIELD: Record<TableKind, string> = { leads: 'lead_id', deals: 'deal_id' };

/** What the views need to know of an upload table: its file, and whether it stores `_row`. */
export interface TableAbout {
  file: string;
  /** A file with rejected lines stores `_row` (rows after a reject are numbered past it). */
  storedRow: boolean;
  /** The file row of the first data row, as a spreadsheet numbers it (after title lines). */
  firstRow: number;
  /** The upload maps its kind's id (ID_FIELD): only then can its rows supersede or be superseded. */
  ids: boolean;
  /** Rows whose id a later row of the same file holds (duplicates.ts); 0 without `ids`. */
  repeated: number;
}

interface Registered extends TableAbout {
  /** Rows set aside because a later row, in this upload or a later one of the kind, holds their id. */
  setAside: number;
  /** Out of the views but not dropped: a removal that can still be undone. */
  hidden?: boolean;
}

// The upload tables of each database, kept here so the views are rebuilt without asking the catalog
// (a duckdb_tables() query took ~80 ms in the browser, three times per file).
const registries = new WeakMap<Db, Record<TableKind, Map<number, Registered>>>();

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
    'CREATE TABLE IF NOT EXISTS deal_matches (deal_key BIGINT, lead_key BIGINT, matched_by VARCHAR, lead_created TIMESTAMP)',
  );
  for (const kind of ['leads', 'deals'] as const) await writeView(db, kind);
}

/** Puts an upload's (new or replaced) table in its view. */
export async function addUploadTable(db: Db, kind: TableKind, uploadId: number, about: TableAbout) {
  await ensureSchema(db);
  registries.get(db)?.[kind].set(uploadId, { ...about, setAside: 0 });
  await setAside(db, kind);
  await writeView(db, kind);
}

/** Drops an upload's table, whichever its kind, and takes it out of the views. */
export async function dropUploadTables(db: Db, uploadId: number): Promise<void> {
  await ensureSchema(db);
  for (const kind of ['leads', 'deals'] as const) {
    await db.exec(`DROP TABLE IF EXISTS ${uploadTable(kind, uploadId)}`);
    if (registries.get(db)?.[kind].delete(uploadId)) {
      await setAside(db, kind);
      await writeView(db, kind);
    }
  }
}

/** Takes an upload's tables out of the views, or puts them back, without dropping them. */
export async function setUploadHidden(db: Db, uploadId: number, hidden: boolean): Promise<void> {
  for (const kind of ['leads', 'deals'] as const) {
    const about = registries.get(db)?.[kind].get(uploadId);
    if (!about || Boolean(about.hidden) === hidden) continue;
    about.hidden = hidden;
    await setAside(db, kind);
    await writeView(db, kind);
  }
}

/** An upload's rows set aside (`_superseded`), by where the row that holds their id is. */
export interface SetAsideRows {
  /** In a later upload of the kind. */
  later: number;
  /** Further down the same file (a row both repeated and in a later file counts here). */
  repeated: number;
}

/** Per upload, its rows set aside because a later row of its kind holds their id. */
export function setAsideCounts(db: Db): Map<number, SetAsideRows> {
  const counts = new Map<number, SetAsideRows>();
  for (const kind of ['leads', 'deals'] as const) {
    for (const [uploadId, about] of registries.get(db)?.[kind] ?? []) {
      const repeated = about.ids ? about.repeated : 0;
      counts.set(uploadId, { later: about.setAside - repeated, repeated });
    }
  }
  return counts;
}

/** Whether any row of the kind is set aside: the deals' matching then reads their links too. */
export function anySetAside(db: Db, kind: TableKind): boolean {
  return tablesOf(db, kind).some(([, about]) => about.setAside > 0);
}

function tablesOf(db: Db, kind: TableKind): [number, Registered][] {
  return [...(registries.get(db)?.[kind] ?? [])]
    .filter(([, about]) => !about.hidden)
    .sort(([a], [b]) => a - b);
}

/** Marks again which rows of the kind's uploads a later upload supersedes, and counts them. */
async function setAside(db: Db, kind: TableKind): Promise<void> {
  const keyed = tablesOf(db, kind).filter(([, about]) => about.ids);
  const counts = await setAsideOlderRows(
    db,
    keyed.map(([uploadId, about]) => ({ table: uploadTable(kind, uploadId), repeated: about.repeated })),
    ID_FIELD[kind],
  );
  keyed.forEach(([, about], i) => {
    about.setAside = counts[i] ?? 0;
  });
}

/**
 * A row set aside (`_superseded`, see duplicates.ts) is left out of the view; the rows that remain
 * keep their stored order, so the facts built from the view pair with it by position (lead-facts.ts).
 * `deal_rows` keeps them: the deals' matching reads the links of every row of a deal (match-sql.ts).
 */
async function writeView(db: Db, kind: TableKind): Promise<void> {
  await db.exec(`CREATE OR REPLACE VIEW ${kind} AS ${stacked(db, kind, true)}`);
  if (kind === 'deals')
    await db.exec(`CREATE OR REPLACE VIEW ${ALL_DEAL_ROWS} AS ${stacked(db, kind, false)}`);
}

/** Every deals row, those set aside included, with its `_key` as in `deals`. */
export const ALL_DEAL_ROWS = 'deal_rows';

function stacked(db: Db, kind: TableKind, current: boolean): string {
  const typed = [
    ...Object.entries(ORIGIN).map(([name, type]) => `CAST(NULL AS ${type}) AS ${name}`),
    ...fieldsOf(kind).map((field) => `CAST(NULL AS ${SQL_TYPES[field.type]}) AS ${field.name}`),
  ];
  const parts = [
    `SELECT ${typed.join(', ')} WHERE false`,
    ...tablesOf(db, kind).map(([uploadId, about]) => {
      const origin = [
        `${uploadId} AS _upload`,
        `${literal(about.file)} AS _file`,
        `${keyBase(uploadId)} + rowid + 1 AS _key`,
        ...(about.storedRow ? [] : [`rowid + ${about.firstRow} AS _row`]),
      ];
      // Only a table with rows set aside pays for the filter.
      const where = current && about.setAside > 0 ? ' WHERE NOT _superseded' : '';
      return `SELECT * EXCLUDE (_bad, _superseded), ${origin.join(', ')} FROM ${ident(uploadTable(kind, uploadId))}${where}`;
    }),
  ];
  return parts.join(' UNION ALL BY NAME ');
}

/** Unmapped columns are kept as extra dimensions, `x_<header>`, shared by files with that header. */
export function extraColumnName(header: string, index: number): string {
  return `x_${normaliseHeader(header) || `column${index + 1}`}`;
}

/** Replaces a table by a query's rows (the query may read the table itself). */
export async function replaceTable(db: Db, table: string, query: string): Promise<void> {
  await db.exec(`CREATE OR REPLACE TABLE ${table}_next AS ${query}`);
  await db.exec(`DROP TABLE ${table}`);
  await db.exec(`ALTER TABLE ${table}_next RENAME TO ${table}`);
}
