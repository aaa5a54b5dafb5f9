import type { Db } from '../../src/lib/db';
import { createNodeDb } from '../../src/lib/db/node';
import { ensureSchema } from '../../src/lib/ingest/schema';
import {
  commitUpload,
  prepareUpload,
  type LoadReport,
  type PreparedUpload,
} from '../../src/lib/ingest/pipeline';
import type { TableKind } from '../../src/lib/ingest/fields';
import { fileFrom } from './files';

export async function freshDb(): Promise<Db> {
  const db = await createNodeDb();
  await ensureSchema(db);
  return db;
}

let nextId = 1;

/** Loads a file as the app does when the mapping needs no confirmation. */
export async function load(
  db: Db,
  kind: TableKind,
  path: string,
): Promise<{ prepared: PreparedUpload; report: LoadReport }> {
  return loadFile(db, kind, fileFrom(path));
}

/**
 * Loads a file written in the test, as the app does; `byHand` maps headers to fields beside the
 * automatic mapping, as a user does on the mapping screen.
 */
export async function loadText(
  db: Db,
  kind: TableKind,
  name: string,
  text: string,
  byHand: Record<string, string> = {},
): Promise<{ prepared: PreparedUpload; report: LoadReport }> {
  return loadFile(db, kind, new File([text], name), byHand);
}

async function loadFile(
  db: Db,
  kind: TableKind,
  file: File,
  byHand: Record<string, string> = {},
): Promise<{ prepared: PreparedUpload; report: LoadReport }> {
  const prepared = await prepareUpload(db, file, { uploadId: nextId++, kind, fileName: file.name });
  const mapping = { ...prepared.mapping };
  for (const [header, field] of Object.entries(byHand))
    mapping[field] = prepared.sniffed.headers.indexOf(header);
  const report = await commitUpload(db, prepared, {
    mapping,
    formats: prepared.detection.formats,
    closedWonAssumed: prepared.closedWonAssumed,
    setAside: prepared.setAside,
  });
  return { prepared, report };
}

/** The deals' won, lost and open counts and won amount, as the deals view holds them. */
export async function dealOutcomes(db: Db) {
  const [row] = await db.query<{ won: number; lost: number; open: number; won_amount: number | null }>(
    `SELECT count(*) FILTER (outcome = 'won') AS won, count(*) FILTER (outcome = 'lost') AS lost,
       count(*) FILTER (outcome = 'open') AS open, sum(amount) FILTER (outcome = 'won') AS won_amount
     FROM deals`,
  );
  return row;
}

/** Each linked deal's id with its lead's id, by deal id. */
export function dealLinks(db: Db) {
  return db.query<{ deal: string; lead: string }>(
    `SELECT d.deal_id AS deal, l.lead_id AS lead FROM deal_matches m
     JOIN deals d ON d._key = m.deal_key JOIN leads l ON l._key = m.lead_key ORDER BY deal`,
  );
}
