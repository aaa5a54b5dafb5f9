import type { Db } from '../../src/lib/db';
import type { TableKind } from '../../src/lib/ingest/fields';
import { commitUpload, prepareUpload } from '../../src/lib/ingest/pipeline';
import { fileFrom } from './files';

/** Loads a file as the app does, with the named headers mapped to fields beside the automatic mapping. */
export async function loadMapped(
  db: Db,
  kind: TableKind,
  path: string,
  uploadId: number,
  fields: Record<string, string>,
): Promise<void> {
  const file = fileFrom(path);
  const prepared = await prepareUpload(db, file, { uploadId, kind, fileName: file.name });
  const mapping = { ...prepared.mapping };
  for (const [header, field] of Object.entries(fields)) {
    mapping[field] = prepared.sniffed.headers.indexOf(header);
  }
  await commitUpload(db, prepared, {
    mapping,
    formats: prepared.detection.formats,
    closedWonAssumed: prepared.closedWonAssumed,
  });
}
