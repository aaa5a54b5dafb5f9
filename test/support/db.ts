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
  const file = fileFrom(path);
  const prepared = await prepareUpload(db, file, { uploadId: nextId++, kind, fileName: file.name });
  const report = await commitUpload(db, prepared, {
    mapping: prepared.mapping,
    formats: prepared.detection.formats,
    closedWonAssumed: prepared.closedWonAssumed,
    setAside: prepared.setAside,
  });
  return { prepared, report };
}
